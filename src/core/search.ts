// Fuzzy title search over posts with fuse.js. Pure: returns ranked hits with the matched
// character ranges of each title, and prints nothing.
import Fuse, { type FuseResultMatch } from 'fuse.js';
import type { Post } from './index.js';
import { byNewest } from './posts.js';

/** [start, end) character offsets into a post's title. */
export type Range = readonly [start: number, end: number];

export interface SearchHit {
  post: Post;
  /** 0 is a perfect match, 1 no match at all; comparable only within one search. */
  score: number;
  /** Matched parts of the title, for highlighting. */
  titleRanges: Range[];
}

export interface SearchOptions {
  limit?: number;
}

const FUSE_OPTIONS = {
  keys: [
    { name: 'title', weight: 1 },
    { name: 'tags', weight: 0.4 },
    { name: 'summary', weight: 0.15 },
  ],
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.4,
  minMatchCharLength: 1,
};

/** Normalises what a person typed: NFC, trimmed, inner white space collapsed. */
export function normaliseQuery(query: string): string {
  return query.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Posts whose title (or, with less weight, tags and summary) fuzzily match `query`, best first. */
export function searchPosts(posts: readonly Post[], query: string, options: SearchOptions = {}): SearchHit[] {
  const pattern = normaliseQuery(query);
  if (pattern === '') return [];
  const fuse = new Fuse(posts, FUSE_OPTIONS);
  const hits = fuse.search(pattern).map((result): SearchHit => ({
    post: result.item,
    score: roundScore(result.score ?? 1),
    titleRanges: titleRanges(result.matches ?? []),
  }));
  // fuse.js scores with several keys are for ordering only; ties go to the newer post.
  hits.sort((a, b) => a.score - b.score || byNewest(a.post, b.post));
  return options.limit === undefined ? hits : hits.slice(0, options.limit);
}

/** Rounded so that floating-point noise cannot reorder hits or change JSON between runs. */
const roundScore = (score: number) => Math.round(score * 1e4) / 1e4;

function titleRanges(matches: readonly FuseResultMatch[]): Range[] {
  return matches
    .filter((match) => match.key === 'title')
    .flatMap((match) => match.indices.map(([start, end]): Range => [start, end + 1]));
}

/** How much better (lower) the best score must be than the runner-up to count as "clearly" meant. */
const CLEAR_MARGIN = 0.1;

/**
 * The post a free-text reference clearly means: an exact title, the only hit, or a hit that
 * beats the runner-up by a margin. Undefined when the choice is not clear.
 */
export function clearBest(hits: readonly SearchHit[], query: string): SearchHit | undefined {
  const [best, second] = hits;
  if (!best) return undefined;
  const wanted = normaliseQuery(query).toLocaleLowerCase('ko');
  const exact = hits.filter((hit) => hit.post.title.toLocaleLowerCase('ko') === wanted);
  if (exact.length === 1) return exact[0];
  if (!second || second.score - best.score >= CLEAR_MARGIN) return best;
  return undefined;
}
