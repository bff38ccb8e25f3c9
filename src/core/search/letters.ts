// Letters and digits as Unicode counts them ([\p{L}\p{N}]): where words start, and whether a
// query has anything to search for. Asked of every character a search looks at, and a regular
// expression with Unicode classes costs 0.1–0.2 ms to compile at its first use (once per literal,
// and a search had five): ASCII and Hangul, nearly every character here, are answered by their
// code; any other code is tested once and remembered.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Per UTF-16 code unit outside the fast ranges: 0 not yet known, 1 a letter or digit, 2 neither. */
let known: Uint8Array | undefined;

/** Whether the UTF-16 code unit `code` is, on its own, a letter or a digit (a lone surrogate is not). */
export function isLetterOrDigitCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  // Hangul syllables and compatibility jamo: all letters (Lo).
  if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3131 && code <= 0x318e)) return true;
  known ??= new Uint8Array(0x10000);
  let verdict = known[code]!;
  if (verdict === 0) known[code] = verdict = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return verdict === 1;
}

/** Whether the character at `text[at]` (one code unit) is a letter or a digit. */
export const isLetterOrDigitAt = (text: string, at: number) => isLetterOrDigitCode(text.charCodeAt(at));

/** Whether `text` has a letter or a digit anywhere (also outside the BMP: 𠀀 is a letter). */
export function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0xd800 || code > 0xdfff) && isLetterOrDigitCode(code)) return true;
  }
  return LETTER_OR_DIGIT.test(text);
}
