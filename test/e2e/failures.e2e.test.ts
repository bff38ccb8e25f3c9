// Write errors for real: a full disk (/dev/full) and a closed stdout (>&-) are exit 74 with one
// line, through the real binary, since they need a process's stdout. The other failures are
// tested in-process, in failures.commands.test.ts.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { EXIT } from '../../src/errors.js';
import { BIN, testEnv } from '../helpers.js';

/** Runs `blog ARGS` through sh, so the test can redirect its stdout as a user would. */
function shell(args: string, redirect: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', `"${process.execPath}" "${BIN}" ${args} ${redirect}`], { env: testEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** Each command line through `shell`, a few at a time. */
async function shellEach(lines: readonly string[], redirect: string) {
  const results: { status: number | null; stderr: string }[] = [];
  for (let i = 0; i < lines.length; i += 4) results.push(...(await Promise.all(lines.slice(i, i + 4).map((args) => shell(args, redirect)))));
  return results;
}

const WRITERS = ['list', 'list --json', 'show 7 --no-pager', 'show 7 --json', 'show 7 --raw', 'search 카프카', 'search 카프카 --json',
  'category', 'category --json', 'category 개발', '--help', 'list --help', 'help', 'help show', '--version'];

test('e2e write errors: a full disk is exit 74 with one line, for every command and help and version', async () => {
  const results = await shellEach(WRITERS, '> /dev/full');
  WRITERS.forEach((args, i) => {
    assert.equal(results[i]!.stderr, 'blog: cannot write output: no space left on device\n', args);
    assert.equal(results[i]!.status, EXIT.IO, args);
  });
});

test('e2e write errors: a closed stdout (>&-) is exit 74 with one line, not a silent success', async () => {
  const results = await shellEach(WRITERS, '>&-');
  WRITERS.forEach((args, i) => {
    assert.equal(results[i]!.stderr, 'blog: cannot write output: stdout is closed\n', args);
    assert.equal(results[i]!.status, EXIT.IO, args);
  });
});

test('e2e write errors: output thrown away on purpose is no error', async () => {
  assert.deepEqual(await shell('list', '> /dev/null'), { status: 0, stderr: '' });
  assert.deepEqual(await shell('list', '>&- 2>/dev/null'), { status: 0, stderr: '' }, 'all output discarded: nobody to tell');
  assert.deepEqual(await shell('show 7 --no-pager', '| head -c 10 > /dev/null'), { status: 0, stderr: '' }, 'a reader that leaves is quiet');
  const ignored = spawnSync(process.execPath, [BIN, 'list'], { stdio: 'ignore' });
  assert.equal(ignored.status, 0, "spawn's stdio 'ignore'");
});

test('e2e write errors: a command that fails after a failed write keeps exit 74 and says both', async () => {
  const result = await shell('list --json --tag nope', '> /dev/full');
  assert.equal(result.status, EXIT.IO);
  assert.deepEqual(result.stderr.split('\n').sort(), ['', 'blog: cannot write output: no space left on device',
    'blog: no posts match tag "nope"; run \'blog list\' without filters to see every post']);
});
