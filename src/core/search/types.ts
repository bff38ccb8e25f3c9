// What the search engine takes and gives, and what its stages hand to the ranking.
import type { Post } from '../post.js';
import type { Range } from '../range.js';
import type { AliasLookup } from './aliases.js';
import type { Corpus } from './corpus.js';
import type { DistinctTexts } from './distinct.js';
import type { SearchField } from './fields.js';

export interface SearchHit {
  post: Post;
  /** Lower is better: 0 is every word found as typed at the start of a title word. Stable between runs. */
  score: number;
  /** Matched parts of the title, for highlighting. */
  titleRanges: Range[];
  /** Where the words were found. */
  fields: SearchField[];
  /** Query words not found in this post. */
  missing: number;
  /** Query words found only with typos. */
  fuzzy: number;
  /** The slips those typos add up to (see typo.ts): 0 when every word was found as typed. */
  typos: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** The query as searched: NFC, spaces collapsed, converted from a Latin keyboard layout if that worked better. */
  query: string;
  /** The query as typed, when it was read as Hangul typed on a Latin layout (vkdlTjs -> 파이썬). */
  convertedFrom?: string;
}

export interface SearchOptions {
  limit?: number;
  /** For tests: false runs typo matching on every post (see typo.ts, addFuzzyMatches). */
  prefilter?: boolean;
  /**
   * The last word is still being typed (the picker searches on every key): it also matches as a
   * prefix of a word's jamo, so 캎 (ㅋㅏㅍ) already finds 카프카, whose syllable 프 is not there yet.
   */
  typing?: boolean;
}

export interface SearchIndex {
  /** Posts in newest-first order; hits refer to them by position. */
  readonly count: number;
  readonly corpus: Corpus;
  readonly aliases: AliasLookup;
  /** The post at a position (newest first). */
  readonly post: (position: number) => Post;
  /** The titles in jamo, each distinct one once, made on first use: exact stages often make typo matching unnecessary. */
  readonly titleJamo: () => DistinctTexts;
  /** Each post's tags in jamo (joined by TAG_SEPARATOR), each distinct list once. */
  readonly tagJamo: () => DistinctTexts;
}

/** A query word's best match in one post, as a stage found it. */
export interface WordMatch {
  score: number;
  fuzzy: boolean;
  typos: number;
  field: SearchField;
  /** The matched title characters, worked out only for the hits shown. */
  titleRanges: () => Range[];
}

/** Per query word: the best match in each post (by position) that has one. */
export type WordMatches = Map<number, WordMatch>;

/** For a match outside the title: nothing to highlight. */
export const noRanges = (): Range[] => [];
