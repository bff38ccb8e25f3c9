// Open the blog an index file describes: small indexes are read directly; large ones go through
// the derived cache (cache.ts, cache-write.ts), whose code loads only then, so that a listing, a
// search or one post does not parse the whole index.
import { statSync } from 'node:fs';
import path from 'node:path';
import { blogOf, type Blog } from '../core/blog.js';
import { loadIndex } from './load.js';
import { MAX_INDEX_BYTES } from './read.js';

/** Below this size the index is read directly: a cache would cost more than it saves. */
export const CACHE_MIN_BYTES = 1 << 20;

/** Where the cache of large indexes goes, and whether to use it (src/settings decides both). */
export interface CacheOptions {
  readonly cacheDir: string;
  readonly noCache?: boolean;
}

/**
 * Opens the index at `file`: directly when it is small or `cache` is not given or turned off,
 * else through the derived cache, which is rebuilt whenever the index's size or modification time
 * changes. Same errors and warnings as loadIndex.
 */
export async function openBlog(file: string, cache?: CacheOptions, warn?: (message: string) => void): Promise<Blog> {
  const absolute = path.resolve(file);
  let size = 0;
  try {
    const stat = statSync(absolute);
    // Not a regular file, or too large: loadIndex says so (and never blocks on a FIFO).
    size = stat.isFile() && stat.size <= MAX_INDEX_BYTES ? stat.size : 0;
  } catch {
    // loadIndex reports a missing or unreadable index properly
  }
  if (size < CACHE_MIN_BYTES || !cache || cache.noCache) return blogOf(await loadIndex(absolute, warn));
  const { openCachedBlog } = await import('./cache.js');
  const cached = openCachedBlog(absolute, cache.cacheDir);
  if (cached) return cached;
  const blog = blogOf(await loadIndex(absolute, warn));
  await (await import('./cache-write.js')).writeCache(blog, cache.cacheDir);
  return blog;
}
