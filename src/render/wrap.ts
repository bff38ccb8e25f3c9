// Column-aware wrapping of styled text (wrap-ansi keeps colours and OSC 8 links intact across breaks).
import wrapAnsi from 'wrap-ansi';

/** Prose: breaks at spaces, never inside a syllable; a word wider than the line is cut by columns. */
export function wrapText(text: string, width: number): string[] {
  if (text === '') return [''];
  return wrapAnsi(text, Math.max(1, width), { hard: true, trim: true, wordWrap: true }).split('\n');
}

/** Code: cut at exactly `width` columns; continuation lines start with `mark` so the break is visible. */
export function wrapCode(line: string, width: number, mark: string): string[] {
  const markWidth = mark.replace(/\x1b\[[0-9;]*m/g, '').length;
  const room = Math.max(1, width - markWidth);
  if (wrapAnsi(line, width, { hard: true, wordWrap: false, trim: false }).indexOf('\n') === -1) return [line];
  const [first = '', ...rest] = wrapAnsi(line, room, { hard: true, wordWrap: false, trim: false }).split('\n');
  return [first, ...rest.map((part) => mark + part)];
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
