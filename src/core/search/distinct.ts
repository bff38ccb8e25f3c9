// The texts typo matching compares a word with, each distinct text once: titles and tags repeat
// (series, templates, a blog's few dozen tags over thousands of posts), and a text's best match
// depends on the text alone, so it is worked out once and handed to every post that has it.
import { segment, TAG_SEPARATOR, type JoinedField } from './corpus.js';

export interface DistinctTexts {
  /** Each distinct text once, in order of first use. */
  texts: string[];
  /** Entry i (a post's title, or one tag) is texts[ids[i]]. */
  ids: Int32Array;
}

/** Every post's text (a title in jamo), distinct ones numbered. */
export function distinctSegments(field: JoinedField, count: number): DistinctTexts {
  const number = new Map<string, number>();
  const texts: string[] = [];
  const ids = new Int32Array(count);
  for (let post = 0; post < count; post++) ids[post] = numbered(number, texts, segment(field, post));
  return { texts, ids };
}

/** Every tag of every post (tags in jamo, joined per post by TAG_SEPARATOR), distinct ones numbered, with the post each belongs to. */
export function distinctTags(field: JoinedField, count: number): DistinctTexts & { owners: Int32Array } {
  const number = new Map<string, number>();
  const texts: string[] = [];
  const ids: number[] = [];
  const owners: number[] = [];
  for (let post = 0; post < count; post++) {
    const tags = segment(field, post);
    if (tags === '') continue;
    for (const tag of tags.split(TAG_SEPARATOR)) {
      ids.push(numbered(number, texts, tag));
      owners.push(post);
    }
  }
  return { texts, ids: Int32Array.from(ids), owners: Int32Array.from(owners) };
}

function numbered(number: Map<string, number>, texts: string[], text: string): number {
  let id = number.get(text);
  if (id === undefined) {
    id = texts.length;
    number.set(text, id);
    texts.push(text);
  }
  return id;
}
