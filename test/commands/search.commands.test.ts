// The search acceptance table, run through the CLI in-process (source and bundle): `blog search Q --json`, first hit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLIS, runInProcess, validPost, writeBlog } from '../helpers.js';

for (const [name, cli] of CLIS) {
const run = (args: readonly string[], env: Record<string, string | undefined> = {}) => runInProcess(args, env, { cli });
const hits = async (args: string[], env: Record<string, string | undefined> = {}) => {
  const result = await run(['search', ...args, '--json'], env);
  assert.equal(result.status, 0, `blog search ${args.join(' ')}: ${result.stderr}`);
  return JSON.parse(result.stdout) as { id: number; title: string; score: number; matched: string[] }[];
};

const ACCEPTANCE: [query: string, title: string][] = [
  ['카프카', '카프카 - URP, Under Min ISR'],
  ['kafka', '카프카 - URP, Under Min ISR'],
  ['ㅋㅍㅋ', '카프카 - URP, Under Min ISR'],
  ['카프가', '카프카 - URP, Under Min ISR'],
  ['분산 테이블', 'citus - 스키마 정리하고 분산테이블 만들기'],
  ['분산테이블', 'citus - 스키마 정리하고 분산테이블 만들기'],
  ['주키퍼', 'Zookeeper 사용 목적과 사례 중심으로 정리'],
  ['zookeper', 'Zookeeper 사용 목적과 사례 중심으로 정리'],
  ['데코레이터', '[Python] Decorator'],
  ['CLICKHOUSE', 'Sentry 에서 Clickhouse 를 택한 이유'],
  ['카프카'.normalize('NFD'), '카프카 - URP, Under Min ISR'],
  ['파이썬 객체', '[파이썬] 파이썬은 모든것이 객체다'],
  ['ㅁㄷ ㄱㄹ', '__init__.py 를 이용한 모듈 관리'],
  ['python 데코레이터', '[Python] Decorator'],
  ['ㅋㅍㅋ urp', '카프카 - URP, Under Min ISR'],
  ['pyhton decorator', '[Python] Decorator'],
];

for (const [query, title] of ACCEPTANCE) {
  test(`${name}: search acceptance: ${JSON.stringify(query)} finds "${title}" first`, async () => {
    assert.equal((await hits(query.split(' ')))[0]?.title, title);
  });
}

test(`${name}: search acceptance: 파이썬 finds the four Python posts first`, async () => {
  assert.deepEqual((await hits(['파이썬'])).slice(0, 4).map((h) => h.id).sort(), [1, 2, 3, 4]);
});

test(`${name}: search: scores are stable between runs`, async () => {
  assert.deepEqual(await hits(['python']), await hits(['python']));
});

test(`${name}: search: Latin keys for Hangul are retried and the output says so`, async () => {
  const table = await run(['search', 'vkdlTjs']);
  assert.equal(table.status, 0);
  assert.match(table.stdout, /\[파이썬\] 파이썬은 모든것이 객체다/);
  assert.match(table.stdout, /^4 results for "파이썬"\n"vkdlTjs" read as "파이썬" \(typed with the keyboard in Latin mode\)$/m);
  const json = await run(['search', 'vkdlTjs', '--json']);
  assert.equal(JSON.parse(json.stdout)[0].id, 3);
  assert.match(json.stderr, /^blog: "vkdlTjs" read as "파이썬"/, 'with --json the note goes to stderr');
});

test(`${name}: search: no hits is exit 1 with a "did you mean" when something is close`, async () => {
  const result = await run(['search', 'zukiper']);
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^blog: no posts match "zukiper"; did you mean "zookeeper"\?/);
});

test(`${name}: search: words only the bodies contain are found there, and --in body searches them too`, async () => {
  const fallback = await run(['search', 'NotEnoughReplicasException']);
  assert.equal(fallback.status, 0, fallback.stderr);
  assert.match(fallback.stdout, /^no title matches "NotEnoughReplicasException"; 1 post mentions it:$/m);
  assert.match(fallback.stdout, /^ {4}line \d+: .*NotEnoughReplicasException/m);
  assert.deepEqual((await hits(['--in', 'body', 'NotEnoughReplicasException'])).map((h) => h.id), [7]);
  assert.equal((await run(['search', '--in', 'everywhere', 'x'])).status, 2);
});

test(`${name}: search: a word that matches nothing real is exit 1 with one line on stderr`, async () => {
  for (const query of ['rust', '러스트', 'kubernetes']) {
    const result = await run(['search', query]);
    assert.equal(result.status, 1, query);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, new RegExp(`^blog: no posts match "${query}"; [^\n]+\n$`));
  }
});

test(`${name}: search and show: blank or punctuation-only queries are usage errors (exit 2)`, async () => {
  for (const args of [['search', ' '], ['search', '!!!'], ['show', ' '], ['show', '...']]) {
    const result = await run(args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /^blog: the (search|show) query [^\n]*; give words to look for, e\.g\. [^\n]+\n$/);
  }
});

test(`${name}: search: an index can add aliases of its own`, async () => {
  const file = writeBlog({ aliases: { '카뿌카': ['kafka'] }, posts: [validPost({ title: '카뿌카 운영기' })] });
  assert.equal((await hits(['--data', file, 'kafka']))[0]?.title, '카뿌카 운영기');
});

test(`${name}: search: matches found on jamo, initial consonants or aliases are highlighted on the title`, async () => {
  const env = { NO_COLOR: undefined, FORCE_COLOR: '1' };
  const highlighted = async (query: string) => /\x1b\[1m\x1b\[33m([^\x1b]+)\x1b\[39m\x1b\[22m/.exec((await run(['search', query], env)).stdout)?.[1];
  assert.equal(await highlighted('ㅋㅍㅋ'), '카프카');
  assert.equal(await highlighted('kafka'), '카프카');
  assert.equal(await highlighted('주키퍼'), 'Zookeeper');
  assert.equal(await highlighted('카프가'), '카프카');
});

test(`${name}: show: several words without quotes, like search; a word only a body mentions lists the post (exit 1)`, async () => {
  assert.match((await run(['show', '카프카', 'urp', '--no-pager'])).stdout, /^카프카 - URP, Under Min ISR$/m);
  const acks = await run(['show', 'acks']);
  assert.equal(acks.status, 1);
  assert.equal(acks.stdout, '');
  assert.match(acks.stderr, /^blog: no title matches "acks"; 1 post mentions it in its body; name one by id, e\.g\. blog show 7\n +7 +카프카/);
  const rust = await run(['show', 'rust']);
  assert.equal(rust.status, 1);
  assert.match(rust.stderr, /^blog: no post matches "rust"/);
});

test(`${name}: show: words are resolved by the same search (주키퍼, ㅋㅍㅋ, vkdlTjs is ambiguous)`, async () => {
  assert.match((await run(['show', '주키퍼', '--no-pager'])).stdout, /^Zookeeper 사용 목적과 사례 중심으로 정리$/m);
  assert.match((await run(['show', 'ㅋㅍㅋ', '--no-pager'])).stdout, /^카프카 - URP, Under Min ISR$/m);
  const python = await run(['show', 'vkdlTjs']);
  assert.equal(python.status, 1);
  assert.match(python.stderr, /matches 4 posts/);
});
}
