// Search and show never give a confident wrong answer: a typo counts only when it is close for
// the word's length, a word that matches nothing real finds nothing, `show` opens a post only on a
// clear answer, and words that only the bodies contain are found there and said to be.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { blogOf } from '../../src/core/blog.js';
import { mentionIn } from '../../src/core/search/mentions.js';
import { openBlog } from '../../src/store/blog.js';
import { loadIndex } from '../../src/store/load.js';
import { clearBest, createSearchIndex, search, searchPosts } from '../../src/core/search/index.js';
import { suggestQuery } from '../../src/core/search/suggest.js';
import { TERM_GROUPS } from '../../src/core/search/terms.js';
import { matchAtWordStart, typoBudget, wordDistance } from '../../src/core/search/typo.js';
import { toChoseong } from '../../src/core/search/hangul.js';
import { searchCommand } from '../../src/commands/search.js';
import { resolvePost } from '../../src/present/resolve-post.js';
import { BlogError } from '../../src/errors.js';
import { renderExcerpt } from '../../src/render/excerpt.js';
import { createTheme } from '../../src/render/theme.js';
import { displayWidth } from '../../src/render/text/width.js';
import { asUserError, makePost, recordingOutput, ROOT, writeBlog } from '../helpers.js';

const sample = loadIndex(path.join(ROOT, 'data', 'posts.json'));
const sampleBlog = async () => blogOf(await sample);
const sampleIndex = async () => createSearchIndex((await sample).posts);
const titleOf = async (id: number | undefined) => (await sample).posts.find((p) => p.id === id)?.title;

/** What a command throws, as a BlogError. */
async function failure(run: () => Promise<unknown>): Promise<BlogError> {
  try {
    await run();
  } catch (thrown) {
    const error = asUserError(thrown, 'search');
    assert.ok(error instanceof BlogError, String(error));
    return error;
  }
  assert.fail('expected the command to fail');
}

// Terms no post of the sample blog is about, in English and Korean, long and short, and as 초성.
const ABSENT = [
  'rust', 'golang', 'react', 'kubernetes', 'docker', 'terraform', 'graphql', 'java', 'spring', 'redis', 'mongodb',
  'nginx', 'jenkins', 'ansible', 'webpack', 'svelte', 'typescript', 'acks', 'ai', 'ml', 'go', 'trust', 'vue', 'angular',
  'swift', 'kotlin', 'aws', 'azure', 'linux', 'blockchain',
  '러스트', '도커', '쿠버네티스', '리액트', '블록체인', '머신러닝', '자바', '스프링', '레디스', '몽고디비', '테라폼', '웹팩',
  '인공지능', '딥러닝', '타입스크립트', '엔진엑스', '리눅스', '깃', '파티션', '파이프', '컨테이너',
  'ㄹㅅㅌ', 'ㄷㅋ', 'ㅋㅂㄴㅌㅅ', 'ㄹㅇㅌ', 'ㅁㅅㄹㄴ', 'ㅂㄹㅊㅇ',
];

test('search table: terms no post is about find nothing in titles, tags or summaries, and suggest nothing', async () => {
  const index = await sampleIndex();
  const found = ABSENT.map((query) => [query, search(index, query).hits.map((hit) => hit.post.id), suggestQuery(index, query)] as const)
    .filter(([, hits, suggestion]) => hits.length > 0 || suggestion !== undefined);
  assert.deepEqual(found, []);
});

// Typos of terms the sample blog is about: a slip or two, in Hangul jamo and in Latin letters.
const TYPOS: [query: string, id: number][] = [
  ['카프가', 7], ['kafak', 7], ['kafca', 7], ['클릭하우수', 6], ['clickhose', 6], ['clikhouse', 6], ['쥬키퍼', 5], ['주키포', 5],
  ['zookeper', 5], ['zokeeper', 5], ['decorater', 4], ['데코레이더', 4], ['클로져', 4], ['sentri', 6], ['situs', 8],
  ['분산태이블', 8], ['메타크래스', 3], ['스키머', 8],
];

