import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildAliasLookup } from '../../src/core/search/aliases.js';
import { toChoseong, toJamo, fromKoreanLayout, isChoseongWord } from '../../src/core/search/hangul.js';
import { clearBest, compareHits, createSearchIndex, search, searchPosts, type SearchHit } from '../../src/core/search/index.js';
import { suggestQuery } from '../../src/core/search/suggest.js';
import { TERM_GROUPS } from '../../src/core/search/terms.js';
import { makePost } from '../helpers.js';

const blog = [
  makePost({ id: 1, title: '__init__.py 를 이용한 모듈 관리', date: '2024-05-08T10:17:00+09:00', tags: ['python', '파이썬', 'module', '모듈'] }),
  makePost({ id: 2, title: '[python] __all__ 을 이용해 전체 임포트 막기', date: '2024-05-08T10:27:00+09:00', tags: ['python', '파이썬'] }),
  makePost({ id: 3, title: '[파이썬] 파이썬은 모든것이 객체다', date: '2024-05-09T11:52:00+09:00', tags: ['python', '파이썬', 'object', '객체'] }),
  makePost({ id: 4, title: '[Python] Decorator', date: '2024-05-17T10:45:00+09:00', tags: ['python', '파이썬', 'decorator', '데코레이터'] }),
  makePost({ id: 5, title: 'Zookeeper 사용 목적과 사례 중심으로 정리', date: '2024-08-16T18:56:00+09:00', tags: ['zookeeper', '주키퍼'], summary: '리더 선출과 쿼럼' }),
  makePost({ id: 6, title: 'Sentry 에서 Clickhouse 를 택한 이유', date: '2024-08-20T21:38:00+09:00', tags: ['clickhouse', '클릭하우스'] }),
  makePost({ id: 7, title: '카프카 - URP, Under Min ISR', date: '2024-08-30T17:52:00+09:00', tags: ['kafka', '카프카'] }),
  makePost({ id: 8, title: 'citus - 스키마 정리하고 분산테이블 만들기', date: '2024-09-05T22:30:00+09:00', tags: ['citus', '분산 테이블'] }),
];
const first = (query: string, posts = blog) => searchPosts(posts, query)[0]?.post.id;
const ids = (query: string, posts = blog) => searchPosts(posts, query).map((h) => h.post.id);
const titleOf = (id: number | undefined, posts = blog) => posts.find((p) => p.id === id)?.title;

test('hangul: jamo and initial consonants keep a map back to the original characters', () => {
  assert.deepEqual(toJamo('카프카'), { text: 'ㅋㅏㅍㅡㅋㅏ', map: [0, 0, 1, 1, 2, 2] });
  assert.equal(toJamo('괜찮아').text, 'ㄱㅗㅐㄴㅊㅏㄴㅎㅇㅏ', 'compound vowels and finals are split');
  assert.deepEqual(toChoseong('모듈 관리'), { text: 'ㅁㄷ ㄱㄹ', map: [0, 1, 2, 3, 4] });
  assert.equal(toChoseong('Kafka 카프카').text, 'Kafka ㅋㅍㅋ');
  assert.ok(isChoseongWord('ㅋㅍㅋ'));
  assert.ok(!isChoseongWord('ㅋㅏ'));
  assert.equal(fromKoreanLayout('vkdlTjs'), '파이썬');
  assert.equal(fromKoreanLayout('카프카'), undefined);
});

test('aliases: the dictionary has 100+ terms and an index can add its own', () => {
  assert.ok(TERM_GROUPS.length >= 100);
  const lookup = buildAliasLookup({ '카뿌카': ['kafka'] });
  assert.deepEqual(lookup('KAFKA').sort(), ['카뿌카', '카프카'].sort());
  assert.ok(lookup('파이썬').includes('python'));
  assert.ok(lookup('분산 테이블').includes('distributed table'));
});

test('search: initial consonants ㅋㅍㅋ and ㅁㄷ ㄱㄹ find 카프카 and 모듈 관리', () => {
  assert.equal(first('ㅋㅍㅋ'), 7);
  assert.deepEqual(ids('ㅁㄷ ㄱㄹ'), [1]);
  const [hit] = searchPosts(blog, 'ㅋㅍㅋ');
  assert.deepEqual(hit?.titleRanges, [[0, 3]], 'the syllables behind the consonants are highlighted');
});

