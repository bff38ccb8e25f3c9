// Terminal escape sequences, defined once: what takes no room on screen (width, wrapping and
// trimming skip it) is exactly what the sanitiser removes from untrusted text. None of these
// patterns uses \p{...}, so building them at load costs next to nothing.

// Any escape sequence, 7-bit and 8-bit forms: CSI, OSC (to BEL or ST), DCS/SOS/PM/APC strings
// (to ST), and the short ESC sequences. String payloads stop at a newline so a stray introducer
// cannot swallow a body. A CSI is whole only with its final byte: a bare `ESC[` (as in
// "ESC[2024년") loses the introducer alone, not the digits after it. A space straight after the
// introducer starts no sequence either (real ones with a space, like "CSI 2 SP q", have a parameter
// first), so "ESC[ still" keeps its words.
const ANY = [
  '(?:\\x1b\\[|\\x9b)(?:[0-?]+[ -/]*[@-~]|[!-/][ -/]*[@-~]|[@-~])?', // CSI
  '(?:\\x1b\\]|\\x9d)[^\\x07\\x1b\\x9c\\n]*(?:\\x07|\\x1b\\\\|\\x9c)?', // OSC
  '(?:\\x1b[PX^_]|[\\x90\\x98\\x9e\\x9f])[^\\x1b\\x9c\\n]*(?:\\x1b\\\\|\\x9c)?', // DCS, SOS, PM, APC
  '\\x1b[ -/]*[0-~]?', // other ESC sequences (charset selection, RIS, ...)
].join('|');
// Select Graphic Rendition: colours and text styles.
const SGR = '\\x1b\\[[0-9;:]*m';
// An OSC 8 hyperlink's opening (with a target) or closing (without one).
const OSC8 = '\\x1b\\]8;[^\\x07\\x1b]*(?:\\x07|\\x1b\\\\)';
// What our own rendering emits: SGR and OSC 8. Anything else in output is foreign.
const OWN = `${SGR}|${OSC8}`;

/** Every escape sequence, for `replace`: the sanitiser removes these from untrusted text. */
export const ESCAPE_SEQUENCE = new RegExp(ANY, 'g');
const ESCAPE_AT = new RegExp(ANY, 'y');
const OWN_AT = new RegExp(OWN, 'y');
const SGR_PARAMETERS = /^\x1b\[([0-9;:]*)m$/;
const OSC8_TARGET = /^\x1b\]8;[^;\x07\x1b]*;([^\x07\x1b]*)/;
// Blanks at a line's end, before any closing sequences of ours.
const TRAILING_BLANKS = new RegExp(`[ \\t]+((?:${OWN})*)$`, 'gm');
const TRAILING_SPACES = new RegExp(` +((?:${OWN})*)$`);

/** `text` as a terminal shows it: every escape sequence removed. */
export const stripEscapes = (text: string): string => text.replace(ESCAPE_SEQUENCE, '');

/** The escape sequence that starts at `at` in `text`, if one does. */
export function escapeAt(text: string, at: number): string | undefined {
  const code = text.charCodeAt(at);
  if (code !== 0x1b && (code < 0x90 || code > 0x9f)) return undefined; // no introducer: ESC or an 8-bit one
  ESCAPE_AT.lastIndex = at;
  return ESCAPE_AT.exec(text)?.[0];
}

/** The SGR or OSC 8 sequence (the kinds our rendering emits) that starts at `at`, if one does. */
export function ownEscapeAt(text: string, at: number): string | undefined {
  OWN_AT.lastIndex = at;
  return OWN_AT.exec(text)?.[0];
}

/** The parameters of an SGR sequence ("1", "38;5;12", "" for a reset); undefined for any other sequence. */
export const sgrParameters = (sequence: string): string | undefined => SGR_PARAMETERS.exec(sequence)?.[1];

/** The target of an OSC 8 sequence ("" when it closes a link); undefined for any other sequence. */
export const hyperlinkTarget = (sequence: string): string | undefined => OSC8_TARGET.exec(sequence)?.[1];

/** Drops blanks at every line's end (before any closing sequences): padding only gets in the way of pipes and tests. */
export const trimLineEnds = (text: string): string => text.replace(TRAILING_BLANKS, '$1');

/** Drops spaces at the end of one line (before any closing sequences). */
export const trimTrailingSpaces = (line: string): string => line.replace(TRAILING_SPACES, '$1');
