// The picker session on a recording terminal, in-process: keys go in as the bytes a terminal sends
// (through node:readline's keypress decoding, as on a real terminal), frames and terminal modes are
// recorded, signals are a test's. Covers the ways out: Esc, Enter with --print, SIGTERM, an
// exception, Ctrl-Z and SIGCONT, and the pager round trip.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { stripEscapes } from '../../src/render/text/escapes.js';
import { createTheme } from '../../src/render/theme.js';
import { displayWidth } from '../../src/render/text/width.js';
import { Picker, rowsOf, type PickerSource, type Row } from '../../src/tui/picker.js';
import { ACCEPT_DELAY_MS, runPicker, type SessionHooks } from '../../src/tui/session.js';
import { ENTER_ALT_SCREEN, RESTORE } from '../../src/tui/screen.js';

const POSTS: Row[] = [
  { id: 8, day: '2024-09-05', category: '개발/기술', title: 'citus - 스키마 정리하고 분산테이블 만들기', ranges: [] },
  { id: 7, day: '2024-08-30', category: '개발/기술', title: '카프카 - URP, Under Min ISR', ranges: [] },
];

const source = (overrides: Partial<PickerSource> = {}): PickerSource => ({
  count: POSTS.length,
  search: (query) => rowsOf(POSTS.filter((r) => r.title.includes(query))),
  prepare: async () => {},
  preview: async (id) => [`post ${id}`],
  ...overrides,
});

/** A terminal that records what is written and which modes were set; `type` sends bytes as a terminal would. */
function fakeTty(columns = 80, rows = 24) {
  const input = Object.assign(new PassThrough(), {
    modes: [] as boolean[],
    setRawMode(mode: boolean) {
      this.modes.push(mode);
    },
  });
  const output = Object.assign(new EventEmitter(), {
    columns,
    rows,
    written: '',
    write(text: string) {
      this.written += text;
      return true;
    },
  });
  const signals = Object.assign(new EventEmitter(), {
    pid: 4242,
    killed: [] as string[],
    kill(_pid: number, signal: string) {
      this.killed.push(signal);
    },
  });
  const lastFrame = () => stripEscapes(output.written.slice(output.written.lastIndexOf('\x1b[?2026h')));
  return { input, output, signals, type: (text: string) => input.write(text), lastFrame };
}

const hooks = (overrides: Partial<SessionHooks> = {}): SessionHooks => ({
  print: true,
  read: async () => undefined,
  onOpen: async () => 'opened',
  ...overrides,
});

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await tick(5);
  assert.ok(check(), what);
}

const newPicker = (overrides: Partial<PickerSource> = {}) => new Picker(source(overrides), { theme: createTheme(0), preview: true });

test('session: starts on the alternate screen in raw mode; Esc leaves it, raw mode off and cursor shown', async () => {
  const tty = fakeTty();
  const done = runPicker(newPicker(), tty, hooks());
  assert.ok(tty.output.written.startsWith(ENTER_ALT_SCREEN));
  assert.deepEqual(tty.input.modes, [true]);
  tty.type('\x1b');
  assert.equal(await done, undefined);
  assert.deepEqual(tty.input.modes, [true, false]);
  assert.ok(tty.output.written.endsWith(RESTORE), 'the last thing written restores the terminal');
});

test('session: Hangul typed as UTF-8 bytes, even split mid-character, searches; Enter with --print picks the row', async () => {
  const tty = fakeTty();
  const done = runPicker(newPicker(), tty, hooks());
  const bytes = Buffer.from('카프', 'utf8');
  tty.input.write(bytes.subarray(0, 2));
  tty.input.write(bytes.subarray(2));
  await until(() => /^> 카프/.test(tty.lastFrame()), 'the query is drawn');
  assert.match(tty.lastFrame(), /> 7  카프카/);
  tty.type('\r');
  assert.equal((await done)?.id, 7);
});

test('session: Enter waits for a syllable the input method commits just after it', async () => {
  const tty = fakeTty();
  const done = runPicker(newPicker(), tty, hooks());
  tty.type('cit');
  await tick(10);
  tty.type('\r');
  await tick(ACCEPT_DELAY_MS / 3);
  tty.type('us');
  const row = await done;
  assert.equal(row?.id, 8);
});

test('session: a query that finds nothing makes Enter do nothing; Ctrl-C leaves', async () => {
  const tty = fakeTty();
  const done = runPicker(newPicker(), tty, hooks());
  tty.type('zzz\r');
  await tick(ACCEPT_DELAY_MS * 2);
  assert.match(tty.lastFrame(), /no posts match/);
  tty.type('\x03');
  assert.equal(await done, undefined);
});

test('session: SIGTERM restores the terminal, then the process dies of it', async () => {
  const tty = fakeTty();
  void runPicker(newPicker(), tty, hooks());
  tty.signals.emit('SIGTERM');
  assert.deepEqual(tty.input.modes, [true, false]);
  assert.ok(tty.output.written.endsWith(RESTORE));
  assert.deepEqual(tty.signals.killed, ['SIGTERM']);
  assert.equal(tty.signals.listenerCount('SIGTERM'), 0, 'our handler is gone, so the default action ends the process');
});

