// What a start does not load: its own process (node:test runs each file in one), so that no other
// test has loaded these modules first.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openRenderCache, renderFormat } from '../../src/store/render-cache.js';
import { runInProcess, validPost, writeBlog } from '../helpers.js';

const loaded = (part: string) => Object.keys(require.cache).some((file) => file.split(path.sep).join('/').includes(part));
const MARKDOWN = ['/src/render/markdown/render.ts', '/node_modules/marked/'];
const VALIBOT = ['/src/core/schema.ts', '/node_modules/valibot/'];

test('show: a post whose rendering is cached loads neither the Markdown renderer nor valibot (the index is valid)', async () => {
  const body = '# 제목\n\n본문 **굵게**\n';
  const blog = writeBlog({ posts: [validPost({ id: 1, slug: 'one', body })] });
  const cache = path.join(mkdtempSync(path.join(tmpdir(), 'blog-lazy-')), 'blog');
  openRenderCache(cache, { width: 80, level: 0, hyperlinks: false, format: renderFormat() })!.put(body, { text: 'CACHED BODY', minutes: 1 });
  const run = await runInProcess(['--data', blog, 'show', '1', '--no-pager'], { BLOG_CACHE_DIR: cache });
  assert.equal(run.status, 0);
  assert.match(run.stdout, /CACHED BODY/);
  for (const part of [...MARKDOWN, ...VALIBOT]) assert.equal(loaded(part), false, part);

  // The same run for an index the plain check does not pass: valibot words the error.
  const invalid = writeBlog({ posts: [validPost({ id: 1, slug: 'one', body, date: 'yesterday' })] });
  const failed = await runInProcess(['--data', invalid, 'show', '1', '--no-pager'], { BLOG_CACHE_DIR: cache });
  assert.equal(failed.status, 2);
  assert.match(failed.stderr, /"date" must be an ISO 8601 date/);
  assert.equal(loaded(VALIBOT[0]!), true);
});
