// Eight first runs at once on a large index: one reads the index and hands the cache to a writer
// process of its own, under a lock, the others wait for it and read it; all answer the same, and
// the folder ends with the cache and nothing else. The run itself does not wait for the writer.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { generatePosts } from '../../bench/generate.mjs';
import { cacheFileFor } from '../../src/store/cache.js';
import { BIN, runBlog, testEnv, waitForCacheWriters } from '../helpers.js';

/** A run of bin/blog.js, resolved once it has exited and its output is closed. */
function run(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string; pid: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: testEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr, pid: child.pid! }));
  });
}

/** The pid in a temporary file's name (index-….cache.PID.tmp): the process that wrote it. */
const writerOf = (name: string) => Number(/\.cache\.(\d+)\.tmp$/.exec(name)?.[1]);

test('index cache: eight first runs at once all answer the same, one of them reads the index and a writer writes the cache, and no temporary or lock file is left', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-concurrent-'));
  const index = path.join(dir, 'posts.json');
  writeFileSync(index, JSON.stringify({ posts: generatePosts(5_000) }));
  const cacheDir = path.join(dir, 'cache');
  // BLOG_DEBUG: each run says on stderr where its posts came from.
  const env = { BLOG_CACHE_DIR: cacheDir, BLOG_DEBUG: '1' };
  // Watching the folder from before the first run: every temporary file a write makes is seen.
  mkdirSync(cacheDir, { mode: 0o700 });
  const temporaries = new Set<string>();
  const watcher = watch(cacheDir, (_, name) => {
    if (name !== null && writerOf(name)) temporaries.add(name);
  });
  let runs;
  try {
    runs = await Promise.all(Array.from({ length: 8 }, () => run(['--data', index, 'search', '카프카', '-n', '30', '--json'], env)));
    await waitForCacheWriters(cacheDir);
    await new Promise((resolve) => setTimeout(resolve, 100)); // let the last events arrive
  } finally {
    watcher.close();
  }
  for (const result of runs) assert.deepEqual({ ...result, stdout: '', stderr: '', pid: 0 }, { status: 0, stdout: '', stderr: '', pid: 0 });
  const sources = runs.map((result) => result.stderr.replace(/, after waiting.*/, '').trim());
  const builder = 'blog: debug: posts read from the index; a process of its own writes the cache';
  assert.equal(sources.filter((source) => source === builder).length, 1, 'one run read the index and handed its cache over');
  // The others waited for that cache, or (come once the writer had the lock) read the index themselves.
  const others = ['blog: debug: posts read from the index cache', 'blog: debug: posts read from the index; another process is writing its cache'];
  for (const source of sources) if (source !== builder) assert.ok(others.includes(source), source);
  assert.equal(new Set(runs.map((result) => result.stdout)).size, 1, 'identical output');
  assert.ok(JSON.parse(runs[0]!.stdout).length > 0);
  assert.deepEqual(readdirSync(cacheDir).filter((name) => name.startsWith('index-')).map((name) => path.extname(name)), ['.cache']);
  assert.equal(temporaries.size, 1, `one process wrote the cache: ${[...temporaries].join(', ')}`);
  const writer = writerOf([...temporaries][0]!);
  assert.ok(!runs.some((result) => result.pid === writer), 'the cache was written by a process of its own, not by any of the runs');
});

test('index cache: a cache writer killed while it writes leaves a temporary file, and the next writer removes it', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-killed-'));
  const index = path.join(dir, 'posts.json');
  writeFileSync(index, JSON.stringify({ posts: generatePosts(5_000) }));
  const cacheDir = path.join(dir, 'cache');
  mkdirSync(cacheDir, { mode: 0o700 });
  const leftovers = () => readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'));
  // The writer is killed the moment its temporary file appears; tried again in the rare case the write won the race.
  for (let attempt = 0; attempt < 10 && leftovers().length === 0; attempt++) {
    const watcher = watch(cacheDir, (_, name) => {
      const writer = name === null ? undefined : writerOf(name);
      if (writer) {
        try {
          process.kill(writer, 'SIGKILL');
        } catch {
          // finished already
        }
      }
    });
    await run(['--data', index, 'list', '-n', '1'], { BLOG_CACHE_DIR: cacheDir });
    await waitForCacheWriters(cacheDir);
    watcher.close();
    for (const name of readdirSync(cacheDir)) if (name.endsWith('.cache')) rmSync(path.join(cacheDir, name));
  }
  assert.ok(leftovers().length > 0, 'a killed write left its temporary file');
  const normal = await run(['--data', index, 'list', '-n', '1'], { BLOG_CACHE_DIR: cacheDir });
  assert.equal(normal.status, 0, normal.stderr);
  await waitForCacheWriters(cacheDir);
  assert.deepEqual(leftovers(), []);
  assert.deepEqual(readdirSync(cacheDir).filter((name) => name.endsWith('.lock')), [], 'the lock of the killed writer was taken over and released');
  assert.equal(readdirSync(cacheDir).filter((name) => name.endsWith('.cache')).length, 1);
});

