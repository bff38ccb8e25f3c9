// Reading every body, for the body fallback of `search` and `show` and for `search --in body`:
// linear in the blog's size, so only done when asked for or when titles found nothing. A body
// that cannot be read (file missing, outside the folder) is skipped with a warning rather than
// ending the search: the other posts can still answer.
import { readPostBody } from './body.js';
import type { Blog } from './blog.js';
import type { Post } from './index.js';
import { mentionIn, mentionWords, type Mention } from './mentions.js';

/** Called with one line about a body that was skipped. */
export type Warn = (problem: string) => void;

async function bodyOrSkip(blog: Blog, post: Post, warn: Warn): Promise<string | undefined> {
  try {
    return await readPostBody(blog, post);
  } catch (error) {
    warn(`${(error as Error).message}; skipped it`);
    return undefined;
  }
}

/** Every post's body by id (newest first), without the ones that cannot be read. */
export async function readBodies(blog: Blog, warn: Warn): Promise<Map<number, string>> {
  const bodies = new Map<number, string>();
  for (const post of blog.posts()) {
    const body = await bodyOrSkip(blog, post, warn);
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
export async function postsMentioning(blog: Blog, query: string, warn: Warn): Promise<BodyHit[]> {
  const words = mentionWords(query);
  if (words.length === 0) return [];
  const hits: BodyHit[] = [];
  for (const post of blog.posts()) {
    const body = await bodyOrSkip(blog, post, warn);
    const mention = body === undefined ? undefined : mentionIn(body, words, { atWordStart: true, every: true });
    if (mention) hits.push({ post, mention });
  }
  // posts() is newest first and the sort is stable, so equals stay newest first.
  return hits.sort((a, b) => b.mention.count - a.mention.count);
}
