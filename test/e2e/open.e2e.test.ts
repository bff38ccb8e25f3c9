// `blog open` through the real binary with the system's opener: the `open` package, bundled,
// runs xdg-open from PATH (a fake here that records its arguments), or prints the address when
// there is none.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { runBlog, validPost, writeBlog } from '../helpers.js';

const linuxOnly = { skip: process.platform !== 'linux' && 'xdg-open is the opener on Linux only' };
const blog = writeBlog({ posts: [validPost({ id: 7, url: 'https://dev.example.com/카프카 글' })] });
const HREF = 'https://dev.example.com/%EC%B9%B4%ED%94%84%EC%B9%B4%20%EA%B8%80';
const desktop = (bin: string) => ({ PATH: bin, DISPLAY: ':0', BROWSER: undefined, SSH_CONNECTION: undefined });

test('open (binary): with a display and no BROWSER, the system opener (xdg-open) gets the address', linuxOnly, async () => {
  const bin = mkdtempSync(path.join(tmpdir(), 'blog-xdg-'));
  const record = path.join(bin, 'args');
  writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}.part' && mv '${record}.part' '${record}'\n`);
  chmodSync(path.join(bin, 'xdg-open'), 0o755);
  const result = runBlog(['--data', blog, 'open', '7'], { ...desktop(`${bin}:/usr/bin:/bin`) });
  assert.deepEqual([result.status, result.stdout, result.stderr], [0, '', '']);
  for (let waited = 0; !existsSync(record) && waited < 10_000; waited += 20) await sleep(20);
  assert.equal(readFileSync(record, 'utf8'), `${HREF}\n`);
});

test('open (binary): with no opener installed, the address is printed with a note, exit 0', linuxOnly, () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'blog-no-xdg-'));
  const result = runBlog(['--data', blog, 'open', '7'], desktop(empty));
  assert.equal(result.status, 0);
  assert.equal(result.stdout, `${HREF}\n`);
  assert.match(result.stderr, /^blog: could not open a browser \(.*\); here is the address instead\n$/);
});
