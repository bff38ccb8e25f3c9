// What counts as a typo: a real edit distance between the word typed and a word of the text (from
// where a word starts, never a fragment inside one), within a budget that grows with the word's
// length: none below five jamo or letters, one slip up to eight, two from nine. Hangul is compared
// jamo by jamo (카프가 is one slip from 카프카). Slips that people make all the time cost half:
// a Latin vowel (zookeper, decorater) and the Hangul vowels that sound alike (ㅐ/ㅔ, ㅓ/ㅕ: 클로져).

/** How many slips a word of `length` jamo or letters may have and still match. */
export function typoBudget(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

const LATIN_VOWEL = new Set('aeiou');
const SOUND_ALIKE = new Map<string, string>([['ㅐ', 'ㅔ'], ['ㅔ', 'ㅐ'], ['ㅒ', 'ㅖ'], ['ㅖ', 'ㅒ'], ['ㅓ', 'ㅕ'], ['ㅕ', 'ㅓ'], ['ㅗ', 'ㅛ'], ['ㅛ', 'ㅗ'], ['ㅜ', 'ㅠ'], ['ㅠ', 'ㅜ'], ['ㅏ', 'ㅑ'], ['ㅑ', 'ㅏ']]);

/** The cost of typing or leaving out `c`. */
const indel = (c: string) => (LATIN_VOWEL.has(c) ? 0.5 : 1);

/** The cost of typing `b` for `a`. */
const substitution = (a: string, b: string) =>
  a === b ? 0 : (LATIN_VOWEL.has(a) && LATIN_VOWEL.has(b)) || SOUND_ALIKE.get(a) === b ? 0.5 : 1;

/** The least a character of the word costs when the text does not have it: the prefilter's unit. */
const leastCost = (c: string) => (LATIN_VOWEL.has(c) || SOUND_ALIKE.has(c) ? 0.5 : 1);

/**
 * The weighted edit distance (optimal string alignment: a swap of neighbours is one slip) between
 * `word` and the text, where the text may go on after the match (`prefix`: 카프가 matches 카프카를).
 * Returns the cost and how many text characters the best match used, or undefined above `budget`.
 */
function align(word: string, text: readonly string[], budget: number, prefix: boolean): { cost: number; used: number } | undefined {
  const m = word.length;
  const n = text.length;
  // Rows i (characters of the word) by columns j (of the text); three rows suffice for swaps.
  let before = new Float64Array(n + 1);
  let previous = new Float64Array(n + 1);
  let current = new Float64Array(n + 1);
  for (let j = 1; j <= n; j++) previous[j] = previous[j - 1]! + indel(text[j - 1]!);
  for (let i = 1; i <= m; i++) {
    const a = word[i - 1]!;
    current[0] = previous[0]! + indel(a);
    let rowMin = current[0]!;
    for (let j = 1; j <= n; j++) {
      const b = text[j - 1]!;
      let cost = Math.min(previous[j - 1]! + substitution(a, b), previous[j]! + indel(a), current[j - 1]! + indel(b));
      if (i > 1 && j > 1 && a === text[j - 2] && word[i - 2] === b && a !== b) cost = Math.min(cost, before[j - 2]! + 1);
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

/** Weighted edit distance between two whole words (for suggestions), or undefined above `budget`. */
export function wordDistance(a: string, b: string, budget: number): number | undefined {
  if (Math.abs(a.length - b.length) > 2 * budget) return undefined;
  return align(a, [...b], budget, false)?.cost;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

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
  const reach = word.length + 2 * budget; // the most text characters a match within budget can use
  let best: TypoMatch | undefined;
  for (let start = 0; start < text.length; start++) {
    const c = text[start]!;
    if (!WORD_CHAR.test(c) || (start > 0 && WORD_CHAR.test(text[start - 1]!))) continue;
    const chars: string[] = [];
    const offsets: number[] = [];
    for (let k = start; k < text.length && chars.length < reach; k++) {
      if (SPACE.test(text[k]!)) continue;
      chars.push(text[k]!);
      offsets.push(k);
    }
    const found = align(word, chars, best ? Math.min(budget, best.cost) : budget, true);
    if (found && (!best || found.cost < best.cost)) {
      best = { cost: found.cost, start, end: found.used === 0 ? start : offsets[found.used - 1]! + 1 };
      if (best.cost === 0) break;
    }
  }
  return best;
}

/**
 * A quick test that `text` may hold a match of `word` within `budget`: the characters of the word
 * that the text lacks (counted as a multiset) each cost at least their least slip, so if those
 * already add up to more than the budget no alignment can do better. Made once per word.
 */
export function canReach(word: string, budget: number): (text: string) => boolean {
  const slot = new Map<number, number>();
  const need: number[] = [];
  const weight: number[] = [];
  let total = 0;
  for (const c of word) {
    const code = c.charCodeAt(0);
    const at = slot.get(code);
    if (at === undefined) {
      slot.set(code, need.length);
      need.push(1);
      weight.push(leastCost(c));
    } else need[at]! += 1;
    total += leastCost(c);
  }
  const required = total - budget;
  const have = new Int32Array(need.length);
  return (text) => {
    have.fill(0);
    let found = 0;
    for (let i = 0; i < text.length && found < required; i++) {
      const at = slot.get(text.charCodeAt(i));
      if (at !== undefined && have[at]! < need[at]!) {
        have[at]! += 1;
        found += weight[at]!;
      }
    }
    return found >= required;
  };
}
