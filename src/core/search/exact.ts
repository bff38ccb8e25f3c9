// The exact stages of one word in one field: as typed (the start of a word beats inside one),
// across spaces (분산테이블 finds 분산 테이블), on jamo for a syllable still being typed (카ㅍ), and in
// titles as initial consonants (ㅋㅍㅋ). Each scans a joined field (corpus.ts) with indexOf or one
// regular expression and reports each post once, with its best stage.
import type { Range } from '../range.js';
import { postAt, segment, type Corpus, type DerivedField, type JoinedField } from './corpus.js';
import type { IndexField, SearchField } from './fields.js';
import { isChoseongWord, jamoString } from './hangul.js';
import { isLetterOrDigitAt } from './letters.js';
import { FIELD_PENALTY, STAGE } from './scores.js';
import { noRanges, type SearchIndex, type WordMatches } from './types.js';
import type { Variant } from './variants.js';

/** Ranges are computed only if asked for: only the hits shown need them. */
type Found = (post: number, score: number, ranges: () => Range[]) => void;

/**
 * Every post in which `needle` occurs in `field`, and whether an occurrence starts a word. Scans
 * the joined field with indexOf and skips to the next post once the answer is known.
 */
function occurrences(field: JoinedField, needle: string): Map<number, boolean> {
  const found = new Map<number, boolean>();
  if (needle === '') return found;
  const { text, starts } = field;
  let post = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at)) {
    if (at >= starts[post + 1]!) post = postAt(field, at);
    const wordStart = at === starts[post] || !isLetterOrDigitAt(text, at - 1);
    if (wordStart) {
      found.set(post, true);
      at = starts[post + 1]!; // nothing more to learn in this post
    } else {
      if (!found.has(post)) found.set(post, false);
      at += needle.length;
    }
  }
  return found;
}

/** All occurrences of `needle` in one text, for highlighting a hit that is shown. */
export function rangesIn(text: string, needle: string): Range[] {
  const ranges: Range[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
  return ranges;
}

/** First match per post of `pattern` in a field whose offsets equal the original's. */
function patternOccurrences(field: JoinedField, pattern: RegExp, each: (post: number, range: Range) => void): void {
  let post = -1;
  for (const match of field.text.matchAll(pattern)) {
    if (post >= 0 && match.index < field.starts[post + 1]!) continue;
    post = postAt(field, match.index);
    const local = match.index - field.starts[post]!;
    each(post, [local, local + match[0].length]);
  }
}

/** First occurrence per post of `needle` in a derived field, as a range of the original field. */
function mappedOccurrences(derived: DerivedField, needle: string, each: (post: number, range: () => Range) => void): void {
  const seen = new Set<number>();
  for (let at = derived.text.indexOf(needle); at >= 0; at = derived.text.indexOf(needle, at + 1)) {
    const post = postAt(derived, at);
    if (seen.has(post)) continue;
    seen.add(post);
    const local = at - derived.starts[post]!;
    each(post, () => derived.toOriginal(post, local, local + needle.length));
  }
}

/**
 * The exact stages for one field, each post reported once with its best stage: as typed (start
 * of a word beats inside one), across spaces, on jamo for a syllable still being typed, and (titles
 * only) as initial consonants.
 */
function exactInField(corpus: Corpus, name: IndexField, variant: Variant, found: Found, options: { choseong?: boolean; partial?: string }): void {
  const field = corpus[name];
  const done = new Set<number>();
  for (const [post, wordStart] of occurrences(field, variant.text)) {
    done.add(post);
    found(post, wordStart ? STAGE.wordStart : STAGE.inside, () => rangesIn(segment(field, post), variant.text));
  }
  const later = (score: number) => (post: number, range: () => Range) => {
    if (done.has(post)) return;
    done.add(post);
    found(post, score, () => [range()]);
  };
  const direct = (score: number) => {
    const add = later(score);
    return (post: number, range: Range) => add(post, () => range);
  };
  if (name !== 'summary' && variant.compact.length > 1) {
    patternOccurrences(field, variant.spaced, direct(STAGE.compact));
  }
  if (options.partial !== undefined && name !== 'summary') {
    mappedOccurrences(corpus.jamo(name), options.partial, later(STAGE.jamo));
  }
  if (options.choseong && name === 'title') {
    // Initial consonants stand one for one for syllables, so offsets are the titles' own.
    const choseong = corpus.choseong();
    const asTyped = later(STAGE.choseong);
    for (const post of occurrences(choseong, variant.text).keys()) asTyped(post, () => rangesIn(segment(choseong, post), variant.text)[0]!);
    // One letter cannot be split by spaces: the pattern would find the same posts again, one match object each.
    if (variant.compact.length > 1) patternOccurrences(choseong, variant.spaced, direct(STAGE.compactChoseong));
  }
}

/** The exact stages of one word in one field, recorded in `matches` where they beat what is there. */
export function exactMatchesIn(index: SearchIndex, field: SearchField, word: string, variants: readonly Variant[], matches: WordMatches, typing = false): void {
  // Initial consonants are compared with titles only: that is what people abbreviate.
  const choseong = isChoseongWord(word);
  // Lone jamo mean a syllable still being typed (카ㅍ): compare jamo, not syllables.
  // So does the last syllable of a word still being typed (캎 on its way to 카프카).
  const partial = !choseong && (/[\u3131-\u318e]/.test(word) || (typing && /[가-힣]/.test(word))) ? jamoString(word) : undefined;
  const { corpus } = index;
  for (const variant of variants) {
    const penalty = FIELD_PENALTY[field] + variant.penalty;
    const offer = (post: number, score: number, ranges: () => Range[]) => {
      const current = matches.get(post);
      if (!current || score + penalty < current.score) {
        matches.set(post, { score: score + penalty, fuzzy: false, typos: 0, field, titleRanges: field === 'title' ? ranges : noRanges });
      }
    };
    if (variant.whole) {
      const text = field === 'body' ? corpus.body! : corpus[field];
      patternOccurrences(text, variant.whole, (post, range) => offer(post, STAGE.wordStart, () => [range]));
    } else if (field === 'body') {
      for (const post of occurrences(corpus.body!, variant.text).keys()) offer(post, 0, noRanges);
    } else {
      const own = variant.alias || field === 'summary' ? {} : { choseong: choseong && field === 'title', ...(partial !== undefined && { partial }) };
      exactInField(corpus, field, variant, offer, own);
    }
  }
}
