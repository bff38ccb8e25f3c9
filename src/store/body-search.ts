// Reading every body, for the body fallback of `search` and `show` and for `search --in body`:
// linear in the blog's size, so only done when asked for or when titles found nothing. A body
// that cannot be read (file missing, outside the folder) is skipped and listed for the caller to
// mention, rather than ending the search: the other posts can still answer. Finding the words in
// the bodies is pure and lives with the search engine (core/search/mentions.ts).
import type { Blog } from '../core/blog.js';
import type { Post } from '../core/post.js';
import { postsMentioningIn, type BodyHit } from '../core/search/mentions.js';
import { BlogError, excerptPath } from '../errors.js';
import { readPostBody } from './body.js';

/** Hears of body files that are not valid UTF-8. */
type Warn = (message: string) => void;

async function bodyOrSkip(blog: Blog, post: Post, skipped: Post[], warn?: Warn): Promise<string | undefined> {
  try {
    return await readPostBody(blog, post, warn);
  } catch (error) {
    if (!(error instanceof BlogError)) throw error;
    skipped.push(post);
    return undefined;
  }
}

/** Every readable body with its post, newest first, read one at a time; the others are added to `skipped`. */
async function* eachBody(blog: Blog, skipped: Post[], warn?: Warn): AsyncGenerator<readonly [Post, string]> {
  for (const post of blog.posts()) {
    const body = await bodyOrSkip(blog, post, skipped, warn);
    if (body !== undefined) yield [post, body];
  }
}

/** Every post's body by id (newest first), without the ones that cannot be read (added to `skipped`). */
export async function readBodies(blog: Blog, skipped: Post[], warn?: Warn): Promise<Map<number, string>> {
  const bodies = new Map<number, string>();
  for await (const [post, body] of eachBody(blog, skipped, warn)) bodies.set(post.id, body);
  return bodies;
}

/** The posts whose bodies mention every word of `query` (see postsMentioningIn), reading every body. */
export const postsMentioning = (blog: Blog, query: string, skipped: Post[], warn?: Warn): Promise<BodyHit[]> =>
  postsMentioningIn(eachBody(blog, skipped, warn), query);

/** One line about the posts searched without their bodies, or undefined when there were none. */
export function skippedBodiesNote(skipped: readonly Post[]): string | undefined {
  const files = [...new Set(skipped.map((post) => excerptPath(post.file ?? post.slug, 80)))];
  if (files.length === 0) return undefined;
  const listed = files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;
  return files.length === 1
    ? `cannot read a body file: ${listed}; that post was searched without its body`
    : `cannot read ${files.length} body files: ${listed}; those posts were searched without their bodies`;
}
