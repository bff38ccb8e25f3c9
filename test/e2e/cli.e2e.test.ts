// End-to-end: spawn the real bin/blog.js (no terminal, NO_COLOR=1, COLUMNS=80 unless a test says
// otherwise) for what needs a process: exit codes reaching the shell, pipes, colour from the
// environment. Everything else the commands do is tested in-process, in cli.commands.test.ts.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { EXIT } from '../../src/errors.js';
import { BIN, runBlog, testEnv, validPost, writeBlog } from '../helpers.js';

function ok(args: string[], env: Record<string, string | undefined> = {}) {
  const result = runBlog(args, env);
  assert.equal(result.stderr, '', `stderr of blog ${args.join(' ')}`);
  assert.equal(result.status, 0, `exit code of blog ${args.join(' ')}`);
  return result.stdout;
}

test('e2e exit codes: 0 for an answer, 1 for nothing found, 2 for a usage error or an unusable index, one line on stderr', () => {
  assert.match(ok(['list']), /^8 posts · 개발 기록$/m);
  const cases: [string[], number, RegExp][] = [
    [['show', '9999'], EXIT.NOT_FOUND, /^blog: no post with id 9999; /],
    [['list', '--bogus'], EXIT.USAGE, /^blog: unknown option '--bogus'; /],
    [['--data', writeBlog('{"posts": [}'), 'list'], EXIT.USAGE, /^blog: invalid index .*posts\.json: not valid JSON/],
  ];
  for (const [args, status, stderr] of cases) {
    const result = runBlog(args);
    assert.deepEqual([result.status, result.stdout], [status, ''], args.join(' '));
    assert.match(result.stderr, stderr);
    assert.equal(result.stderr.split('\n').length, 2, 'one line');
  }
});

test('e2e colour: off when piped or with NO_COLOR / --no-color, on with FORCE_COLOR', () => {
  assert.doesNotMatch(ok(['list']), /\x1b/);
  assert.doesNotMatch(ok(['list'], { NO_COLOR: undefined }), /\x1b/, 'a pipe gets no colour');
  assert.match(ok(['list'], { NO_COLOR: undefined, FORCE_COLOR: '1' }), /\x1b\[/);
  assert.doesNotMatch(ok(['--no-color', 'list'], { NO_COLOR: undefined, FORCE_COLOR: '1' }), /\x1b/);
  assert.match(ok(['search', '카프카'], { NO_COLOR: undefined, FORCE_COLOR: '1' }), /\x1b\[1m\x1b\[33m카프카/);
  assert.match(ok(['show', '4', '--no-pager'], { NO_COLOR: undefined, FORCE_COLOR: '1' }), /\x1b\[/);
});

test('e2e unix: `blog list | head -1` ends quietly', () => {
  const posts = Array.from({ length: 3000 }, (_, i) => validPost({ id: i + 1, slug: `p-${i + 1}`, title: `글 번호 ${i + 1} `.repeat(3) }));
  const file = writeBlog({ posts });
  const env = testEnv();
  for (const command of ['list', 'list --json', 'search 번호', 'help list', '--help']) {
    const script = `set -o pipefail; "${process.execPath}" "${BIN}" --data "${file}" ${command} | head -1`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', env });
    assert.equal(result.stderr, '', command);
    assert.equal(result.status, 0, command);
    assert.equal(result.stdout.split('\n').length, 2, command);
  }
});

test('e2e piped: a whole listing reaches the reader of a pipe, a shell\'s (blocking) or one made non-blocking and read late', async () => {
  const posts = Array.from({ length: 3000 }, (_, i) => validPost({ id: i + 1, slug: `p-${i + 1}`, title: `글 번호 ${i + 1} `.repeat(3) }));
  const file = writeBlog({ posts });
  const env = testEnv();
  const expected = ok(['--data', file, 'list']);
  assert.ok(Buffer.byteLength(expected) > 2 * 65536, 'more than a pipe holds');
  const shell = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" --data "${file}" list | cat`], { encoding: 'utf8', env, maxBuffer: 1 << 26 });
  assert.deepEqual([shell.status, shell.stderr, shell.stdout === expected], [0, '', true]);
  // A pipe made non-blocking before blog starts, as another program may leave it (perl sets the
  // flag, then execs blog): writes meet EAGAIN once the pipe is full.
  const fifo = path.join(mkdtempSync(path.join(tmpdir(), 'blog-fifo-')), 'out');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(fifo, constants.O_WRONLY);
  const nonBlocking = 'fcntl(STDOUT, F_SETFL, fcntl(STDOUT, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV or die';
  const child = spawn('perl', ['-MFcntl', '-e', nonBlocking, process.execPath, BIN, '--data', file, 'list'], { env, stdio: ['ignore', writer, 'pipe'] });
  closeSync(writer);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let exited: number | null | undefined;
  child.on('close', (status) => (exited = status));
  await new Promise((resolve) => setTimeout(resolve, 300)); // the pipe fills, and the writes wait
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(1 << 16);
  for (const until = Date.now() + 20_000; Date.now() < until;) {
    let read = 0;
    try {
      read = readSync(reader, buffer);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
      continue;
    }
    if (read === 0) break; // every writer closed it
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
  closeSync(reader);
  while (exited === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual([exited, stderr], [0, '']);
  assert.equal(Buffer.concat(chunks).toString('utf8'), expected);
});

test('e2e piped: with COLUMNS unset, `blog list | grep` finds every full title', () => {
  const titles = Array.from({ length: 6 }, (_, i) => `${i + 1}번째 ${'아주 길고 자세한 제목 '.repeat(5 + i)}Kafka ISR notes ${i + 1}`);
  const file = writeBlog({ posts: titles.map((title, i) => validPost({ id: i + 1, slug: `p-${i + 1}`, title })) });
  const grep = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" --data "${file}" list | grep -F 'Kafka ISR notes'`], {
    encoding: 'utf8', env: testEnv({ COLUMNS: undefined }),
  });
  assert.deepEqual(grep.stdout.trim().split('\n').map((line) => titles.find((title) => line.endsWith(title))).filter(Boolean).length, 6);
});
