// Deterministic synthetic blog indexes for benchmarks: Korean/English titles, categories, tags,
// dates and short inline bodies. The same size always gives the same file.
//   node --import tsx bench/generate.mts 100000 bench/out/posts-100k.json
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a tiny seeded PRNG, so every run writes the same index. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  ['카프카', 'kafka'], ['주키퍼', 'zookeeper'], ['클릭하우스', 'clickhouse'], ['파이썬', 'python'], ['레디스', 'redis'],
  ['쿠버네티스', 'kubernetes'], ['도커', 'docker'], ['포스트그레스', 'postgresql'], ['엘라스틱서치', 'elasticsearch'],
  ['스파크', 'spark'], ['리액트', 'react'], ['타입스크립트', 'typescript'], ['자바', 'java'], ['스프링', 'spring'],
  ['몽고디비', 'mongodb'], ['하둡', 'hadoop'], ['테라폼', 'terraform'], ['리눅스', 'linux'], ['깃', 'git'], ['시투스', 'citus'],
] as const;
const SUBJECTS = ['파티션', '복제', '인덱스', '트랜잭션', '캐시', '스키마', '분산테이블', '데코레이터', '모듈', '클러스터', '리더 선출',
  'consumer group', 'offset', 'memory', 'GC 튜닝', '모니터링', '장애 대응', '성능', '마이그레이션', '보안', '쿼리 최적화', 'ISR', 'URP'];
const ENDINGS = ['정리', '이해하기', '사례 중심으로 정리', '실전 가이드', '삽질기', '입문', '심화', 'deep dive', '트러블슈팅', '운영 노트',
  '를 택한 이유', '설정 방법', '비교', 'FAQ', '에서 배운 것'];
const CATEGORIES = ['개발', '개발/기술', '개발/데이터베이스', '개발/인프라', '개발/언어/파이썬', '일상', '회고', '독서'];
const SENTENCES = ['운영 중에 겪은 문제를 정리한다.', '설정값 하나가 큰 차이를 만든다.', 'We measured it twice.', '핵심은 단순하게 유지하는 것이다.',
  '로그를 먼저 본다.', 'The fix was one line.', '지표를 보고 판단한다.'];

export function generatePosts(count: number, seed = 42) {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  return Array.from({ length: count }, (_, i) => {
    const [korean, english] = pick(TOPICS);
    const name = rand() < 0.6 ? korean : english[0]!.toUpperCase() + english.slice(1);
    const title = `${name} ${pick(SUBJECTS)} ${pick(ENDINGS)}`;
    const date = new Date(start + Math.floor(rand() * span)).toISOString().replace(/\.\d+Z$/, '+00:00');
    return {
      id: i + 1,
      slug: `post-${i + 1}`,
      title,
      category: pick(CATEGORIES),
      date,
      tags: [korean, english],
      summary: `${title}에 대한 짧은 글.`,
      body: `## ${name}\n\n${pick(SENTENCES)} ${pick(SENTENCES)}\n`,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 10000);
  const out = process.argv[3] ?? `bench/out/posts-${count}.json`;
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ blog: { title: 'synthetic' }, posts: generatePosts(count) }));
  console.log(`wrote ${count} posts to ${out}`);
}
