// `blog pick` against the sample blog, in-process: what its source finds as the user types, that
// its preview is `show`'s rendering, and that it refuses to run without a terminal.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { blogSource, onOpen } from '../../src/commands/pick.js';
import { createTheme } from '../../src/render/theme.js';
import { openBlog } from '../../src/store/blog.js';
import { ROOT, runInProcess } from '../helpers.js';

const SAMPLE = path.join(ROOT, 'data', 'posts.json');
const ids = (results: { length: number; row(i: number): { id: number } }) => Array.from({ length: results.length }, (_, i) => results.row(i).id);

test('pick: without a terminal it says so and exits 2 (scripts use blog search)', async () => {
  const result = await runInProcess(['pick']);
  assert.equal(result.status, 2);
  assert.equal(result.stderr, "blog: blog pick needs a terminal for its input and output; use 'blog search' in scripts\n");
  assert.equal(result.stdout, '');
});

test('pick: an empty query lists every post newest first; typing finds with the search engine, 초성, Latin layout and unfinished syllables', async () => {
  const source = await blogSource(await openBlog(SAMPLE), () => {}, createTheme(0));
  assert.deepEqual(ids(source.search('', 'title', 100)), [8, 7, 6, 5, 4, 3, 2, 1]);
  assert.equal(source.count, 8);
  for (const query of ['카프', '카프카', 'ㅋㅍㅋ', 'kafka', 'zkvmzk', '카프가', '캎', 'URP 캎']) {
    assert.equal(ids(source.search(query, 'title', 100))[0], 7, query);
  }
  assert.equal(ids(source.search('주킾', 'title', 100))[0], 5);
  const hit = source.search('카프', 'title', 100).row(0);
  assert.deepEqual(hit.ranges, [[0, 2]], 'the match is highlighted');
});

test('pick: a query searched before (Backspace back to it) is answered from memory, per scope', async () => {
  const source = await blogSource(await openBlog(SAMPLE), () => {}, createTheme(0));
  assert.equal(source.search('카프', 'title', 100), source.search('카프', 'title', 100));
  await source.prepare('body');
  assert.notEqual(source.search('카프', 'body', 100), source.search('카프', 'title', 100));
  assert.deepEqual(ids(source.search('카프', 'body', 100)), ids(source.search('카프', 'title', 100)));
});

test('pick: warming up the search after the first frame changes no result', async () => {
  const cold = await blogSource(await openBlog(SAMPLE), () => {}, createTheme(0));
  const warm = await blogSource(await openBlog(SAMPLE), () => {}, createTheme(0));
  warm.warm!();
  for (const query of ['ㅋ', '캎', 'qzqx', '카프가', 'zkvmzk', 'python 데코']) {
    assert.deepEqual(ids(warm.search(query, 'title', 100)), ids(cold.search(query, 'title', 100)), query);
  }
});

test('pick: Tab\'s scope finds a post through its body once the bodies are read', async () => {
  const source = await blogSource(await openBlog(SAMPLE), () => {}, createTheme(0));
  assert.deepEqual(ids(source.search('min.insync.replicas', 'title', 100)), []);
  await source.prepare('body');
  assert.deepEqual(ids(source.search('min.insync.replicas', 'body', 100)), [7]);
});

test('pick: the preview is the post exactly as `blog show --width` prints it', async () => {
  const source = await blogSource(await openBlog(SAMPLE), () => {}, createTheme(0));
  for (const width of [40, 63]) {
    const shown = await runInProcess(['show', '7', '--no-pager', '--width', String(width)]);
    assert.deepEqual(await source.preview(7, width), shown.stdout.replace(/\n$/, '').split('\n'));
  }
});

test('pick: Ctrl-O\'s hook says open is not available yet', () => {
  assert.equal(onOpen({ id: 7 }), 'open: not available');
});
