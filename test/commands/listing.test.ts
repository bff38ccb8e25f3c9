// `list` and `category PATH` in-process: pages, orders, piped output, and large (cached) blogs
// answered without parsing every post.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { generatePosts } from '../../bench/generate.mjs';
import { categoryCommand } from '../../src/commands/category.js';
import { listCommand } from '../../src/commands/list.js';
import { showCommand } from '../../src/commands/show.js';
import { blogOf, type Blog } from '../../src/core/blog.js';
import { BlogError } from '../../src/errors.js';
import { openBlog } from '../../src/store/blog.js';
import { loadIndex } from '../../src/store/load.js';
import { asUserError, makePost, recordingOutput } from '../helpers.js';

const longTitle = (n: number) => `${n}번째 ${'아주 길고 자세한 제목 '.repeat(6)}Kafka partition rebalancing notes`;
const blog = blogOf({
  posts: Array.from({ length: 12 }, (_, i) => makePost({
    id: i + 1,
    slug: `p-${i + 1}`,
    title: i % 3 === 0 ? longTitle(i + 1) : `글 ${String.fromCharCode(0xac00 + 11 * (12 - i))} ${i + 1}`,
    category: i % 2 === 0 ? '개발/기술' : i % 5 === 0 ? '일상' : '개발',
    date: `2024-01-${String(i + 1).padStart(2, '0')}T09:00:00+09:00`,
  })),
  file: '/blog/posts.json',
  root: '/blog',
});
const ids = (text: string) => text.split('\n').map((l) => /^\s*(\d+)  \d{4}-/.exec(l)?.[1]).filter(Boolean).map(Number);

async function usageErrorOf(run: () => Promise<void>): Promise<BlogError> {
  const error = asUserError(await run().then(() => undefined, (e: unknown) => e));
  assert.ok(error instanceof BlogError, String(error));
  return error;
}

test('list piped (no width): every title is printed whole, however long', async () => {
  const out = recordingOutput('piped');
  await listCommand(blog, {}, out);
  for (const post of blog.posts()) assert.ok(out.text.includes(post.title), post.title);
  const narrow = recordingOutput(80);
  await listCommand(blog, {}, narrow);
  assert.ok(!narrow.text.includes(longTitle(1)), 'at 80 columns long titles are cut');
});

test('category PATH: --limit and --page cut pages, with the same footer as list', async () => {
  const out = recordingOutput();
  await categoryCommand(blog, '개발', { limit: 4, page: 2 }, out);
  assert.deepEqual(ids(out.text), [8, 7, 5, 4]);
  assert.match(out.text, /^5–8 of 11 posts · page 2 of 3 · next: --page 3$/m);
  const list = recordingOutput();
  await listCommand(blog, { category: '개발', limit: 4, page: 2 }, list);
  assert.equal(out.text, list.text);
});

test('category PATH: --sort title and --reverse order as in list; subcategories count', async () => {
  const out = recordingOutput('piped');
  await categoryCommand(blog, '기술', { sort: 'title' }, out);
  const byTitle = ids(out.text);
  assert.deepEqual([...byTitle].sort((a, b) => a - b), [1, 3, 5, 7, 9, 11]);
  const titles = byTitle.map((id) => blog.postAt(blog.positionOfId(id)!).title);
  assert.deepEqual(titles, [...titles].sort(new Intl.Collator('ko', { sensitivity: 'base', numeric: true }).compare));
  const reversed = recordingOutput('piped');
  await categoryCommand(blog, '기술', { sort: 'title', reverse: true }, reversed);
  assert.deepEqual(ids(reversed.text), [...byTitle].reverse());
  const oldest = recordingOutput();
  await categoryCommand(blog, '개발/기술', { reverse: true, limit: 2 }, oldest);
  assert.deepEqual(ids(oldest.text), [1, 3]);
});

test('category PATH: --json prints the page as list --json does', async () => {
  const out = recordingOutput();
  await categoryCommand(blog, '개발', { json: true, limit: 2 }, out);
  const posts = JSON.parse(out.text) as { id: number }[];
  assert.deepEqual(posts.map((p) => p.id), [12, 11]);
  assert.deepEqual(Object.keys(posts[0]!), ['id', 'slug', 'title', 'category', 'date', 'tags', 'summary']);
});

