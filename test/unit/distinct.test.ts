// Typo matching compares each distinct title (and list of tags) once (src/core/search/distinct.ts);
// the index cache stores which posts share one, so that a typo search on a large blog need not
// work it out again. Stored or made, the numbering and what typo matching makes of it agree.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { generatePosts } from '../../bench/generate.mjs';
import { Corpus, joinField } from '../../src/core/search/corpus.js';
import { distinctInJamo, distinctNumbers, isNumbering } from '../../src/core/search/distinct.js';
import { openBlog } from '../../src/store/blog.js';

test('distinct texts: numbered in order of first use, the same text the same number', () => {
  const field = joinField(['카프카', 'kafka', '카프카', 'zk', 'kafka']);
  assert.deepEqual([...distinctNumbers(field, 5)], [0, 1, 0, 2, 1]);
});

test('distinct texts: a numbering is one only when each number is one seen before or the next, for every post', () => {
  assert.equal(isNumbering(Int32Array.from([0, 1, 0, 2, 1]), 5), true);
  assert.equal(isNumbering(Int32Array.from([]), 0), true);
  assert.equal(isNumbering(Int32Array.from([1, 0]), 2), false, 'starts past 0');
  assert.equal(isNumbering(Int32Array.from([0, 2, 1]), 3), false, 'skips one');
  assert.equal(isNumbering(Int32Array.from([0, -1]), 2), false, 'negative');
  assert.equal(isNumbering(Int32Array.from([0, 0]), 3), false, 'too short');
});

test('distinct texts: with a given numbering, typo matching gets what it makes without one', () => {
  const text = fc.array(fc.constantFrom('카', '프', 'ㅋ', 'a', 'b', ' ', '를'), { maxLength: 5 }).map((parts) => parts.join(''));
  fc.assert(fc.property(fc.array(text, { maxLength: 40 }), (titles) => {
    const field = joinField(titles);
    const corpus = new Corpus(titles.length, { title: () => field, tags: () => joinField([]), summary: () => joinField([]) });
    const jamo = () => corpus.jamo('title');
    assert.deepEqual(distinctInJamo(field, titles.length, jamo, distinctNumbers(field, titles.length)), distinctInJamo(field, titles.length, jamo));
  }), { numRuns: 300 });
});

test('distinct texts: a large blog read through its cache has the numbering stored, the one typo matching would make', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-distinct-'));
  const index = path.join(dir, 'posts.json');
  writeFileSync(index, JSON.stringify({ posts: generatePosts(5_000) }));
  const cache = { cacheDir: path.join(dir, 'cache') };
  await openBlog(index, cache);
  const blog = await openBlog(index, cache);
  assert.equal(blog.origin, 'cache');
  const corpus = await blog.corpus();
  for (const name of ['title', 'tags'] as const) {
    const stored = corpus.storedNumbers(name);
    assert.ok(stored, `${name}: stored`);
    assert.deepEqual([...stored], [...distinctNumbers(corpus[name], blog.count)], name);
  }
});
