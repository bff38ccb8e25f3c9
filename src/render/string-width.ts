// Display width of a string in terminal columns, the way string-width counts it but without its
// \p{RGI_Emoji} regular expression, whose compilation alone cost ~40 ms at every start (measured
// with --cpu-prof: most of `blog list`'s own time). East Asian Width comes from
// get-east-asian-width (string-width's own table); the bundle points string-width here, so
// cli-table3 and wrap-ansi measure exactly as our layout does.
import { eastAsianWidth } from 'get-east-asian-width';

const ANSI = /\x1b\[[0-9;:]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]/g;
// Clusters that take no room: controls, format and default-ignorable characters, marks.
const ZERO_WIDTH = /^[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Cs}\u115f\u1160\u3164\uffa0\u034f\u17b4\u17b5\u180b-\u180f\ufe00-\ufe0f]+$/u;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Cs}\ufe00-\ufe0f]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
// Printable ASCII and precomposed Hangul: the common case here, measured without segmenting.
const SIMPLE = /^[\x20-\x7e\uac00-\ud7a3]*$/;
// Only these make a grapheme of several code points; without them each character is measured alone
// (creating an Intl.Segmenter costs ~7 ms of ICU set-up, so it is made only when needed).
const CLUSTERING = /[\p{M}\p{Cf}\u1100-\u11ff\ud7b0-\ud7ff\ud800-\udfff\ufe00-\ufe0f\u20e3]/u;
const CONTROL = /\p{Cc}/u;

let segmenter: Intl.Segmenter | undefined;

export interface WidthOptions {
  /** Count ambiguous-width characters (…, ─, •) as one column (the default) or two. */
  ambiguousIsNarrow?: boolean;
  /** Measure escape sequences as text instead of ignoring them. */
  countAnsiEscapeCodes?: boolean;
}

export default function stringWidth(text: string, options: WidthOptions = {}): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  const plain = options.countAnsiEscapeCodes ? text : text.replace(ANSI, '');
  if (SIMPLE.test(plain)) {
    let width = plain.length;
    for (let i = 0; i < plain.length; i++) if (plain.charCodeAt(i) >= 0xac00) width++;
    return width;
  }
  const ambiguousAsWide = options.ambiguousIsNarrow === false;
  let width = 0;
  if (!CLUSTERING.test(plain)) {
    for (const char of plain) if (!CONTROL.test(char)) width += eastAsianWidth(char.codePointAt(0)!, { ambiguousAsWide });
    return width;
  }
  for (const { segment } of (segmenter ??= new Intl.Segmenter()).segment(plain)) {
    if (ZERO_WIDTH.test(segment)) continue;
    const base = [...segment].find((char) => !INVISIBLE.test(char)) ?? segment;
    const point = base.codePointAt(0)!;
    // Emoji: a pictograph shown in emoji style, a keycap, or a ZWJ sequence of pictographs.
    if (PICTOGRAPHIC.test(base) && (segment.includes('\ufe0f') || segment.includes('\u200d') || eastAsianWidth(point) === 2)) {
      width += 2;
      continue;
    }
    if (/^[\d#*]\ufe0f?\u20e3$/.test(segment)) {
      width += 2;
      continue;
    }
    width += eastAsianWidth(point, { ambiguousAsWide });
  }
  return width;
}
