import assert from 'node:assert/strict';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { isIsoDateWithOffset } from '../../src/core/schema.js';
import { BlogError, EXIT } from '../../src/errors.js';
import { readPostBody } from '../../src/store/body.js';
import { BodyFileError, IndexError } from '../../src/store/errors.js';
import { loadIndex } from '../../src/store/load.js';
import { nfc, validateIndex } from '../../src/store/validate.js';
import { indexOf, validPost, writeBlog } from '../helpers.js';

async function loadError(index: unknown, files: Record<string, string> = {}): Promise<BlogError> {
  const file = writeBlog(index, files);
  const error = await loadIndex(file).then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof BlogError, `expected a BlogError, got ${String(error)}`);
  assert.equal(error.exitCode, EXIT.USAGE);
  return error;
}

test('loader: a valid index loads with NFC text, default tags and epoch time', async () => {
  const nfd = '카프카'.normalize('NFD');
  const file = writeBlog(indexOf([validPost({ title: `${nfd} 입문`, category: ' 개발 / 기술 ' })]));
  const index = await loadIndex(file);
  const [post] = index.posts;
  assert.equal(post?.title, '카프카 입문');
  assert.equal(post?.category, '개발/기술');
  assert.deepEqual(post?.tags, []);
  assert.equal(post?.time, Date.parse('2024-01-02T03:04:05+09:00'));
  assert.equal(index.root, path.dirname(file));
});

test('loader: a missing index names the path and how to point at another', async () => {
  const missing = path.join(tmpdir(), 'no-such-dir-blog', 'posts.json');
  const error = await loadIndex(missing).catch((e: unknown) => e as BlogError);
  assert.ok(error instanceof BlogError);
  assert.match(error.message, /index file not found: .*no-such-dir-blog\/posts\.json/);
  assert.match(error.hint ?? '', /--data/);
});

test('loader: invalid JSON reports line and column', async () => {
  const error = await loadError('{\n  "posts": [\n    { "id": 1, }\n  ]\n}');
  assert.match(error.message, /not valid JSON at line 3, column 16: expected a property name/);
});

test('loader: a trailing comma in an array is located too (V8 gives no position for it)', async () => {
  const error = await loadError('{"posts": [1,,]}');
  assert.match(error.message, /line 1, column 14: expected a value/);
});

test('loader: empty file is invalid JSON at line 1', async () => {
  const error = await loadError('');
  assert.match(error.message, /not valid JSON at line 1, column 1/);
});

test('loader: a missing field names the post by id and the field', async () => {
  const post = validPost({ id: 7 }) as Record<string, unknown>;
  delete post.title;
  const error = await loadError(indexOf([validPost(), post]));
  assert.match(error.message, /post id 7 \(posts\[1\]\): missing required field "title"/);
});

test('loader: a post without a usable id is named by its position', async () => {
  const error = await loadError(indexOf([validPost({ id: 'seven' })]));
  assert.match(error.message, /posts\[0\]: "id" must be a number, got "seven"/);
});

test('loader: a date without an offset is rejected with an example of the format', async () => {
  const error = await loadError(indexOf([validPost({ date: '2024-09-05 22:30' })]));
  assert.match(error.message, /post id 1 \(posts\[0\]\): "date" must be an ISO 8601 date with a UTC offset, like 2024-09-05T22:30:00\+09:00/);
});

test('loader: impossible calendar dates are rejected', () => {
  assert.equal(isIsoDateWithOffset('2024-02-30T10:00:00+09:00'), false);
  assert.equal(isIsoDateWithOffset('2023-02-29T10:00:00Z'), false);
  assert.equal(isIsoDateWithOffset('2024-02-29T10:00:00Z'), true);
  assert.equal(isIsoDateWithOffset('2024-09-05T22:30+09:00'), true);
  assert.equal(isIsoDateWithOffset('2024-09-05T24:30:00+09:00'), false);
});

test('loader: duplicate ids and slugs are reported with both positions', async () => {
  const ids = await loadError(indexOf([validPost(), validPost({ slug: 'other' })]));
  assert.match(ids.message, /duplicate id 1 in posts\[0\] and posts\[1\]/);
  const slugs = await loadError(indexOf([validPost(), validPost({ id: 2 })]));
  assert.match(slugs.message, /duplicate slug "hello" in posts\[0\] and posts\[1\]/);
});