test('search: a typo inside a syllable still finds the word (카프가, missing final consonant)', () => {
  assert.equal(first('카프가'), 7);
  assert.equal(first('클릭하우수'), 6);
  assert.equal(first('파이써'), 3);
  const [hit] = searchPosts(blog, '카프가');
  assert.equal(hit?.fuzzy, 1);
  assert.deepEqual(hit?.titleRanges.map(([s, e]) => blog[6]!.title.slice(s, e)).join(''), '카프카');
});

test('search: a syllable still being typed matches on jamo (카ㅍ)', () => {
  assert.equal(first('카ㅍ'), 7);
});

test('search: with typing on, initial consonants still being typed reach a term through its Hangul spelling (ㅋㄹㅎ on its way to ㅋㄹㅎㅇㅅ, Clickhouse)', () => {
  const typed = (query: string) => search(createSearchIndex(blog), query, { typing: true }).hits.map((h) => h.post.id);
  for (const query of ['ㅋㄹ', 'ㅋㄹㅎ', 'ㅋㄹㅎㅇ', 'ㅋㄹㅎㅇㅅ']) assert.ok(typed(query).includes(6), query);
  assert.equal(ids('ㅋㄹㅎ').includes(6), false, 'a finished query is held to whole initials');
  assert.equal(typed('ㅋ').includes(6), false, 'one consonant begins too many terms to stand for them');
});

test('search: with typing on, the last word matches as a jamo prefix (캎 and 주킾 on their way to 카프카 and 주키퍼)', () => {
  const typed = (query: string) => search(createSearchIndex(blog), query, { typing: true }).hits.map((h) => h.post.id);
  assert.deepEqual(typed('캎'), [7]);
  assert.deepEqual(typed('카픜'), [7]);
  assert.deepEqual(typed('URP 캎'), [7], 'only the last word is still being typed');
  const finished = search(createSearchIndex(blog), '캎 URP', { typing: true }).hits.find((h) => h.post.id === 7);
  assert.ok(finished === undefined || finished.missing + finished.fuzzy > 0, 'an earlier word is finished: 캎 is not an exact 카프카');
  assert.equal(ids('캎').includes(7), false, 'without typing, 캎 is a finished syllable');
  fc.assert(fc.property(fc.constantFrom(...blog.map((p) => p.title)), fc.nat(), (title, n) => {
    // Every prefix of a title's first Hangul word, cut anywhere in its jamo and composed again, finds that post.
    const word = /[가-힣]{2,}/.exec(title)?.[0];
    if (!word) return;
    const jamo = toJamo(word).text;
    const cut = 1 + (n % jamo.length);
    const prefix = jamo.slice(0, cut);
    const { assemble } = require('es-hangul') as typeof import('es-hangul');
    const id = blog.find((p) => p.title === title)!.id;
    assert.ok(typed(assemble([...prefix])).includes(id), `${assemble([...prefix])} finds ${title}`);
  }));
});

test('search: spacing does not matter (분산 테이블, 분산테이블)', () => {
  assert.equal(first('분산 테이블'), 8);
  assert.equal(first('분산테이블'), 8);
  const spaced = [makePost({ id: 1, title: '분산 테이블 설계' })];
  assert.equal(first('분산테이블', spaced), 1);
});

test('search: Hangul and Latin names of a term find each other, and index aliases count', () => {
  assert.equal(first('kafka'), 7);
  assert.equal(first('주키퍼'), 5);
  assert.equal(first('데코레이터'), 4);
  assert.equal(first('클릭하우스'), 6);
  const custom = [makePost({ id: 1, title: '카뿌카 운영기' })];
  assert.equal(first('kafka', custom), undefined);
  assert.equal(searchPosts(custom, 'kafka', { aliases: { '카뿌카': ['kafka'] } })[0]?.post.id, 1);
});

test('search: every word of a mixed query counts', () => {
  assert.equal(first('python 데코레이터'), 4);
  assert.equal(first('ㅋㅍㅋ urp'), 7);
  assert.equal(first('pyhton decorator'), 4, 'a transposition');
  assert.deepEqual(ids('파이썬 객체'), [3]);
});

test('search: Latin keys typed for Hangul are converted, and the result says so', () => {
  const result = search(createSearchIndex(blog), 'vkdlTjs');
  assert.equal(result.query, '파이썬');
  assert.equal(result.convertedFrom, 'vkdlTjs');
  assert.equal(result.hits[0]?.post.id, 3);
  assert.equal(search(createSearchIndex(blog), 'python').convertedFrom, undefined, 'a real word is not converted');
});

