// Display width of a string in terminal columns, the way string-width counts it but without its
// \p{RGI_Emoji} regular expression, whose compilation alone cost ~40 ms at every start (measured
// with --cpu-prof: most of `blog list`'s own time). East Asian Width comes from
// get-east-asian-width (string-width's own table); the bundle points string-width here, so
// cli-table3 and wrap-ansi measure exactly as our layout does. Escape sequences are what
// escapes.ts says they are: the ones the sanitiser removes.
import { eastAsianWidth } from 'get-east-asian-width';
import { ESCAPE_SEQUENCE } from './escapes.js';

// The Unicode-property patterns below are made on first use: most strings never need them.
const patterns = () => (unicodePatterns ??= {
  // Clusters that take no room: controls, format and default-ignorable characters, marks.
  zeroWidth: /^[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Cs}\u115f\u1160\u3164\uffa0\u034f\u17b4\u17b5\u180b-\u180f\ufe00-\ufe0f]+$/u,
  invisible: /[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Cs}\ufe00-\ufe0f]/u,
  pictographic: /\p{Extended_Pictographic}/u,
  clustering: /[\p{M}\p{Cf}\u1100-\u11ff\ud7b0-\ud7ff\ud800-\udfff\ufe00-\ufe0f\u20e3]/u,
  control: /\p{Cc}/u,
});
let unicodePatterns: Record<'zeroWidth' | 'invisible' | 'pictographic' | 'clustering' | 'control', RegExp> | undefined;
// Printable ASCII and precomposed Hangul: the common case here, measured without segmenting.
const SIMPLE = /^[\x20-\x7e\uac00-\ud7a3]*$/;
// Blocks with no combining marks, joiners or surrogates (Latin, punctuation such as … and •,
// arrows, box drawing, CJK symbols, full-width forms): each character is measured on its own.
const SINGLE = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u23ff\u2500-\u27bf\u3000-\u303f\u3131-\u318e\uac00-\ud7a3\uff01-\uffdc]*$/;


let segmenter: Intl.Segmenter | undefined;

/**
 * The grapheme clusters of `text` with their offsets. Text without combining characters, joiners
 * or surrogates is split by code unit, without an Intl.Segmenter (its ICU set-up costs ~7 ms).
 */
export function graphemes(text: string): { segment: string; index: number }[] {
  if (!patterns().clustering.test(text)) return Array.from(text, (segment, index) => ({ segment, index }));
  return [...(segmenter ??= new Intl.Segmenter()).segment(text)];
}

export interface WidthOptions {
  /** Count ambiguous-width characters (…, ─, •) as one column (the default) or two. */
  ambiguousIsNarrow?: boolean;
  /** Measure escape sequences as text instead of ignoring them. */
  countAnsiEscapeCodes?: boolean;
}

export default function stringWidth(text: string, options: WidthOptions = {}): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  // Escape sequences take no room. SIMPLE text has none: it is measured without looking for them.
  const simple = SIMPLE.test(text);
  const plain = simple || options.countAnsiEscapeCodes ? text : text.replace(ESCAPE_SEQUENCE, '');
  if (simple || (plain !== text && SIMPLE.test(plain))) {
    let width = plain.length;
    for (let i = 0; i < plain.length; i++) if (plain.charCodeAt(i) >= 0xac00) width++;
    return width;
  }
  const ambiguousAsWide = options.ambiguousIsNarrow === false;
  if (SINGLE.test(plain)) {
    let width = 0;
    for (const char of plain) width += eastAsianWidth(char.codePointAt(0)!, { ambiguousAsWide });
    return width;
  }
  const { zeroWidth, invisible, pictographic, clustering, control } = patterns();
  let width = 0;
  // Only `clustering` characters make a grapheme of several code points; without them each
  // character is measured alone (an Intl.Segmenter costs ~7 ms of ICU set-up: made only when needed).
  if (!clustering.test(plain)) {
    for (const char of plain) if (!control.test(char)) width += eastAsianWidth(char.codePointAt(0)!, { ambiguousAsWide });
    return width;
  }
  for (const { segment } of (segmenter ??= new Intl.Segmenter()).segment(plain)) {
    if (zeroWidth.test(segment)) continue;
    const base = [...segment].find((char) => !invisible.test(char)) ?? segment;
    const point = base.codePointAt(0)!;
    // Emoji: a pictograph shown in emoji style, a ZWJ sequence of pictographs, a keycap or a flag.
    const pictographs = segment.includes('\u200d') ? [...segment].filter((char) => pictographic.test(char)).length : 0;
    if (pictographs >= 2 || (pictographic.test(base) && (segment.includes('\ufe0f') || eastAsianWidth(point) === 2))) {
      width += 2;
      continue;
    }
    if (/^[\d#*]\ufe0f?\u20e3$/.test(segment) || /^(?:\ud83c[\udde6-\uddff]){2}$/.test(segment)) {
      width += 2;
      continue;
    }
    width += eastAsianWidth(point, { ambiguousAsWide });
  }
  return width;
}
