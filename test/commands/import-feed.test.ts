// `blog import` of a feed, with the feed reader replaced (src/sources/feed reads real feeds): where
// its index and post files go, what a re-import keeps, 304s, and a write that fails half-way.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { importCommand } from '../../src/commands/import.js';
import { BlogError, EXIT } from '../../src/errors.js';
import { resolveSettings } from '../../src/settings/index.js';
import type { SourcePost, SourceResult } from '../../src/sources/types.js';
import { writeFileAtomic } from '../../src/store/atomic-write.js';
import { openBlog } from '../../src/store/blog.js';
import { readPostBody } from '../../src/store/body.js';
import { recordingOutput } from '../helpers.js';

const FEED = 'https://www.blog.example.com/rss';
const item = (n: number, overrides: Partial<SourcePost> = {}): SourcePost => ({
  key: `guid-${n}`, link: `https://blog.example.com/${n}`, title: `피드 글 ${n}`, date: `2024-05-0${n}T10:00:00+09:00`,
  category: '개발', tags: [], body: `본문 ${n}`, ...overrides,
});

function setUp() {
  const home = mkdtempSync(path.join(tmpdir(), 'blog-feed-'));
  const settings = resolveSettings({ flags: {}, env: { HOME: home, XDG_DATA_HOME: path.join(home, 'data'), XDG_CONFIG_HOME: path.join(home, 'config') },
    config: undefined, bundledIndex: path.join(home, 'bundled', 'posts.json') });
  const calls: unknown[] = [];
  let next: SourceResult = { posts: [], skipped: [], warnings: [] };
  const readFeed = async (source: string, options: unknown) => {
    calls.push([source, options]);
    return next;
  };
  const run = (result: SourceResult, extra: Parameters<typeof importCommand>[4] = {}) => {
    next = result;
    const out = recordingOutput();
    return importCommand(FEED, { json: true, timezone: 'Asia/Seoul' }, out, settings, { readFeed, ...extra }).then(() => out);
  };
  return { run, calls, index: path.join(home, 'data', 'blog', 'blog.example.com', 'posts.json') };
}

const first: SourceResult = {
  posts: [item(1), item(2, { body: '---\nnot: front matter\n---\n본문 2' })], skipped: [], warnings: [],
  blog: { title: '예제 블로그', url: 'https://blog.example.com' }, validators: { etag: '"v1"' },
};

test('import feed: the index goes under the data folder, each post\'s Markdown beside it in posts/<slug>.md', async () => {
  const { run, index } = setUp();
  await run(first);
  const written = JSON.parse(readFileSync(index, 'utf8')) as { blog: unknown; sources: unknown[]; posts: { slug: string; file: string; url: string }[] };
  assert.deepEqual(written.blog, { title: '예제 블로그', url: 'https://blog.example.com' });
  assert.deepEqual(written.sources, [{ kind: 'feed', location: FEED, etag: '"v1"', timezone: 'Asia/Seoul', importedAt: (written.sources[0] as { importedAt: string }).importedAt }]);
  for (const post of written.posts) assert.equal(post.file, `posts/${post.slug}.md`);
  assert.equal(readFileSync(path.join(path.dirname(index), written.posts[0]!.file), 'utf8'), '본문 1');
  const blog = await openBlog(index);
  const second = blog.posts().find((p) => p.title === '피드 글 2')!;
  assert.equal(await readPostBody(blog, second), '\n---\nnot: front matter\n---\n본문 2', 'a body that looks like front matter is kept whole');
});

test('import feed: a re-import sends the validators, keeps posts that left the feed, updates changed ones; a 304 changes nothing', async () => {
  const { run, calls, index } = setUp();
  await run(first);
  const out = await run({ posts: [item(2, { body: '고친 본문' }), item(3)], skipped: [], warnings: [], validators: { etag: '"v2"' } });
  assert.deepEqual((calls[1] as [string, { validators: unknown }])[1].validators, { etag: '"v1"' });
  const report = JSON.parse(out.text) as Record<string, { id: number }[]>;
  assert.deepEqual([report.added!.map((c) => c.id), report.updated!.map((c) => c.id), report.kept!.map((c) => c.id)], [[3], [2], [1]]);
  const posts = (JSON.parse(readFileSync(index, 'utf8')) as { posts: { id: number; file: string }[] }).posts;
  assert.equal(readFileSync(path.join(path.dirname(index), posts.find((p) => p.id === 2)!.file), 'utf8'), '고친 본문');
  const before = readFileSync(index);
  const notModified = await run({ posts: [], skipped: [], warnings: [], notModified: true });
  assert.equal((JSON.parse(notModified.text) as { unchanged: unknown[] }).unchanged.length, 3);
  assert.ok(readFileSync(index).equals(before), 'a 304 rewrites nothing');
});

test('import feed: a write that fails after the post files leaves the old index byte for byte, naming files that exist', async () => {
  const { run, index } = setUp();
  await run(first);
  const before = readFileSync(index);
  const failing = (file: string, data: string | Uint8Array) => {
    if (file === index) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    writeFileAtomic(file, data);
  };
  const error = await run({ posts: [item(1, { body: '새 본문' }), item(2), item(4)], skipped: [], warnings: [] }, { write: failing }).catch((e: unknown) => e);
  assert.ok(error instanceof BlogError && error.exitCode === EXIT.IO, String(error));
  assert.ok(readFileSync(index).equals(before));
  const old = JSON.parse(before.toString('utf8')) as { posts: { file: string }[] };
  assert.ok(old.posts.every((post) => existsSync(path.join(path.dirname(index), post.file))));
});
