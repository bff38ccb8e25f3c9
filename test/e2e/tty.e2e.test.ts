// End-to-end on a real pseudo-terminal (util-linux `script`): colour and the pager are for terminals only.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { displayWidth } from '../../src/render/text/width.js';
import { BIN, validPost, writeBlog } from '../helpers.js';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

const TTY_CACHE = path.join(mkdtempSync(path.join(tmpdir(), 'blog-tty-cache-')), 'blog');

/** Runs blog on a 100x30 pseudo-terminal; returns what the terminal showed. */
function onTerminal(args: string[], env: Record<string, string> = {}): { screen: string; status: number | null } {
  // A cache folder of its own: `show` keeps the posts it renders there.
  const base: Record<string, string | undefined> = { ...process.env, BLOG_CACHE_DIR: TTY_CACHE };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'LINES', 'PAGER', 'BLOG_DATA', 'LESS', 'CI', 'FORCE_HYPERLINK',
    'TERM_PROGRAM', 'TERM_PROGRAM_VERSION', 'KITTY_WINDOW_ID', 'WT_SESSION', 'VTE_VERSION']) delete base[name];
  const command = `stty rows 30 cols 100; ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { env: { ...base, TERM: 'xterm-256color', ...env }, encoding: 'utf8', timeout: 20_000 });
  return { screen: result.stdout.replace(/\r\n/g, '\n'), status: result.status };
}

const recordingPager = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-tty-'));
  const file = path.join(dir, 'paged');
  return { file, PAGER: `sh -c 'cat > ${file}'` };
};

test('tty: colour on a terminal, none with NO_COLOR', () => {
  const coloured = onTerminal(['list']);
  assert.equal(coloured.status, 0);
  assert.match(coloured.screen, /\x1b\[[0-9;]*m/);
  assert.match(coloured.screen, /카프카 - URP, Under Min ISR/);
  assert.doesNotMatch(onTerminal(['list'], { NO_COLOR: '1' }).screen, /\x1b\[[0-9;]*m/);
});

test('tty: a long post goes through $PAGER; --no-pager prints it directly', () => {
  const pager = recordingPager();
  const paged = onTerminal(['show', '7'], { PAGER: pager.PAGER });
  assert.equal(paged.status, 0);
  const received = readFileSync(pager.file, 'utf8');
  assert.match(received, /카프카 - URP, Under Min ISR/);
  assert.match(received, /min\.insync\.replicas/);
  assert.doesNotMatch(paged.screen, /min\.insync\.replicas/, 'the pager, not us, showed the body');

  const direct = recordingPager();
  const unpaged = onTerminal(['show', '7', '--no-pager'], { PAGER: direct.PAGER });
  assert.match(unpaged.screen, /min\.insync\.replicas/);
  assert.equal(existsSync(direct.file), false);
});

test('tty: a post that fits the screen is not paged', () => {
  const pager = recordingPager();
  const file = writeBlog({ posts: [validPost({ body: '짧은 글입니다.' })] });
  const shown = onTerminal(['--data', file, 'show', '1'], { PAGER: pager.PAGER });
  assert.match(shown.screen, /짧은 글입니다/);
  assert.equal(existsSync(pager.file), false);
});

test('tty: a pager that does not exist falls back to plain output', () => {
  const shown = onTerminal(['show', '7'], { PAGER: '/no/such/pager -x' });
  assert.equal(shown.status, 0);
  assert.match(shown.screen, /min\.insync\.replicas/);
});

test('tty: links are OSC 8 hyperlinks where the terminal supports them, numbered references elsewhere', () => {
  const file = writeBlog({ posts: [validPost({ body: '[카프카 문서](https://kafka.apache.org/documentation/#replication) 참고.' })] });
  const linked = onTerminal(['--data', file, 'show', '1', '--no-pager'], { FORCE_HYPERLINK: '1' });
  assert.match(linked.screen, /\x1b\]8;;https:\/\/kafka\.apache\.org\/documentation\/#replication\x07/);
  const plain = onTerminal(['--data', file, 'show', '1', '--no-pager'], { FORCE_HYPERLINK: '0' });
  assert.doesNotMatch(plain.screen, /\x1b\]8;/);
  assert.match(plain.screen, /카프카 문서.*\[1\]/);
  assert.match(plain.screen, /\[1\].* .*https:\/\/kafka\.apache\.org\/documentation\/#replication/);
  const tmux = onTerminal(['--data', file, 'show', '1', '--no-pager'], { TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: '3.4' });
  assert.match(tmux.screen, /\x1b\]8;;https:\/\/kafka\.apache\.org/, 'tmux 3.4 passes OSC 8 links on');
});

test('tty: on a terminal without COLUMNS the table fits the terminal; long titles are cut', () => {
  const title = `${'아주 길고 자세한 제목 '.repeat(8)}끝`;
  const file = writeBlog({ posts: [validPost({ title })] });
  const shown = onTerminal(['--data', file, 'list'], { NO_COLOR: '1' });
  assert.equal(shown.status, 0);
  const row = shown.screen.split('\n').find((line) => line.includes('아주 길고'))!;
  assert.ok(row.endsWith('…'), row);
  assert.ok(displayWidth(row) <= 100, `${displayWidth(row)}: ${row}`);
});

test('tty: a long import draws its progress on the terminal while its report goes to a pipe or a file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-tty-import-'));
  const many = path.join(dir, 'many');
  mkdirSync(many);
  for (let i = 0; i < 30; i++) writeFileSync(path.join(many, `post-${i}.md`), `---\ntitle: 글 ${i}\ndate: 2024-01-01\n---\n`);
  const env = { ...process.env, TERM: 'xterm-256color', XDG_DATA_HOME: path.join(dir, 'data'), XDG_CONFIG_HOME: path.join(dir, 'config'), BLOG_CACHE_DIR: TTY_CACHE };
  for (const [what, redirect] of [['a pipe', '| cat >'], ['a file', '>']]) {
    const report = path.join(dir, `report-${what.replace(' ', '-')}.txt`);
    const command = `stty rows 30 cols 100; ${quote(process.execPath)} ${quote(BIN)} import ${quote(many)} --dry-run ${redirect} ${quote(report)}`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { env, encoding: 'utf8', timeout: 20_000 });
    assert.equal(result.status, 0, what);
    assert.match(result.stdout, /\rimporting .* \[#*·*\] \d+\/30\x1b\[K/, `${what}: the progress on the terminal`);
    assert.match(readFileSync(report, 'utf8'), /30 added/, `${what}: the report`);
  }
});