test('search: NFD queries and case do not matter', () => {
  assert.equal(first('카프카'.normalize('NFD')), 7);
  assert.equal(first('CLICKHOUSE'), 6);
  assert.equal(first('ㅋㅍㅋ'.normalize('NFD')), 7);
});

test('search: title beats tags beats summary; exact beats fuzzy; ties go to the newer post', () => {
  const posts = [
    makePost({ id: 1, title: '다른 글', summary: '레디스 이야기', date: '2024-03-01T00:00:00Z' }),
    makePost({ id: 2, title: '또 다른 글', tags: ['레디스'], date: '2024-01-01T00:00:00Z' }),
    makePost({ id: 3, title: '레디스 입문', date: '2023-01-01T00:00:00Z' }),
    makePost({ id: 4, title: '레디스 심화', date: '2023-06-01T00:00:00Z' }),
    makePost({ id: 5, title: '레디쓰 오타', date: '2025-01-01T00:00:00Z' }),
  ];
  assert.deepEqual(ids('레디스', posts), [4, 3, 2, 1, 5]);
  const scores = searchPosts(posts, '레디스').map((h) => h.score);
  assert.deepEqual(scores, searchPosts(posts, '레디스').map((h) => h.score), 'stable between runs');
});

test('search: a prefix of a word beats the same letters inside a word', () => {
  const posts = [makePost({ id: 1, title: 'Apache Kafka', date: '2025-01-01T00:00:00Z' }), makePost({ id: 2, title: 'Kafka Streams', date: '2020-01-01T00:00:00Z' }), makePost({ id: 3, title: 'Superkafka', date: '2026-01-01T00:00:00Z' })];
  assert.deepEqual(ids('kafka', posts), [1, 2, 3]);
});

test('search: operator characters are plain characters; blank queries find nothing', () => {
  assert.deepEqual(ids('!important'), [], 'not "everything without important"');
  assert.deepEqual(ids('!카프카'), [7], 'not "everything but 카프카"');
  assert.deepEqual(ids('=카프카'), [7]);
  assert.deepEqual(ids('   '), []);
});

test('search: bodies are searched only when given', () => {
  const posts = [makePost({ id: 1, title: '복제 이야기' }), makePost({ id: 2, title: '다른 글' })];
  const bodies = new Map([[2, 'min.insync.replicas 를 2로 둔다']]);
  assert.deepEqual(search(createSearchIndex(posts), 'min.insync.replicas').hits, []);
  const hits = search(createSearchIndex(posts, { bodies }), 'min.insync.replicas').hits;
  assert.equal(hits[0]?.post.id, 2);
  assert.deepEqual(hits[0]?.fields, ['body']);
});

test('search: with a limit, skipping the fuzzy stage never changes the first hits', () => {
  const posts = Array.from({ length: 30 }, (_, i) => makePost({ id: i + 1, title: i % 3 === 0 ? `카프카 운영 ${i}` : `카프가 오타 ${i}` }));
  const all = searchPosts(posts, '카프카').slice(0, 5).map((h) => h.post.id);
  assert.deepEqual(searchPosts(posts, '카프카', { limit: 5 }).map((h) => h.post.id), all);
});

test('did you mean: a close word from the blog that finds something', () => {
  const index = createSearchIndex(blog);
  assert.equal(suggestQuery(index, 'zookeeeeper'), 'zookeeper');
  assert.equal(suggestQuery(index, 'qqqqzzzz'), undefined);
});

test('show lookup: an exact title, a single hit or a clearly better one is picked', () => {
  assert.equal(clearBest(searchPosts(blog, '카프카'), '카프카')?.post.id, 7);
  assert.equal(clearBest(searchPosts(blog, '파이썬'), '파이썬'), undefined, 'four posts are equally about 파이썬');
  assert.equal(clearBest(searchPosts(blog, '[python] decorator'), '[python] decorator')?.post.id, 4);
});