test('session: SIGHUP with the terminal gone (restoring it fails) still ends the process with the signal', async () => {
  const tty = fakeTty();
  void runPicker(newPicker(), tty, hooks());
  tty.input.setRawMode = () => { throw Object.assign(new Error('setRawMode EIO'), { code: 'EIO' }); };
  tty.signals.emit('SIGHUP');
  assert.deepEqual(tty.signals.killed, ['SIGHUP']);
});

test('session: Ctrl-Z restores the terminal and stops; SIGCONT re-enters and redraws with the query kept', async () => {
  const tty = fakeTty();
  const done = runPicker(newPicker(), tty, hooks());
  tty.type('카');
  await until(() => /^> 카/.test(tty.lastFrame()), 'typed');
  tty.type('\x1a');
  assert.deepEqual(tty.signals.killed, ['SIGSTOP']);
  assert.deepEqual(tty.input.modes, [true, false]);
  assert.ok(tty.output.written.endsWith(RESTORE));
  tty.output.written = '';
  tty.signals.emit('SIGCONT');
  assert.ok(tty.output.written.startsWith(ENTER_ALT_SCREEN));
  assert.deepEqual(tty.input.modes, [true, false, true]);
  await until(() => /^> 카/.test(tty.lastFrame()), 'redrawn with the query');
  tty.type('\x07');
  assert.equal(await done, undefined);
});

test('session: SIGCONT after a stop the session did not see (kill -STOP) takes raw mode and the screen again', async () => {
  const tty = fakeTty();
  const done = runPicker(newPicker(), tty, hooks());
  tty.output.written = '';
  tty.signals.emit('SIGCONT');
  assert.deepEqual(tty.input.modes, [true, false, true]);
  assert.ok(tty.output.written.startsWith(ENTER_ALT_SCREEN));
  await until(() => /2\/2 titles/.test(tty.lastFrame()), 'redrawn');
  tty.type('\x1b');
  assert.equal(await done, undefined);
});

test('session: a resize redraws at the new width', async () => {
  const tty = fakeTty(120, 40);
  const done = runPicker(newPicker(), tty, hooks());
  await until(() => tty.lastFrame().includes('post 8'), 'the preview is drawn');
  Object.assign(tty.output, { columns: 50, rows: 20, written: '' });
  tty.output.emit('resize');
  await until(() => tty.output.written !== '', 'redrawn');
  const rows = [...tty.output.written.matchAll(/\x1b\[(\d+);1H\x1b\[0m(.*?)\x1b\[0m(?=\x1b\[\d+;1H|\x1b\[1;\d+H)/g)];
  assert.equal(rows.length, 20, 'one line per row of the new size');
  for (const [, , line] of rows) assert.equal(displayWidth(line!), 50, 'each line exactly 50 columns');
  assert.ok(!tty.lastFrame().includes('post 8'), 'no preview at 50 columns');
  tty.type('\x1b');
  await done;
});

test('session: an exception while drawing still restores the terminal, and is passed on', async () => {
  const tty = fakeTty();
  const done = runPicker(newPicker({ search: (query) => { if (query === 'x') throw new TypeError('boom'); return rowsOf(POSTS); } }), tty, hooks());
  // The source's errors become the status line; an error in the picker itself ends the session.
  tty.type('x');
  await until(() => /boom/.test(tty.lastFrame()), 'the status line says what went wrong');
  const broken = fakeTty();
  const picker = newPicker();
  picker.frame = () => { throw new TypeError('frame broke'); };
  await assert.rejects(runPicker(picker, broken, hooks()), /frame broke/);
  assert.deepEqual(broken.input.modes, [true, false]);
  assert.ok(broken.output.written.endsWith(RESTORE));
  tty.type('\x1b');
  await done;
});

test('session: Enter reads the post with the terminal given back, then returns with query and selection intact', async () => {
  const tty = fakeTty();
  const reads: { id: number; raw: boolean | undefined }[] = [];
  const done = runPicker(newPicker(), tty, hooks({
    print: false,
    read: async (row) => {
      reads.push({ id: row.id, raw: tty.input.modes.at(-1) });
      return undefined;
    },
  }));
  tty.type('\x1b[B'); // Down
  tty.type('\r');
  await until(() => reads.length === 1, 'the pager ran');
  assert.deepEqual(reads, [{ id: 7, raw: false }], 'raw mode is off while the pager runs');
  await until(() => tty.input.modes.at(-1) === true && /> 7  카프카/.test(tty.lastFrame()), 'back, on the same row');
  tty.type('\x0f'); // Ctrl-O
  await until(() => tty.lastFrame().includes('opened'), 'the open hook speaks');
  tty.type('\x1b');
  assert.equal(await done, undefined);
});

test('session: keys that arrive together (typed while a frame was being made) are searched once, not queued', async () => {
  const tty = fakeTty();
  const searched: string[] = [];
  const done = runPicker(newPicker({ search: (query) => (searched.push(query), rowsOf(POSTS.filter((r) => r.title.includes(query)))) }), tty, hooks());
  await until(() => searched.length > 0, 'the first frame');
  searched.length = 0;
  for (const chunk of ['c', 'i', 't', 'u', 's']) tty.type(chunk);
  await until(() => /^> citus/.test(tty.lastFrame()), 'the query is drawn');
  await tick(20);
  assert.deepEqual(searched, ['citus']);
  tty.type('\x1b');
  await done;
});