test('search table: typos of terms the blog is about still find their post first', async () => {
  const index = await sampleIndex();
  const failures = TYPOS.filter(([query, id]) => search(index, query).hits[0]?.post.id !== id)
    .map(([query, id]) => `${query} -> ${search(index, query).hits[0]?.post.id ?? 'nothing'}, expected ${id}`);
  assert.deepEqual(failures, []);
});

test('search: a word with a particle attached (카프카를, kafka의, 카프가를) finds the noun, below the word itself', async () => {
  const index = await sampleIndex();
  for (const [query, id] of [['카프카를', 7], ['kafka의', 7], ['데코레이터를', 4], ['주키퍼가', 5], ['카프가를', 7]] as const) {
    assert.equal(search(index, query).hits[0]?.post.id, id, query);
  }
  assert.deepEqual(search(index, '고양이').hits, [], 'a noun that only looks like one with a particle finds nothing');
  const posts = [makePost({ id: 1, title: '카프카를 쓰는 이유', date: '2020-01-01T00:00:00Z' }), makePost({ id: 2, title: '카프카 입문', date: '2024-01-01T00:00:00Z' })];
  assert.deepEqual(searchPosts(posts, '카프카를').map((hit) => hit.post.id), [1, 2]);
});

test('search: the issue\'s examples, rust and acks, no longer reach Sentry or __init__.py through weak typo matches', async () => {
  const index = await sampleIndex();
  assert.deepEqual(search(index, 'rust').hits, []);
  assert.deepEqual(search(index, 'acks').hits, []);
  assert.deepEqual(search(index, '러스트').hits, [], 'not 포스트그레스 two jamo away');
});

test('typo rule: the budget grows with the word: none below five, one up to eight, two from nine', () => {
  assert.deepEqual([1, 4, 5, 8, 9, 20].map(typoBudget), [0, 0, 1, 1, 2, 2]);
  assert.equal(matchAtWordStart('rust', 'trust me', typoBudget(4)), undefined, 'a four-letter word takes no slip');
  assert.equal(matchAtWordStart('ㄹㅓㅅㅡㅌㅡ', 'ㅋㅡㄹㄹㅓㅅㅡㅌㅓ', 1), undefined, 'never a fragment inside a word (클러스터)');
  assert.equal(matchAtWordStart('ㄹㅓㅅㅡㅌㅡ', 'ㅍㅗㅅㅡㅌㅡ', 1), undefined, '포스트 is two slips from 러스트');
  assert.deepEqual(matchAtWordStart('ㅋㅏㅍㅡㄱㅏ', 'ㅇㅏ ㅋㅏㅍㅡㅋㅏㄹㅡㄹ', 1), { cost: 1, start: 3, end: 9 }, 'a word may go on after the match (카프카를)');
  assert.equal(wordDistance('pyhton', 'python', 1), 1, 'swapped neighbours are one slip');
  assert.equal(wordDistance('zookeper', 'zookeeper', 1), 0.5, 'a Latin vowel is half a slip');
  assert.equal(wordDistance('ㅋㅡㄹㄹㅗㅈㅕ', 'ㅋㅡㄹㄹㅗㅈㅓ', 1), 0.5, 'ㅓ/ㅕ sound alike: half a slip');
});

test('property: a typo match never costs more than its budget and always starts a word', () => {
  const letters = fc.constantFrom('a', 'e', 'k', 'f', ' ', 'ㅋ', 'ㅏ', 'ㅓ', 'ㅕ', 'ㄹ', '-', '1');
  fc.assert(fc.property(fc.string({ unit: letters, minLength: 1, maxLength: 9 }), fc.string({ unit: letters, maxLength: 30 }), fc.integer({ min: 0, max: 2 }),
    (word, text, budget) => {
      const found = matchAtWordStart(word, text, budget);
      if (!found) return;
      assert.ok(found.cost <= budget);
      assert.ok(found.start === 0 || !/[\p{L}\p{N}]/u.test(text[found.start - 1]!));
      assert.ok(/[\p{L}\p{N}]/u.test(text[found.start]!));
    }), { numRuns: 500 });
});

