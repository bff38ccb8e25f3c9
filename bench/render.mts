// `npm run bench:render`: how long the binary takes to render deep and long posts (issue 10's
// cases). Each is a single run of `blog show N --no-pager` (or `list`), output to /dev/null,
// stopped after 120 s. The tests check only that these end; the times are here.
import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench', 'out');
const BIN = path.join(ROOT, 'bin', 'blog.js');

const nested = (levels: number, line: (i: number) => string) => Array.from({ length: levels }, (_, i) => line(i)).join('\n');
const cases: [label: string, post: Record<string, string>][] = [
  ['2,000 nested > on one line', { body: `${'>'.repeat(2000)} 인용` }],
  ['1,000 nested - on one line', { body: `${'- '.repeat(1000)}항목` }],
  ['500-level list', { body: nested(500, (i) => `${'  '.repeat(i)}- 항목`) }],
  ['5,000-level list (25 MB)', { body: nested(5000, (i) => `${'  '.repeat(i)}- 항목`) }],
  ['table of 30,000 rows', { body: `| a | b | c |\n|---|---|---|\n${nested(30_000, (i) => `| ${i} | 값 ${i} | text |`)}` }],
  ['70k Hangul without a space', { body: '가'.repeat(70_000) }],
  ['1 MB Hangul without a space', { body: '각'.repeat(1_000_000) }],
  ['1 MB of emoji ZWJ families', { body: '👨‍👩‍👧'.repeat(125_000) }],
  ['1 MB of e + combining acute', { body: 'e\u0301'.repeat(500_000) }],
  ['1 MB of 😀', { body: '😀'.repeat(500_000) }],
  ['100k-character ZWJ title (list)', { title: '👨‍👩‍👧'.repeat(12_500) }],
];

mkdirSync(OUT, { recursive: true });
console.log(`blog render benchmarks: one run each, ${process.version}, 80 columns, output to /dev/null`);
cases.forEach(([label, post], i) => {
  // One index per case, so that each time is its own post's.
  const file = path.join(OUT, `render-case-${i + 1}.json`);
  writeFileSync(file, JSON.stringify({ posts: [{
    id: 1, slug: 'case', title: '사례', category: '시험', date: '2024-01-02T03:04:05+09:00', body: '본문', ...post,
  }] }));
  const args = post.title ? ['list'] : ['show', '1', '--no-pager'];
  const start = performance.now();
  const run = spawnSync(process.execPath, [BIN, '--data', file, ...args], {
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '80' }, stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'], timeout: 120_000,
  });
  const ms = performance.now() - start;
  const outcome = run.signal ? `killed (${run.signal})` : `exit ${run.status}${run.status === 0 ? '' : `: ${run.stderr.toString().split('\n')[0]!.slice(0, 80)}`}`;
  console.log(`  ${label.padEnd(36)} ${ms.toFixed(0).padStart(7)} ms  ${outcome}`);
});
