// Open the blog an index file describes: small indexes are read directly; large ones go through
// the derived cache (cache.ts, cache-write.ts), whose code loads only then, so that a listing, a
// search or one post does not parse the whole index.
import { statSync } from 'node:fs';
import path from 'node:path';
import { blogOf, type Blog } from '../core/blog.js';
import { excerptPath } from '../errors.js';
import { IndexError } from './errors.js';
import { loadIndex } from './load.js';
import type { CacheJob } from './cache-apart.js';
import { MAX_INDEX_BYTES } from './read.js';

/** The index file in a blog folder: what --data, BLOG_DATA or the config file's "data" means by a folder. */
export const INDEX_FILE = 'posts.json';

/**
 * Where an index named `data` is written (`blog import`): a folder, or a path ending in "/", means
 * its posts.json, which need not exist yet; anything else is the file itself.
 */
export function indexTargetOf(data: string): string {
  const absolute = path.resolve(data);
  let folder = /[\\/]$/.test(data);
  if (!folder) {
    try {
      folder = statSync(absolute).isDirectory();
    } catch {
      // Nothing there yet: a file the import will create.
    }
  }
  return folder ? path.join(absolute, INDEX_FILE) : absolute;
}

/**
 * `file` itself, or `file/posts.json` when `file` is a folder (one with no posts.json is an error
 * naming both); anything else is left for loadIndex to report.
 */
export function indexFileOf(file: string): string {
  let folder = false;
  try {
    folder = statSync(file).isDirectory();
  } catch {
    return file;
  }
  if (!folder) return file;
  const inside = path.join(file, INDEX_FILE);
  try {
    statSync(inside);
  } catch {
    throw new IndexError('not-found', inside, `the folder ${excerptPath(file)} has no ${INDEX_FILE}`,
      `name an index file, or import a blog into that folder with: blog --data ${excerptPath(file)} import SOURCE`);
  }
  return inside;
}

/** Below this size the index is read directly: a cache would cost more than it saves. */
export const CACHE_MIN_BYTES = 1 << 20;

/** Where the cache of large indexes goes, and whether to use it (src/settings decides both). */
export interface CacheOptions {
  readonly cacheDir: string;
  readonly noCache?: boolean;
  /**
   * Given, a cache this run builds is written by the task it is handed, which the caller runs once
   * the answer is out (the lock is held until then); else it is written before openBlog returns.
   */
  readonly defer?: (write: () => Promise<void>) => void;
  /**
   * Given, asked first to have the cache written by a process of its own (cache-apart.ts), so
   * that this run need not wait for it: true once that process holds the lock.
   */
  readonly writeApart?: (job: CacheJob) => Promise<boolean>;
  /** How long to wait for another run's cache while its lock is fresh (default: the lock's stale time). */
  readonly waitMs?: number;
  /** Hears where the posts came from (BLOG_DEBUG): the cache, the index, and whether it waited. */
  readonly debug?: (message: string) => void;
}

/**
 * CacheOptions.writeApart that runs `node WRITER… INDEX CACHEDIR` (the CLI's: bin/blog.js
 * __write-cache) to write the cache (cache-apart.ts, loaded only when a cache is to be written).
 */
export const writerRunning = (writer: readonly string[]) => async (job: CacheJob) => (await import('./cache-apart.js')).startCacheWriter(job, writer);

/**
 * Opens the index at `file`: directly when it is small or `cache` is not given or turned off,
 * else through the derived cache, which is rebuilt whenever the index's stamp (size, modification
 * time, inode, its first and last 64 KiB) changes. One process builds a missing cache, under a
 * lock; the others wait for it while the lock is fresh (and read the index directly when it goes
 * stale, or the builder wrote no cache), except those that come once a writer has the lock, which
 * read the index directly at once. Same errors and warnings as loadIndex; `warn`
 * also hears why the cache is not used (a cache folder others can write).
 */
