// A blog as the commands see it: its posts newest first, loaded all at once or by position, the
// fields listings show, its categories and its search corpus. Small indexes are read directly;
// large ones go through the derived cache (cache.ts), so that a listing, a search or one post does
// not parse the whole index.
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
  /** The post at a newest-first position. */
  postAt(position: number): Post;
  /** The posts at these newest-first positions, in that order, without parsing the others. */
  postsAt(positions: readonly number[]): Post[];
  /** The newest-first position of the post with this id, if there is one. */
  positionOfId(id: number): number | undefined;
  /** The newest-first position of the post with this slug (as stored: lower case), if there is one. */
  positionOfSlug(slug: string): number | undefined;
  /** What listings show and filter on, without parsing whole posts. */
  listing(): Listing;
  categories(): CategoryNode[];
  /** Titles, tags and summaries for search, in newest-first order (loads the search code). */
  corpus(): Promise<Corpus>;
}

/** The fields of every post that tables show and `list` filters on, by newest-first position. */
export interface Listing {
  readonly count: number;
  id(position: number): number;
  /** The author's local date, YYYY-MM-DD. */
  day(position: number): string;
  category(position: number): string;
  title(position: number): string;
  tags(position: number): readonly string[];
}

/** Below this size the index is read directly: a cache would cost more than it saves. */
export const CACHE_MIN_BYTES = 1 << 20;

/** A blog held in memory, from a loaded index. */
export function blogOf(index: PostIndex): Blog {
  const { posts, ...rest } = index;
  const ordered = newestFirst(posts);
  let corpus: Corpus | undefined;
  let tree: CategoryNode[] | undefined;
  const found = (position: number) => (position < 0 ? undefined : position);
  return {
    ...rest,
    count: ordered.length,
    posts: () => ordered,
    postAt: (position) => ordered[position]!,
    postsAt: (positions) => positions.map((position) => ordered[position]!),
    positionOfId: (id) => found(ordered.findIndex((post) => post.id === id)),
    positionOfSlug: (slug) => found(ordered.findIndex((post) => post.slug === slug)),
    listing: () => ({
      count: ordered.length,
      id: (position) => ordered[position]!.id,
      day: (position) => ordered[position]!.date.slice(0, 10),
      category: (position) => ordered[position]!.category,
      title: (position) => ordered[position]!.title,
      tags: (position) => ordered[position]!.tags,
    }),
    categories: () => (tree ??= buildCategoryTree(ordered)),
    corpus: async () => (corpus ??= (await import('./corpus.js')).Corpus.of(ordered)),
  };
}

/** Where the cache of large indexes goes, and whether to use it (src/settings decides both). */
export interface CacheOptions {
  readonly cacheDir: string;
  readonly noCache?: boolean;
}

/**
 * Opens the index at `file`: directly when it is small or `cache` is not given or turned off,
 * else through the derived cache, which is rebuilt whenever the index's size or modification time
 * changes. Same errors as loadIndex.
 */
export async function openBlog(file: string, cache?: CacheOptions): Promise<Blog> {
  const absolute = path.resolve(file);
  let size = 0;
  try {
    size = statSync(absolute).size;
  } catch {
    // loadIndex reports a missing or unreadable index properly
  }
  if (size < CACHE_MIN_BYTES || !cache || cache.noCache) return blogOf(await loadIndex(absolute));
  const { openCachedBlog, writeCache } = await import('./cache.js');
  const cached = openCachedBlog(absolute, cache.cacheDir);
  if (cached) return cached;
  const blog = blogOf(await loadIndex(absolute));
  await writeCache(blog, cache.cacheDir);
  return blog;
}
