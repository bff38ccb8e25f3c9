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
  // (With the u flag a surrogate range matches lone halves only: emoji modifiers and regional
  // indicators, which join the character before them, are named.)
  clustering: /[\p{M}\p{Cf}\u1100-\u11ff\ud7b0-\ud7ff\ud800-\udfff\ufe00-\ufe0f\u20e3\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}]/u,
  control: /\p{Cc}/u,
});
let unicodePatterns: Record<'zeroWidth' | 'invisible' | 'pictographic' | 'clustering' | 'control', RegExp> | undefined;
// Printable ASCII and precomposed Hangul: the common case here, measured without segmenting.
const SIMPLE = /^[\x20-\x7e\uac00-\ud7a3]*$/;
// Blocks with no combining marks, joiners or surrogates (Latin, punctuation such as … and •,
// arrows, box drawing, CJK symbols, full-width forms): each character is measured on its own.
const SINGLE = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u23ff\u2500-\u27bf\u3000-\u303f\u3131-\u318e\uac00-\ud7a3\uff01-\uffdc]*$/;


let segmenter: Intl.Segmenter | undefined;

// Intl.Segmenter slows down superlinearly on long runs without a break (70,000 Hangul syllables:
// 5.7 s), so text is segmented in chunks of about this many code units, cut where no grapheme
// cluster can continue (see safeCut).
const CHUNK = 2048;
// A cut never goes before these (they extend or join the cluster before them: marks, joiners,
// variation selectors, emoji modifiers and tags, Hangul vowel and final jamo; a leading jamo
// starts a cluster)...
const CONTINUES = /[\p{M}\p{Cf}\u1160-\u11ff\ud7b0-\ud7ff\u{1f3fb}-\u{1f3ff}\u{e0000}-\u{e0fff}]/u;
// ...nor after these: Prepend characters, CR, a Hangul leading jamo; after a ZWJ, not before a
// pictograph; and not inside a pair of regional indicators (a flag), counted from the run's start.
const JOINS_NEXT = /[\r\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u1100-\u115f\ua960-\ua97f\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}]/u;
const isRegionalIndicatorAt = (text: string, at: number) => {
  const point = at >= 0 ? text.codePointAt(at) : undefined;
  return point !== undefined && point >= 0x1f1e6 && point <= 0x1f1ff;
};
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/**
 * A grapheme boundary at or after `at` (UTF-16 offset), `from` being the last boundary before it;
 * a few hundred code units on, cut anyway.
 */
function safeCut(text: string, from: number, chunkEnd: number): number {
  // Start at a code point: the second half of a surrogate pair belongs to the character before.
  const half = text.charCodeAt(chunkEnd);
  const at = half >= 0xdc00 && half <= 0xdfff ? chunkEnd - 1 : chunkEnd;
  const last = Math.min(text.length, at + 256);
  // Regional indicators pair into flags from where their run starts (or from `from`): count the
  // run that ends at `at` once, then keep count while moving on, so the cut stays linear.
  let indicators = 0;
  for (let j = at - 2; j >= from && isRegionalIndicatorAt(text, j); j -= 2) indicators++;
  for (let i = at; i < last; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // the second half of a pair
    const next = String.fromCodePoint(text.codePointAt(i)!);
    const low = text.charCodeAt(i - 1);
    const before = String.fromCodePoint(text.codePointAt(low >= 0xdc00 && low <= 0xdfff ? i - 2 : i - 1)!);
    const insideFlag = indicators % 2 === 1;
    if (!(CONTINUES.test(next) || JOINS_NEXT.test(before) || (before === '\u200d' && PICTOGRAPH.test(next)) || insideFlag)) return i;
    indicators = isRegionalIndicatorAt(text, i) ? indicators + 1 : 0;
  }
  // Hundreds of joined code points (a run of combining marks): cut between two code points.
  return text.charCodeAt(last - 1) >= 0xd800 && text.charCodeAt(last - 1) <= 0xdbff ? last - 1 : last;
}

/** Grapheme clusters with their offsets, segmented in bounded chunks (linear in the length). */
function* segments(text: string): Generator<{ segment: string; index: number }> {
  segmenter ??= new Intl.Segmenter();
  for (let start = 0; start < text.length;) {
    const end = text.length - start <= CHUNK ? text.length : safeCut(text, start, start + CHUNK);
    for (const { segment, index } of segmenter.segment(text.slice(start, end))) yield { segment, index: start + index };
    start = end;
  }
}

/**
 * The grapheme clusters of `text` with their offsets. Text without combining characters, joiners
 * or surrogates is split by code unit, without an Intl.Segmenter (its ICU set-up costs ~7 ms).
 */
export function graphemes(text: string): { segment: string; index: number }[] {
  if (patterns().clustering.test(text)) return [...segments(text)];
  // Offsets in code units: a character outside the BMP takes two.
  const out: { segment: string; index: number }[] = [];
  let index = 0;
  for (const segment of text) {
    out.push({ segment, index });
    index += segment.length;
  }
  return out;
}

export interface WidthOptions {
  /** Count ambiguous-width characters (…, ─, •) as one column (the default) or two. */
  ambiguousIsNarrow?: boolean;
  /** Measure escape sequences as text instead of ignoring them. */
  countAnsiEscapeCodes?: boolean;
}

// Wrapping measures one grapheme at a time, and a cluster needs a segmenter: the widths of short
// strings that needed one are remembered (a 1 MB body of emoji sequences: 125,000 measurements).
const clusterWidths = new Map<string, number>();

export default function stringWidth(text: string, options: WidthOptions = {}): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  if (text.length > 16 || options.ambiguousIsNarrow === false || options.countAnsiEscapeCodes) return measure(text, options);
  let width = clusterWidths.get(text);
  if (width === undefined) {
    if (clusterWidths.size >= 4096) clusterWidths.clear();
    clusterWidths.set(text, (width = measure(text, options)));
  }
  return width;
}

function measure(text: string, options: WidthOptions): number {
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
  for (const { segment } of segments(plain)) {
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
