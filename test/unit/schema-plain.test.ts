import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as v from 'valibot';
import { IndexSchema } from '../../src/core/schema.js';
import { plainIndex } from '../../src/core/schema-plain.js';
import { generatePosts } from '../../bench/generate.mjs';

/** The plain check may say "don't know" (undefined); when it answers, it is valibot's answer, key order included. */
function assertAgrees(data: unknown): 'plain' | 'valibot' {
  const plain = plainIndex(data);
  const result = v.safeParse(IndexSchema, data);
  if (plain === undefined) return 'valibot';
  assert.ok(result.success, `plain check passed an index valibot rejects: ${JSON.stringify(data).slice(0, 300)}`);
  assert.deepStrictEqual(plain, result.output);
  assert.equal(JSON.stringify(plain), JSON.stringify(result.output));
  return 'plain';
}

const text = fc.oneof(fc.string(), fc.constantFrom('', ' ', '카프카', '개발/기술', ' 개발 / 기술 ', '개발//기술', 'a/b/c', 'x'.repeat(3)));
const anyValue = fc.oneof(text, fc.integer({ min: -3, max: 10 }), fc.double(), fc.constant(null), fc.constant(undefined),
  fc.boolean(), fc.array(fc.oneof(text, fc.integer())), fc.dictionary(fc.string(), text), fc.array(text));
const field = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 15, arbitrary: good }, { weight: 1, arbitrary: anyValue });
/** Mostly one of `good`, sometimes one of `bad`: a value of the right type that breaks the field's rule. */
const rarelyWrong = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown> = anyValue) =>
  fc.oneof({ weight: 30, arbitrary: good }, { weight: 1, arbitrary: bad }, { weight: 1, arbitrary: anyValue });
const mostly = (good: readonly string[], bad: readonly string[]) => rarelyWrong(fc.constantFrom(...good), fc.constantFrom(...bad));

const post = fc.record({
  id: field(fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constantFrom(0, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER))),
  slug: field(fc.oneof({ weight: 5, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,8}$/) }, { weight: 1, arbitrary: fc.constantFrom('A', 'a b', '') })),
  title: field(text),
  category: field(fc.oneof(text, fc.integer({ min: 31, max: 34 }).map((n) => Array.from({ length: n }, () => '가').join('/')))),
  date: field(fc.constantFrom('2024-08-30T10:00:00+09:00', '2024-02-30T10:00:00Z', '2024-08-30', '2023-12-31T23:59:59.5-05:00', '2024-08-30T24:00:00Z')),
  tags: field(fc.array(text, { maxLength: 3 })),
  summary: field(text),
  url: mostly(['https://blog.example/7', 'http://x.kr/카프카'], ['ftp://x', 'https://', 'javascript:alert(1)']),
  updated: mostly(['2024-08-30T10:00:00+09:00', '2024-08-30'], ['2024-13-01', 'yesterday']),
  excerptOnly: rarelyWrong(fc.boolean()),
  file: field(text),
  body: field(text),
  source: rarelyWrong(fc.record({ from: mostly(['.', 'https://x.kr/rss'], ['', ' ']), key: mostly(['a.md'], ['']), hash: rarelyWrong(fc.string()), more: anyValue },
    { requiredKeys: ['from', 'key', 'hash'] })),
  extra: anyValue,
}, { requiredKeys: [] });

const indexSource = fc.record({
  kind: mostly(['folder', 'feed'], ['other']),
  location: mostly(['.', 'https://x.kr/rss'], ['', ' ']),
  etag: rarelyWrong(fc.string()),
  lastModified: rarelyWrong(fc.string()),
  timezone: mostly(['Asia/Seoul', 'UTC'], ['', ' ']),
  importedAt: mostly(['2024-08-30T10:00:00Z'], ['2024-08-30', 'now']),
  more: anyValue,
}, { requiredKeys: ['kind', 'location', 'importedAt'] });

const index = fc.record({
  blog: field(fc.record({ title: field(text), description: field(text), url: field(text), author: field(text) }, { requiredKeys: [] })),
  aliases: field(fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('constructor', '__proto__', '0', 'kafka')), field(fc.array(text)))),
  posts: field(fc.array(field(post), { maxLength: 4 })),
  sources: rarelyWrong(fc.array(indexSource, { maxLength: 2 })),
  lastId: rarelyWrong(fc.integer({ min: 0, max: 100 }), fc.constantFrom(1.5, 2 ** 53)),
  other: anyValue,
}, { requiredKeys: [] });

test('plain index check: whenever it answers, valibot gives the same output; whatever valibot rejects, it leaves to valibot', () => {
  const answered = { plain: 0, valibot: 0 };
  fc.assert(fc.property(fc.oneof({ weight: 9, arbitrary: index }, { weight: 1, arbitrary: anyValue }), (data) => {
    answered[assertAgrees(data)]++;
  }), { numRuns: 3000 });
  // Both ways are taken often enough for the comparison to mean something.
  assert.ok(answered.plain > 50 && answered.valibot > 50, JSON.stringify(answered));
});

test('plain index check: it answers for the usual valid index (10,000 synthetic posts, the bundled blog shape)', () => {
  const data = JSON.parse(JSON.stringify({ blog: { title: 'synthetic' }, aliases: { 카뿌카: ['kafka'] }, posts: generatePosts(10_000) }));
  assert.equal(assertAgrees(data), 'plain');
});

test('plain index check: valid indexes of any field mix are answered the same as valibot does', () => {
  const validPost = fc.record({
    id: fc.integer({ min: 1, max: 10 ** 9 }),
    slug: fc.stringMatching(/^[a-z0-9-]{1,8}$/),
    title: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
    category: fc.constantFrom('개발', ' 개발 / 기술 ', 'a/b'),
    date: fc.constantFrom('2024-08-30T10:00:00+09:00', '2023-12-31T23:59:59.5-05:00'),
    tags: fc.array(fc.string(), { maxLength: 3 }),
    summary: fc.string(),
    url: fc.constantFrom('https://blog.example/7', 'http://x.kr/글'),
    updated: fc.constantFrom('2024-08-30T10:00:00+09:00', '2024-08-30'),
    excerptOnly: fc.boolean(),
    source: fc.record({ from: fc.constantFrom('.', 'https://x.kr/rss'), key: fc.constantFrom('a.md', 'guid-1'), hash: fc.string() }),
  }, { requiredKeys: ['id', 'slug', 'title', 'category', 'date'] });
  const withBody = fc.tuple(validPost, fc.boolean(), fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''))
    .map(([p, inline, s]) => (inline ? { ...p, body: s } : { ...p, file: s }));
  const sources = fc.array(fc.record({
    kind: fc.constantFrom('folder', 'feed'), location: fc.constantFrom('.', 'https://x.kr/rss'), etag: fc.string(),
    timezone: fc.constantFrom('Asia/Seoul', 'UTC'), importedAt: fc.constant('2024-08-30T10:00:00Z'),
  }, { requiredKeys: ['kind', 'location', 'importedAt'] }), { maxLength: 2 });
  fc.assert(fc.property(fc.array(withBody, { maxLength: 5 }), fc.option(sources, { nil: undefined }), fc.option(fc.nat(1000), { nil: undefined }), (posts, sources, lastId) => {
    assert.equal(assertAgrees({ posts, ...(sources && { sources }), ...(lastId !== undefined && { lastId }) }), 'plain');
  }), { numRuns: 300 });
});
