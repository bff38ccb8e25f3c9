// The build fills the shipped code caches by running commands (BLOG_BUILD_CODE_CACHE): nothing of
// those runs may end up in the builder's own cache folder, nor rendered posts in what is shipped.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, testEnv } from '../helpers.js';

test("build: the show command's code-cache warm-up writes no rendered post, neither in the cache folder nor in dist", () => {
  const home = mkdtempSync(path.join(tmpdir(), 'blog-warm-up-'));
  const dist = path.join(home, 'dist');
  cpSync(path.join(ROOT, 'dist'), dist, { recursive: true });
  const shipped = readdirSync(dist).sort();
  const cache = path.join(home, 'cache');
  const result = spawnSync(process.execPath, [path.join(dist, 'boot.cjs')], {
    env: testEnv({ BLOG_BUILD_CODE_CACHE: 'show', BLOG_DATA: path.join(ROOT, 'data', 'posts.json'), BLOG_CACHE_DIR: cache, HOME: home, XDG_CACHE_HOME: undefined }),
    encoding: 'utf8',
    timeout: 20_000,
  });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(existsSync(path.join(cache, 'rendered')), false);
  assert.equal(existsSync(path.join(home, '.cache')), false);
  // The warm-up rewrites the show code cache in place, and adds nothing.
  assert.deepEqual(readdirSync(dist).sort(), shipped);
});
