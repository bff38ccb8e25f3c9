// Hangul forms for matching, built on es-hangul: a syllable's jamo (so 카프가 is one jamo away
// from 카프카) and its initial consonant (초성, so ㅋㅍㅋ finds 카프카). Every derived string keeps
// a map back to the original character offsets so highlights land on the title as written.
import { canBeChoseong, convertQwertyToHangul, disassemble, disassembleCompleteCharacter } from 'es-hangul';
import { isLetterOrDigitAt } from './letters.js';

/** A derived string and, for each of its UTF-16 units, the offset of the source character it came from. */
export interface Mapped {
  text: string;
  map: number[];
}

const SYLLABLE = /[가-힣]/;
const jamoCache = new Map<string, string>();
const choseongCache = new Map<string, string>();

/** The jamo of one character: 괜 -> ㄱㅗㅐㄴ; anything that is not a Hangul syllable stays itself. */
export function jamoOf(char: string): string {
  let jamo = jamoCache.get(char);
  if (jamo === undefined) {
    // Compound jamo are split too (ㅙ -> ㅗㅐ, ㄶ -> ㄴㅎ) so a typo costs one jamo, not a whole vowel.
    jamo = SYLLABLE.test(char) || isJamo(char) ? disassemble(char) : char;
    jamoCache.set(char, jamo);
  }
  return jamo;
}

/** The initial consonant of a syllable (카 -> ㅋ); other characters stay themselves. */
export function choseongOf(char: string): string {
  let cho = choseongCache.get(char);
  if (cho === undefined) {
    cho = SYLLABLE.test(char) ? disassembleCompleteCharacter(char)?.choseong ?? char : char;
    choseongCache.set(char, cho);
  }
  return cho;
}

function mapEach(text: string, transform: (char: string) => string): Mapped {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = transform(text[i]!);
    out += piece;
    for (let k = 0; k < piece.length; k++) map.push(i);
  }
  return { text: out, map };
}

/** Text decomposed into jamo, mapped back to `text`'s offsets. */
export const toJamo = (text: string): Mapped => mapEach(text, jamoOf);

/** Text with each syllable replaced by its initial consonant, mapped back to `text`'s offsets. */
export const toChoseong = (text: string): Mapped => mapEach(text, choseongOf);

/** Jamo of a query word (no map needed). */
export const jamoString = (text: string): string => toJamo(text).text;

const JAMO = /[\u3131-\u318e]/;
const isJamo = (char: string) => JAMO.test(char);

/** True for a word made only of consonants that can start a syllable: ㅋㅍㅋ, ㅁㄷ. */
export function isChoseongWord(word: string): boolean {
  return word.length > 0 && [...word].every((char) => canBeChoseong(char));
}

/** True when the text has a Hangul syllable or jamo in it. */
export const hasHangul = (text: string): boolean => /[가-힣\u3131-\u318e]/.test(text);

/**
 * What Latin keys would have typed on a Korean (2-set) layout: vkdlTjs -> 파이썬. Undefined when
 * the text is not plain Latin letters or the conversion does not give Hangul.
 */
export function fromKoreanLayout(text: string): string | undefined {
  if (!/^[A-Za-z\s]+$/.test(text) || !/[A-Za-z]/.test(text)) return undefined;
  let converted: string;
  try {
    converted = convertQwertyToHangul(text);
  } catch {
    return undefined; // es-hangul throws on some key sequences (clickhose): then it is not Hangul
  }
  return /[가-힣]/.test(converted) && converted !== text ? converted : undefined;
}

// Particles (조사) that Korean attaches to a noun: 카프카를, kafka의. Some go only after a final
// consonant (을, 은, 이, 과, 으로), some only after a vowel (를, 는, 가, 와, 로).
const PARTICLES: readonly (readonly [particle: string, after: 'final' | 'vowel' | 'any'])[] = [
  ['에서', 'any'], ['에게', 'any'], ['까지', 'any'], ['부터', 'any'], ['처럼', 'any'], ['으로', 'final'],
  ['을', 'final'], ['를', 'vowel'], ['이', 'final'], ['가', 'vowel'], ['은', 'final'], ['는', 'vowel'],
  ['과', 'final'], ['와', 'vowel'], ['로', 'vowel'], ['의', 'any'], ['에', 'any'], ['도', 'any'], ['만', 'any'],
];

/** Any of the particles, for a regular expression. */
export const PARTICLE_PATTERN = PARTICLES.map(([particle]) => particle).join('|');

/**
 * The noun of a word that ends in a particle (카프카를 -> 카프카, kafka의 -> kafka), or undefined.
 * The noun must keep two characters, and a Hangul one must end as the particle requires.
 */
export function withoutParticle(word: string): string | undefined {
  for (const [particle, after] of PARTICLES) {
    if (!word.endsWith(particle)) continue;
    const stem = word.slice(0, -particle.length);
    const last = stem[stem.length - 1];
    if (stem.length < 2 || last === undefined || !isLetterOrDigitAt(stem, stem.length - 1)) return undefined;
    if (!SYLLABLE.test(last)) return stem;
    const final = (last.charCodeAt(0) - 0xac00) % 28;
    const fits = after === 'any' || (after === 'final') === (final !== 0) || (particle === '로' && final === 8); // 8: ㄹ
    return fits ? stem : undefined;
  }
  return undefined;
}
