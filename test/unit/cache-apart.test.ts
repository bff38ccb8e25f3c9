// A large index's cache written by a process of its own (src/store/cache-apart.ts): the run that
// read the index hands its lock to the writer, and the writer writes only under a lock naming it.
// In process here (the writer's pid is this one); test/e2e/cache-concurrency runs real writers.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { generatePosts } from '../../bench/generate.mjs';
import { blogOf } from '../../src/core/blog.js';
import { openBlog } from '../../src/store/blog.js';
import { writeHandedCache, type CacheJob } from '../../src/store/cache-apart.js';
import { cacheFileFor } from '../../src/store/cache.js';
import { lockHolder, releaseLockOf, tryLock } from '../../src/store/cache-folder.js';
import { loadIndex } from '../../src/store/load.js';

const dir = mkdtempSync(path.join(tmpdir(), 'blog-cache-apart-'));
const index = path.join(dir, 'posts.json');
let folders = 0;
const newCacheDir = () => path.join(dir, `cache-${folders++}`);
const lockOf = (cacheDir: string) => `${cacheFileFor(index, cacheDir)}.lock`;

/** A pid no process has: the highest a Linux pid can be, plus one. */
const DEAD_PID = 4_194_305;

before(() => {
  writeFileSync(index, JSON.stringify({ posts: generatePosts(5_000) }));
});

test('cache lock: handed over, it names the new holder, whom it is to release; the old holder can neither release it nor hand it on', () => {
  const file = path.join(dir, 'hand-over.lock');
  const lock = tryLock(file);
  assert.ok(lock);
  assert.equal(lockHolder(file), process.pid);
  assert.equal(tryLock(file), undefined, 'held: nobody else takes it');
  assert.equal(lock.handOver(4242), true);
  assert.equal(lockHolder(file), 4242);
  lock.release();
  assert.equal(lockHolder(file), 4242, 'the old holder released nothing');
  assert.equal(lock.handOver(4343), false);
  releaseLockOf(file, 4343);
  assert.equal(lockHolder(file), 4242, 'only its holder releases it');
  releaseLockOf(file, 4242);
  assert.equal(existsSync(file), false);
});

test('cache lock: a lock taken over as stale is not handed over by the holder it was taken from', () => {
  const file = path.join(dir, 'taken.lock');
  const lock = tryLock(file);
  assert.ok(lock);
  writeFileSync(file, `${DEAD_PID + 1} ${Date.now()}\n`); // what another run taking it over leaves
  assert.equal(lock.handOver(4242), false);
  assert.equal(lockHolder(file), DEAD_PID + 1);
});

test('cache apart: openBlog hands the lock to the writer it starts and writes no cache itself; the writer then writes it, and the next run reads it', async () => {
  const cacheDir = newCacheDir();
  const jobs: CacheJob[] = [];
  const writeApart = async (job: CacheJob) => {
    jobs.push(job);
    return job.handOver(process.pid); // this process stands for the writer
  };
  const blog = await openBlog(index, { cacheDir, writeApart });
  assert.equal(blog.origin, 'index');
  assert.deepEqual(jobs.map(({ file, cacheDir: folder }) => ({ file, folder })), [{ file: index, folder: cacheDir }]);
  assert.equal(existsSync(cacheFileFor(index, cacheDir)), false, 'the run wrote no cache');
  assert.equal(lockHolder(lockOf(cacheDir)), process.pid, 'the writer holds the lock');
  await writeHandedCache(index, cacheDir);
  assert.equal(existsSync(lockOf(cacheDir)), false, 'the writer released the lock');
  const cached = await openBlog(index, { cacheDir });
  assert.equal(cached.origin, 'cache');
  assert.deepEqual(cached.posts(), blogOf(await loadIndex(index)).posts(), 'the writer cached the index as it is');
});

test('cache apart: when no writer can be started, the run writes the cache itself, as before', async () => {
  const cacheDir = newCacheDir();
  const blog = await openBlog(index, { cacheDir, writeApart: async () => false });
  assert.equal(blog.origin, 'index');
  assert.equal(existsSync(cacheFileFor(index, cacheDir)), true);
  assert.equal(existsSync(lockOf(cacheDir)), false);
});

test('cache apart: a writer writes nothing unless the lock names it, and does not wait for a lock nobody holds', async () => {
  const cacheDir = newCacheDir();
  const started = Date.now();
  await writeHandedCache(index, cacheDir); // no lock at all
  mkdirSync(cacheDir, { mode: 0o700 });
  writeFileSync(`${cacheFileFor(index, cacheDir)}.lock`, `${DEAD_PID} ${Date.now()}\n`); // its holder died before handing it over
  await writeHandedCache(index, cacheDir);
  assert.ok(Date.now() - started < 1_000, 'neither waited for a hand-over');
  assert.equal(existsSync(cacheFileFor(index, cacheDir)), false);
  assert.equal(readFileSync(lockOf(cacheDir), 'utf8').split(' ')[0], String(DEAD_PID), 'a lock it does not hold is left to go stale');
});

test('cache apart: a writer writes no cache when the index changed after the run read it, and releases the lock', async () => {
  const cacheDir = newCacheDir();
  const own = path.join(dir, 'changing.json');
  writeFileSync(own, JSON.stringify({ posts: generatePosts(5_000) }));
  let handed: CacheJob | undefined;
  await openBlog(own, { cacheDir, writeApart: async (job) => ((handed = job), job.handOver(process.pid)) });
  assert.ok(handed);
  // Changed while the writer parses it (it has read the file and taken its stamp by its first await).
  const writing = writeHandedCache(own, cacheDir);
  writeFileSync(own, JSON.stringify({ posts: generatePosts(4_999) }));
  await writing;
  assert.equal(existsSync(cacheFileFor(own, cacheDir)), false, 'no cache of an index that changed');
  const reopened = await openBlog(own, { cacheDir });
  assert.equal(reopened.count, 4_999, 'the index as it is now');
  assert.equal(lockHolder(`${cacheFileFor(own, cacheDir)}.lock`), undefined);
});

test('cache apart: a run that comes while a writer holds the lock reads the index itself at once, rather than wait for the write', async () => {
  const cacheDir = newCacheDir();
  await openBlog(index, { cacheDir, writeApart: async (job) => job.handOver(process.pid) }); // this process stands for the writer, at work
  const started = Date.now();
  const blog = await openBlog(index, { cacheDir, waitMs: 20_000 });
  assert.ok(Date.now() - started < 5_000, 'it did not wait for the lock');
  assert.equal(blog.origin, 'index');
  assert.equal(blog.count, 5_000);
  assert.equal(lockHolder(lockOf(cacheDir)), process.pid, 'the writer keeps its lock');
  await writeHandedCache(index, cacheDir);
  assert.equal((await openBlog(index, { cacheDir })).origin, 'cache');
});

