// Title search that understands Korean, the engine's public face. Each query word is matched against
// every post in stages: as typed (also without spaces), through other spellings of the same term
// (kafka -> 카프카, variants.ts), as initial consonants (ㅋㅍㅋ, also of a term's Hangul spelling)
// (exact.ts), and only then with typos on jamo (typo.ts), so a typo inside a syllable costs one jamo
// and a typo must be close for the word's length. rank.ts runs the stages and orders the hits;
// pick.ts decides whether they clearly mean one post. Pure: returns ranked hits with title ranges
// to highlight.
import type { Post } from '../post.js';
import { newestFirst } from '../posts.js';
import { buildAliasLookup } from './aliases.js';
import { Corpus } from './corpus.js';
import { distinctInJamo } from './distinct.js';
import { searchAsHangul } from './keyboard.js';
import { normaliseQuery } from './query.js';
import { rank } from './rank.js';
import type { SearchHit, SearchIndex, SearchOptions, SearchResult } from './types.js';

export type { SearchHit, SearchIndex, SearchOptions, SearchResult } from './types.js';
export { SEARCH_FIELDS, type SearchField } from './fields.js';
export { clearBest } from './pick.js';
export { compareHits } from './rank.js';

/** A search index over a corpus whose post i is `post(i)` (newest first). */
export function searchIndexOf(corpus: Corpus, post: (position: number) => Post, aliases?: Readonly<Record<string, readonly string[]>>): SearchIndex {
  let titles: ReturnType<SearchIndex['titleJamo']> | undefined;
  let tags: ReturnType<SearchIndex['tagJamo']> | undefined;
  return {
    count: corpus.count,
    corpus,
    aliases: buildAliasLookup(aliases),
    post,
    titleJamo: () => (titles ??= distinctInJamo(corpus.title, corpus.count, () => corpus.jamo('title'), corpus.storedNumbers('title'))),
    tagJamo: () => (tags ??= distinctInJamo(corpus.tags, corpus.count, () => corpus.jamo('tags'), corpus.storedNumbers('tags'))),
  };
}

export function createSearchIndex(
  posts: readonly Post[],
  options: { aliases?: Readonly<Record<string, readonly string[]>>; bodies?: ReadonlyMap<number, string> } = {},
): SearchIndex {
  const ordered = newestFirst(posts);
  return searchIndexOf(Corpus.of(ordered, options.bodies), (i) => ordered[i]!, options.aliases);
}

/**
 * Searches the index for `query`, best first. A Latin query that finds nothing convincing is
 * retried as the Hangul it would be on a Korean keyboard layout (keyboard.ts).
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  const typed = normaliseQuery(query);
  return searchAsHangul(index, typed, options) ?? { hits: rank(index, typed, options), query: typed };
}

/** Convenience for one-off searches (tests, `show`): builds the index and returns the hits. */
export function searchPosts(posts: readonly Post[], query: string, options: SearchOptions & { aliases?: Record<string, string[]> } = {}): SearchHit[] {
  return search(createSearchIndex(posts, options.aliases ? { aliases: options.aliases } : {}), query, options).hits;
}
