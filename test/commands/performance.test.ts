// Guard rails for the speed work: the index cache and the early stops in search are optimisations,
// so on a synthetic 5,000-post blog (over the size that goes through the cache) their results must
// be identical to the plain path.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { generatePosts } from '../../bench/generate.mjs';
import { openBlog } from '../../src/store/blog.js';
import { cacheFileFor } from '../../src/store/cache.js';
import { loadIndex } from '../../src/store/load.js';
import { createSearchIndex, search } from '../../src/core/search/index.js';
import { runInProcess } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'blog-5k-'));
const index = path.join(dir, 'posts.json');
const cacheDir = path.join(dir, 'cache');
const QUERIES = ['카프카 파티션', 'kafka partition', 'ㅋㅍㅋ', '카프가', 'vkdlTjs', 'zookeper 리더', '분산테이블', 'python 데코레이터', '파티셔닝', 'ㅋㅍㅋ urp'];

before(() => {
  writeFileSync(index, JSON.stringify({ blog: { title: 'synthetic' }, posts: generatePosts(5_000) }));
});

test('cache: the 5k index goes through the cache, and every command answers exactly as without it', async () => {
  const commands = [
    ['list', '--limit', '20', '--json'], ['list', '-n', '50', '--page', '7', '--json'], ['list', '--tag', 'kafka', '-n', '30', '--json'],
    ['list', '--category', '개발', '--year', '2020', '--json'], ['list', '--sort', 'title', '-n', '15', '--json'], ['category', '--json'],
    ['category', '기술', '--json'], ['show', '4242', '--json'], ['show', 'post-77', '--json'],
    ['list'], ['list', '--sort', 'title', '-n', '40', '--page', '3'], ['list', '--tag', 'KAFKA', '--reverse'],
    ['category', '개발'], ['category', '개발/기술', '-n', '25', '--page', '4'], ['category', '기술', '--sort', 'title', '--reverse', '-n', '7', '--json'],
    ['category', '기술', '-n', '300', '--page', '9'], ['show', '4242', '--no-pager'], ['show', '1', '--no-pager'], ['show', 'POST-5000', '--no-pager'],
    ['show', '5001'], ['show', 'post-0'],
    ...QUERIES.map((q) => ['search', ...q.split(' '), '--json']), ['search', '카프카', '-n', '200', '--json'],
  ];
  // Half the runs piped with COLUMNS unset (no width: nothing cut), half at 80 columns.
  const columns = (i: number) => ({ COLUMNS: i % 2 ? '80' : undefined });
  const plain = [];
  for (const [i, args] of commands.entries()) plain.push(await runInProcess(['--data', index, ...args], { BLOG_NO_CACHE: '1', ...columns(i) }));
  const building = await runInProcess(['--data', index, 'list', '-n', '1'], { BLOG_CACHE_DIR: cacheDir });
  assert.equal(building.status, 0, building.stderr);
  const cacheFile = cacheFileFor(index, cacheDir);
  const written = statSync(cacheFile);
  for (const [i, args] of commands.entries()) {
    const cached = await runInProcess(['--data', index, ...args], { BLOG_CACHE_DIR: cacheDir, ...columns(i) });
    assert.equal(cached.status, plain[i]!.status, args.join(' '));
    assert.equal(cached.stdout, plain[i]!.stdout, args.join(' '));
    assert.equal(cached.stderr, plain[i]!.stderr, args.join(' '));
  }
  // A run that did not use the cache would have rebuilt it: a new file under the same name.
  const after = statSync(cacheFile);
  assert.deepEqual([after.ino, after.mtimeMs], [written.ino, written.mtimeMs], 'every command read the cache the first run wrote');
});

test('cache: a changed index is read again, a corrupt cache is ignored, and either way the cache is rebuilt', async () => {
  const small = path.join(dir, 'changing.json');
  const posts = generatePosts(5_000);
  writeFileSync(small, JSON.stringify({ posts }));
  const cache = { cacheDir: path.join(dir, 'cache-2') };
  const opened = async () => {
    const blog = await openBlog(small, cache);
    return [blog.origin, blog.count];
  };
  assert.deepEqual(await opened(), ['index', 5_000]);
  assert.deepEqual(await opened(), ['cache', 5_000]);
  writeFileSync(small, JSON.stringify({ posts: posts.slice(0, 4_000) }));
  assert.deepEqual(await opened(), ['index', 4_000]);
  assert.deepEqual(await opened(), ['cache', 4_000]);
  for (const corrupt of ['not a cache at all', '', readFileSync(cacheFileFor(small, cache.cacheDir)).subarray(0, 5_000)]) {
    writeFileSync(cacheFileFor(small, cache.cacheDir), corrupt);
    const blog = await openBlog(small, cache);
    assert.deepEqual([blog.origin, blog.count], ['index', 4_000]);
    assert.equal(blog.postsAt([0])[0]!.id, blog.posts()[0]!.id);
    assert.deepEqual(await opened(), ['cache', 4_000]);
  }
});

test('search: stopping early (fields, fuzzy stage) never changes the first hits', async () => {
  const searchIndex = createSearchIndex((await loadIndex(index)).posts);
  for (const query of QUERIES) {
    for (const limit of [1, 5, 20]) {
      const everything = search(searchIndex, query).hits.slice(0, limit);
      const limited = search(searchIndex, query, { limit }).hits;
      assert.deepEqual(limited.map((h) => [h.post.id, h.score]), everything.map((h) => [h.post.id, h.score]), `${query} / ${limit}`);
    }
  }
});

test('search: dropping texts that cannot match before typo matching loses no match', async () => {
  const searchIndex = createSearchIndex((await loadIndex(index)).posts);
  for (const query of ['카프가 파티숀', '쿠버네티수', 'zookeper 리더', 'pyhton', '파티셔닝 잘하기', '크릭하우스 운영']) {
    const filtered = search(searchIndex, query).hits;
    const everything = search(searchIndex, query, { prefilter: false }).hits;
    assert.ok(filtered.some((hit) => hit.fuzzy > 0), `${query} needs typo matching`);
    assert.deepEqual(filtered.map((h) => [h.post.id, h.score, h.titleRanges]), everything.map((h) => [h.post.id, h.score, h.titleRanges]), query);
  }
});
