// Every search is linear in the blog's size: the text it scans grows as the blog does, whatever
// the query. Counted, not timed: the characters String#indexOf passes over during a search, on a
// blog and on one four times its size. A query whose later word is rare used to search for that
// word through the rest of the titles once per post with the first word (`kafka part`: 0.5 s on
// 100,000 posts), sixteen times the work at four times the size.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSearchIndex, search } from '../../src/core/search/index.js';
import { makePost } from '../helpers.js';

/** A blog of `count` posts whose titles all have "kafka" and "카프카"; none has "zq" or "ㅋㄴ". */
function blog(count: number) {
  return createSearchIndex(Array.from({ length: count }, (_, i) => makePost({
    id: i + 1,
    title: `kafka 카프카 post ${i} partition`,
    tags: ['kafka'],
    summary: `about kafka ${i}`,
    date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}T09:00:00+09:00`,
  })));
}

/** The characters indexOf passes over while `run` runs (from where it starts to where it finds, or the end). */
function scanned(run: () => void): number {
  const indexOf = String.prototype.indexOf;
  let total = 0;
  String.prototype.indexOf = function (this: string, needle: string, from?: number) {
    const at = indexOf.call(this, needle, from);
    const start = Math.max(0, Math.min(from ?? 0, this.length));
    total += (at < 0 ? this.length : at) - start;
    return at;
  };
  try {
    run();
  } finally {
    String.prototype.indexOf = indexOf;
  }
  return total;
}

const small = blog(500);
const large = blog(2_000);

for (const [query, typing] of [['kafka zq', false], ['kafka zq', true], ['kafka part zq', true], ['카프카 ㅋㄴ', true], ['partition kafka', false]] as const) {
  test(`search: '${query}'${typing ? ' as typed in the picker' : ''} scans four times the text on a blog four times the size, not sixteen`, () => {
    const work = (index: typeof small) => scanned(() => search(index, query, { limit: 20, typing }));
    const ratio = work(large) / work(small);
    assert.ok(ratio < 6, `${query}: ${ratio.toFixed(1)} times the text scanned on four times the posts`);
  });
}
