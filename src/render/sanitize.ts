// Make untrusted text inert before it reaches the terminal. Titles and bodies come from the
// internet: whole escape sequences (not just their ESC byte, which would leave "]0;..." junk),
// C0/C1 controls and bidi overrides are removed here, at the boundary where data enters rendering.
import { ESCAPE_SEQUENCE, escapeAt, ownEscapeAt } from './text/escapes.js';

// Controls other than tab and newline, DEL, C1, and the bidi controls that can make text display
// in an order other than it is stored ("Trojan Source"): embeddings, overrides and isolates, and
// the marks U+200E, U+200F and U+061C, which also reorder the neutral characters around them.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n?|[\n\t\v\f\u2028\u2029\x85]/g;

/** Removes escape sequences and control characters; keeps newlines and tabs. */
export function sanitizeBlock(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

// Every character the three patterns of sanitizeLine act on (escape sequences start with one).
const LINE_UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** For one-line fields (titles, categories, tags): also turns line breaks and tabs into spaces. */
export function sanitizeLine(text: string): string {
  // Most text is clean: one test instead of three replacements (100,000 titles in a listing).
  if (!LINE_UNSAFE.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, '').replace(LINE_BREAKS, ' ').replace(CONTROL, '');
}

/**
 * Numeric character references such as `&#27;` are decoded by the Markdown parser into the very
 * characters sanitizeBlock removes, so references to forbidden characters are decoded first and
 * the sequences they start are then removed whole, like raw ones.
 */
export function sanitizeMarkdown(source: string): string {
  const decoded = source.replace(/&#(x[0-9a-f]+|\d+);?/gi, (reference, code: string) => {
    const point = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : parseInt(code, 10);
    return point <= 0x10ffff && isForbidden(point) ? String.fromCodePoint(point) : reference;
  });
  return sanitizeBlock(decoded);
}

const CONTROL_CHAR = new RegExp(CONTROL.source);
const isForbidden = (point: number) => CONTROL_CHAR.test(String.fromCodePoint(point));

/**
 * Last line of defence over rendered output: keeps only SGR and OSC 8 sequences and removes every
 * other escape sequence or control character, whatever a library let through.
 */
export function keepOnlyOwnEscapes(rendered: string): string {
  let out = '';
  let i = 0;
  while (i < rendered.length) {
    const next = rendered.indexOf('\x1b', i);
    const end = next === -1 ? rendered.length : next;
    out += sanitizeBlock(rendered.slice(i, end));
    if (next === -1) break;
    // Our own rendering emits SGR colours and OSC 8 hyperlinks; any other sequence is dropped.
    const own = ownEscapeAt(rendered, next);
    if (own) {
      out += own;
      i = next + own.length;
    } else {
      i = next + (escapeAt(rendered, next)?.length ?? 1);
    }
  }
  return out;
}
