// The picker for real: bin/blog.js in an interactive bash inside tmux at 120x40, 80x24 and 50x20,
// keys sent with send-keys (Latin, Hangul syllables, 초성, arrows), the screen read with
// capture-pane and the real cursor with #{cursor_x}. Every wait polls the screen with a generous
// timeout, so a loaded machine is slower, not failing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { displayWidth } from '../../src/render/text/width.js';
import { BIN } from '../helpers.js';
import { sleep, tmuxServer } from './tmux.js';

const { tmux } = tmuxServer('blog-pick-test');

const TIMEOUT = 20_000;

let sessions = 0;
function startShell(width: number, height: number) {
  const session = `p${++sessions}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-pick-'));
  const started = tmux('new-session', '-d', '-s', session, '-x', String(width), '-y', String(height),
    'env', '-u', 'NO_COLOR', '-u', 'FORCE_COLOR', '-u', 'COLUMNS', '-u', 'LINES', '-u', 'LESS', '-u', 'BLOG_DATA', '-u', 'PAGER',
    `XDG_CACHE_HOME=${dir}`, 'TERM=xterm-256color', 'PS1=$ ', 'bash', '--norc', '--noprofile', '-i');
  assert.equal(started.status, 0, started.stderr);
  // Keys go to the pane at once; tmux's own wait for the rest of an escape sequence would delay Esc.
  tmux('set-option', '-s', 'escape-time', '0');
  const screen = () => tmux('capture-pane', '-p', '-t', session).stdout;
  const cursorX = () => Number(tmux('display', '-p', '-t', session, '#{cursor_x}').stdout.trim());
  async function waitFor(check: RegExp | ((screen: string) => boolean), what = String(check)): Promise<string> {
    const end = Date.now() + TIMEOUT;
    for (;;) {
      const now = screen();
      if (typeof check === 'function' ? check(now) : check.test(now)) return now;
      if (Date.now() > end) assert.fail(`timed out waiting for ${what}; screen:\n${now}`);
      await sleep(100);
    }
  }
  async function waitForCursor(column: number): Promise<void> {
    const end = Date.now() + TIMEOUT;
    while (cursorX() !== column) {
      if (Date.now() > end) assert.fail(`cursor at ${cursorX()}, not ${column}; screen:\n${screen()}`);
      await sleep(100);
    }
  }
  return {
    session,
    dir,
    screen,
    cursorX,
    waitFor,
    waitForCursor,
    keys: (...keys: string[]) => tmux('send-keys', '-t', session, ...keys),
    /** Literal text: Hangul and 초성 as a terminal sends committed text. */
    type: (text: string) => tmux('send-keys', '-t', session, '-l', text),
    line: (command: string) => tmux('send-keys', '-t', session, command, 'Enter'),
    blog: (args: string) => `${process.execPath} ${BIN} ${args}`,
    resize: (w: number, h: number) => tmux('resize-window', '-t', session, '-x', String(w), '-y', String(h)),
    panePid: () => Number(tmux('display', '-p', '-t', session, '#{pane_pid}').stdout.trim()),
  };
}

type Shell = ReturnType<typeof startShell>;

/** Starts the picker with the terminal's settings saved before; returns when its first frame is up. */
async function openPicker(shell: Shell, args = 'pick'): Promise<void> {
  await shell.waitFor(/^\$/m, 'the prompt');
  shell.line(`stty -a > ${shell.dir}/before; ${shell.blog(args)}; echo EXIT=$?; stty -a > ${shell.dir}/after; echo SAVED`);
  await shell.waitFor(/^> .*\d+\/8 titles/m, 'the picker');
}

async function leaveAndCheckTerminal(shell: Shell, exit = 0): Promise<void> {
  const screen = await shell.waitFor(/^SAVED$/m, 'the picker to end');
  assert.match(screen, new RegExp(`^EXIT=${exit}$`, 'm'));
  assert.equal(modes(`${shell.dir}/after`), modes(`${shell.dir}/before`), 'stty -a is the same after as before');
  assert.doesNotMatch(screen, /titles\b.*\n.*> \d/, 'the main screen is back, without the picker on it');
}

/** What `stty -a` saved, without its first line (the size, which a resize changes). */
const modes = (file: string) => readFileSync(file, 'utf8').split('\n').slice(1).join('\n');

const rowLine = (screen: string, id: number) => screen.split('\n').find((line) => new RegExp(`^[> ] ${id} `).test(line));

test('pick at 120x40: Latin, Hangul syllables and 초성 find posts, the cursor follows the query in display columns, the preview is on the right', async () => {
  const shell = startShell(120, 40);
  await openPicker(shell);
  shell.type('python');
  let screen = await shell.waitFor(/^> python .*4\/8 titles/m);
  await shell.waitForCursor(displayWidth('> python'));
  assert.match(screen, /^> 4  \[Python\] Decorator/m);
  screen = await shell.waitFor((s) => s.split('\n').some((line) => /│ \[Python\] Decorator\s*$/.test(line)), 'the preview on the right');
  shell.keys('Down');
  screen = await shell.waitFor(/^> 2 /m, 'Down moves the selection');
  assert.match(rowLine(screen, 4)!, /^  4/);
  shell.keys('C-p');
  await shell.waitFor(/^> 4 /m, 'Ctrl-P moves it back');
  shell.keys('C-w');
  shell.type('카프카');
  screen = await shell.waitFor(/^> 카프카 .*1\/8 titles/m);
  await shell.waitForCursor(displayWidth('> 카프카'));
  assert.match(screen, /^> 7  카프카 - URP/m);
  shell.keys('C-w');
  shell.type('ㅋㅍㅋ');
  screen = await shell.waitFor(/^> ㅋㅍㅋ .*1\/8 titles/m);
  await shell.waitForCursor(displayWidth('> ㅋㅍㅋ'));
  assert.match(screen, /^> 7  카프카 - URP/m);
  shell.keys('BSpace');
  await shell.waitFor(/^> ㅋㅍ /m, 'Backspace removes one whole jamo or syllable');
  await shell.waitForCursor(displayWidth('> ㅋㅍ'));
  shell.keys('Escape');
  await leaveAndCheckTerminal(shell);
});

test('pick at 80x24: the preview is below the list; an unfinished 카프 already finds 카프카', async () => {
  const shell = startShell(80, 24);
  await openPicker(shell);
  shell.type('카프');
  const screen = await shell.waitFor((s) => /^> 7  카프카/m.test(s) && /^─{80}$/m.test(s) && /^카프카 - URP, Under Min ISR\s*$/m.test(s), 'list, divider and preview');
  await shell.waitForCursor(displayWidth('> 카프'));
  for (const line of screen.split('\n')) assert.ok(displayWidth(line) <= 80, line);
  shell.keys('C-c');
  await leaveAndCheckTerminal(shell);
});

test('pick at 50x20: no preview; rows are cut to the width; Ctrl-G leaves', async () => {
  const shell = startShell(50, 20);
  await openPicker(shell);
  shell.type('주키');
  const screen = await shell.waitFor(/^> 5  Zookeeper/m);
  await shell.waitForCursor(displayWidth('> 주키'));
  assert.doesNotMatch(screen, /│|─{10}/, 'no preview pane');
  assert.match(rowLine(screen, 5)!, /…/, 'the title is cut with an ellipsis');
  shell.keys('C-g');
  await leaveAndCheckTerminal(shell);
});

test('pick: resizing while in use redraws for the new size, keeping the query, the selection and the cursor', async () => {
  const shell = startShell(120, 40);
  await openPicker(shell);
  shell.type('python');
  await shell.waitFor(/^> python /m);
  shell.keys('Down');
  await shell.waitFor((s) => /^> 2 /m.test(s) && /│ \[python\] __all__/.test(s), 'the second row, previewed on the right');
  shell.resize(50, 20);
  let screen = await shell.waitFor((s) => /^> python .*4\/8/m.test(s) && !s.includes('│'), 'the 50-column frame');
  assert.match(screen, /^> 2 /m);
  await shell.waitForCursor(displayWidth('> python'));
  shell.resize(80, 24);
  screen = await shell.waitFor((s) => /^─{80}$/m.test(s) && /^\[python\] __all__/m.test(s), 'the preview below at 80 columns');
  assert.match(screen, /^> 2 /m);
  shell.keys('Escape');
  await leaveAndCheckTerminal(shell);
});

test('pick: Enter reads the post in the pager; leaving it returns to the picker with the query and selection intact', async () => {
  const shell = startShell(80, 24);
  await openPicker(shell);
  shell.type('ㅋㅍㅋ');
  await shell.waitFor(/^> 7  카프카/m);
  shell.keys('Enter');
  const paged = await shell.waitFor((s) => /^카프카 - URP, Under Min ISR\s*$/m.test(s) && !/titles/.test(s) && /^:|\(END\)/m.test(s), 'less showing the post');
  assert.doesNotMatch(paged, /^> ㅋㅍㅋ/m);
  shell.keys('q');
  await shell.waitFor((s) => /^> ㅋㅍㅋ .*1\/8 titles/m.test(s) && /^> 7  카프카/m.test(s), 'the picker again');
  await shell.waitForCursor(displayWidth('> ㅋㅍㅋ'));
  shell.keys('Escape');
  await leaveAndCheckTerminal(shell);
});

test('pick: SIGTERM and SIGHUP restore the terminal and end the picker with the signal', async () => {
  for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    const shell = startShell(80, 24);
    await openPicker(shell);
    shell.type('카');
    await shell.waitFor(/^> 카 /m);
    const child = spawnSync('ps', ['-o', 'pid=', '--ppid', String(shell.panePid())], { encoding: 'utf8' }).stdout.trim().split(/\s+/).map(Number);
    assert.equal(child.length, 1, `one child of the shell: ${child}`);
    process.kill(child[0]!, signal);
    await leaveAndCheckTerminal(shell, code);
  }
});

test('pick: Ctrl-Z gives the terminal back and stops; fg brings the picker back as it was', async () => {
  const shell = startShell(80, 24);
  await shell.waitFor(/^\$/m);
  shell.line(`stty -a > ${shell.dir}/before; ${shell.blog('pick')}`);
  await shell.waitFor(/^> .*8\/8 titles/m);
  shell.type('카프');
  await shell.waitFor(/^> 카프 /m);
  shell.keys('C-z');
  await shell.waitFor(/Stopped/);
  shell.line(`stty -a > ${shell.dir}/stopped; fg`);
  await shell.waitFor((s) => /^> 카프 .*1\/8 titles/m.test(s) && /^> 7  카프카/m.test(s), 'the picker redrawn after fg');
  await shell.waitForCursor(displayWidth('> 카프'));
  assert.equal(modes(`${shell.dir}/stopped`), modes(`${shell.dir}/before`), 'the shell had its terminal settings while stopped');
  shell.keys('Escape');
  await shell.waitFor((s) => !s.includes('titles'), 'the shell again');
  shell.line(`stty -a > ${shell.dir}/after; echo EXIT=0; echo SAVED`);
  await leaveAndCheckTerminal(shell);
});

test('pick --print: Enter prints the id for $(...), drawing on the terminal; Esc prints nothing and exits 1', async () => {
  const shell = startShell(80, 24);
  await shell.waitFor(/^\$/m);
  shell.line(`id=$(${shell.blog('pick --print')}); echo "ID=$id EXIT=$?"`);
  await shell.waitFor(/^> .*8\/8 titles/m);
  shell.type('ㅋㅍㅋ');
  await shell.waitFor(/^> 7  카프카/m);
  shell.keys('Enter');
  await shell.waitFor(/^ID=7 EXIT=0$/m);
  shell.line(`id=$(${shell.blog('pick --print')}); echo "ID=$id EXIT=$?"`);
  await shell.waitFor(/^> .*8\/8 titles/m);
  shell.keys('Escape');
  const screen = await shell.waitFor(/^ID= EXIT=1$/m);
  assert.match(screen, /^blog: no post picked; press Enter on a post to print its id$/m);
});

test('pick: a bare `blog` on a terminal opens the picker; piped, it prints help as before', async () => {
  const shell = startShell(80, 24);
  await shell.waitFor(/^\$/m);
  shell.line(`${shell.blog('')}; echo EXIT=$?`);
  await shell.waitFor(/^> .*8\/8 titles/m);
  shell.keys('Escape');
  await shell.waitFor(/^EXIT=0$/m);
  shell.line(`${shell.blog('')} 2>&1 | head -1; echo PIPED`);
  assert.match(await shell.waitFor(/^PIPED$/m), /^Usage: blog /m);
});