test('loader: slug, category and exactly-one-of file/body are enforced', async () => {
  assert.match((await loadError(indexOf([validPost({ slug: 'Hello World' })]))).message, /"slug" may contain only a-z, 0-9 and "-"/);
  assert.match((await loadError(indexOf([validPost({ category: '개발//기술' })]))).message, /"category" must be a "\/"-separated path/);
  assert.match((await loadError(indexOf([validPost({ file: 'a.md' })]))).message, /exactly one of "file"/);
  const neither = validPost() as Record<string, unknown>;
  delete neither.body;
  assert.match((await loadError(indexOf([neither]))).message, /exactly one of "file"/);
});

test('loader: url, updated and excerptOnly are optional post fields with their own rules', async () => {
  const file = writeBlog(indexOf([validPost({ url: 'https://blog.example/7', updated: '2024-02-01T00:00:00+09:00', excerptOnly: true })]));
  const [post] = (await loadIndex(file)).posts;
  assert.equal(post?.url, 'https://blog.example/7');
  assert.equal(post?.updated, '2024-02-01T00:00:00+09:00');
  assert.equal(post?.excerptOnly, true);
  assert.match((await loadError(indexOf([validPost({ url: 'javascript:alert(1)' })]))).message, /"url" must be an http:\/\/ or https:\/\/ address/);
  assert.match((await loadError(indexOf([validPost({ url: 'https://' })]))).message, /"url" must be an http/);
  assert.match((await loadError(indexOf([validPost({ updated: 'yesterday' })]))).message, /"updated" must be an ISO 8601 date/);
  assert.match((await loadError(indexOf([validPost({ excerptOnly: 'yes' })]))).message, /"excerptOnly" must be true or false/);
});

test('loader: a body file outside the blog folder is refused at load', async () => {
  for (const file of ['../secret.md', '/etc/passwd', 'posts/../../x.md']) {
    const post = validPost({ file }) as Record<string, unknown>;
    delete post.body;
    const error = await loadError(indexOf([post]));
    assert.match(error.message, /"file" .* points outside the blog folder/, file);
  }
});

test('loader: the whole index must be an object with posts', async () => {
  assert.match((await loadError([])).message, /top level: the index must be a JSON object/);
  assert.match((await loadError({})).message, /top level: missing required field "posts"/);
});

test('body: a file body is read; a missing file names the post and the path', async () => {
  const post = { ...validPost({ file: 'posts/a.md' }) } as Record<string, unknown>;
  delete post.body;
  const file = writeBlog(indexOf([post]), { 'posts/a.md': '\uFEFF# 안녕\n' });
  const index = await loadIndex(file);
  assert.equal(await readPostBody(index, index.posts[0]!), '# 안녕\n');
  const gone = await loadIndex(writeBlog(indexOf([post])));
  await assert.rejects(readPostBody(gone, gone.posts[0]!), /post 1 \(hello\): body file not found: .*posts\/a\.md/);
});

test('body: a symlink that leads out of the blog folder is refused', async () => {
  const outside = mkdtempSync(path.join(tmpdir(), 'blog-outside-'));
  writeFileSync(path.join(outside, 'secret.md'), 'secret');
  const post = { ...validPost({ file: 'posts/link.md' }) } as Record<string, unknown>;
  delete post.body;
  const file = writeBlog(indexOf([post]), { 'posts/keep.md': 'x' });
  symlinkSync(path.join(outside, 'secret.md'), path.join(path.dirname(file), 'posts', 'link.md'));
  const index = await loadIndex(file);
  await assert.rejects(readPostBody(index, index.posts[0]!), /leads outside the blog folder/);
});

test('property: validating any JSON value either succeeds or throws a BlogError, never anything else', () => {
  fc.assert(fc.property(fc.jsonValue(), (value) => {
    try {
      validateIndex(value, '/tmp/blog/posts.json');
    } catch (error) {
      assert.ok(error instanceof BlogError);
      assert.equal(error.exitCode, EXIT.USAGE);
      assert.doesNotMatch(error.message, /\n/);
    }
  }), { numRuns: 500 });
});

test('property: posts with arbitrary field values never crash validation', () => {
  const anyField = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()), fc.boolean());
  const post = fc.record({
    id: fc.oneof(fc.integer({ min: -5, max: 50 }), anyField),
    slug: fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,8}$/), anyField),
    title: anyField, category: anyField, date: anyField, tags: anyField, summary: anyField,
    file: fc.oneof(fc.constant(undefined), fc.string()), body: fc.oneof(fc.constant(undefined), fc.string()),
  }, { requiredKeys: ['id', 'slug', 'title'] });
  fc.assert(fc.property(fc.array(post, { maxLength: 5 }), (posts) => {
    try {
      const index = validateIndex({ posts }, '/tmp/blog/posts.json');
      for (const p of index.posts) assert.ok(p.file === undefined || !p.file.startsWith('/'));
    } catch (error) {
      assert.ok(error instanceof BlogError, String(error));
    }
  }), { numRuns: 500 });
});

