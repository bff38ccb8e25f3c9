// Plain dates in the index format: midnight in the configured time zone, the zone asked for only when one appears.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { validateIndex } from '../../src/store/validate.js';
import { runInProcess, validPost, writeBlog } from '../helpers.js';

test('plain dates: date and updated like 2024-05-08 are midnight in the zone', () => {
  const index = validateIndex({ posts: [validPost({ date: '2024-05-08', updated: '2024-06-01' })] }, '/blog/posts.json', () => 'Asia/Seoul');
  const [post] = index.posts;
  assert.equal(post!.date, '2024-05-08T00:00:00+09:00');
  assert.equal(post!.updated, '2024-06-01T00:00:00+09:00');
  assert.equal(post!.time, Date.parse('2024-05-07T15:00:00Z'));
  assert.equal(index.zoned, true);
});

test('plain dates: the time zone is not asked for when every date has an offset', () => {
  const index = validateIndex({ posts: [validPost()] }, '/blog/posts.json', () => assert.fail('the zone was asked for'));
  assert.equal(index.zoned, undefined);
});

test('plain dates: a date that is not on the calendar is refused', () => {
  assert.throws(() => validateIndex({ posts: [validPost({ date: '2024-02-30' })] }, '/blog/posts.json', () => 'UTC'), /"date" must be an ISO 8601 date/);
});

test('plain dates: blog reads them in the config file\'s timezone', async () => {
  const config = mkdtempSync(path.join(tmpdir(), 'blog-config-'));
  mkdirSync(path.join(config, 'blog'), { recursive: true });
  writeFileSync(path.join(config, 'blog', 'config.json'), '{"timezone": "America/New_York"}');
  const index = writeBlog({ posts: [validPost({ date: '2024-05-08' })] });
  const { stdout, status } = await runInProcess(['--data', index, 'show', '1', '--no-pager'], { XDG_CONFIG_HOME: config });
  assert.equal(status, 0);
  assert.match(stdout, /2024-05-08 00:00 -04:00/);
});
