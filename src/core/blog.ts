// A blog as the commands see it: its posts newest first, loaded all at once or a page at a time,
// its categories and its search corpus. Small indexes are read directly; large ones go through
// the derived cache (cache.ts) so a page of `list` or a search does not parse the whole index.
import { statSync } from 'node:fs';
import path from 'node:path';
import { buildCategoryTree, type CategoryNode } from './categories.js';
import type { Corpus } from './corpus.js';
import { loadIndex, type PostIndex, type Post } from './index.js';
import { newestFirst } from './posts.js';

export interface Blog extends Omit<PostIndex, 'posts'> {
  /** How many posts there are. */
  readonly count: number;
  /** Every post, newest first (parses them all). */
  posts(): readonly Post[];
  /** Posts [offset, offset + limit) in newest-first order, without loading the others. */
  newest(offset: number, limit: number): Post[];
  /** The post at a newest-first position. */
  postAt(position: number): Post;
  categories(): CategoryNode[];
  /** Titles, tags and summaries for search, in newest-first order (loads the search code). */
  corpus(): Promise<Corpus>;
}

/** Below this size the index is read directly: a cache would cost more than it saves. */
export const CACHE_MIN_BYTES = 1 << 20;

/** A blog held in memory, from a loaded index. */
export function blogOf(index: PostIndex): Blog {
  const { posts, ...rest } = index;
  const ordered = newestFirst(posts);
  let corpus: Corpus | undefined;
  let tree: CategoryNode[] | undefined;
  return {
    ...rest,
    count: ordered.length,
    posts: () => ordered,
    newest: (offset, limit) => ordered.slice(offset, offset + limit),
    postAt: (position) => ordered[position]!,
    categories: () => (tree ??= buildCategoryTree(ordered)),
    corpus: async () => (corpus ??= (await import('./corpus.js')).Corpus.of(ordered)),
  };
}

/**
 * Opens the index at `file`: directly when it is small, else through the derived cache, which is
 * rebuilt whenever the index's size or modification time changes. Same errors as loadIndex.
 */
export async function openBlog(file: string, env: NodeJS.ProcessEnv = process.env): Promise<Blog> {
  const absolute = path.resolve(file);
  let size = 0;
  try {
    size = statSync(absolute).size;
  } catch {
    // loadIndex reports a missing or unreadable index properly
  }
  if (size < CACHE_MIN_BYTES || env.BLOG_NO_CACHE) return blogOf(await loadIndex(absolute));
  const { openCachedBlog, writeCache } = await import('./cache.js');
  const cached = openCachedBlog(absolute, env);
  if (cached) return cached;
  const blog = blogOf(await loadIndex(absolute));
  await writeCache(blog, env);
  return blog;
}
