// Spellings of the same term (kafka, 카프카): the built-in dictionary plus an index's own aliases.
import { toChoseong } from './hangul.js';
import { TERM_GROUPS } from './terms.js';

/** Given a query word, the other spellings of the same term (not including the word itself). */
export interface AliasLookup {
  (word: string): readonly string[];
  /** Every spelling of the terms with a Hangul spelling whose initial consonants are `word` (ㅋㄹㅎㅇㅅ: 클릭하우스, clickhouse), or with `prefix`, begin with it. */
  byChoseong(word: string, prefix?: boolean): readonly string[];
}

/** Lookup key: NFC, lower case, no spaces, so "분산 테이블" and "분산테이블" are one term. */
export const termKey = (term: string) => term.normalize('NFC').toLowerCase().replace(/\s+/g, '');

export function buildAliasLookup(indexAliases: Readonly<Record<string, readonly string[]>> = {}): AliasLookup {
  // The built-in terms are written NFC and lower case already; only an index's own need normalising.
  const own = Object.entries(indexAliases).map(([term, others]) =>
    [term, ...others].map((s) => s.normalize('NFC').toLowerCase().trim()).filter(Boolean));
  const groups = own.length > 0 ? [...TERM_GROUPS, ...own] : TERM_GROUPS;
  // A query has a word or three: scanning the groups for each is cheaper than building a map of all.
  // Spellings are normalised already, so their keys only lose their spaces.
  let keys: string[][] | undefined;
  const lookup = (word: string) => {
    const key = termKey(word);
    keys ??= groups.map((spellings) => spellings.map((spelling) => spelling.replace(/\s+/g, '')));
    const others: string[] = [];
    keys.forEach((spellingKeys, g) => {
      if (!spellingKeys.includes(key)) return;
      groups[g]!.forEach((other, i) => {
        if (spellingKeys[i] !== key && !others.includes(other)) others.push(other);
      });
    });
    return others;
  };
  let choseong: string[][] | undefined;
  const byChoseong = (word: string, prefix = false) => {
    const key = termKey(word);
    // Only spellings made wholly of syllables have initial consonants that stand for them.
    choseong ??= groups.map((spellings) => spellings.map((spelling) => {
      const compact = spelling.replace(/\s+/g, '');
      return /^[가-힣]+$/.test(compact) ? toChoseong(compact).text : '';
    }));
    // A word still being typed (ㅋㄹㅎ on its way to ㅋㄹㅎㅇㅅ) stands for every term it begins; one
    // consonant would stand for too many.
    const matches = prefix && [...key].length >= 2 ? (initials: string) => initials !== '' && initials.startsWith(key) : (initials: string) => initials === key;
    return groups.flatMap((spellings, g) => (choseong![g]!.some(matches) ? spellings : []));
  };
  return Object.assign(lookup, { byChoseong });
}