export async function openBlog(file: string, cache?: CacheOptions, warn?: (message: string) => void, timezone?: () => string): Promise<Blog> {
  const absolute = indexFileOf(path.resolve(file));
  let size = 0;
  try {
    const stat = statSync(absolute);
    // Not a regular file, or too large: loadIndex says so (and never blocks on a FIFO).
    size = stat.isFile() && stat.size <= MAX_INDEX_BYTES ? stat.size : 0;
  } catch {
    // loadIndex reports a missing or unreadable index properly
  }
  let zoned = false;
  const direct = async () => {
    const index = await loadIndex(absolute, warn, timezone);
    zoned = index.zoned === true;
    return blogOf(index);
  };
  if (size < CACHE_MIN_BYTES || !cache || cache.noCache) return direct();
  const { cacheFolderProblem, heldByWriter, tryLock, waitForLock } = await import('./cache-folder.js');
  const { stampOf, sameStamp } = await import('./cache-stamp.js');
  const { cacheDir } = cache;
  let problem: string | undefined;
  let stamp;
  try {
    problem = cacheFolderProblem(cacheDir);
    stamp = stampOf(absolute);
  } catch {
    // no cache folder to be had, or an index loadIndex will report on
  }
  if (problem) warn?.(`${problem}; reading the index without a cache (make it private: chmod 700 ${cacheDir})`);
  if (problem || !stamp) return direct();
  const unchanged = (before: typeof stamp) => {
    try {
      return sameStamp(before, stampOf(absolute));
    } catch {
      return false;
    }
  };
  const { cacheFileFor, openCachedBlog } = await import('./cache.js');
  const debug = cache.debug ?? (() => {});
  const cached = openCachedBlog(absolute, cacheDir, stamp);
  if (cached) {
    debug('posts read from the index cache');
    return cached;
  }
  const lock = `${cacheFileFor(absolute, cacheDir)}.lock`;
  let held = tryLock(lock);
  if (!held && heldByWriter(lock)) {
    // A run that comes while a writer is at work reads the index itself: that is quicker than
    // waiting for the write. Runs that came before the hand-over (all at once, say) wait on, so
    // that the index is still read once for them all.
    debug('posts read from the index; another process is writing its cache');
    return direct();
  }
  if (!held) {
    // Another run is building this cache: waiting for it costs far less than reading the index too.
    const finished = await waitForLock(lock, cache.waitMs);
    const built = finished && openCachedBlog(absolute, cacheDir, stamp);
    if (built) {
      debug('posts read from the index cache, after waiting for the run that wrote it');
      return built;
    }
    // The builder wrote none (the index changed, or has plain dates): read it, as it did. A lock
    // gone stale is taken over, and this run builds the cache.
    if (!finished) held = tryLock(lock);
  }
  const release = () => held?.release();
  // The lock may have come free because another process just wrote the cache.
  const built = held && openCachedBlog(absolute, cacheDir, stamp);
  if (built) {
    release();
    debug('posts read from the index cache');
    return built;
  }
  let blog: Blog;
  try {
    blog = await direct();
  } catch (error) {
    release();
    throw error;
  }
  // Written only when the index stayed as stamped while it was read: else the next run builds it.
  // An index with plain dates is not cached: its times depend on the time zone, which the stamp does not hold.
  if (!held || !unchanged(stamp) || zoned) {
    release();
    debug('posts read from the index; no cache written');
    return blog;
  }
  const lockHeld = held;
  if (await cache.writeApart?.({ file: absolute, cacheDir, handOver: (pid) => lockHeld.handOver(pid) })) {
    debug('posts read from the index; a process of its own writes the cache');
    return blog;
  }
  const write = async () => {
    try {
      await (await import('./cache-write.js')).writeCache(blog, cacheDir, stamp);
    } finally {
      release();
    }
  };
  debug('posts read from the index; this run writes its cache');
  if (cache.defer) cache.defer(write);
  else await write();
  return blog;
}
