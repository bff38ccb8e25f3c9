// Whatever a Markdown folder holds, its import never fails unexpectedly and never makes an index
// that does not validate: every file becomes a valid post or a skipped item with a reason.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { syncPosts } from '../../src/core/sync.js';
import { readFolder } from '../../src/sources/folder/index.js';
import { validateIndex } from '../../src/store/validate.js';

const KEYS = ['title', 'date', 'pubDate', 'lastmod', 'updatedDate', 'categories', 'category', 'tags', 'summary', 'description', 'slug', 'url', 'draft', 'published', 'taxonomies'];
const scalar = fc.oneof(
  fc.constantFrom('2024-05-08', '2024-05-08 10:00', '2024-02-30', 'Jul 08 2022', '[Spring] 트랜잭션', '스프링: 트랜잭션', '"따옴표"', "'", '[a, b', '{x: 1}',
    'true', 'false', '~', '123', '-', '/', '개발/', ' / ', 'https://ex.com/a', 'http://[bad', '|', '>', '#태그', '&a', '*a', '!!binary x', ''),
  fc.string({ maxLength: 12 }),
);
const yamlLine = fc.tuple(fc.constantFrom(...KEYS), scalar).map(([key, value]) => `${key}: ${value}`);
const tomlLine = fc.tuple(fc.constantFrom(...KEYS), scalar).map(([key, value]) => `${key} = ${value}`);
const file = fc.oneof(
  fc.array(yamlLine, { maxLength: 6 }).map((lines) => `---\n${lines.join('\n')}\n---\n`),
  fc.array(tomlLine, { maxLength: 6 }).map((lines) => `+++\n${lines.join('\n')}\n+++\n`),
  fc.string({ maxLength: 40 }),
).chain((head) => fc.string({ maxLength: 40 }).map((body) => `${head}${body} #태그`));

test('folder fuzz: any files give valid posts or reasons, and an index that validates (property)', async () => {
  await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('a', '가', '2024-01-01-b', 'index', '%ED%8A%B8', '---'), file), { minLength: 1, maxLength: 5 }), async (files) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'blog-fuzz-'));
    files.forEach(([name, text], i) => writeFileSync(path.join(dir, `${name}-${i}.md`), text));
    const result = await readFolder(dir, { timezone: 'Asia/Seoul' });
    assert.equal(result.posts.length + result.skipped.length, files.length);
    assert.ok(result.skipped.every((item) => item.reason.trim() !== '' && item.where !== ''));
    const synced = syncPosts({ posts: [], from: '.', kind: 'folder', now: '2026-01-01T00:00:00Z', prune: false,
      incoming: result.posts.map((post) => ({ ...post, file: path.relative(dir, post.file!) })) });
    const index = validateIndex(JSON.parse(JSON.stringify({ posts: synced.posts })), path.join(dir, 'posts.json'), () => 'Asia/Seoul');
    assert.equal(index.posts.length, result.posts.length);
  }), { numRuns: 40 });
});
