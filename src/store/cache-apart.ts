// The cache of a large index, written by a process of its own. Reading 100,000 posts takes about
// 0.5 s and writing their cache 2 s more, of which the user would wait for the answer only: the
// run that read the index starts a writer, hands it the lock, prints its answer and exits. The
// writer reads the index again (a copy passed over a pipe costs as much to make as to read) and
// writes the cache as that run would have; runs meanwhile wait for the lock as before. A writer
// that cannot be started leaves the write to the run itself.
import { spawn } from 'node:child_process';
import { blogOf } from '../core/blog.js';
import { isRunning } from './atomic-write.js';
import { cacheFileFor } from './cache.js';
import { cacheFolderProblem, LOCK_POLL_MS, lockHolder, releaseLockOf } from './cache-folder.js';
import { sameStamp, stampOf } from './cache-stamp.js';
import { writeCache } from './cache-write.js';
import { loadIndex } from './load.js';

/** A cache to be written, from the index `file` into `cacheDir`, by whoever holds its lock. */
export interface CacheJob {
  readonly file: string;
  readonly cacheDir: string;
  /** Makes process `pid` the lock's holder (and so the cache's writer); false when this run no longer holds it. */
  handOver(pid: number): boolean;
}

/**
 * Starts `node WRITER… INDEX CACHEDIR` (`writer`: bin/blog.js and the CLI's hidden __write-cache),
 * detached (a Ctrl-C meant for this run does not reach it, and it holds none of this run's output
 * open), and hands it the lock; false when no writer could be started or the lock could not be
 * handed over.
 */
export function startCacheWriter(job: CacheJob, writer: readonly string[]): boolean {
  let child;
  try {
    child = spawn(process.execPath, [...process.execArgv, ...writer, job.file, job.cacheDir], { detached: true, stdio: 'ignore', windowsHide: true });
  } catch {
    return false;
  }
  child.on('error', () => {});
  if (child.pid === undefined) return false;
  child.unref();
  if (job.handOver(child.pid)) return true;
  child.kill();
  return false;
}

/** How long a writer waits for the run that started it to hand over the lock. */
const HAND_OVER_MS = 2_000;

/**
 * The writer: once the lock names this process, reads the index at `file` and writes its cache
 * into `cacheDir` (unless the index changed while it was read, or has plain dates, as openBlog
 * decides), then releases the lock. Quiet: nobody is there to read what it would say.
 */
export async function writeHandedCache(file: string, cacheDir: string): Promise<void> {
  const lock = `${cacheFileFor(file, cacheDir)}.lock`;
  // The run that started this process names it in the lock a moment after starting it; no lock,
  // or one whose holder is gone, means there is nothing to wait for.
  for (const until = Date.now() + HAND_OVER_MS; ;) {
    const holder = lockHolder(lock);
    if (holder === process.pid) break;
    if (holder === undefined || !isRunning(holder) || Date.now() >= until) return;
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
  try {
    if (cacheFolderProblem(cacheDir)) return;
    const stamp = stampOf(file);
    const index = await loadIndex(file);
    if (index.zoned !== true && sameStamp(stamp, stampOf(file))) await writeCache(blogOf(index), cacheDir, stamp);
  } catch {
    // an index that cannot be read now: the next run reports it, or builds the cache
  } finally {
    releaseLockOf(lock, process.pid);
  }
}