test('category PATH: a page past the last is not found (exit 1), with [] for --json', async () => {
  const out = recordingOutput();
  const error = await usageErrorOf(() => categoryCommand(blog, '기술', { json: true, limit: 5, page: 3 }, out));
  assert.equal(error.exitCode, 1);
  assert.match(error.message, /page 3 is past the last page; there are 2 pages/);
  assert.deepEqual(JSON.parse(out.text), []);
});

test('category without a path: paging and order options are a usage error (exit 2)', async () => {
  for (const options of [{ limit: 3 }, { page: 2 }, { sort: 'title' as const }, { reverse: true }]) {
    const error = await usageErrorOf(() => categoryCommand(blog, undefined, options, recordingOutput()));
    assert.equal(error.exitCode, 2, JSON.stringify(options));
    assert.match(error.message, /applies to the posts of a category/);
  }
});

// A blog large enough to go through the index cache.
const dir = mkdtempSync(path.join(tmpdir(), 'blog-listing-'));
const index = path.join(dir, 'posts.json');
const cache = { cacheDir: path.join(dir, 'cache') };
let cached: Blog;
let plain: Blog;

let first: Blog;

before(async () => {
  writeFileSync(index, JSON.stringify({ posts: generatePosts(5_000) }));
  first = await openBlog(index, cache); // writes the cache
  cached = await openBlog(index, cache);
  plain = blogOf(await loadIndex(index));
});

/** The cached blog, failing if anything parses every post, and counting the posts it parses. */
function guarded(): { blog: Blog; parsed: () => number } {
  assert.equal(cached.origin, 'cache', 'the blog under test comes from the cache');
  let parsed = 0;
  const blog: Blog = {
    ...cached,
    posts: () => assert.fail('parsed every post'),
    postAt: (position) => (parsed++, cached.postAt(position)),
    postsAt: (positions) => ((parsed += positions.length), cached.postsAt(positions)),
  };
  return { blog, parsed: () => parsed };
}

test('cache: a large blog is read from its index once, then through the cache', () => {
  assert.equal(first.origin, 'index');
  assert.equal(cached.origin, 'cache');
  assert.equal(cached.count, 5_000);
});

test('cache: show by id or slug reads the post and its two neighbours only, and answers as without the cache', async () => {
  for (const reference of ['4242', 'post-77', 'POST-5000', '1']) {
    const { blog: large, parsed } = guarded();
    const out = recordingOutput();
    await showCommand(large, reference, { pager: false }, out);
    assert.ok(parsed() <= 3, `${reference}: parsed ${parsed()} posts`);
    const expected = recordingOutput();
    await showCommand(plain, reference, { pager: false }, expected);
    assert.equal(out.text, expected.text, reference);
    assert.match(out.text, /^(previous|next): /m);
  }
});

test('cache: a full listing and a category parse no post, and print what the uncached blog prints', async () => {
  for (const [run, what] of [
    [(b: Blog, o: ReturnType<typeof recordingOutput>) => listCommand(b, {}, o), 'list'],
    [(b: Blog, o: ReturnType<typeof recordingOutput>) => categoryCommand(b, '개발', {}, o), 'category 개발'],
    [(b: Blog, o: ReturnType<typeof recordingOutput>) => listCommand(b, { tag: 'KAFKA', year: 2020, sort: 'title', limit: 10, page: 2 }, o), 'list --tag --year --sort'],
  ] as const) {
    for (const width of ['piped', 80, 33] as const) {
      const { blog: large, parsed } = guarded();
      const out = recordingOutput(width);
      await run(large, out);
      assert.equal(parsed(), 0, what);
      const expected = recordingOutput(width);
      await run(plain, expected);
      assert.equal(out.text, expected.text, `${what} at ${width}`);
    }
  }
});

test('cache: every id and slug is found at the same position as in memory; unknown ones are not', () => {
  assert.equal(cached.origin, 'cache');
  for (let position = 0; position < plain.count; position++) {
    const post = plain.postAt(position);
    assert.equal(cached.positionOfId(post.id), position);
    assert.equal(cached.positionOfSlug(post.slug), position);
  }
  for (const id of [0, -1, 5_001, 1e21, 2.5]) assert.equal(cached.positionOfId(id), undefined, String(id));
  for (const slug of ['', 'post-', 'post-0', 'post-50000', 'zzz', 'POST-1']) assert.equal(cached.positionOfSlug(slug), undefined, slug);
});
