// A post's web address, update date and excerpt mark: shown by `show`, given by every --json, kept
// by the index cache; the blog's title and address in `list`'s footer.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { generatePosts } from '../../bench/generate.mjs';
import { cacheFileFor } from '../../src/store/cache.js';
import { displayWidth } from '../../src/render/text/width.js';
import { runInProcess, validPost, writeBlog } from '../helpers.js';
import { existsSync } from 'node:fs';

const URL_7 = 'https://dev.example.com/2024/08/카프카-urp';
const blog = writeBlog({
  blog: { title: '개발 블로그', url: 'https://dev.example.com/' },
  posts: [
    validPost({ id: 7, slug: 'kafka', title: '카프카 - URP', date: '2024-08-30T17:52:00+09:00', url: URL_7, updated: '2024-09-01T10:00:00+09:00', excerptOnly: true }),
    validPost({ id: 8, slug: 'plain', title: '그냥 글', date: '2024-09-05T22:30:00+09:00' }),
    validPost({ id: 9, slug: 'evil', title: '나쁜 주소', date: '2024-07-01T09:00:00+09:00', url: 'https://evil.example/\u001b]8;;https://elsewhere\u0007x' }),
  ],
});
const run = (args: string[], env: Record<string, string | undefined> = {}) => runInProcess(['--data', blog, ...args], env);

test('show: the header gives the post\'s address (decoded for reading) and when it was updated', async () => {
  const { stdout, status } = await run(['show', '7', '--no-pager']);
  assert.equal(status, 0);
  const [title, meta, address, rule] = stdout.split('\n');
  assert.equal(title, '카프카 - URP');
  assert.equal(meta, '2024-08-30 17:52 +09:00 · updated 2024-09-01 10:00 +09:00 · 일상 · 1 min read');
  assert.equal(address, URL_7);
  assert.match(rule!, /^─+$/);
  const plain = await run(['show', '8', '--no-pager']);
  assert.doesNotMatch(plain.stdout, /updated|https:/);
});

test('show: with hyperlinks on, the address is an OSC 8 link to the percent-encoded URL', async () => {
  const { stdout } = await run(['show', '7', '--no-pager'], { FORCE_HYPERLINK: '1' });
  const href = new URL(URL_7).href;
  assert.ok(stdout.split('\n')[2] === `\x1b]8;;${href}\x07${URL_7}\x1b]8;;\x07`, JSON.stringify(stdout.split('\n')[2]));
});

test('show: an address with escape sequences in it never reaches the terminal, nor is it linked', async () => {
  for (const env of [{}, { FORCE_HYPERLINK: '1' }]) {
    const { stdout } = await run(['show', '9', '--no-pager'], env);
    assert.doesNotMatch(stdout, /\x1b\]8;;https:\/\/(evil|elsewhere)/);
    assert.doesNotMatch(stdout.split('\n').slice(0, 4).join('\n'), /[\x00-\x08\x0b-\x1f]/);
  }
});

test('show: an excerpt-only post says so after the body and points to blog open', async () => {
  const { stdout } = await run(['show', '7', '--no-pager']);
  const lines = stdout.split('\n');
  const at = lines.indexOf('This is an excerpt; read the whole post with: blog open 7');
  assert.ok(at > 3, stdout);
  assert.match(lines[at + 2]!, /^─+$/, 'before the footer');
  assert.doesNotMatch((await run(['show', '8', '--no-pager'])).stdout, /excerpt/);
});

