// The texts typo matching compares a word with, each distinct text once: titles and tag lists
// repeat (series, templates, a blog's few dozen tags over thousands of posts), and a text's best
// match depends on the text alone, so it is worked out once and handed to every post that has it.
import { segment, type JoinedField } from './corpus.js';
import { jamoOf } from './hangul.js';

export interface DistinctTexts {
  /** Each distinct post text once, in jamo, in order of first use. */
  texts: string[];
  /** The posts that have texts[k]: posts[first[k]] .. posts[first[k + 1] - 1], in order. */
  first: Int32Array;
  posts: Int32Array;
}

const HANGUL = /[가-힣\u3131-\u318e]/g;

/**
 * Each post's text in `field` numbered, distinct texts in order of first use (post 0's text is 0).
 * The index cache stores these numbers: making them costs a string and a map lookup per post.
 */
export function distinctNumbers(field: JoinedField, count: number): Int32Array {
  const number = new Map<string, number>();
  const ids = new Int32Array(count);
  for (let post = 0; post < count; post++) {
    const text = segment(field, post);
    let id = number.get(text);
    if (id === undefined) number.set(text, (id = number.size));
    ids[post] = id;
  }
  return ids;
}

/** Whether `ids` could be distinctNumbers of `count` posts: each either one seen before or the next. */
export function isNumbering(ids: Int32Array, count: number): boolean {
  if (ids.length !== count) return false;
  let next = 0;
  for (let post = 0; post < count; post++) {
    const id = ids[post]!;
    if (id < 0 || id > next) return false;
    if (id === next) next++;
  }
  return true;
}

/**
 * Every post's text in `field` (a title, or a post's tags joined), distinct ones once, in jamo.
 * Posts are told apart by the field as written (the same text has the same jamo), numbered by
 * `numbers` when the index cache has them. The jamo of few distinct texts are made here, as
 * Corpus.jamo makes them, while many are read from `jamo` (the cache stores it too).
 */
export function distinctInJamo(field: JoinedField, count: number, jamo: () => JoinedField, numbers?: Int32Array): DistinctTexts {
  const ids = numbers ?? distinctNumbers(field, count);
  let distinct = 0;
  for (let post = 0; post < count; post++) distinct = Math.max(distinct, ids[post]! + 1);
  // Posts grouped by text (a counting sort): a word's matches then touch only the posts whose text matched.
  const first = new Int32Array(distinct + 1);
  for (let post = 0; post < count; post++) first[ids[post]! + 1]! += 1;
  for (let k = 0; k < distinct; k++) first[k + 1]! += first[k]!;
  const next = first.slice(0, distinct);
  const posts = new Int32Array(count);
  for (let post = 0; post < count; post++) posts[next[ids[post]!]!++] = post;
  const texts = new Array<string>(distinct);
  if (4 * distinct <= count) {
    for (let k = 0; k < distinct; k++) texts[k] = segment(field, posts[first[k]!]!).replace(HANGUL, jamoOf);
  } else {
    const derived = jamo();
    for (let k = 0; k < distinct; k++) texts[k] = segment(derived, posts[first[k]!]!);
  }
  return { texts, first, posts };
}
