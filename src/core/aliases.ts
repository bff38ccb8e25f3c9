// Spellings of the same term (kafka, 카프카): the built-in dictionary plus an index's own aliases.
import { TERM_GROUPS } from './terms.js';

/** Given a query word, the other spellings of the same term (not including the word itself). */
export type AliasLookup = (word: string) => readonly string[];

/** Lookup key: NFC, lower case, no spaces, so "분산 테이블" and "분산테이블" are one term. */
export const termKey = (term: string) => term.normalize('NFC').toLowerCase().replace(/\s+/g, '');

export function buildAliasLookup(indexAliases: Readonly<Record<string, readonly string[]>> = {}): AliasLookup {
  const groups = [
    ...TERM_GROUPS,
    ...Object.entries(indexAliases).map(([term, others]) => [term, ...others]),
  ];
  const byKey = new Map<string, Set<string>>();
  for (const group of groups) {
    const spellings = group.map((s) => s.normalize('NFC').toLowerCase().trim()).filter(Boolean);
    for (const spelling of spellings) {
      const key = termKey(spelling);
      const set = byKey.get(key) ?? new Set<string>();
      for (const other of spellings) if (termKey(other) !== key) set.add(other);
      byKey.set(key, set);
    }
  }
  return (word) => [...(byKey.get(termKey(word)) ?? [])];
}
