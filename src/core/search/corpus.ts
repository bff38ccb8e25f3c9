// The searchable text of a whole blog, one field at a time: every post's title (or tags, summary,
// body) lower-cased and joined into one string, newest post first. Matching then runs indexOf over
// one string instead of a loop over 100,000 small ones, and the same layout is what the index cache
// stores. Derived forms (jamo, initial consonants) are built on first use, with
// native replace over the whole field; offsets are mapped back per post, only for the hits shown.
import { choseongOf, jamoOf, toChoseong, toJamo, type Mapped } from './hangul.js';
import type { Post } from '../post.js';
import type { IndexField, SearchField } from './fields.js';
import { lowerSameLength } from './query.js';

/** A field of every post, joined: post i is text[starts[i] .. starts[i + 1] - 1), then a newline. */
export interface JoinedField {
  text: string;
  starts: Int32Array;
}

/** A derived form of a field and the way back from its offsets to the original field's. */
export interface DerivedField extends JoinedField {
  /** Post-local [start, end) in the derived text -> post-local range in the original text. */
  toOriginal(post: number, start: number, end: number): [number, number];
}

/** Separates the tags of one post inside the joined tags field. */
export const TAG_SEPARATOR = '\u0001';

export function joinField(values: readonly string[]): JoinedField {
  const starts = new Int32Array(values.length + 1);
  for (let i = 0; i < values.length; i++) starts[i + 1] = starts[i]! + values[i]!.length + 1;
  if (values.length === 0) return { text: '', starts };
  // Lower-case and clean the whole field at once; a field's own line breaks would end it early,
  // so they become spaces (same length: offsets hold).
  const joined = `${values.join('\n')}\n`;
  const lower = joined.toLowerCase();
  const breaks = /[\n\r\u0001]/;
  if (lower.length === joined.length && !values.some((value) => breaks.test(value))) return { text: lower, starts };
  const cleaned = values.map((value) => lowerSameLength(value).replace(/[\n\r\u0001]/g, ' '));
  return { text: `${cleaned.join('\n')}\n`, starts };
}

/** The post whose segment holds `offset` (binary search over starts). */
export function postAt(field: JoinedField, offset: number): number {
  let low = 0;
  let high = field.starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (field.starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Post i's text in the field (without its newline). */
export const segment = (field: JoinedField, i: number) => field.text.slice(field.starts[i]!, field.starts[i + 1]! - 1);

/** Where each post starts in a derived text: after each newline, which every transform keeps. */
function startsOf(text: string, length: number): Int32Array {
  const starts = new Int32Array(length);
  let post = 1;
  for (let at = text.indexOf('\n'); at >= 0 && post < length; at = text.indexOf('\n', at + 1)) starts[post++] = at + 1;
  return starts;
}

function derived(original: JoinedField, text: string, localMap: (segment: string) => Mapped): DerivedField {
  return {
    text,
    starts: startsOf(text, original.starts.length),
    toOriginal(post, start, end) {
      const { map } = localMap(segment(original, post));
      return [map[start] ?? 0, (map[Math.max(start, end - 1)] ?? map[start] ?? 0) + 1];
    },
  };
}

const HANGUL = /[가-힣\u3131-\u318e]/g;
const SYLLABLES = /[가-힣]/g;

export class Corpus {
  #derived = new Map<string, DerivedField>();
  #fields = new Map<SearchField, JoinedField>();

  /**
   * `fields` make each joined field on first use: a search often needs only the titles. `jamo`,
   * when given, makes the text of a jamo field (as `jamo()` would derive it) without deriving it;
   * `numbers`, the distinct-text numbering of a field (distinct.ts, distinctNumbers): the index
   * cache stores both.
   */
  constructor(
    readonly count: number,
    private readonly fields: Record<IndexField, () => JoinedField> & { body?: () => JoinedField },
    private readonly jamoTexts: Partial<Record<'title' | 'tags', () => string>> = {},
    private readonly numbers: Partial<Record<'title' | 'tags', () => Int32Array | undefined>> = {},
  ) {}

  /** The stored distinct-text numbering of a field, if there is one (else typo matching makes it). */
  storedNumbers(name: 'title' | 'tags'): Int32Array | undefined {
    return this.numbers[name]?.();
  }

  /** Builds the corpus of `posts`, which must already be in newest-first order. */
  static of(posts: readonly Post[], bodies?: ReadonlyMap<number, string>): Corpus {
    return new Corpus(posts.length, {
      title: () => joinField(posts.map((p) => p.title)),
      tags: () => joinField(posts.map((p) => p.tags.join(TAG_SEPARATOR))),
      summary: () => joinField(posts.map((p) => p.summary ?? '')),
      ...(bodies && { body: () => joinField(posts.map((p) => (bodies.get(p.id) ?? '').normalize('NFC'))) }),
    });
  }

  #field(name: SearchField): JoinedField {
    let field = this.#fields.get(name);
    if (!field) this.#fields.set(name, (field = this.fields[name]!()));
    return field;
  }

  get title(): JoinedField {
    return this.#field('title');
  }

  get tags(): JoinedField {
    return this.#field('tags');
  }

  get summary(): JoinedField {
    return this.#field('summary');
  }

  get body(): JoinedField | undefined {
    return this.fields.body && this.#field('body');
  }

  #get(key: string, make: () => DerivedField): DerivedField {
    let field = this.#derived.get(key);
    if (!field) this.#derived.set(key, (field = make()));
    return field;
  }

  /** A field in jamo (카프카 -> ㅋㅏㅍㅡㅋㅏ). */
  jamo(name: 'title' | 'tags'): DerivedField {
    return this.#get(`jamo:${name}`, () => derived(this[name], this.jamoTexts[name]?.() ?? this[name].text.replace(HANGUL, jamoOf), toJamo));
  }

  /** Titles as initial consonants (모듈 관리 -> ㅁㄷ ㄱㄹ): one for one, so offsets are the titles'. */
  choseong(): JoinedField {
    return this.#get('choseong', () => derived(this.title, this.title.text.replace(SYLLABLES, choseongOf), toChoseong));
  }
}