/** A blog of 20,000 posts (6 MiB): its cache takes a writer long enough to be seen at work. */
function largeBlog(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-apart-'));
  writeFileSync(path.join(dir, 'posts.json'), JSON.stringify({ posts: generatePosts(20_000) }));
  return dir;
}

/** The pid the lock in `cacheDir` names, asserting there is one: the writer, still at work. */
function writerAtWork(cacheDir: string): number {
  const held = readdirSync(cacheDir).find((name) => name.endsWith('.lock'));
  assert.ok(held, 'a writer still holds the lock once the run is over');
  return Number(readFileSync(path.join(cacheDir, held), 'utf8').split(' ')[0]);
}

test('index cache: a first run answers and exits without waiting for its cache: a writer of its own, holding none of its output, writes it', async () => {
  const dir = largeBlog();
  const index = path.join(dir, 'posts.json');
  const cacheDir = path.join(dir, 'cache');
  const first = await run(['--data', index, 'list', '-n', '3'], { BLOG_CACHE_DIR: cacheDir, BLOG_DEBUG: '1' });
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stderr, /a process of its own writes the cache/);
  // Resolved once the run exited and its stdout and stderr closed: the writer kept neither open.
  assert.notEqual(writerAtWork(cacheDir), first.pid);
  await waitForCacheWriters(cacheDir);
  assert.deepEqual(readdirSync(cacheDir).filter((name) => !name.endsWith('.cache')), []);
  const second = await run(['--data', index, 'list', '-n', '3'], { BLOG_CACHE_DIR: cacheDir, BLOG_DEBUG: '1' });
  assert.match(second.stderr, /posts read from the index cache$/m);
  assert.equal(second.stdout, first.stdout);
});

test('index cache: a run that comes while a writer is at work reads the index itself at once, answering as with the cache', async () => {
  const dir = largeBlog();
  const index = path.join(dir, 'posts.json');
  const cacheDir = path.join(dir, 'cache');
  const env = { BLOG_CACHE_DIR: cacheDir, BLOG_DEBUG: '1' };
  const first = await run(['--data', index, 'search', '카프카', '--json'], env);
  await waitForCacheWriters(cacheDir);
  rmSync(cacheFileFor(index, cacheDir));
  // A writer at work, as the lock names one: this test process, alive, stands for it.
  const lock = `${cacheFileFor(index, cacheDir)}.lock`;
  writeFileSync(lock, `${process.pid} ${Date.now()} writer\n`);
  const started = Date.now();
  const second = await run(['--data', index, 'search', '카프카', '--json'], env);
  assert.ok(Date.now() - started < 15_000, 'it did not wait for the writer');
  assert.equal(second.stderr.trim(), 'blog: debug: posts read from the index; another process is writing its cache');
  assert.equal(second.stdout, first.stdout);
  assert.equal(readFileSync(lock, 'utf8').split(' ')[0], String(process.pid), 'the writer keeps its lock');
});

test('index cache: the first Tab on a large blog does not wait for its cache either', async () => {
  const dir = largeBlog();
  const cacheDir = path.join(dir, 'cache');
  // Who wrote the cache, from the temporary file it wrote first (named by its pid): not the Tab.
  // (Whether the writer is still at work when the Tab is over depends on how long the Tab's own
  // candidates take after the hand-over; who wrote the cache does not.)
  mkdirSync(cacheDir, { mode: 0o700 });
  const temporaries = new Set<string>();
  const watcher = watch(cacheDir, (_, name) => {
    if (name !== null && writerOf(name)) temporaries.add(name);
  });
  let tab;
  try {
    tab = await run(['__complete', '--data', dir, 'show', '1'], { BLOG_CACHE_DIR: cacheDir });
    await waitForCacheWriters(cacheDir);
    await new Promise((resolve) => setTimeout(resolve, 100)); // let the last events arrive
  } finally {
    watcher.close();
  }
  assert.equal(tab.status, 0, tab.stderr);
  assert.match(tab.stdout, /^1\b/m, 'post 1 is among the candidates');
  assert.equal(temporaries.size, 1, [...temporaries].join(', '));
  assert.notEqual(writerOf([...temporaries][0]!), tab.pid, 'a process of its own wrote the cache');
  assert.equal(readdirSync(cacheDir).filter((name) => name.endsWith('.cache')).length, 1);
});

test('index cache: the writer\'s entry point, run by hand, writes nothing and says nothing when no run handed it the lock', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-apart-hand-'));
  const index = path.join(dir, 'posts.json');
  writeFileSync(index, JSON.stringify({ posts: generatePosts(5_000) }));
  const cacheDir = path.join(dir, 'cache');
  const result = runBlog(['__write-cache', index, cacheDir]);
  assert.deepEqual(result, { status: 0, stdout: '', stderr: '' });
  assert.equal(existsSync(cacheDir) && readdirSync(cacheDir).length > 0, false);
});
