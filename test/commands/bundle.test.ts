// What users run is dist/blog.cjs, built with the patches in scripts/patches/: every command line
// here must answer exactly as the source does, in-process, with and without colour and width.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { BUNDLED_CLI, ROOT, runInProcess, SOURCE_CLI, validPost, writeBlog } from '../helpers.js';

const hostile = writeBlog({ posts: [validPost({ title: '제목\x1b]0;x\x07 끝', body: '# 본문\n\n| 표 | 열 |\n|---|--:|\n| 카프카 | 1 |\n\n[링크](https://example.com) `code` **굵게**이다\n\n```python\nprint("안녕")\n```\n' })] });
const empty = writeBlog({ posts: [] });

const COMMAND_LINES = [
  ['list'], ['list', '-n', '3', '--page', '2'], ['list', '--sort', 'title', '--json'], ['list', '-c', '기술'], ['list', '--tag', 'nope'],
  ['show', '7', '--no-pager'], ['show', '3', '--no-pager', '--width', '40'], ['show', '8', '--raw'], ['show', '4', '--json'],
  ['show', '파이썬'], ['show', 'acks'], ['show', 'ㅋㅍㅋ', '--no-pager'],
  ['search', '카프카'], ['search', 'vkdlTjs'], ['search', 'zukiper'], ['search', '--in', 'body', 'replicas', '--json'], ['search', 'acks'],
  ['category'], ['category', '개발', '-n', '2'], ['category', '게발'], ['category', '--json'],
  ['--help'], ['list', '--help'], ['help', 'show'], ['help', 'lst'], ['--version'], ['nope'], ['list', '--year', '24'],
  ['--data', hostile, 'show', '1', '--no-pager'], ['--data', hostile, 'list'], ['--data', empty, 'list', '--json'],
];

test('bundle: dist/blog.cjs answers every command line exactly as the source, at any width, with or without colour', async () => {
  for (const env of [{}, { COLUMNS: '30', NO_COLOR: undefined, FORCE_COLOR: '3' }, { COLUMNS: undefined }, { COLUMNS: '120', FORCE_HYPERLINK: '1' }]) {
    for (const args of COMMAND_LINES) {
      const source = await runInProcess(args, env, { cli: SOURCE_CLI });
      const bundle = await runInProcess(args, env, { cli: BUNDLED_CLI });
      assert.deepEqual(bundle, source, `blog ${args.join(' ')} ${JSON.stringify(env)}`);
    }
  }
});

test('bundle: every patch in scripts/patches/ says what it saves and when it can go', () => {
  const dir = path.join(ROOT, 'scripts', 'patches');
  const patches = readdirSync(dir).filter((name) => name.endsWith('.mjs') && name !== 'index.mjs' && name !== 'stub.mjs' && name !== 'no-color-detection.mjs');
  assert.ok(patches.length >= 5);
  for (const name of patches) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    assert.match(text, /^\/\/ Saves: \d[^\n]* ms /m, name);
    assert.match(text, /^\/\/ Delete when: /m, name);
  }
});

test('bundle: the minified bundles are pure ASCII (Hangul in regular expressions escaped), so src/boot reads them as Latin-1 unchanged', () => {
  for (const name of ['blog.cjs', 'complete.cjs']) {
    const bytes = readFileSync(path.join(ROOT, 'dist', name));
    const high = bytes.findIndex((byte) => byte > 0x7f);
    assert.equal(high, -1, `${name}: a byte above 0x7f at ${high}: ${bytes.subarray(Math.max(0, high - 40), high + 10).toString('utf8')}`);
  }
});
