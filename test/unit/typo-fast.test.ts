// The typo stage compares each distinct title and tag once and hands its match to every post that
// has it (typo.ts, distinct.ts); the plain stage it replaced compared every post's title and
// tags (typo-reference.ts). Both must leave the same matches: the same posts, scores, slips,
// fields and highlighted ranges, whatever the exact stages found before. (The order in which posts
// enter the map does not matter: rank.ts orders hits by score, then position.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { generatePosts } from '../../bench/generate.mjs';
import { withoutParticle } from '../../src/core/search/hangul.js';
import { createSearchIndex, type SearchIndex } from '../../src/core/search/index.js';
import { addFuzzyMatches } from '../../src/core/search/typo.js';
import type { WordMatch, WordMatches } from '../../src/core/search/types.js';
import { validateIndex } from '../../src/store/validate.js';
import { makePost } from '../helpers.js';
import { addFuzzyMatches as plainFuzzyMatches } from './typo-reference.js';

const view = (matches: WordMatches) => [...matches].sort(([a], [b]) => a - b).map(([post, { titleRanges, ...match }]) => ({ post, ...match, titleRanges: titleRanges() }));

/** What the exact stages may have left: some posts matched exactly, some already with typos. */
function seeded(count: number, seed: number): WordMatches {
  const matches: WordMatches = new Map();
  for (let post = seed % 7; post < count; post += 7 + (seed % 5)) {
    const fuzzy = post % 3 === 0;
    const match: WordMatch = { score: fuzzy ? 0.2 + (post % 10) / 40 : 0.02, fuzzy, typos: fuzzy ? 0.5 : 0, field: 'tags', titleRanges: () => [[0, 1]] };
    matches.set(post, match);
  }
  return matches;
}

function assertSameAsPlain(index: SearchIndex, word: string, seed: number, prefilter?: boolean): void {
  const options = prefilter === undefined ? {} : { prefilter };
  const fast = seed < 0 ? new Map() : seeded(index.count, seed);
  const plain = seed < 0 ? new Map() : seeded(index.count, seed);
  addFuzzyMatches(index, word, fast, options);
  plainFuzzyMatches(index, word, plain, options);
  assert.deepStrictEqual(view(fast), view(plain), `${word} (seed ${seed})`);
}

const synthetic = createSearchIndex(validateIndex({ posts: generatePosts(10_000) }, '/tmp/blog/posts.json').posts);

test('typo search: on the synthetic 10k blog, each distinct title and tag compared once gives the plain stage\'s matches', () => {
  const words = ['카프가', '파티숀', '카프카를', '클릭하우스', '클릭하우수', '비굣', '분산태이블', '레디수', '주키퍼', '쥬키퍼', '삽질긔', '컨슈머그룹',
    'zookeper', 'zookeepr', 'kafak', 'partiton', 'clickhuose', 'kafka파티숀', 'redis캐시', 'deepdive', 'consumr', 'ㅋㅏㅍㅡ', 'partition', '카프카'];
  let seed = -1;
  for (const word of words) {
    for (const form of [word, withoutParticle(word)]) {
      if (form === undefined) continue;
      assertSameAsPlain(synthetic, form, seed++);
      assertSameAsPlain(synthetic, form, seed++, false);
    }
  }
});

/** `text` with one slip at `at`: a character left out, doubled, swapped with the next, or replaced. */
function slip(text: string, at: number, kind: number, by: string): string {
  const i = at % text.length;
  return [text.slice(0, i) + text.slice(i + 1), text.slice(0, i + 1) + text.slice(i),
    text.slice(0, i) + (text[i + 1] ?? '') + text[i] + text.slice(i + 2), text.slice(0, i) + by + text.slice(i + 1)][kind]!;
}

test('typo search: random blogs with repeated titles and tags give the plain stage\'s matches', () => {
  const pieces = ['카', '프', '가', '파', '티', '션', '숀', '클', '릭', '하', '우', '스', '를', '괜', 'ㅋ', ' ', ' ', 'a', 'e', 'o', 'k', 'f', 'ka', 'zoo', 'keper', '-', '.', '\u0301'];
  const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 10 }).map((parts) => parts.join(''));
  const titles = fc.array(text.filter((t) => t.trim() !== ''), { minLength: 1, maxLength: 4 });
  const blog = titles.chain((pool) => fc.record({
    posts: fc.array(fc.record({ title: fc.constantFrom(...pool), tags: fc.array(fc.oneof(fc.constantFrom(...pool), text), { maxLength: 3 }) }), { minLength: 1, maxLength: 25 }),
    // Mostly a title's word with a slip or two, so that typo matches are common.
    word: fc.oneof(
      fc.tuple(fc.constantFrom(...pool), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...pieces))
        .map(([title, word, at, kind, again, by]) => {
          const words = title.split(' ').filter((w) => w !== '');
          const once = slip(words[word % words.length]!, at, kind, by);
          return once === '' ? title.trim() : again === 0 ? slip(once, at + 1, kind, by) : once;
        }),
      text,
      fc.constantFrom('카프가', '파티숀', 'kafak', 'zookeper', '클릭하우수')),
  }));
  fc.assert(fc.property(blog, fc.integer({ min: -1, max: 20 }), ({ posts, word }, seed) => {
    const index = createSearchIndex(posts.map((record, i) => makePost({ id: i + 1, ...record, date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}T09:00:00+09:00` })));
    for (const form of word.split(' ').filter((w) => w !== '')) assertSameAsPlain(index, form, seed);
  }), { numRuns: 600 });
});