// A larger, synthetic blog: the same kinds of queries must work on titles the code has never seen.
const synthetic = [
  '쿠버네티스 파드 스케줄링 이해하기', 'Docker 이미지 용량 줄이기', '레디스 캐시 전략 정리', 'PostgreSQL 인덱스 튜닝',
  '엘라스틱서치 한글 형태소 분석기', 'React 상태 관리 비교', '자바스크립트 클로저 이해', 'Go 언어 고루틴과 채널',
  'Spring Boot 트랜잭션 전파 속성', '스파크 셔플 최적화', 'Terraform 모듈 구조 잡기', '리눅스 파일 디스크립터',
  '깃 브랜치 전략 정리', 'MySQL 복제 지연 해결기', '몽고디비 샤딩 키 선택', 'gRPC 와 REST 비교',
  '타입스크립트 제네릭 활용', 'Nginx 리버스 프록시 설정', '젠킨스 파이프라인 구축', '하둡 HDFS 구조',
].map((title, i) => makePost({ id: i + 1, title, date: `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00Z` }));

const table: [query: string, expected: string][] = [
  ['kubernetes', '쿠버네티스 파드 스케줄링 이해하기'], ['ㅋㅂㄴㅌㅅ', '쿠버네티스 파드 스케줄링 이해하기'],
  ['도커', 'Docker 이미지 용량 줄이기'], ['redis', '레디스 캐시 전략 정리'], ['ㄹㄷㅅ ㅋㅅ', '레디스 캐시 전략 정리'],
  ['fpeltm', '레디스 캐시 전략 정리'], ['postgres 인덱스', 'PostgreSQL 인덱스 튜닝'], ['엘라스틱 서치', '엘라스틱서치 한글 형태소 분석기'],
  ['react 상태관리', 'React 상태 관리 비교'], ['javascript closure', '자바스크립트 클로저 이해'], ['클로져', '자바스크립트 클로저 이해'],
  ['golang 채널', 'Go 언어 고루틴과 채널'], ['스프링 트랜잭션', 'Spring Boot 트랜잭션 전파 속성'], ['spark', '스파크 셔플 최적화'],
  ['테라폼', 'Terraform 모듈 구조 잡기'], ['linux', '리눅스 파일 디스크립터'], ['git 브랜치', '깃 브랜치 전략 정리'],
  ['마이에스큐엘 복제', 'MySQL 복제 지연 해결기'], ['mongodb', '몽고디비 샤딩 키 선택'], ['typescript', '타입스크립트 제네릭 활용'],
  ['엔진엑스', 'Nginx 리버스 프록시 설정'], ['jenkins pipeline', '젠킨스 파이프라인 구축'], ['hadoop', '하둡 HDFS 구조'],
  ['타입스트립트', '타입스크립트 제네릭 활용'], ['ㅈㄴㄹ', '타입스크립트 제네릭 활용'],
];

test('search table: Korean/English queries of every kind on a synthetic blog', () => {
  const failures = table.filter(([query, expected]) => titleOf(first(query, synthetic), synthetic) !== expected)
    .map(([query, expected]) => `${query} -> ${titleOf(first(query, synthetic), synthetic) ?? '(nothing)'}, expected ${expected}`);
  assert.deepEqual(failures, []);
});

const sorted = (hits: readonly SearchHit[]) => hits.every((hit, i) => i === 0 || compareHits(hits[i - 1]!, hit) <= 0);

test('property: search never throws on any string and returns sorted hits', () => {
  const index = createSearchIndex(blog);
  fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('카', '프', 'ㅋ', 'ㅍ', ' ', 'a', 'K', '!', '^', '"', '\u1100', '\u1161'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }), (query) => {
    const { hits } = search(index, query);
    assert.ok(sorted(hits));
  }), { numRuns: 400 });
});

test('property: NFC and NFD queries give the same results', () => {
  const index = createSearchIndex(blog);
  const hangul = fc.string({ unit: fc.constantFrom('카', '프', '파', '이', '썬', '객', '체', '분', '산', ' ', 'ㅋ', 'a') , maxLength: 8 });
  fc.assert(fc.property(hangul, (query) => {
    const nfc = search(index, query.normalize('NFC')).hits.map((h) => [h.post.id, h.score]);
    const nfd = search(index, query.normalize('NFD')).hits.map((h) => [h.post.id, h.score]);
    assert.deepEqual(nfd, nfc);
  }), { numRuns: 300 });
});

test('aliases: the built-in dictionary is written NFC and lower case, as the lookup assumes', () => {
  for (const spelling of TERM_GROUPS.flat()) {
    assert.equal(spelling, spelling.normalize('NFC').toLowerCase().trim(), spelling);
  }
});
