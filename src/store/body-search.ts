// Reading every body, for the body fallback of `search` and `show` and for `search --in body`:
// linear in the blog's size, so only done when asked for or when titles found nothing. A body
// that cannot be read (file missing, outside the folder) is skipped and listed for the caller to
// mention, rather than ending the search: the other posts can still answer.
import type { Blog } from '../core/blog.js';
import { mentionIn, mentionWords, type Mention } from '../core/mentions.js';
import type { Post } from '../core/post.js';
import { BlogError } from '../errors.js';
import { readPostBody } from './body.js';

async function bodyOrSkip(blog: Blog, post: Post, skipped: Post[]): Promise<string | undefined> {
  try {
    return await readPostBody(blog, post);
  } catch (error) {
    if (!(error instanceof BlogError)) throw error;
    skipped.push(post);
    return undefined;
  }
}

/** Every post's body by id (newest first), without the ones that cannot be read (added to `skipped`). */
export async function readBodies(blog: Blog, skipped: Post[]): Promise<Map<number, string>> {
  const bodies = new Map<number, string>();
  for (const post of blog.posts()) {
    const body = await bodyOrSkip(blog, post, skipped);
    if (body !== undefined) bodies.set(post.id, body);
  }
  return bodies;
}

export interface BodyHit {
  post: Post;
  mention: Mention;
}

/**
 * The posts whose bodies mention every word of `query` where a word starts (acks in "acks=all",
 * not in "callbacks"), most mentions first, then newest.
 */
export async function postsMentioning(blog: Blog, query: string, skipped: Post[]): Promise<BodyHit[]> {
  const words = mentionWords(query);
  if (words.length === 0) return [];
  const hits: BodyHit[] = [];
  for (const post of blog.posts()) {
    const body = await bodyOrSkip(blog, post, skipped);
    const mention = body === undefined ? undefined : mentionIn(body, words, { atWordStart: true, every: true });
    if (mention) hits.push({ post, mention });
  }
  // posts() is newest first and the sort is stable, so equals stay newest first.
  return hits.sort((a, b) => b.mention.count - a.mention.count);
}

/** One line about the posts searched without their bodies, or undefined when there were none. */
export function skippedBodiesNote(skipped: readonly Post[]): string | undefined {
  const files = [...new Set(skipped.map((post) => post.file ?? post.slug))];
  if (files.length === 0) return undefined;
  const listed = files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;
  return files.length === 1
    ? `cannot read a body file: ${listed}; that post was searched without its body`
    : `cannot read ${files.length} body files: ${listed}; those posts were searched without their bodies`;
}
