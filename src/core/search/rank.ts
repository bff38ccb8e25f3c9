// Ranking: runs the stages for every query word, best field first (exact.ts, then typo.ts), stops
// early once later stages cannot change the hits shown, then combines the words' matches per post
// and orders the posts. What each match is worth is in scores.ts.
import { byNewest } from '../posts.js';
import type { Range } from '../range.js';
import { postAt, segment } from './corpus.js';
import { exactMatchesIn, rangesIn } from './exact.js';
import { SEARCH_FIELDS, type SearchField } from './fields.js';
import { withoutParticle } from './hangul.js';
import { isLetterOrDigitAt } from './letters.js';
import { queryWords } from './query.js';
import { FIELD_PENALTY } from './scores.js';
import { addFuzzyMatches } from './typo.js';
import type { SearchHit, SearchIndex, SearchOptions, WordMatches } from './types.js';
import { variantsOf } from './variants.js';

interface RankedHit extends Omit<SearchHit, 'post' | 'titleRanges'> {
  position: number;
  titleRanges: () => Range[];
}

export function rank(index: SearchIndex, query: string, options: SearchOptions & { fuzzy?: boolean }): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const perWord: WordMatches[] = words.map(() => new Map());
  const variants = words.map((word, i) => variantsOf(index, word, options.typing === true && i === words.length - 1));
  const limit = options.limit ?? Infinity;
  const perfect = perfectHits(index, words, limit);
  if (perfect) return perfect;
  // Fields are searched best first. A match in a later field can only give a post a mean score
  // of at least that field's penalty over the number of words, so once `limit` posts have every
  // word at a better score, the later fields cannot change the first `limit` hits: skip them.
  for (const field of SEARCH_FIELDS) {
    if (field === 'body' && !index.corpus.body) break;
    if (countPostsInAll(perWord, FIELD_PENALTY[field] / words.length) >= limit) break;
    words.forEach((word, i) => exactMatchesIn(index, field, word, variants[i]!, perWord[i]!, options.typing === true && i === words.length - 1));
  }
  // Every exact match outranks every fuzzy one (fewer typos first), so the same holds for the
  // fuzzy stage, the expensive one: it runs only while fewer than `limit` posts have every word.
  if (options.fuzzy !== false && countPostsInAll(perWord, Infinity) < limit) {
    words.forEach((word, i) => {
      addFuzzyMatches(index, word, perWord[i]!, options);
      const noun = withoutParticle(word);
      if (noun !== undefined) addFuzzyMatches(index, noun, perWord[i]!, options);
    });
  }
  const ranked = combine(perWord);
  const shown = options.limit === undefined ? ranked : ranked.slice(0, options.limit);
  return shown.map(({ position, titleRanges, ...hit }) => ({ post: index.post(position), ...hit, titleRanges: titleRanges() }));
}

/**
 * The answer when at least `limit` posts have every word as typed at the start of a word in their
 * title: score 0, the best there is, so those posts come first, ties going to the newer, and no
 * later stage can change them. The titles are scanned newest first and the scan stops at the
 * `limit`-th such post, without a match map or a sort. Undefined when there are fewer (the stages
 * run as usual). Each hit is what the stages would make of it (test/unit/search-fast.test.ts).
 */
function perfectHits(index: SearchIndex, words: readonly string[], limit: number): SearchHit[] | undefined {
  if (!Number.isFinite(limit) || limit < 1) return undefined;
  const field = index.corpus.title;
  const { text, starts } = field;
  // The word with the longest text first: usually the rarest, so the fewest candidates to check.
  const [lead, ...rest] = [...words].sort((a, b) => b.length - a.length) as [string, ...string[]];
  const others = rest.map((word) => wordStartsInTurn(text, word));
  const positions: number[] = [];
  let post = 0;
  for (let at = text.indexOf(lead); at >= 0 && positions.length < limit; at = text.indexOf(lead, at)) {
    if (at >= starts[post + 1]!) post = postAt(field, at);
    const end = starts[post + 1]! - 1;
    if (startsWordIn(text, lead, at, starts[post]!, end) && others.every((startsWord) => startsWord(starts[post]!, end))) {
      positions.push(post);
    }
    at = starts[post + 1]!;
  }
  if (positions.length < limit) return undefined;
  return positions.map((position) => {
    const title = segment(field, position);
    return {
      post: index.post(position), score: 0, fields: ['title'], missing: 0, fuzzy: 0, typos: 0,
      titleRanges: words.flatMap((word) => rangesIn(title, word)),
    };
  });
}