test('did you mean: only words close by the same rule, and only if they find something', async () => {
  const index = await sampleIndex();
  assert.equal(suggestQuery(index, 'zukiper'), 'zookeeper', 'vowels are half a slip: two in a nine-letter word');
  assert.equal(suggestQuery(index, 'zookeeeeper'), 'zookeeper');
  assert.equal(suggestQuery(index, 'qqqqzzzz'), undefined);
  assert.equal(suggestQuery(index, 'ruby'), undefined);
  assert.equal(suggestQuery(index, '파티션'), undefined, 'not 파이썬: three jamo of seven differ');
});

test('초성 over aliases: ㅋㄹㅎㅇㅅ and ㅈㅋㅍ reach the Latin titles through 클릭하우스 and 주키퍼', async () => {
  const index = await sampleIndex();
  assert.equal(search(index, 'ㅋㄹㅎㅇㅅ').hits[0]?.post.id, 6);
  assert.equal(search(index, 'ㅈㅋㅍ').hits[0]?.post.id, 5);
  const [hit] = search(index, 'ㅈㅋㅍ').hits;
  assert.deepEqual(hit?.titleRanges, [[0, 9]], 'the Latin spelling in the title is highlighted');
});

test('초성 over aliases: works for every dictionary term with a Hangul spelling, on titles that spell it in Latin letters', () => {
  const failures: string[] = [];
  TERM_GROUPS.forEach((group, i) => {
    const latin = group.find((spelling) => /^[a-z][a-z ]+$/.test(spelling));
    const hangul = group.find((spelling) => /^[가-힣 ]+$/.test(spelling));
    if (!latin || !hangul) return;
    const posts = [makePost({ id: 1, title: `${latin} notes` }), makePost({ id: 2, title: 'unrelated' })];
    const choseong = toChoseong(hangul.replace(/ /g, '')).text;
    const hits = searchPosts(posts, choseong);
    if (hits[0]?.post.id !== 1) failures.push(`${choseong} (${hangul}, group ${i}) did not find "${latin} notes"`);
  });
  assert.deepEqual(failures, []);
});

test('keyboard layout: a short English word is not read as one Hangul syllable (go is not 해)', async () => {
  const index = await sampleIndex();
  assert.equal(search(index, 'go').convertedFrom, undefined);
  assert.deepEqual(search(index, 'go').hits, []);
  assert.equal(search(index, 'vkdlTjs').query, '파이썬', 'a real Hangul word typed in Latin mode still is');
  assert.equal(search(index, 'clickhose').convertedFrom, undefined, 'key sequences es-hangul cannot assemble do not throw');
});

test('show lookup: typo matches open a post only when close and far ahead of the next', () => {
  const posts = [
    makePost({ id: 1, title: 'reach for the stars' }), makePost({ id: 2, title: '카프카 운영기' }),
    makePost({ id: 3, title: '파이썬 입문' }), makePost({ id: 4, title: '파이썬 심화' }),
  ];
  const pick = (query: string) => clearBest(searchPosts(posts, query), query)?.post.id;
  assert.equal(pick('카프가'), 2, 'one slip in six jamo, no other candidate');
  assert.equal(pick('파이선'), undefined, 'two posts equally close');
  assert.equal(pick('react'), undefined, 'one slip in five letters is a typo hit for search, not enough to open a post');
  assert.ok(searchPosts(posts, 'react').length > 0);
  assert.equal(pick('카프카 러스트'), undefined, 'a word found nowhere: not a clear answer');
});