test('property: any text as the index file gives a BlogError or a valid index', async () => {
  await fc.assert(fc.asyncProperty(fc.string(), async (text) => {
    const file = writeBlog(text);
    await loadIndex(file).catch((error: unknown) => assert.ok(error instanceof BlogError, String(error)));
  }), { numRuns: 100 });
});

test('errors: each index and body problem is an IndexError or BodyFileError of its own kind, exit 2', async () => {
  const kindOf = async (attempt: Promise<unknown>) => {
    const error = await attempt.then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof IndexError || error instanceof BodyFileError, String(error));
    assert.equal(error.exitCode, EXIT.USAGE);
    return error instanceof IndexError ? `index ${error.kind}` : `body ${error.kind} of post ${error.postId}`;
  };
  const folder = mkdtempSync(path.join(tmpdir(), 'blog-kinds-'));
  assert.equal(await kindOf(loadIndex(path.join(folder, 'none.json'))), 'index not-found');
  assert.equal(await kindOf(loadIndex(folder)), 'index folder');
  assert.equal(await kindOf(loadIndex(writeBlog('{"posts": [}'))), 'index json-syntax');
  assert.equal(await kindOf(loadIndex(writeBlog(indexOf([validPost({ id: 0 })])))), 'index invalid');
  const onFile = (file: string) => {
    const post = { ...validPost({ id: 3, file }) } as Record<string, unknown>;
    delete post.body;
    return indexOf([post]);
  };
  const missing = await loadIndex(writeBlog(onFile('posts/gone.md')));
  assert.equal(await kindOf(readPostBody(missing, missing.posts[0]!)), 'body not-found of post 3');
  const outside = mkdtempSync(path.join(tmpdir(), 'blog-kinds-outside-'));
  writeFileSync(path.join(outside, 'secret.md'), 'secret');
  const linked = writeBlog(onFile('posts/link.md'), { 'posts/keep.md': 'x' });
  symlinkSync(path.join(outside, 'secret.md'), path.join(path.dirname(linked), 'posts', 'link.md'));
  const index = await loadIndex(linked);
  assert.equal(await kindOf(readPostBody(index, index.posts[0]!)), 'body outside of post 3');
});

test('index: the NFC fast path gives exactly what normalize gives, for text that mixes Hangul, jamo, combining marks and Latin', () => {
  const pick = (from: number, to: number) => fc.integer({ min: from, max: to }).map((code) => String.fromCharCode(code));
  const piece = fc.oneof(
    pick(0x20, 0x7e), pick(0xa0, 0x2ff), pick(0x300, 0x36f), pick(0xac00, 0xd7a3), pick(0x1100, 0x11ff), pick(0x3131, 0x318e),
    pick(0x2000, 0x206f), fc.constantFrom('e\u0301', '\u1100\u1161\u11a8', '가\u11a8', '\u212b', '\u0344', '\ud83d\ude00'),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')), (text) => {
    assert.equal(nfc(text), text.normalize('NFC'));
  }), { numRuns: 3000 });
});

/** The check as it was written first, with Date doing the calendar: the oracle for the arithmetic one. */
function isIsoDateWithOffsetByDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second = '0', offH = '0', offM = '0'] = m.slice(1).map((s) => s ?? '0');
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= daysInMonth &&
    Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 && Number(offH) <= 23 && Number(offM) <= 59;
}

test('index: dates are checked by arithmetic exactly as Date checks them: every month, leap years, years 0-99, bad hours and offsets', () => {
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
  const date = fc.tuple(fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1900, 2000, 2100, 2024, 2023)),
    two(14), two(32), two(25), two(61), fc.option(two(61)), fc.constantFrom('Z', '+09:00', '-23:59', '+24:00', '+05:60', '+00:00'))
    .map(([y, mo, d, h, mi, s, off]) => `${String(y).padStart(4, '0')}-${mo}-${d}T${h}:${mi}${s === null ? '' : `:${s}`}${off}`);
  fc.assert(fc.property(fc.oneof(date, fc.string()), (value) => {
    assert.equal(isIsoDateWithOffset(value), isIsoDateWithOffsetByDate(value), value);
  }), { numRuns: 20000 });
});
