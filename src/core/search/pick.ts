// The pick-one rule of `show`: whether search hits clearly mean one post, so that a free-text
// reference opens it instead of listing the candidates. A post is never opened on a guess.
import { jamoString } from './hangul.js';
import { lowerSameLength, normaliseQuery } from './query.js';
import type { SearchHit } from './types.js';

/** How much better (lower) the best score must be than the runner-up to count as clearly meant. */
const CLEAR_MARGIN = 0.1;
/** A typo match opens a post only with at most one slip per this many jamo or letters of the query. */
const SHOW_LETTERS_PER_SLIP = 6;

/**
 * The post a free-text reference clearly means, or undefined. Every word must be found. An exact
 * title wins; a match without typos (as typed, another spelling, initial consonants) wins when it is
 * the only hit or ahead of the runner-up in kind or by a margin; a match with typos only when the
 * typos are few for the query's length and every other hit needs at least one slip more.
 */
export function clearBest(hits: readonly SearchHit[], query: string): SearchHit | undefined {
  const [best, second] = hits;
  if (!best || best.missing > 0) return undefined;
  const wanted = lowerSameLength(normaliseQuery(query));
  const exact = hits.filter((hit) => lowerSameLength(hit.post.title) === wanted);
  if (exact.length === 1) return exact[0];
  if (best.fuzzy > 0) {
    const letters = jamoString(wanted.replace(/ /g, '')).length;
    const close = best.typos * SHOW_LETTERS_PER_SLIP <= letters;
    return close && (!second || second.fuzzy > best.fuzzy || second.typos - best.typos >= 1) ? best : undefined;
  }
  if (!second) return best;
  const aheadInKind = best.missing < second.missing || (best.missing === second.missing && best.fuzzy < second.fuzzy);
  return aheadInKind || second.score - best.score >= CLEAR_MARGIN ? best : undefined;
}
