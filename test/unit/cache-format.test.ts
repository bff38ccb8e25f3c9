// The index cache's format version comes from the code (src/store/cache-format.ts): these tests
// keep its lists of sources honest, and check that the built CLI and the sources agree on it and
// that a cache in another format is never read.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { build } from 'esbuild';
import { generatePosts } from '../../bench/generate.mjs';
import { openBlog } from '../../src/store/blog.js';
import { cacheFileFor, digest, PREFIX_BYTES } from '../../src/store/cache.js';
import { cacheFormat } from '../../src/store/cache-format.js';
import { FORMAT_PACKAGES, FORMAT_SOURCES, formatOfSources } from '../../src/store/cache-format-sources.js';
import { ROOT, runBlog, waitForCacheWriters } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'blog-cache-format-'));
const index = path.join(dir, 'posts.json');

before(() => {
  writeFileSync(index, JSON.stringify({ posts: generatePosts(5_000) }));
});

/** The format recorded in a cache file's header (a JSON object after its 4-byte length and its sha256). */
function formatIn(file: string): string {
  const bytes = readFileSync(file);
  return (JSON.parse(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + bytes.readUInt32LE(0)).toString('utf8')) as { format: string }).format;
}

test('cache format: it hashes exactly the modules and packages the cache code and the validator run', async () => {
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/store/cache.ts', 'src/store/cache-write.ts', 'src/store/validate.ts'],
    bundle: true, platform: 'node', format: 'esm', write: false, metafile: true, outdir: 'unused',
  });
  const inputs = Object.keys(metafile.inputs);
  const packageOf = (input: string) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
  assert.deepEqual([...FORMAT_SOURCES].sort(), inputs.filter((input) => !packageOf(input)).sort());
  assert.deepEqual([...FORMAT_PACKAGES].sort(), [...new Set(inputs.map(packageOf).filter((name) => name !== undefined))].sort());
});

test('cache format: the built CLI writes caches in the format its sources hash to', async () => {
  const env = { BLOG_CACHE_DIR: path.join(dir, 'built') };
  const run = runBlog(['--data', index, 'list', '-n', '1'], env);
  assert.equal(run.status, 0, run.stderr);
  await waitForCacheWriters(env.BLOG_CACHE_DIR);
  assert.match(formatIn(cacheFileFor(index, env.BLOG_CACHE_DIR)), /^[0-9a-f]{16}$/);
  assert.equal(formatIn(cacheFileFor(index, env.BLOG_CACHE_DIR)), formatOfSources(ROOT));
  assert.equal(cacheFormat(), formatOfSources(ROOT), 'running from source, the format is worked out from the same files');
});

test('cache format: a change to any of those files or package versions gives another format', () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'blog-format-sources-'));
  const files = [...FORMAT_SOURCES, ...FORMAT_PACKAGES.map((name) => `node_modules/${name}/package.json`)];
  for (const file of files) {
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(copy, file));
  }
  const format = formatOfSources(copy);
  assert.equal(format, formatOfSources(ROOT));
  for (const file of files) {
    const original = readFileSync(path.join(copy, file), 'utf8');
    const changed = file.endsWith('package.json')
      ? JSON.stringify({ ...JSON.parse(original), version: '0.0.0-other' })
      : `${original}\n`;
    writeFileSync(path.join(copy, file), changed);
    assert.notEqual(formatOfSources(copy), format, file);
    writeFileSync(path.join(copy, file), original);
  }
  assert.equal(formatOfSources(copy), format);
});

test('cache format: a cache in another format is not read; the index is, and the cache is rebuilt', async () => {
  const cache = { cacheDir: path.join(dir, 'other-format') };
  assert.equal((await openBlog(index, cache)).origin, 'index');
  assert.equal((await openBlog(index, cache)).origin, 'cache');
  const file = cacheFileFor(index, cache.cacheDir);
  const current = formatIn(file);
  const other = current.replace(/^./, (c) => (c === '0' ? '1' : '0')); // same length: every offset still holds
  const bytes = Buffer.from(readFileSync(file, 'latin1').replace(`"format":"${current}"`, `"format":"${other}"`), 'latin1');
  // With its checksum fixed, so that it is the format that is refused.
  digest(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + bytes.readUInt32LE(0))).copy(bytes, 4);
  writeFileSync(file, bytes);
  assert.equal(formatIn(file), other);
  const blog = await openBlog(index, cache);
  assert.deepEqual([blog.origin, blog.count], ['index', 5_000]);
  assert.equal(formatIn(file), current);
  assert.equal((await openBlog(index, cache)).origin, 'cache');
});