test('search: acks finds the Kafka post through its body, says so, and shows the line', async () => {
  const out = recordingOutput(80);
  await searchCommand(await sampleBlog(), ['acks'], {}, out);
  const [heading, , row, excerpt] = out.text.split('\n');
  assert.equal(heading, 'no title matches "acks"; 1 post mentions it:');
  assert.match(row!, /^ 7 .*카프카 - URP, Under Min ISR$/);
  assert.match(excerpt!, /^ {4}line \d+: .*acks/);
  assert.doesNotMatch(out.text, /__init__/);
  assert.ok(displayWidth(excerpt!) <= 80);
});

test('search --json: body hits carry matched ["body"], the line number and the line', async () => {
  const out = recordingOutput(80);
  await searchCommand(await sampleBlog(), ['acks'], { json: true }, out);
  const [hit, ...rest] = JSON.parse(out.text) as { id: number; matched: string[]; line: number; excerpt: string }[];
  assert.equal(rest.length, 0);
  assert.equal(hit!.id, 7);
  assert.deepEqual(hit!.matched, ['body']);
  assert.match(hit!.excerpt, /acks/);
  assert.ok(Number.isInteger(hit!.line) && hit!.line > 0);
});

test('search: the body fallback wants the word as typed where a word starts, every word, in any case', async () => {
  const blog = blogOf({
    file: '/x/posts.json', root: '/x',
    posts: [
      makePost({ id: 1, title: '콜백 이야기', body: 'callbacks and stacks everywhere' }),
      makePost({ id: 2, title: '설정 정리', body: '첫 줄\n프로듀서는 ACKS=all 로 둔다\n끝' }),
      makePost({ id: 3, title: '다른 글', body: 'acks 만 있고 다른 말은 없다' }),
    ],
  });
  const json = async (words: string[]) => {
    const out = recordingOutput();
    await searchCommand(blog, words, { json: true }, out);
    return JSON.parse(out.text) as { id: number; line: number; excerpt: string }[];
  };
  assert.deepEqual((await json(['acks'])).map((h) => h.id).sort(), [2, 3], 'not inside "callbacks"');
  assert.deepEqual((await json(['acks', 'all'])).map((h) => [h.id, h.line, h.excerpt]), [[2, 2, '프로듀서는 ACKS=all 로 둔다']]);
  assert.deepEqual((await json(['stack'])).map((h) => h.id), [1], 'a word may go on after it (stacks)');
  const error = await failure(() => searchCommand(blog, ['backs'], {}, recordingOutput()));
  assert.equal(error.exitCode, 1, 'but must start where a word starts');
});