test('--json: show, list, search and category give url, updated and excerptOnly when the post has them', async () => {
  const expected = { url: URL_7, updated: '2024-09-01T10:00:00+09:00', excerptOnly: true };
  const pick = (post: Record<string, unknown>) => ({ url: post.url, updated: post.updated, excerptOnly: post.excerptOnly });
  const byId = (text: string) => new Map((JSON.parse(text) as { id: number }[]).map((post) => [post.id, post as Record<string, unknown>]));
  assert.deepEqual(pick(JSON.parse((await run(['show', '7', '--json'])).stdout)), expected);
  for (const args of [['list', '--json'], ['search', '카프카', '--json'], ['category', '일상', '--json']]) {
    const posts = byId((await run(args)).stdout);
    assert.deepEqual(pick(posts.get(7)!), expected, args.join(' '));
    if (posts.has(8)) assert.deepEqual(Object.keys(posts.get(8)!).filter((key) => key in expected), [], 'absent when the post has none');
  }
});

test('list: the footer names the blog and its address; cut to the width, never the address itself', async () => {
  assert.match((await run(['list'], { COLUMNS: undefined })).stdout, /\n3 posts · 개발 블로그 · https:\/\/dev\.example\.com\/\n$/);
  const long = writeBlog({ blog: { title: '아주 긴 블로그 이름을 가진 개발자의 기술 블로그', url: 'https://dev.example.com/' }, posts: [validPost()] });
  for (const columns of [80, 50, 40, 24]) {
    const { stdout } = await runInProcess(['--data', long, 'list'], { COLUMNS: String(columns) });
    const footer = stdout.trimEnd().split('\n').at(-1)!;
    assert.ok(displayWidth(footer) <= columns, `${columns}: ${footer}`);
    assert.match(footer, /^1 post · /);
    if (footer.includes('https')) assert.match(footer, / · https:\/\/dev\.example\.com\/$/);
  }
  assert.match((await runInProcess(['--data', long, 'list'], { COLUMNS: '50' })).stdout, /1 post · 아주 긴 .*… · https:\/\/dev\.example\.com\/\n$/);
  assert.match((await run(['category', '일상'])).stdout, /\n3 posts\n$/, 'category PATH lists a part of the blog: no blog name');
});

test('cache: a blog over the cache threshold keeps url, updated and excerptOnly, and the blog\'s title and address', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-web-cache-'));
  const index = path.join(dir, 'posts.json');
  const posts = generatePosts(5_000).map((post, i) => (i % 3 === 0
    ? { ...post, url: `https://big.example.com/${post.slug}/카프카`, updated: post.date, ...(i % 2 === 0 && { excerptOnly: true }) }
    : post));
  writeFileSync(index, JSON.stringify({ blog: { title: '큰 블로그', url: 'https://big.example.com/' }, posts }));
  const cacheDir = path.join(dir, 'cache');
  const commands = [['show', '1', '--json'], ['show', '1', '--no-pager'], ['show', '4', '--json'], ['list', '-n', '30', '--json'], ['list', '-n', '5'],
    ['search', '카프카', '-n', '50', '--json'], ['category', '개발', '-n', '40', '--json'], ['open', '1', '--print'], ['open', '2']];
  const plain = [];
  for (const args of commands) plain.push(await runInProcess(['--data', index, ...args], { BLOG_NO_CACHE: '1', FORCE_HYPERLINK: '1', COLUMNS: undefined }));
  assert.match(plain[0]!.stdout, /"url": "https:\/\/big\.example\.com\/post-1\/카프카"/);
  assert.match(plain[4]!.stdout, /1–5 of 5000 posts .* · 큰 블로그 · https:\/\/big\.example\.com\/\n$/);
  assert.equal((await runInProcess(['--data', index, 'list', '-n', '1'], { BLOG_CACHE_DIR: cacheDir })).status, 0);
  assert.ok(existsSync(cacheFileFor(index, cacheDir)), 'the cache was written');
  for (const [i, args] of commands.entries()) {
    const cached = await runInProcess(['--data', index, ...args], { BLOG_CACHE_DIR: cacheDir, FORCE_HYPERLINK: '1', COLUMNS: undefined });
    assert.deepEqual([cached.status, cached.stdout, cached.stderr], [plain[i]!.status, plain[i]!.stdout, plain[i]!.stderr], args.join(' '));
  }
});
