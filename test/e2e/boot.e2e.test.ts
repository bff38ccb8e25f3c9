// Start-up with V8 code caches (src/boot/): a shipped cache V8 rejects falls back to this Node's
// own cache in the cache folder, which is then read, not written again at every start.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, testEnv } from '../helpers.js';

const VERSION = `${process.version}-${process.arch}`;
const DATA = path.join(ROOT, 'data', 'posts.json');

/** A copy of dist/ (boot and bundle, no code caches) and an empty cache folder. */
function install() {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-boot-'));
  const dist = path.join(dir, 'dist');
  mkdirSync(dist);
  for (const file of ['boot.cjs', 'blog.cjs']) copyFileSync(path.join(ROOT, 'dist', file), path.join(dist, file));
  const cache = path.join(dir, 'cache');
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [path.join(dist, 'boot.cjs'), '--data', DATA, ...args], { env: testEnv({ BLOG_CACHE_DIR: cache }), encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout;
  };
  const userCaches = () => (existsSync(cache) ? readdirSync(cache).filter((name) => name.startsWith('code-')) : []);
  return { dist, cache, run, userCaches };
}

/** A file's identity: a cache written again is a new file renamed into place. */
const identity = (file: string) => {
  const stat = statSync(file);
  return `${stat.ino}:${stat.mtimeMs}`;
};

test('boot: a shipped code cache V8 rejects is replaced by a user cache in BLOG_CACHE_DIR, which later starts read', () => {
  const blog = install();
  writeFileSync(path.join(blog.dist, `blog-list-${VERSION}.cache`), 'not a code cache');
  const first = blog.run('list');
  assert.match(first, /^8 posts$/m);
  assert.deepEqual(blog.userCaches().map((name) => name.split('-').slice(0, 2).join('-')), ['code-list']);
  const file = path.join(blog.cache, blog.userCaches()[0]!);
  const made = identity(file);
  assert.equal(blog.run('list'), first);
  assert.equal(blog.run('list', '-n', '2'), first.split('\n').slice(0, 3).join('\n') + '\n1–2 of 8 posts · page 1 of 4 · next: --page 2\n');
  assert.equal(identity(file), made, 'read, not written again');
});

test('boot: with no shipped cache (another Node version) the user cache goes to BLOG_CACHE_DIR, one per command', () => {
  const blog = install();
  blog.run('list');
  blog.run('show', '7', '--no-pager');
  blog.run('--version');
  assert.deepEqual(blog.userCaches().map((name) => name.split('-')[1]).sort(), ['list', 'other', 'show']);
});

test('boot: an accepted shipped cache makes no user cache; a stale user cache V8 rejects is removed when the shipped one works', () => {
  const blog = install();
  copyFileSync(path.join(ROOT, 'dist', `blog-show-${VERSION}.cache`), path.join(blog.dist, `blog-show-${VERSION}.cache`));
  assert.match(blog.run('show', '7', '--no-pager'), /^카프카 - URP, Under Min ISR$/m);
  assert.deepEqual(blog.userCaches(), []);
  const stat = statSync(path.join(blog.dist, 'blog.cjs'));
  mkdirSync(blog.cache);
  const stale = path.join(blog.cache, `code-show-${VERSION}-${stat.size}-${Math.trunc(stat.mtimeMs)}.cache`);
  writeFileSync(stale, 'made with other V8 flags');
  assert.match(blog.run('show', '7', '--no-pager'), /^카프카 - URP, Under Min ISR$/m);
  assert.equal(existsSync(stale), false);
});
