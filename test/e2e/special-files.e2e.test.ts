// The real binary never hangs on a FIFO with no writer, nor reads /dev/zero until memory runs
// out: exit 2 with one line, at once (runBlog kills it after 20 s, which fails the test). The
// messages are tested in-process, in special-files.test.ts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { EXIT } from '../../src/errors.js';
import { runBlog, validPost, writeBlog } from '../helpers.js';

test('special files: the real binary ends at once on a FIFO with no writer, as the index and as a body file, and on /dev/zero', () => {
  const folder = path.dirname(writeBlog({ posts: [validPost({ body: undefined, file: 'pipe.md' })] }));
  for (const name of ['pipe.json', 'pipe.md']) assert.equal(spawnSync('mkfifo', [path.join(folder, name)]).status, 0);
  const cases: [string[], RegExp][] = [
    [['--data', path.join(folder, 'pipe.json'), 'list'], /^blog: index .*pipe\.json is not a regular file but a FIFO \(named pipe\);/],
    [['--data', path.join(folder, 'posts.json'), 'show', '1'], /^blog: post 1 \(hello\): body file .*pipe\.md is not a regular file but a FIFO/],
    [['--data', '/dev/zero', 'search', '카프카'], /^blog: index \/dev\/zero is not a regular file but a character device;/],
  ];
  for (const [args, line] of cases) {
    const result = runBlog(args);
    assert.equal(result.status, EXIT.USAGE, args.join(' '));
    assert.match(result.stderr, line);
    assert.equal(result.stderr.split('\n').length, 2);
  }
});
