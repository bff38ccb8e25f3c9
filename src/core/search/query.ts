// What a person typed, made comparable: NFC, spaces collapsed, lower case of the same length, split
// into words; and what a search or show query must have: something to look for. Depends on nothing
// of the engine, so `show 7` can check its reference without loading it.
import { EmptyQuery, WordTooLong } from '../errors.js';
import { hasLetterOrDigit } from './letters.js';

/** Whether a query has anything to look for: a letter or a digit, not only spaces and punctuation. */
export const isSearchable = (query: string) => hasLetterOrDigit(query);

/** The longest word a query may have, in characters (README, "Limits"): matching costs grow with its square. */
export const MAX_WORD_LENGTH = 256;

/**
 * Refuses a query with nothing to look for, blank or only punctuation (EmptyQuery), or with a word
 * longer than MAX_WORD_LENGTH characters (WordTooLong).
 */
export function requireWords(query: string): void {
  if (!isSearchable(query)) throw new EmptyQuery(query);
  if (query.length <= MAX_WORD_LENGTH) return;
  for (const word of query.split(/\s+/)) {
    if (word.length <= MAX_WORD_LENGTH) continue;
    const length = [...word].length;
    if (length > MAX_WORD_LENGTH) throw new WordTooLong(word, length, MAX_WORD_LENGTH);
  }
}

/** Normalises what a person typed: NFC, trimmed, inner white space collapsed. */
export function normaliseQuery(query: string): string {
  return query.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Lower case with the same length as the input, so offsets stay valid (a few letters grow when lowered). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const l = char.toLowerCase();
    out += l.length === char.length ? l : char;
  }
  return out;
}

/** The words of a normalised query as the stages compare them: lower case, split at its spaces. */
export const queryWords = (query: string) => lowerSameLength(query).split(' ').filter(Boolean);
