// Hangul typed with the keyboard in Latin mode (vkdlTjs for 파이썬): a Latin query that finds
// nothing convincing is searched again as the Hangul it would be on a Korean (2-set) layout.
import { fromKoreanLayout, hasHangul } from './hangul.js';
import { rank } from './rank.js';
import type { SearchHit, SearchIndex, SearchOptions, SearchResult } from './types.js';

/** The result of reading `typed` (normalised) as Hangul when that reading is tried, else undefined. */
export function searchAsHangul(index: SearchIndex, typed: string, options: SearchOptions): SearchResult | undefined {
  const converted = hasHangul(typed) ? undefined : fromKoreanLayout(typed);
  // Whether the words as typed convince is known from the exact stages alone (a convincing first
  // hit has no typo), so the Hangul reading is tried before paying for typo matching.
  if (converted === undefined || !readsAsHangul(index, typed, converted) || isConvincing(rank(index, typed, { ...options, fuzzy: false }))) {
    return undefined;
  }
  const retry = rank(index, converted, options);
  if (isConvincing(retry)) return { hits: retry, query: converted, convertedFrom: typed };
  const hits = rank(index, typed, options);
  return hits.length === 0 && retry.length > 0 ? { hits: retry, query: converted, convertedFrom: typed } : { hits, query: typed };
}

const isConvincing = (hits: readonly SearchHit[]) => hits[0] !== undefined && hits[0].missing === 0 && hits[0].fuzzy === 0;

/**
 * Whether Latin letters were plausibly meant as Hangul: every word becomes whole syllables, at least
 * two (a short English word such as go or do also spells one syllable, 해, 애), and none is a known term.
 */
const readsAsHangul = (index: SearchIndex, typed: string, converted: string) =>
  converted.split(' ').every((word) => /^[가-힣]{2,}$/.test(word)) &&
  typed.split(' ').every((word) => index.aliases(word).length === 0);
