// One searchable string (a title, a tag, a summary) in every form the matcher compares against,
// each computed once and only when first needed: lower case, without spaces, jamo, initial consonants.
import { toChoseong, toJamo, type Mapped } from './hangul.js';

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

function withoutSpaces(text: string): Mapped {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (/\s/.test(char)) continue;
    out += char;
    map.push(i);
  }
  return { text: out, map };
}

/** Composes two offset maps: `outer` maps into the text that `inner` maps from. */
const compose = (outer: Mapped, inner: Mapped): Mapped => ({ text: outer.text, map: outer.map.map((i) => inner.map[i] ?? i) });

export class SearchableText {
  /** NFC, lower case; offsets equal the original's. */
  readonly lower: string;
  #compact?: Mapped;
  #jamo?: Mapped;
  #choseong?: Mapped;
  #compactChoseong?: Mapped;

  constructor(readonly original: string) {
    this.lower = lowerSameLength(original);
  }

  /** Without white space: 분산 테이블 -> 분산테이블. */
  get compact(): Mapped {
    return (this.#compact ??= withoutSpaces(this.lower));
  }

  /** Decomposed into jamo: 카프카 -> ㅋㅏㅍㅡㅋㅏ. */
  get jamo(): Mapped {
    return (this.#jamo ??= toJamo(this.lower));
  }

  /** Initial consonants, spaces kept: 모듈 관리 -> ㅁㄷ ㄱㄹ. */
  get choseong(): Mapped {
    return (this.#choseong ??= toChoseong(this.lower));
  }

  /** Initial consonants without spaces: 모듈 관리 -> ㅁㄷㄱㄹ. */
  get compactChoseong(): Mapped {
    return (this.#compactChoseong ??= compose(toChoseong(this.compact.text), this.compact));
  }
}

/** Original-text range [start, end) covered by derived offsets [from, to). */
export function mapRange(mapped: Mapped, from: number, to: number): [number, number] {
  const start = mapped.map[from] ?? 0;
  const last = mapped.map[Math.max(from, to - 1)] ?? start;
  return [start, last + 1];
}