/** Whether `word` occurs at the start of a word in text[from, end), looking from `at` (the post's text starts at `from`). */
function startsWordIn(text: string, word: string, at: number, from: number, end: number): boolean {
  for (let i = text.indexOf(word, at); i >= 0 && i + word.length <= end; i = text.indexOf(word, i + 1)) {
    if (i === from || !isLetterOrDigitAt(text, i - 1)) return true;
  }
  return false;
}

/**
 * Whether `word` starts a word in text[from, end), asked post after post in text order. Each
 * occurrence of `word` is looked at about once over all the posts: a rare word, looked for from
 * each post's start, would otherwise be searched for through the rest of the text every time
 * (`kafka part` took 0.5 s on 100,000 posts).
 */
function wordStartsInTurn(text: string, word: string): (from: number, end: number) => boolean {
  let next = text.indexOf(word);
  return (from, end) => {
    while (next >= 0 && next < from) next = text.indexOf(word, next + 1);
    return next >= 0 && startsWordIn(text, word, next, from, end);
  };
}

/** Posts that every word matched (exactly) with a mean score below `below`. */
function countPostsInAll(perWord: readonly WordMatches[], below: number): number {
  const [first, ...rest] = perWord;
  if (!first) return 0;
  let count = 0;
  for (const [post, match] of first) {
    let total = match.score;
    let all = true;
    for (const matches of rest) {
      const other = matches.get(post);
      if (!other) {
        all = false;
        break;
      }
      total += other.score;
    }
    if (all && total / perWord.length < below) count++;
  }
  return count;
}

function combine(perWord: readonly WordMatches[]): RankedHit[] {
  const touched = new Set<number>();
  for (const matches of perWord) for (const post of matches.keys()) touched.add(post);
  const hits: RankedHit[] = [];
  for (const position of touched) {
    let total = 0;
    let missing = 0;
    let fuzzy = 0;
    let typos = 0;
    const fields = new Set<SearchField>();
    const titleRanges: (() => Range[])[] = [];
    for (const matches of perWord) {
      const match = matches.get(position);
      if (!match) {
        missing++;
        total += 1;
        continue;
      }
      total += match.score;
      if (match.fuzzy) fuzzy++;
      typos += match.typos;
      fields.add(match.field);
      titleRanges.push(match.titleRanges);
    }
    hits.push({ position, score: roundScore(total / perWord.length), titleRanges: () => titleRanges.flatMap((r) => r()), fields: [...fields], missing, fuzzy, typos });
  }
  // Posts that have every word, when there are any, are all a person wants to see.
  const complete = hits.some((hit) => hit.missing === 0) ? hits.filter((hit) => hit.missing === 0) : hits;
  // Positions are newest first, so the lower position wins a tie.
  return complete.sort((a, b) => byRelevance(a, b) || a.position - b.position);
}

/** Fewer missing words, then fewer typos, then the score. */
const byRelevance = (a: Omit<SearchHit, 'post' | 'titleRanges'>, b: Omit<SearchHit, 'post' | 'titleRanges'>) =>
  a.missing - b.missing || a.fuzzy - b.fuzzy || a.score - b.score;

/** The order of search results: by relevance; ties go to the newer post. */
export const compareHits = (a: SearchHit, b: SearchHit) => byRelevance(a, b) || byNewest(a.post, b.post);

/** Rounded so that floating-point noise cannot reorder hits or change JSON between runs. */
const roundScore = (score: number) => Math.round(score * 1e4) / 1e4;
