// The search's shortcuts give the answer the full ranking gives: with a limit, the perfect title
// hits found newest first and the scan stopped (rank.ts), against the same search without a limit
// (which ranks every match) cut to that limit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { generatePosts } from '../../bench/generate.mjs';
import { createSearchIndex, search, type SearchIndex } from '../../src/core/search/index.js';
import { validateIndex } from '../../src/store/validate.js';
import { makePost } from '../helpers.js';

const view = (index: SearchIndex, query: string, limit?: number) =>
  search(index, query, limit === undefined ? {} : { limit }).hits.map(({ post, ...hit }) => ({ id: post.id, ...hit }));

function assertSameAsFullRanking(index: SearchIndex, query: string, limit: number): void {
  const fast = view(index, query, limit);
  const full = view(index, query).slice(0, limit);
  assert.deepStrictEqual(fast, full, `${query} (limit ${limit})`);
}

const synthetic = createSearchIndex(validateIndex({ posts: generatePosts(10_000) }, '/tmp/blog/posts.json').posts);

test('search: with a limit, the synthetic 10k blog gives the full ranking\'s first hits, for words of its titles, tags and typos', () => {
  const queries = ['카프카 파티션', '카프카', '파티션 카프카', 'kafka', 'Kafka partition', '정리', '리', 'ㅋㅍㅋ', '카ㅍ', '카프카를', '분산테이블',
    '카프가 파티숀', 'consumer group', 'GC', 'deep dive', '삽질기 레디스', 'zookeeper 복제', '클릭하우스 성능 비교', 'isr', 'urp 카프카'];
  for (const query of queries) for (const limit of [1, 5, 20, 300]) assertSameAsFullRanking(synthetic, query, limit);
});

test('search: with a limit, random titles and queries give the full ranking\'s first hits', () => {
  const syllables = ['카', '프', '파', '티', '션', ' ', 'a', 'b', 'ab', '-', '를', 'ㅋ', '.'];
  const text = fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
  const posts = fc.array(fc.record({ title: text.filter((t) => t.trim() !== ''), tags: fc.array(text, { maxLength: 2 }), summary: text }), { minLength: 1, maxLength: 30 });
  const query = fc.array(text.filter((t) => t.trim() !== ''), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
  fc.assert(fc.property(posts, query, fc.integer({ min: 1, max: 8 }), (records, q, limit) => {
    const index = createSearchIndex(records.map((record, i) => makePost({ id: i + 1, ...record, date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}T09:00:00+09:00` })));
    assertSameAsFullRanking(index, q, limit);
  }), { numRuns: 400 });
});
