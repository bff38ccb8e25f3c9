// `blog open <post>`: the post's address goes to $BROWSER (a fake one here, recording its
// arguments), to the system's opener, or to stdout; run in-process, the browser as a real process.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { runInProcess, validPost, writeBlog } from '../helpers.js';

const KAFKA_URL = 'https://dev.example.com/카프카-urp';
const KAFKA_HREF = 'https://dev.example.com/%EC%B9%B4%ED%94%84%EC%B9%B4-urp';
const TRICKY_URL = "https://dev.example.com/a;b&c=$(touch pwned)|d'e`f`?q=1 2&r=\"x\"";
const blog = writeBlog({
  blog: { title: '개발 블로그', url: 'https://dev.example.com/' },
  posts: [
    validPost({ id: 7, slug: 'kafka-urp', title: '카프카 - URP, Under Min ISR', url: KAFKA_URL }),
    validPost({ id: 8, slug: 'no-url', title: '주소 없는 글' }),
    validPost({ id: 9, slug: 'tricky', title: '이상한 주소', url: TRICKY_URL }),
    validPost({ id: 10, slug: 'kafka-2', title: '카프카 두 번째', url: 'https://dev.example.com/2' }),
    validPost({ id: 11, slug: 'escape', title: '제어 문자 주소', url: 'https://dev.example.com/\u001b]8;;https://evil.example\u0007' }),
  ],
});

/** A BROWSER program that writes each argument it gets on a line of its own into `record`. */
function fakeBrowser(): { program: string; record: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-browser-'));
  const record = path.join(dir, 'args');
  const program = path.join(dir, 'fake browser');
  writeFileSync(program, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> '${record}.part'; done\nmv '${record}.part' '${record}'\n`);
  chmodSync(program, 0o755);
  return { program, record };
}

/** The arguments the detached fake browser recorded, once it has finished writing them. */
async function recorded(record: string): Promise<string[]> {
  for (let waited = 0; !existsSync(record); waited += 20) {
    if (waited > 10_000) assert.fail('the browser was never started');
    await sleep(20);
  }
  return readFileSync(record, 'utf8').split('\n').slice(0, -1);
}

const open = (args: string[], env: Record<string, string | undefined> = {}) =>
  runInProcess(['--data', blog, 'open', ...args], { SSH_CONNECTION: undefined, DISPLAY: undefined, WAYLAND_DISPLAY: undefined, BROWSER: undefined, ...env });

test('open: BROWSER gets the address as one argument, percent-encoded; nothing is printed', async () => {
  const { program, record } = fakeBrowser();
  const result = await open(['7'], { BROWSER: `'${program}'` });
  assert.deepEqual([result.status, result.stdout, result.stderr], [0, '', '']);
  assert.deepEqual(await recorded(record), [KAFKA_HREF]);
});

test('open: %s in a BROWSER entry is replaced by the address; entries that cannot start are skipped', async () => {
  const { program, record } = fakeBrowser();
  const result = await open(['카프카', 'urp'], { BROWSER: `/no/such/browser:'${program}' --new-tab %s --profile=%%s` });
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(await recorded(record), ['--new-tab', KAFKA_HREF, '--profile=%s']);
});

test('open: shell metacharacters in an address reach the browser inside one argument, never a shell', async () => {
  const { program, record } = fakeBrowser();
  const result = await open(['9'], { BROWSER: `'${program}'` });
  assert.equal(result.status, 0, result.stderr);
  const args = await recorded(record);
  assert.equal(args.length, 1);
  assert.equal(args[0], new URL(TRICKY_URL).href);
  assert.match(args[0]!, /\$\(touch%20pwned\)\|d'e/);
  assert.equal(existsSync('pwned'), false, 'no shell ran the command in the address');
});

test('open: over SSH, with no display, or with --print the address is printed (exit 0) and no browser starts', async () => {
  const { program, record } = fakeBrowser();
  for (const [args, env] of [
    [['7'], { SSH_CONNECTION: '10.0.0.1 5555 10.0.0.2 22', BROWSER: `'${program}'` }],
    [['7', '--print'], { BROWSER: `'${program}'`, DISPLAY: ':0' }],
    ...(process.platform === 'linux' ? [[['7'], {}]] : []),
  ] as [string[], Record<string, string>][]) {
    const result = await open(args, env);
    assert.deepEqual([result.status, result.stdout, result.stderr], [0, `${KAFKA_HREF}\n`, ''], JSON.stringify(env));
  }
  await sleep(200);
  assert.equal(existsSync(record), false, 'the browser was not started');
});

test('open: a BROWSER that cannot start prints the address with a note saying why', async () => {
  const result = await open(['7'], { BROWSER: '/no/such/browser' });
  assert.equal(result.status, 0);
  assert.equal(result.stdout, `${KAFKA_HREF}\n`);
  assert.equal(result.stderr, 'blog: could not start the BROWSER command (/no/such/browser: not found); here is the address instead\n');
});

test('open: a post without an address is exit 1 with one line; an unclear name lists the candidates with open hints', async () => {
  const none = await open(['8'], { BROWSER: '/no/such/browser' });
  assert.deepEqual([none.status, none.stdout], [1, '']);
  assert.equal(none.stderr, 'blog: post 8 has no web address; its index gives it no "url"; read it here with: blog show 8\n');
  const unclear = await open(['카프카'], { SSH_CONNECTION: 'x' });
  assert.equal(unclear.status, 1);
  assert.match(unclear.stderr, /^blog: "카프카" matches 2 posts; name one by id, e.g. blog open 10\n +10 {2}카프카 두 번째\n +7 {2}카프카 - URP/);
});

test('open: an address with control characters is never passed on: exit 1, nothing started or printed', async () => {
  const { program, record } = fakeBrowser();
  for (const args of [['11'], ['11', '--print']]) {
    const result = await open(args, { BROWSER: `'${program}'` });
    assert.deepEqual([result.status, result.stdout], [1, ''], args.join(' '));
    assert.match(result.stderr, /^blog: post 11 has no usable web address: only http:\/\/ and https:\/\/ addresses without control characters are opened; read it here with: blog show 11\n$/);
  }
  await sleep(200);
  assert.equal(existsSync(record), false);
});
