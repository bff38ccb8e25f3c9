// Estimated reading time. Korean is read by syllables, not space-separated words, so Hangul/CJK
// characters and Latin words are counted separately.
const CJK = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL_CHARS_PER_MINUTE = 500;
const LATIN_WORDS_PER_MINUTE = 220;

/** Whole minutes, at least 1, to read a Markdown body (code counts like prose). */
export function readingMinutes(markdown: string): number {
  const cjk = markdown.match(CJK)?.length ?? 0;
  const words = markdown.replace(CJK, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return Math.max(1, Math.round(cjk / HANGUL_CHARS_PER_MINUTE + words / LATIN_WORDS_PER_MINUTE));
}
