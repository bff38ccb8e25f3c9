// Wrapping by display columns. Escape sequences (colours, OSC 8 links) take no room and are never
// cut: a piece that breaks inside a style or a link closes it and the next piece reopens it.
import type wrapAnsiType from 'wrap-ansi';
import { escapeAt, hyperlinkTarget, sgrParameters, stripEscapes, trimTrailingSpaces } from './escapes.js';
import { CLOSE_LINK } from './hyperlink.js';
import { displayWidth, graphemes } from './width.js';

// Required on first use, not imported: `list` and `search` import this module but rarely wrap prose.
let wrapAnsi: typeof wrapAnsiType | undefined;

/** Prose: breaks at spaces, never inside a syllable; a word wider than the line is cut by columns. */
export function wrapText(text: string, width: number): string[] {
  if (text === '') return [''];
  const columns = Math.max(1, width);
  wrapAnsi ??= (require('wrap-ansi') as { default: typeof wrapAnsiType }).default;
  return wrapAnsi(breakLongWords(text, columns), columns, { hard: true, trim: true, wordWrap: true }).split('\n');
}

// wrap-ansi segments and measures each word whole, which slows down superlinearly on long runs
// without a space (1 MB of Hangul: minutes): longer words are cut into line-wide pieces first.
const LONG_WORD = 1024;

/** `text` with each word longer than LONG_WORD code units cut by columns into pieces (spaces between). */
function breakLongWords(text: string, columns: number): string {
  let run = 0;
  let long = false;
  for (let i = 0; i < text.length && !long; i++) run = text.charCodeAt(i) === 32 ? 0 : run + 1, long = run > LONG_WORD;
  if (!long) return text;
  const plain = stripEscapes(text);
  const cuts: number[] = [];
  let wordStart = 0; // offset of the current word's first character
  let used = 0; // columns of the current piece
  let pieceStart = 0;
  for (const { segment, index } of graphemes(plain)) {
    if (segment === ' ') {
      wordStart = index + 1;
      used = 0;
      pieceStart = index + 1;
      continue;
    }
    const w = displayWidth(segment);
    // A cut inside a word: the piece is full, or long enough to measure slowly.
    if (index > wordStart && index > pieceStart && (used + w > columns || index - pieceStart >= LONG_WORD)) {
      cuts.push(index);
      used = 0;
      pieceStart = index;
    }
    used += w;
  }
  return splitStyled(text, cuts).join(' ');
}

const BREAK_AFTER = /[\s\p{P}\p{S}]/u;

/**
 * Code: a line wider than `width` is broken after a space or punctuation where it has one in
 * reach (never inside an identifier: `_` and letters do not break), else cut at the width.
 * Continuation lines start with `mark` and then the line's own indentation.
 */
export function wrapCode(line: string, width: number, mark: string): string[] {
  const plain = stripEscapes(line);
  if (displayWidth(plain) <= width) return [line];
  const markWidth = displayWidth(mark);
  // Deep indentation is kept only while it leaves room for a readable amount of code.
  const indentWidth = Math.min(/^ */.exec(plain)![0].length, Math.max(0, width - markWidth - 20));
  const indent = ' '.repeat(indentWidth);
  const cuts = codeBreaks(plain, width, Math.max(1, width - markWidth - indentWidth));
  // A break's spaces end the piece before it, where they would only push it past the width.
  return splitStyled(line, cuts).map((part, i, all) => {
    const piece = i < all.length - 1 ? trimTrailingSpaces(part) : part;
    return i === 0 ? piece : mark + indent + piece;
  });
}

/** Where to cut `plain` (UTF-16 offsets): the first piece gets `first` columns, the others `rest`. */
function codeBreaks(plain: string, first: number, rest: number): number[] {
  const indent = /^\s*/.exec(plain)![0].length;
  const chars = graphemes(plain).map(({ segment, index }) => ({
    index, width: displayWidth(segment), breakAfter: index >= indent && segment !== '_' && BREAK_AFTER.test(segment),
  }));
  const cuts: number[] = [];
  let start = 0; // index into chars of the current piece's first character
  let room = first;
  for (;;) {
    let used = 0;
    let end = start; // first character that does not fit
    let lastBreak = -1;
    while (end < chars.length && (used + chars[end]!.width <= room || end === start)) {
      used += chars[end]!.width;
      if (chars[end]!.breakAfter) lastBreak = end + 1;
      end++;
    }
    if (end >= chars.length) return cuts;
    let cut = lastBreak > start ? lastBreak : end;
    // The spaces at a break stay with the line before it, so continuations line up under the indentation.
    while (cut < chars.length - 1 && chars[cut]!.index >= indent && /^ +$/.test(plain.slice(chars[cut]!.index, chars[cut + 1]!.index))) cut++;
    cuts.push(chars[cut]!.index);
    start = cut;
    room = rest;
  }
}

/**
 * Splits styled text at offsets into its plain text (the text without escape sequences); each
 * piece closes its styles and link and the next one reopens them.
 */
export function splitStyled(text: string, cuts: readonly number[]): string[] {
  const parts: string[] = [];
  const active = new Map<string, string>(); // SGR attribute -> the sequence that set it
  let link = ''; // the OSC 8 sequence that opened the current link, if one is open
  let part = '';
  let offset = 0; // in the plain text
  let next = 0;
  for (let i = 0; i < text.length;) {
    const escape = escapeAt(text, i);
    if (escape) {
      const sgr = sgrParameters(escape);
      const target = hyperlinkTarget(escape);
      if (sgr !== undefined) trackSgr(active, escape, sgr);
      else if (target !== undefined) link = target === '' ? '' : escape;
      part += escape;
      i += escape.length;
      continue;
    }
    if (next < cuts.length && offset === cuts[next]) {
      parts.push(part + (link ? CLOSE_LINK : '') + (active.size > 0 ? '\x1b[0m' : ''));
      part = [...active.values()].join('') + link;
      next++;
    }
    part += text[i];
    i++;
    offset++;
  }
  parts.push(part);
  return parts;
}

const CLOSES: Record<string, string[]> = {
  '22': ['bold', 'dim'], '23': ['italic'], '24': ['underline'], '27': ['inverse'], '28': ['hidden'], '29': ['strike'], '39': ['fg'], '49': ['bg'],
};
const OPENS: Record<string, string> = { '1': 'bold', '2': 'dim', '3': 'italic', '4': 'underline', '7': 'inverse', '8': 'hidden', '9': 'strike' };

function trackSgr(active: Map<string, string>, sequence: string, params: string): void {
  const code = params.split(/[;:]/)[0] ?? '';
  if (code === '' || code === '0') active.clear();
  else if (CLOSES[code]) for (const key of CLOSES[code]) active.delete(key);
  else if (OPENS[code]) active.set(OPENS[code], sequence);
  else if (/^(3[0-8]|9[0-7])$/.test(code)) active.set('fg', sequence);
  else if (/^(4[0-8]|10[0-7])$/.test(code)) active.set('bg', sequence);
}

/** Indents a block: `first` before its first line, as many spaces (its display width) before the others. */
export function hang(lines: readonly string[], first: string): string[] {
  const rest = ' '.repeat(displayWidth(first));
  return lines.map((line, i) => (i === 0 ? first : line === '' ? '' : rest) + line);
}
