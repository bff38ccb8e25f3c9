// Column-aware wrapping of styled text (wrap-ansi keeps colours and OSC 8 links intact across breaks).
import wrapAnsi from 'wrap-ansi';
import { displayWidth, graphemes } from './width.js';

/** Prose: breaks at spaces, never inside a syllable; a word wider than the line is cut by columns. */
export function wrapText(text: string, width: number): string[] {
  if (text === '') return [''];
  return wrapAnsi(text, Math.max(1, width), { hard: true, trim: true, wordWrap: true }).split('\n');
}

const SGR = /\x1b\[([0-9;:]*)m/y;
const BREAK_AFTER = /[\s\p{P}\p{S}]/u;

/**
 * Code: a line wider than `width` is broken after a space or punctuation where it has one in
 * reach (never inside an identifier: `_` and letters do not break), else cut at the width.
 * Continuation lines start with `mark` and then the line's own indentation.
 */
export function wrapCode(line: string, width: number, mark: string): string[] {
  const plain = line.replace(/\x1b\[[0-9;:]*m/g, '');
  if (displayWidth(plain) <= width) return [line];
  const markWidth = displayWidth(mark.replace(/\x1b\[[0-9;:]*m/g, ''));
  // Deep indentation is kept only while it leaves room for a readable amount of code.
  const indentWidth = Math.min(/^ */.exec(plain)![0].length, Math.max(0, width - markWidth - 20));
  const indent = ' '.repeat(indentWidth);
  const cuts = codeBreaks(plain, width, Math.max(1, width - markWidth - indentWidth));
  // A break's spaces end the piece before it, where they would only push it past the width.
  return splitStyled(line, cuts).map((part, i, all) => {
    const piece = i < all.length - 1 ? part.replace(/ +((?:\x1b\[[0-9;:]*m)*)$/, '$1') : part;
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

/** Splits styled text at plain-text offsets; each piece closes its styles and reopens them. */
export function splitStyled(text: string, cuts: readonly number[]): string[] {
  const parts: string[] = [];
  const active = new Map<string, string>(); // SGR attribute -> the sequence that set it
  let part = '';
  let offset = 0; // in the plain text
  let next = 0;
  for (let i = 0; i < text.length;) {
    SGR.lastIndex = i;
    const sgr = SGR.exec(text);
    if (sgr) {
      trackSgr(active, sgr[0], sgr[1]!);
      part += sgr[0];
      i += sgr[0].length;
      continue;
    }
    if (next < cuts.length && offset === cuts[next]) {
      parts.push(active.size > 0 ? `${part}\x1b[0m` : part);
      part = [...active.values()].join('');
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

/** Indents a block: `first` before its first line, `rest` before the others (equal widths). */
export function hang(lines: readonly string[], first: string, rest: string): string[] {
  return lines.map((line, i) => (i === 0 ? first : line === '' ? '' : rest) + line);
}

/**
 * An OSC 8 hyperlink. Non-ASCII in the target (a Hangul path) is percent-encoded, since terminals
 * expect a URI; an already encoded URL is left as it is.
 */
export function hyperlink(text: string, url: string): string {
  let target = url;
  try {
    target = encodeURI(decodeURI(url));
  } catch {
    target = encodeURI(url.replace(/%(?![0-9a-f]{2})/gi, '%25'));
  }
  return `\x1b]8;;${target}\x07${text}\x1b]8;;\x07`;
}
