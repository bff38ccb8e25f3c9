// The pager for real: bin/blog.js runs in an interactive shell inside tmux at a fixed size, with
// PAGER recording what it receives on its way to less; we read the screen as a person would see it.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { displayWidth } from '../../src/render/text/width.js';
import { BIN, validPost, writeBlog } from '../helpers.js';
import { sleep, tmuxServer } from './tmux.js';

const { tmux, screenOf, waitFor } = tmuxServer('blog-test');

let sessions = 0;
/** A bash shell on an 80x24 terminal; returns its name and a recording PAGER. */
function startShell(width = 80, height = 24) {
  const session = `s${++sessions}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-tmux-'));
  const record = path.join(dir, 'received');
  const started = tmux('new-session', '-d', '-s', session, '-x', String(width), '-y', String(height),
    'env', '-u', 'NO_COLOR', '-u', 'FORCE_COLOR', '-u', 'COLUMNS', '-u', 'LINES', '-u', 'LESS', '-u', 'BLOG_DATA',
    // A cache folder of its own: `show` keeps the posts it renders there.
    'TERM=xterm-256color', `BLOG_CACHE_DIR=${path.join(dir, 'cache')}`, 'PS1=$ ', 'bash', '--norc', '--noprofile', '-i');
  assert.equal(started.status, 0, started.stderr);
  const pager = `sh -c 'tee ${record} | less'`;
  const run = (args: string) => tmux('send-keys', '-t', session, `PAGER="${pager}" ${process.execPath} ${BIN} ${args}; echo EXIT=$?`, 'Enter');
  return { session, record, run, keys: (...keys: string[]) => tmux('send-keys', '-t', session, ...keys) };
}

test('pager: a long post opens in less showing its first screen; q returns quietly', async () => {
  const shell = startShell();
  await waitFor(shell.session, /^\$/m);
  shell.run('show 7');
  const screen = await waitFor(shell.session, /^:\s*$/m);
  const lines = screen.split('\n');
  assert.ok(lines.some((l) => l.startsWith('카프카 - URP, Under Min ISR')), screen);
  assert.doesNotMatch(screen, /previous: 6/, 'the end of the post is not on the first screen');
  shell.keys('q');
  const after = await waitFor(shell.session, /EXIT=\d+/);
  assert.match(after, /EXIT=0/);
  assert.doesNotMatch(after, /Error|EPIPE/);
  const received = readFileSync(shell.record, 'utf8');
  assert.match(received, /\x1b\[/, 'colour goes to the pager: less -R shows it');
  assert.match(received, /previous: 6/);
  for (const line of received.replace(/\x1b\[[0-9;]*m|\x1b\]8;[^\x07]*\x07/g, '').split('\n')) {
    assert.ok(displayWidth(line) <= 80, `${displayWidth(line)}: ${line}`);
  }
});

test('pager: Ctrl-C inside less does not kill blog or leave the terminal raw', async () => {
  const shell = startShell();
  await waitFor(shell.session, /^\$/m);
  shell.run('show 8');
  await waitFor(shell.session, /^:\s*$/m);
  shell.keys('C-c');
  await sleep(300);
  shell.keys('q');
  await waitFor(shell.session, /EXIT=\d+/);
  assert.match(screenOf(shell.session), /EXIT=0/);
  shell.keys('stty -a | tr " ;" "\\n\\n" | grep -xE -- "-?(echo|icanon)" | tr "\\n" " "; echo STTY', 'Enter');
  const screen = await waitFor(shell.session, /STTY$/m);
  assert.match(screen, /^echo icanon STTY$|^icanon echo STTY$/m, 'echo and line editing are back on');
});

test('pager: a post that fits the screen is printed without the pager; --no-pager never pages', async () => {
  const shell = startShell();
  await waitFor(shell.session, /^\$/m);
  const file = writeBlog({ posts: [validPost({ title: '짧은 글', body: '한 줄짜리 본문입니다.' })] });
  shell.run(`--data ${file} show 1`);
  const screen = await waitFor(shell.session, /EXIT=\d+/);
  assert.match(screen, /한 줄짜리 본문입니다\./);
  assert.match(screen, /EXIT=0/);
  assert.equal(existsSync(shell.record), false, 'the pager was not started');
  shell.run('show 7 --no-pager | tail -1');
  assert.match(await waitFor(shell.session, /EXIT=\d+\n[\s\S]*EXIT=\d+/), /next: +8/);
  assert.equal(existsSync(shell.record), false);
});

test('pager: on a 50-column terminal every line of the post fits 50 columns', async () => {
  const shell = startShell(50, 20);
  await waitFor(shell.session, /^\$/m);
  shell.run('show 5');
  await waitFor(shell.session, /^:\s*$/m);
  shell.keys('q');
  await waitFor(shell.session, /EXIT=0/);
  const received = readFileSync(shell.record, 'utf8').replace(/\x1b\[[0-9;]*m|\x1b\]8;[^\x07]*\x07/g, '');
  const widest = Math.max(...received.split('\n').filter((line) => !/^\[\d+\] \S+$/.test(line)).map(displayWidth));
  assert.ok(widest <= 50 && widest > 40, `widest line: ${widest}`);
});

test('pager: with LESS=-i and LANG=C, less still shows colours (not ESC[1m) and Hangul (not <EA><B0><80>)', async () => {
  const shell = startShell();
  await waitFor(shell.session, /^\$/m);
  // The real less, straight from blog (no recording wrapper), as a user with LESS=-i in a C locale has it.
  shell.keys(`unset PAGER LESSCHARSET LC_ALL LC_CTYPE; LESS=-i LANG=C ${process.execPath} ${BIN} show 7; echo EXIT=$?`, 'Enter');
  const screen = await waitFor(shell.session, /^:\s*$/m);
  assert.match(screen, /^카프카 - URP, Under Min ISR/m, 'Hangul as Hangul');
  assert.doesNotMatch(screen, /ESC\[|<EA>|<[0-9A-F]{2}>/, 'no escape codes or bytes shown raw');
  const coloured = tmux('capture-pane', '-p', '-e', '-t', shell.session).stdout;
  assert.match(coloured, /\x1b\[[0-9;]*m/, 'the colours reach the terminal');
  shell.keys('q');
  assert.match(await waitFor(shell.session, /EXIT=\d+/), /EXIT=0/);
});
