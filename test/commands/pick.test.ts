// `blog pick` against the sample blog, in-process: what its source finds as the user types, that
// its preview is `show`'s rendering, and that it refuses to run without a terminal.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { blogSource, openRow } from '../../src/commands/pick.js';
import { browserChoice } from '../../src/settings/browser.js';
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

test('pick: Ctrl-O opens the post\'s address as blog open does, and the status line says what happened', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-pick-open-'));
  const index = path.join(dir, 'posts.json');
  const post = (id: number, url?: string) => ({ id, slug: `p${id}`, title: `글 ${id}`, category: '개발', date: '2024-01-02T03:04:05+09:00', body: '본문', ...(url && { url }) });
  writeFileSync(index, JSON.stringify({ posts: [post(1, 'https://blog.example/카프카'), post(2)] }));
  const blog = await openBlog(index);
  const record = path.join(dir, 'opened');
  const fake = path.join(dir, 'fake-browser');
  writeFileSync(fake, `#!/bin/sh\nprintf '%s' "$1" > '${record}'\n`);
  chmodSync(fake, 0o755);
  const env = { BROWSER: fake, PATH: process.env.PATH };
  assert.equal(await openRow(blog, 1, { browser: browserChoice(env), env }), 'opened https://blog.example/%EC%B9%B4%ED%94%84%EC%B9%B4');
  for (let i = 0; i < 100 && readFileSync(record, { flag: 'a+' }).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  assert.equal(readFileSync(record, 'utf8'), 'https://blog.example/%EC%B9%B4%ED%94%84%EC%B9%B4');
  const ssh = { SSH_CONNECTION: '1 2 3 4' };
  assert.equal(await openRow(blog, 1, { browser: browserChoice(ssh), env: ssh }), 'no browser here; the address: https://blog.example/%EC%B9%B4%ED%94%84%EC%B9%B4');
  assert.match(await openRow(blog, 2, { browser: browserChoice(env), env }), /^post 2 has no web address/);
});