test('search --in body: each hit shows its matching line, highlighted on a terminal', async () => {
  const out = recordingOutput(60, 1);
  await searchCommand(await sampleBlog(), ['NotEnoughReplicasException'], { in: 'body' }, out);
  const lines = out.text.split('\n');
  const excerpt = lines.find((line) => line.includes('line '));
  assert.ok(excerpt, out.text);
  assert.match(excerpt!, /\x1b\[[0-9;]*m[^\x1b]*NotEnoughReplicasException/i);
  assert.ok(displayWidth(excerpt!.replace(/\x1b\[[0-9;]*m/g, '')) <= 60);
});

test('excerpt: cut by display width around the match, made inert', () => {
  const text = `${'가나다라마바사 '.repeat(20)}\x1b]0;evil\x07 핵심 단어 acks=all ${'끝'.repeat(50)}`;
  const line = renderExcerpt(12, text, ['acks'], 50, createTheme(0));
  assert.ok(displayWidth(line) <= 50, line);
  assert.match(line, /^ {4}line 12: ….*acks=all.*…$/);
  assert.doesNotMatch(line, /\x1b|\x07|evil/);
});

test('property: excerpts always fit the width, whatever the line', () => {
  const unit = fc.oneof(fc.constantFrom('가', 'a', ' ', 'acks', '\x1b[31m', '\t', '👍', 'e\u0301'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
  fc.assert(fc.property(fc.string({ unit, maxLength: 80 }), fc.integer({ min: 20, max: 120 }), (text, width) => {
    const line = renderExcerpt(3, text, ['acks'], width, createTheme(0));
    assert.ok(displayWidth(line) <= width, JSON.stringify(line));
    assert.doesNotMatch(line, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  }), { numRuns: 300 });
});

test('mentions: the line with the most of the words, the first of equals', () => {
  const body = 'acks 하나\n둘째 줄\nacks 와 replicas 가 함께\nacks 와 replicas 또';
  assert.deepEqual(mentionIn(body, ['acks', 'replicas'], { atWordStart: true, every: true }), { line: 3, text: 'acks 와 replicas 가 함께', count: 5 });
  assert.equal(mentionIn(body, ['acks', 'zookeeper'], { atWordStart: true, every: true }), undefined);
  assert.equal(mentionIn(body, ['acks', 'zookeeper'], { atWordStart: true, every: false })?.line, 1);
});

test('search: a body file that is missing is skipped with a warning, in the fallback and with --in body', async () => {
  const file = writeBlog({ posts: [
    { id: 1, slug: 'gone', title: '사라진 글', category: '개발', date: '2024-01-01T00:00:00Z', file: 'posts/gone.md' },
    { id: 2, slug: 'here', title: '남은 글', category: '개발', date: '2024-01-02T00:00:00Z', file: 'posts/here.md' },
  ] }, { 'posts/here.md': 'acks=all 로 둔다\n' });
  const blog = await openBlog(file);
  const warnings: string[] = [];
  for (const options of [{ json: true }, { json: true, in: 'body' }]) {
    const out = recordingOutput();
    await searchCommand(blog, ['acks'], options, out);
    assert.deepEqual((JSON.parse(out.text) as { id: number }[]).map((h) => h.id), [2]);
    warnings.push(...out.stderr.split(/(?<=\n)/));
  }
  assert.equal(warnings.filter((w) => w === 'blog: cannot read a body file: posts/gone.md; that post was searched without its body\n').length, 2, warnings.join(''));
});

test('show: acks is in no title; the post whose body mentions it is listed, not opened', async () => {
  const error = await failure(async () => resolvePost(await sampleBlog(), 'acks', recordingOutput()));
  assert.equal(error.exitCode, 1);
  assert.equal(error.message, 'no title matches "acks"; 1 post mentions it in its body');
  assert.match(error.hint ?? '', /blog show 7/);
  assert.match(error.details[0]!, /^ +7 +카프카 - URP, Under Min ISR$/);
  assert.match(error.details[1]!, /line \d+: .*acks/);
});

test('show table: absent terms are never opened; present terms, aliases, 초성 and close typos are', async () => {
  const blog = await sampleBlog();
  for (const query of ['rust', '러스트', 'golang', 'docker', '도커', 'ㄹㅅㅌ', 'kubernetes', 'react', 'python 러스트', '파이써', 'pyhton']) {
    const error = await failure(() => resolvePost(blog, query, recordingOutput()));
    assert.equal(error.exitCode, 1, query);
  }
  const opened: [string, number][] = [['카프카 urp', 7], ['kafka', 7], ['ㅋㄹㅎㅇㅅ', 6], ['ㅈㅋㅍ', 5], ['카프가', 7], ['zookeper', 5], ['주키퍼', 5], ['클릭하우수', 6]];
  for (const [query, id] of opened) {
    assert.equal((await resolvePost(blog, query, recordingOutput())).id, id, `${query} -> ${await titleOf(id)}`);
  }
});

test('blank queries: spaces or punctuation only are usage errors for search and show', async () => {
  const blog = await sampleBlog();
  for (const query of [' ', '', '!!!', '-- ..', '"\'']) {
    assert.equal((await failure(() => searchCommand(blog, [query], {}, recordingOutput()))).exitCode, 2, JSON.stringify(query));
    assert.equal((await failure(() => resolvePost(blog, query, recordingOutput()))).exitCode, 2, JSON.stringify(query));
  }
  assert.match((await failure(() => searchCommand(blog, [' '], {}, recordingOutput()))).message, /the search query is empty/);
});
