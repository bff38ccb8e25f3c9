// What a match is worth (lower is better). Every exact stage beats every fuzzy match; a title beats
// tags beats a summary beats a body; another spelling or a word without its particle ranks just
// below the word as typed. The stages score with these; rank.ts combines and orders.
import type { SearchField } from './fields.js';

export const STAGE = { wordStart: 0, inside: 0.02, compact: 0.03, jamo: 0.04, choseong: 0.05, compactChoseong: 0.06, fuzzy: 0.2 } as const;
export const FIELD_PENALTY: Record<SearchField, number> = { title: 0, tags: 0.1, summary: 0.2, body: 0.3 };
export const ALIAS_PENALTY = 0.01;
/** For the word without its particle (카프카를 -> 카프카): found so, it ranks below the word itself. */
export const PARTICLE_PENALTY = 0.02;

/** A typo match: below every exact stage, worse with each slip for the word's length (jamo or letters). */
export const fuzzyScore = (typos: number, length: number, field: SearchField) =>
  STAGE.fuzzy + (typos / length) * 0.8 + FIELD_PENALTY[field];
