// "Did you mean": when a search finds nothing, the closest words that do occur in the titles and
// tags, by the same weighted edit distance on jamo as typo matching (typo.ts), with the budget of
// the longer of the two words (zukiper is two vowel slips from zookeeper) and the same first letter,
// which people seldom get wrong. A suggestion is offered only if it finds something.
import { jamoString } from './hangul.js';
import { search, type SearchIndex } from './index.js';
import { typoBudget, wordDistance } from './typo.js';

/** A corrected query that finds something, or undefined when nothing close enough exists. */
export function suggestQuery(index: SearchIndex, query: string): string | undefined {
  const { title, tags } = index.corpus;
  const vocabulary = [...new Set([
    ...title.text.split(/[\s\p{P}\p{S}]+/u),
    ...tags.text.split(/[\n\u0001]/),
  ])].filter((word) => word.length >= 2);
  const jamo = vocabulary.map(jamoString);
  let changed = false;
  const words = query.toLowerCase().split(' ').filter(Boolean).map((word) => {
    if (vocabulary.includes(word)) return word;
    const wanted = jamoString(word);
    let best: { word: string; distance: number } | undefined;
    jamo.forEach((candidate, i) => {
      if (candidate[0] !== wanted[0]) return;
      const distance = wordDistance(wanted, candidate, typoBudget(Math.max(wanted.length, candidate.length)));
      if (distance !== undefined && distance > 0 && (!best || distance < best.distance)) best = { word: vocabulary[i]!, distance };
    });
    if (!best) return word;
    changed = true;
    return best.word;
  });
  if (!changed) return undefined;
  const suggestion = words.join(' ');
  return search(index, suggestion, { limit: 1 }).hits.length > 0 ? suggestion : undefined;
}
