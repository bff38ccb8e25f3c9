// What a search or show query must have: something to look for. Kept apart from search.ts so
// `show 7` can check it without loading the search engine.
import { usageError } from '../../errors.js';

/** Whether a query has anything to look for: a letter or a digit, not only spaces and punctuation. */
export const isSearchable = (query: string) => /[\p{L}\p{N}]/u.test(query);

/** Refuses (usage error) a query with nothing to look for: blank, or only punctuation. */
export function requireWords(query: string, command: 'search' | 'show'): void {
  if (isSearchable(query)) return;
  const example = command === 'search' ? 'blog search 카프카' : 'blog show 7 or blog show 카프카';
  throw usageError(query.trim() === '' ? `the ${command} query is empty` : `the ${command} query "${query.trim()}" has no letters or digits`,
    `give words to look for, e.g. ${example}`);
}
