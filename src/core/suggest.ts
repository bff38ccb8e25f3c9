// "Did you mean": when a search finds nothing, the closest words that do occur in the blog,
// by edit distance on jamo (so 카푸카 is one jamo from 카프카, not one syllable).
import { distance } from 'fastest-levenshtein';
import { jamoString } from './hangul.js';
import { search, type SearchIndex } from './search.js';

/** At most this share of a word's jamo may differ for a suggestion. */
const MAX_DIFFERENCE = 0.45;

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
    let best: { word: string; difference: number } | undefined;
    jamo.forEach((candidate, i) => {
      const difference = distance(wanted, candidate) / Math.max(wanted.length, candidate.length);
      if (difference <= MAX_DIFFERENCE && (!best || difference < best.difference)) best = { word: vocabulary[i]!, difference };
    });
    if (!best) return word;
    changed = true;
    return best.word;
  });
  if (!changed) return undefined;
  const suggestion = words.join(' ');
  return search(index, suggestion, { limit: 1 }).hits.length > 0 ? suggestion : undefined;
}
