// Big posts end quickly through the binary users run. The child is killed after KILL_AFTER, which
// the quadratic or recursive rendering these inputs used to hit overran many times over (measured:
// a 1 MB Hangul body 214 s, a 100,000-character emoji title 18 s, 500 nested lists 11 s, 30,000
// table rows 11.6 s). No timing is asserted beyond that bound: the figures are in `npm run bench`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { BIN, indexOf, testEnv, validPost, writeBlog } from '../helpers.js';

const KILL_AFTER = 10_000;
const FAMILY = '👨‍👩‍👧';
const blog = writeBlog(indexOf([
  validPost({ id: 1, slug: 'hangul', body: '각'.repeat(1_000_000) }),
  validPost({ id: 2, slug: 'family', body: FAMILY.repeat(125_000) }),
  validPost({ id: 3, slug: 'lists', body: Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- 항목 ${i}`).join('\n') }),
  validPost({ id: 4, slug: 'table', body: `| 번호 | 이름 |\n|---|---|\n${Array.from({ length: 40_000 }, (_, i) => `| ${i} | 값 ${i} |`).join('\n')}` }),
  validPost({ id: 5, slug: 'title', title: FAMILY.repeat(12_500) }),
]));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args, '--data', blog], { env: testEnv(), encoding: 'utf8', timeout: KILL_AFTER, maxBuffer: 64 << 20 });
  assert.equal(result.signal, null, `blog ${args.join(' ')} was still running after ${KILL_AFTER} ms`);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

test('show: a 1 MB Hangul body without a space ends, wrapped to the width', () => {
  const lines = run('show', '1', '--no-pager').split('\n').filter((line) => line.startsWith('각'));
  assert.equal(lines.join('').length, 1_000_000);
  assert.ok(lines.every((line) => line.length <= 40), 'two columns a syllable, 80 columns');
});

test('show: a 1 MB body of emoji ZWJ sequences ends with every family whole', () => {
  const out = run('show', '2', '--no-pager');
  assert.equal(out.split(FAMILY).length - 1, 125_000);
});

test('show: a list nested 2,000 levels deep ends with every item', () => {
  const out = run('show', '3', '--no-pager');
  for (const i of [0, 15, 16, 1999]) assert.match(out, new RegExp(`• 항목 ${i}\\n`));
});

test('show: a table of 40,000 rows ends with every row', () => {
  assert.match(run('show', '4', '--no-pager'), /│ 39999 +│ 값 39999 +│\n└/);
});

test('list: a 100,000-character emoji title ends, cut to the width', () => {
  assert.match(run('list'), new RegExp(`(${FAMILY})+…`));
});
