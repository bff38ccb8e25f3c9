// "Did you mean": the known name closest to what was typed, by edit distance on jamo, so 게발 is
// one jamo from 개발 (ㅔ for ㅐ) rather than one whole syllable.
import { distance } from 'fastest-levenshtein';
import { jamoString } from './search/hangul.js';

/** At most this share of the jamo may differ. */
const MAX_DIFFERENCE = 0.45;

/** The candidate closest to `input` (case-insensitive), or undefined when none is close enough. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = jamoString(input.normalize('NFC').toLowerCase());
  let best: { name: string; difference: number } | undefined;
  for (const name of candidates) {
    const jamo = jamoString(name.toLowerCase());
    const difference = distance(wanted, jamo) / Math.max(wanted.length, jamo.length, 1);
    if (difference <= MAX_DIFFERENCE && (best === undefined || difference < best.difference)) best = { name, difference };
  }
  return best?.name;
}
