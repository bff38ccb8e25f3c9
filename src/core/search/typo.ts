// What counts as a typo: a real edit distance between the word typed and a word of the text (from
// where a word starts, never a fragment inside one), within a budget that grows with the word's
// length: none below five jamo or letters, one slip up to eight, two from nine. Hangul is compared
// jamo by jamo (카프가 is one slip from 카프카). Slips that people make all the time cost half:
// a Latin vowel (zookeper, decorater) and the Hangul vowels that sound alike (ㅐ/ㅔ, ㅓ/ㅕ: 클로져).
// The typo stage (addFuzzyMatches, at the end) compares a word so with every title and tag.
import type { Range } from '../range.js';
import { segment, TAG_SEPARATOR } from './corpus.js';
import { isChoseongWord, jamoString, toJamo } from './hangul.js';
import { fuzzyScore } from './scores.js';
import { isLetterOrDigitCode } from './letters.js';
import { noRanges, type SearchIndex, type SearchOptions, type WordMatch, type WordMatches } from './types.js';

/** How many slips a word of `length` jamo or letters may have and still match. */
export function typoBudget(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

const LATIN_VOWELS = 'aeiou';
const SOUND_ALIKE_PAIRS = ['ㅐㅔ', 'ㅒㅖ', 'ㅓㅕ', 'ㅗㅛ', 'ㅜㅠ', 'ㅏㅑ'];
const SOUND_ALIKE = new Map<number, number>(SOUND_ALIKE_PAIRS.flatMap(([a, b]) => [
  [a!.charCodeAt(0), b!.charCodeAt(0)], [b!.charCodeAt(0), a!.charCodeAt(0)],
]));
const isLatinVowel = (code: number) => code < 128 && LATIN_VOWELS.includes(String.fromCharCode(code));

/** The cost of typing or leaving out a character. */
const indel = (code: number) => (isLatinVowel(code) ? 0.5 : 1);

/** The cost of typing `b` for `a`. */
const substitution = (a: number, b: number) =>
  a === b ? 0 : (isLatinVowel(a) && isLatinVowel(b)) || SOUND_ALIKE.get(a) === b ? 0.5 : 1;

/** The least a character of the word costs when the text does not have it: the prefilter's unit. */
const leastCost = (code: number) => (isLatinVowel(code) || SOUND_ALIKE.has(code) ? 0.5 : 1);

// Scratch rows for align, grown as needed: typo matching runs over many texts, one word at a time.
let rows = [new Float64Array(64), new Float64Array(64), new Float64Array(64)];

/**
 * The weighted edit distance (optimal string alignment: a swap of neighbours is one slip) between
 * `word` and `text[0, n)` (character codes), where the text may go on after the match (`prefix`:
 * 카프가 matches 카프카를). Returns the cost and how many text characters the best match used, or
 * undefined above `budget`.
 */
function align(word: ArrayLike<number>, text: ArrayLike<number>, n: number, budget: number, prefix: boolean): { cost: number; used: number } | undefined {
  const m = word.length;
  if (rows[0]!.length <= n) rows = rows.map(() => new Float64Array(2 * n + 1));
  // Rows i (characters of the word) by columns j (of the text); three rows suffice for swaps.
  let [before, previous, current] = rows as [Float64Array, Float64Array, Float64Array];
  previous[0] = 0;
  for (let j = 1; j <= n; j++) previous[j] = previous[j - 1]! + indel(text[j - 1]!);
  for (let i = 1; i <= m; i++) {
    const a = word[i - 1]!;
    current[0] = previous[0]! + indel(a);
    let rowMin = current[0]!;
    for (let j = 1; j <= n; j++) {
      const b = text[j - 1]!;
      let cost = Math.min(previous[j - 1]! + substitution(a, b), previous[j]! + indel(a), current[j - 1]! + indel(b));
      if (i > 1 && j > 1 && a !== b && a === text[j - 2] && word[i - 2] === b) cost = Math.min(cost, before[j - 2]! + 1);
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > budget) return undefined; // costs only grow from row to row
    [before, previous, current] = [previous, current, before];
  }
  let best = previous[n]!;
  let used = n;
  if (prefix) {
    // Where the text may go on, the best end is the cheapest; of equals, the one nearest the word's length.
    for (let j = 0; j < n; j++) {
      const cost = previous[j]!;
      if (cost < best || (cost === best && Math.abs(j - m) < Math.abs(used - m))) {
        best = cost;
        used = j;
      }
    }
  }
  return best <= budget ? { cost: best, used } : undefined;
}

const codes = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** Weighted edit distance between two whole words (for suggestions), or undefined above `budget`. */
export function wordDistance(a: string, b: string, budget: number): number | undefined {
  if (Math.abs(a.length - b.length) > 2 * budget) return undefined;
  return align(codes(a), codes(b), b.length, budget, false)?.cost;
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000;

export interface TypoMatch {
  cost: number;
  /** [start, end) in the text searched. */
  start: number;
  end: number;
}

/**
 * The closest match of `word` (at most `budget` slips) at the start of a word of `text`. Spaces in
 * the text are skipped, so 분산태이블 still reaches 분산 테이블. Both are compared as given (jamo, lower case).
 */
export function matchAtWordStart(word: string, text: string, budget: number): TypoMatch | undefined {
  return typoMatcher(word, budget)(text);
}

/** matchAtWordStart for one word over many texts, with its work made once. */
export function typoMatcher(word: string, budget: number): (text: string) => TypoMatch | undefined {
  const pattern = codes(word);
  const reach = word.length + 2 * budget; // the most text characters a match within budget can use
  const window = new Int32Array(reach);
  const offsets = new Int32Array(reach);
  return (text) => {
    let best: TypoMatch | undefined;
    let wordBefore = false;
    for (let start = 0; start < text.length; start++) {
      const code = text.charCodeAt(start);
      const letter = isLetterOrDigitCode(code);
      const starts = letter && !wordBefore;
      wordBefore = letter;
      if (!starts) continue;
      let n = 0;
      for (let k = start; k < text.length && n < reach; k++) {
        const c = text.charCodeAt(k);
        if (isSpace(c)) continue;
        window[n] = c;
        offsets[n++] = k;
      }
      const found = align(pattern, window, n, best ? best.cost : budget, true);
      if (found && (!best || found.cost < best.cost)) {
        best = { cost: found.cost, start, end: found.used === 0 ? start : offsets[found.used - 1]! + 1 };
        if (best.cost === 0) break;
      }
    }
    return best;
  };
}

/**
 * A quick test that `text` may hold a match of `word` within `budget`: the characters of the word
 * that the text lacks (counted as a multiset) each cost at least their least slip, so if those
 * already add up to more than the budget no alignment can do better. Made once per word.
 */
export function canReach(word: string, budget: number): (text: string) => boolean {
  // Character code -> the slot of that character of the word, or -1: a table, not a Map, as it is
  // read for every character of every text.
  const slot = new Int16Array(0x10000).fill(-1);
  const need: number[] = [];
  const weight: number[] = [];
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const at = slot[code]!;
    if (at < 0) {
      slot[code] = need.length;
      need.push(1);
      weight.push(leastCost(code));
    } else need[at]! += 1;
    total += leastCost(code);
  }
  const required = total - budget;
  const have = new Int32Array(need.length);
  return (text) => {
    have.fill(0);
    let found = 0;
    for (let i = 0; i < text.length && found < required; i++) {
      const at = slot[text.charCodeAt(i)]!;
      if (at >= 0 && have[at]! < need[at]!) {
        have[at]! += 1;
        found += weight[at]!;
      }
    }
    return found >= required;
  };
}

/** Jamo offsets [start, end) of a post's title -> offsets in the title (as Corpus.jamo's toOriginal), without the jamo field. */
function titleRange(index: SearchIndex, post: number, start: number, end: number): Range {
  const { map } = toJamo(segment(index.corpus.title, post));
  return [map[start] ?? 0, (map[Math.max(start, end - 1)] ?? map[start] ?? 0) + 1];
}

/**
 * Matches with typos, on jamo, for posts where the word was not found exactly: the word against
 * the words of each title and tag (typoMatcher). Each distinct title, and each distinct list of
 * tags, is compared once (index.titleJamo, tagJamo) and its match handed to the posts that have
 * it. Texts that lack too many of the word's jamo to be within reach are dropped by a quick count
 * first; the results are the same without that (test/unit/typo-fast.test.ts holds this stage to
 * the plain one, which compared every post's title and each of its tags).
 */
export function addFuzzyMatches(index: SearchIndex, word: string, matches: WordMatches, options: SearchOptions): void {
  if (isChoseongWord(word)) return;
  const pattern = jamoString(word);
  const budget = typoBudget(pattern.length);
  if (budget === 0) return;
  const reachable = options.prefilter === false ? () => true : canReach(pattern, budget);
  const match = typoMatcher(pattern, budget);
  /** Keeps the better match (a post's first offer wins a tie); never replaces an exact one. */
  const offer = (post: number, candidate: WordMatch) => {
    const current = matches.get(post);
    if (current && !current.fuzzy) return;
    if (!current || candidate.score < current.score) matches.set(post, candidate);
  };
  const titles = index.titleJamo();
  titles.texts.forEach((text, k) => {
    const found = reachable(text) ? match(text) : undefined;
    if (!found) return;
    const score = fuzzyScore(found.cost, pattern.length, 'title');
    for (let i = titles.first[k]!; i < titles.first[k + 1]!; i++) {
      const post = titles.posts[i]!;
      const ranges = (): Range[] => (found.end > found.start ? [titleRange(index, post, found.start, found.end)] : []);
      offer(post, { score, fuzzy: true, typos: found.cost, field: 'title', titleRanges: ranges });
    }
  });
  // Of a post's tags, the first with the fewest slips is the one the post gets (as if each were
  // offered in turn). A list lacking too many jamo lacks them in each of its tags too.
  const tags = index.tagJamo();
  tags.texts.forEach((list, k) => {
    if (list === '' || !reachable(list)) return;
    let best: TypoMatch | undefined;
    for (const tag of list.split(TAG_SEPARATOR)) {
      const found = reachable(tag) ? match(tag) : undefined;
      if (found && (!best || found.cost < best.cost)) best = found;
    }
    if (!best) return;
    const candidate: WordMatch = { score: fuzzyScore(best.cost, pattern.length, 'tags'), fuzzy: true, typos: best.cost, field: 'tags', titleRanges: noRanges };
    for (let i = tags.first[k]!; i < tags.first[k + 1]!; i++) offer(tags.posts[i]!, candidate);
  });
}
