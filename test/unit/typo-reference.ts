// The typo stage as it was before it was made fast (commit 835e111's addFuzzyMatches, with the
// per-post jamo lists it read from the index made here): the oracle that test/unit/typo-fast.test.ts
// holds the fast stage to. Not used by the program. What changed is how the stage walks the posts
// (every title and tag of every post, one by one, against each distinct text once), so only that
// walk is kept here; the matcher, the budget and the prefilter are the program's own (tested in
// test/commands/search-trust.test.ts).
import type { Range } from '../../src/core/range.js';
import { segment, TAG_SEPARATOR, type JoinedField } from '../../src/core/search/corpus.js';
import { isChoseongWord, jamoString } from '../../src/core/search/hangul.js';
import { fuzzyScore } from '../../src/core/search/scores.js';
import { canReach, typoBudget, typoMatcher } from '../../src/core/search/typo.js';
import { noRanges, type SearchIndex, type SearchOptions, type WordMatch, type WordMatches } from '../../src/core/search/types.js';

/**
 * Matches with typos, on jamo, for posts where the word was not found exactly: the word against
 * the words of each title and tag (typoMatcher). Texts that lack too many of the word's jamo to be
 * within reach are dropped by a quick count first; the results are the same without that.
 */
export function addFuzzyMatches(index: SearchIndex, word: string, matches: WordMatches, options: SearchOptions): void {
  if (isChoseongWord(word)) return;
  const pattern = jamoString(word);
  const budget = typoBudget(pattern.length);
  if (budget === 0) return;
  const reachable = options.prefilter === false ? () => true : canReach(pattern, budget);
  const match = typoMatcher(pattern, budget);
  const offer = (post: number, candidate: WordMatch) => {
    const current = matches.get(post);
    if (current && !current.fuzzy) return;
    if (!current || candidate.score < current.score) matches.set(post, candidate);
  };
  const jamo = index.corpus.jamo('title');
  const segments = (field: JoinedField) => Array.from({ length: index.count }, (_, i) => segment(field, i));
  const titleJamo = segments(jamo);
  const perPost = segments(index.corpus.jamo('tags')).map((tags) => (tags === '' ? [] : tags.split(TAG_SEPARATOR)));
  const tagJamo = { tags: perPost.flat(), owners: perPost.flatMap((tags, owner) => tags.map(() => owner)) };
  titleJamo.forEach((text, post) => {
    const found = reachable(text) ? match(text) : undefined;
    if (!found) return;
    const ranges = (): Range[] => (found.end > found.start ? [jamo.toOriginal(post, found.start, found.end)] : []);
    offer(post, { score: fuzzyScore(found.cost, pattern.length, 'title'), fuzzy: true, typos: found.cost, field: 'title', titleRanges: ranges });
  });
  const { tags, owners } = tagJamo;
  tags.forEach((tag, i) => {
    const found = reachable(tag) ? match(tag) : undefined;
    if (found) offer(owners[i]!, { score: fuzzyScore(found.cost, pattern.length, 'tags'), fuzzy: true, typos: found.cost, field: 'tags', titleRanges: noRanges });
  });
}
