import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { clearBest, searchPosts } from '../src/core/search.js';
import { makePost } from './helpers.js';

const posts = [
  makePost({ id: 1, title: '__init__.py 를 이용한 모듈 관리', date: '2024-05-08T10:17:00+09:00', tags: ['python', '파이썬'] }),
  makePost({ id: 2, title: '[Python] Decorator', date: '2024-05-17T10:45:00+09:00', tags: ['python', '데코레이터'] }),
  makePost({ id: 3, title: '카프카 - URP, Under Min ISR', date: '2024-08-30T17:52:00+09:00', tags: ['kafka', '카프카'] }),
  makePost({ id: 4, title: 'Sentry 에서 Clickhouse 를 택한 이유', date: '2024-08-20T21:38:00+09:00', tags: ['clickhouse'] }),
];

test('search: a title word finds its post first, with the matched range', () => {
  const [hit] = searchPosts(posts, '카프카');
  assert.equal(hit?.post.id, 3);
  assert.deepEqual(hit?.titleRanges[0], [0, 3]);
});

test('search: case does not matter and tags count', () => {
  assert.equal(searchPosts(posts, 'CLICKHOUSE')[0]?.post.id, 4);
  assert.equal(searchPosts(posts, '데코레이터')[0]?.post.id, 2, 'a Hangul tag finds a Latin title');
});

test('search: NFD input matches NFC titles', () => {
  assert.equal(searchPosts(posts, '카프카'.normalize('NFD'))[0]?.post.id, 3);
});

test('search: equal scores go to the newer post; limit cuts the list', () => {
  const hits = searchPosts(posts, 'python');
  const pythonOnlyByTag = hits.filter((h) => h.post.id === 1 || h.post.id === 2);
  assert.ok(pythonOnlyByTag.length === 2);
  assert.equal(searchPosts(posts, 'python', { limit: 1 }).length, 1);
});

test('search: nothing for blank or unrelated queries', () => {
  assert.deepEqual(searchPosts(posts, '   '), []);
  assert.deepEqual(searchPosts(posts, 'qqqqzzzz'), []);
});

test('show lookup: a single or clearly better hit is picked, close calls are not', () => {
  assert.equal(clearBest(searchPosts(posts, '카프카'), '카프카')?.post.id, 3);
  const close = [
    { post: posts[0]!, score: 0.2, titleRanges: [] },
    { post: posts[1]!, score: 0.25, titleRanges: [] },
  ];
  assert.equal(clearBest(close, 'x'), undefined);
  assert.equal(clearBest(close, '[python] decorator')?.post.id, 2, 'an exact title always wins');
});

test('property: search never throws and returns hits sorted by score', () => {
  fc.assert(fc.property(fc.string(), (query) => {
    const hits = searchPosts(posts, query);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score <= hits[i]!.score);
  }), { numRuns: 300 });
});
