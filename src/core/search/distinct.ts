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
 * Every post's text in `field` (a title, or a post's tags joined), distinct ones once, in jamo.
 * Posts are told apart by the field as written (the same text has the same jamo); the jamo of few
 * distinct texts are made here, as Corpus.jamo makes them, while many are read from `jamo` (the
 * index cache stores it), which costs a pass over every post.
 */
export function distinctInJamo(field: JoinedField, count: number, jamo: () => JoinedField): DistinctTexts {
  const number = new Map<string, number>();
  const texts: string[] = [];
  const ids = new Int32Array(count);
  for (let post = 0; post < count; post++) {
    const text = segment(field, post);
    let id = number.get(text);
    if (id === undefined) {
      id = texts.length;
      number.set(text, id);
      texts.push(text);
    }
    ids[post] = id;
  }
  // Posts grouped by text (a counting sort): a word's matches then touch only the posts whose text matched.
  const first = new Int32Array(texts.length + 1);
  for (let post = 0; post < count; post++) first[ids[post]! + 1]! += 1;
  for (let k = 0; k < texts.length; k++) first[k + 1]! += first[k]!;
  const next = first.slice(0, texts.length);
  const posts = new Int32Array(count);
  for (let post = 0; post < count; post++) posts[next[ids[post]!]!++] = post;
  if (4 * texts.length <= count) {
    for (let k = 0; k < texts.length; k++) texts[k] = texts[k]!.replace(HANGUL, jamoOf);
  } else {
    const derived = jamo();
    for (let k = 0; k < texts.length; k++) texts[k] = segment(derived, posts[first[k]!]!);
  }
  return { texts, first, posts };
}
