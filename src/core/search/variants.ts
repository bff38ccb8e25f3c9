// The spellings a query word is looked for as: as typed, the same term's other spellings (kafka for
// 카프카, aliases.ts), the terms whose initial consonants it is (ㅋㄹㅎㅇㅅ: 클릭하우스), and the word
// without its particle (카프카를 -> 카프카), each with what it costs (scores.ts).
import { isChoseongWord, PARTICLE_PATTERN, withoutParticle } from './hangul.js';
import { ALIAS_PENALTY, PARTICLE_PENALTY, STAGE } from './scores.js';
import type { SearchIndex } from './types.js';

export interface Variant {
  text: string;
  compact: string;
  /** `compact` with any spaces allowed between its characters, made once for every field. */
  spaced: RegExp;
  /** Another spelling of the word (kafka for 카프카), not the word as typed. */
  alias: boolean;
  /** Added to the score of every match of this spelling. */
  penalty: number;
  /** For a word without its particle: where it stands as a whole word, maybe with a particle of its own. */
  whole?: RegExp;
}

/** `typing`: the word is the last of a query still being typed, so it may be the start of a term. */
export function variantsOf(index: SearchIndex, word: string, typing = false): Variant[] {
  const variant = (text: string, penalty: number): Variant => {
    const compact = text.replace(/\s+/g, '');
    return { text, compact, spaced: spaced(compact), alias: penalty > 0, penalty };
  };
  const others = index.aliases(word).map((alias) => variant(alias, ALIAS_PENALTY));
  // ㅋㄹㅎㅇㅅ are the initial consonants of 클릭하우스, so they reach ClickHouse through the dictionary
  // too, ranked with initial consonants of a title.
  const byChoseong = isChoseongWord(word)
    ? index.aliases.byChoseong(word, typing).map((spelling) => variant(spelling, STAGE.choseong + ALIAS_PENALTY))
    : [];
  const noun = withoutParticle(word);
  // 카프카를 is 카프카 only where 카프카 is a whole word: 카프가 is a typo of 카프카, not 카프 and 가.
  const nouns = noun === undefined ? [] : [noun, ...index.aliases(noun)].map((spelling, i) => ({
    ...variant(spelling, PARTICLE_PENALTY + (i > 0 ? ALIAS_PENALTY : 0)),
    whole: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(spelling)}(?=(?:${PARTICLE_PATTERN})?(?![\\p{L}\\p{N}]))`, 'gu'),
  }));
  return [variant(word, 0), ...others, ...byChoseong, ...nouns];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for `needle` with any spaces (not newlines) between its characters: 분산테이블 finds 분산 테이블. */
const spaced = (needle: string) => new RegExp([...needle].map(escapeRegExp).join('[^\\S\\n]*'), 'g');
