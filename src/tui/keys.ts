// Keys as node:readline's keypress events describe them, turned into what the picker does.

/** What node:readline's emitKeypressEvents reports for a key. */
export interface KeyPress {
  readonly sequence?: string;
  readonly name?: string;
  readonly ctrl?: boolean;
  readonly meta?: boolean;
  readonly shift?: boolean;
}

export type Command =
  | 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last'
  | 'previewUp' | 'previewDown'
  | 'scope' | 'accept' | 'quit' | 'open' | 'suspend' | 'redraw'
  | 'backspace' | 'deleteWord' | 'clear';

export type Input = { readonly command: Command } | { readonly text: string };

const CTRL: Record<string, Command> = {
  p: 'up', n: 'down', u: 'previewUp', d: 'previewDown', c: 'quit', g: 'quit', o: 'open', z: 'suspend', l: 'redraw',
  w: 'deleteWord', h: 'backspace', j: 'accept', m: 'accept',
};
const NAMED: Record<string, Command> = {
  up: 'up', down: 'down', pageup: 'pageUp', pagedown: 'pageDown', home: 'first', end: 'last',
  tab: 'scope', return: 'accept', enter: 'accept', escape: 'quit', backspace: 'backspace',
};

/** The picker's reading of one keypress event (`text` is what readline passes as the first argument). */
export function inputOf(text: string | undefined, key: KeyPress | undefined): Input | undefined {
  const name = key?.name;
  if (key?.ctrl && name !== undefined) return CTRL[name] ? { command: CTRL[name] } : undefined;
  if (key?.shift && (name === 'up' || name === 'down')) return { command: name === 'up' ? 'previewUp' : 'previewDown' };
  if (key?.meta && name === 'backspace') return { command: 'deleteWord' };
  // A lone Esc comes with meta set (readline reads it as the start of an Alt sequence that never came).
  if (name !== undefined && NAMED[name]) return { command: NAMED[name] };
  // Anything else that starts with ESC is a key we do not use (F5, Alt-x): never typed into the query.
  const typed = text ?? key?.sequence;
  if (typed === undefined || typed === '' || /^[\x00-\x1f\x7f]/.test(typed) || key?.meta) return undefined;
  return { text: typed };
}
