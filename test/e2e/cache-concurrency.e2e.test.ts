// Eight first runs at once on a large index: one builds the cache, under a lock, the others wait
// for it and read it; all answer the same, and the folder ends with the cache and nothing else.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { generatePosts } from '../../bench/generate.mjs';
import { BIN, testEnv } from '../helpers.js';

function run(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: testEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

test('index cache: eight first runs at once all answer the same, one of them reads the index and writes the cache, the others read that cache, and no temporary or lock file is left', async () => {
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
    if (name?.endsWith('.tmp')) temporaries.add(name);
  });
  let runs;
  try {
    runs = await Promise.all(Array.from({ length: 8 }, () => run(['--data', index, 'search', '카프카', '-n', '30', '--json'], env)));
    await new Promise((resolve) => setTimeout(resolve, 100)); // let the last events arrive
  } finally {
    watcher.close();
  }
  for (const result of runs) assert.deepEqual({ ...result, stdout: '', stderr: '' }, { status: 0, stdout: '', stderr: '' });
  const sources = runs.map((result) => result.stderr.replace(/, after waiting.*/, '').trim()).sort();
  assert.deepEqual(sources, [...Array(7).fill('blog: debug: posts read from the index cache'), 'blog: debug: posts read from the index; this run writes its cache'], 'one run read the index, seven read its cache');
  assert.equal(new Set(runs.map((result) => result.stdout)).size, 1, 'identical output');
  assert.ok(JSON.parse(runs[0]!.stdout).length > 0);
  assert.deepEqual(readdirSync(cacheDir).filter((name) => name.startsWith('index-')).map((name) => path.extname(name)), ['.cache']);
  assert.equal(temporaries.size, 1, `one process wrote the cache: ${[...temporaries].join(', ')}`);
});

test('index cache: a run killed while it writes the cache leaves a temporary file, and the next run that writes removes it', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-killed-'));
  const index = path.join(dir, 'posts.json');
  writeFileSync(index, JSON.stringify({ posts: generatePosts(5_000) }));
  const cacheDir = path.join(dir, 'cache');
  mkdirSync(cacheDir, { mode: 0o700 });
  const leftovers = () => readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'));
  // Killed the moment its temporary file appears; tried again in the rare case the write won the race.
  for (let attempt = 0; attempt < 10 && leftovers().length === 0; attempt++) {
    const child = spawn(process.execPath, [BIN, '--data', index, 'list', '-n', '1'], { env: testEnv({ BLOG_CACHE_DIR: cacheDir }), stdio: 'ignore' });
    const watcher = watch(cacheDir, (_, name) => {
      if (name?.endsWith('.tmp')) child.kill('SIGKILL');
    });
    await new Promise((resolve) => child.on('close', resolve));
    watcher.close();
    for (const name of readdirSync(cacheDir)) if (name.endsWith('.cache')) rmSync(path.join(cacheDir, name));
  }
  assert.ok(leftovers().length > 0, 'a killed write left its temporary file');
  const normal = await run(['--data', index, 'list', '-n', '1'], { BLOG_CACHE_DIR: cacheDir });
  assert.equal(normal.status, 0, normal.stderr);
  assert.deepEqual(leftovers(), []);
  assert.deepEqual(readdirSync(cacheDir).filter((name) => name.endsWith('.lock')), [], 'the lock of the killed run was taken over and released');
  assert.equal(readdirSync(cacheDir).filter((name) => name.endsWith('.cache')).length, 1);
});
