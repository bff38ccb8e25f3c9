// The Markdown-folder source against folders shaped like Hugo, Jekyll, Astro and Obsidian blogs.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readFolder } from '../../src/sources/folder/index.js';
import { inlineTags } from '../../src/sources/folder/post.js';
import { SourceError } from '../../src/sources/errors.js';
import { ROOT } from '../helpers.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'folders');
const read = (name: string, timezone = 'Asia/Seoul') => readFolder(path.join(FIXTURES, name), { timezone });
const byKey = async (name: string, timezone?: string) => {
  const result = await read(name, timezone);
  return { ...result, post: (key: string) => result.posts.find((p) => p.key === key)! };
};

test('folder: Hugo YAML and TOML front matter, page bundles, drafts, and _index.md left out', async () => {
  const { post, posts, skipped } = await byKey('hugo');
  assert.deepEqual(posts.map((p) => p.key).sort(), ['content/posts/kafka-isr.md', 'content/posts/page-bundle/index.md', 'content/posts/zola-toml.md']);
  const kafka = post('content/posts/kafka-isr.md');
  assert.deepEqual([kafka.title, kafka.date, kafka.updated, kafka.category, kafka.tags, kafka.summary, kafka.slug],
    ['카프카 ISR 정리', '2024-05-08T10:00:00+09:00', '2024-05-10T00:00:00+09:00', '개발/기술', ['kafka', '분산시스템'], 'ISR이 줄어들 때 일어나는 일', 'kafka-isr']);
  const toml = post('content/posts/zola-toml.md');
  assert.deepEqual([toml.title, toml.date, toml.category, toml.tags, toml.summary],
    ['스프링 트랜잭션 전파', '2024-03-02T00:00:00+09:00', '개발', ['spring', '트랜잭션'], 'REQUIRES_NEW를 쓸 때']);
  assert.equal(post('content/posts/page-bundle/index.md').slug, 'page-bundle');
  assert.deepEqual(skipped, [{ where: 'content/posts/draft.md', reason: 'a draft (draft: true)', draft: true }]);
});

test('folder: Jekyll file-name dates, space-separated categories, Korean titles that break YAML recovered with file:line', async () => {
  const { post, skipped, warnings } = await byKey('jekyll');
  const docker = post('_posts/2023-11-20-docker-network.md');
  assert.deepEqual([docker.date, docker.category, docker.tags, docker.slug], ['2023-11-20T00:00:00+09:00', 'dev/infra', ['docker', 'network'], 'docker-network']);
  assert.equal(post('_posts/2023-12-01-spring-tx.md').title, '[Spring] 트랜잭션');
  assert.equal(post('_posts/2023-12-01-spring-tx.md').category, '개발/스프링');
  assert.equal(post('_posts/2023-12-05-colon.md').title, '스프링: 트랜잭션 격리 수준');
  assert.equal(post('_posts/2023-12-05-colon.md').date, '2023-12-05T21:00:00+09:00');
  assert.equal(post('_posts/2023-12-10-quoted.markdown').title, '따옴표 "제목" 입니다');
  assert.equal(post('_posts/2023-12-10-quoted.markdown').updated, '2023-12-11T08:00:00+09:00');
  assert.deepEqual(warnings, [
    '_posts/2023-12-01-spring-tx.md:3: the title is not valid YAML; read as the text "[Spring] 트랜잭션" (put it in quotes)',
    '_posts/2023-12-05-colon.md:2: the title is not valid YAML; read as the text "스프링: 트랜잭션 격리 수준" (put it in quotes)',
  ]);
  assert.deepEqual(skipped.map((s) => [s.where, s.draft === true]), [
    ['_drafts/idea.md', true], ['_posts/2024-01-02-unpublished.md', true], ['_posts/2024-02-30-bad-date.md', false]]);
});

test('folder: Astro pubDate, updatedDate and description; an absolute url becomes the link', async () => {
  const { post } = await byKey('astro', 'America/New_York');
  const first = post('src/content/blog/first-post.mdx');
  assert.deepEqual([first.title, first.date, first.updated, first.summary], ['Astro로 블로그 만들기', '2022-07-08T00:00:00-04:00', '2022-07-10T00:00:00-04:00', 'Astro 콘텐츠 컬렉션']);
  const second = post('src/content/blog/second-post.md');
  assert.equal(second.link, 'https://example.com/blog/second-post/');
  assert.equal(second.updated, '2022-07-20T12:00:00Z');
});

test('folder: Obsidian notes: inline #tags outside code, the first heading as title, a Korean file name as an ASCII slug', async () => {
  const { post } = await byKey('obsidian');
  const note = post('notes/회고.md');
  assert.equal(note.title, '2024년 회고');
  assert.deepEqual(note.tags, ['회고', '개발/성장']);
  assert.equal(note.slug, 'hoego');
  assert.match(note.date, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/, 'no date anywhere: the file\'s modification time, in the zone');
  assert.deepEqual(post('notes/dated.md').tags, ['독서', '책']);
  assert.deepEqual(inlineTags('# 제목\n\n`#코드` #진짜 (#괄호) a#b #123 #v2\n~~~\n#펜스\n~~~\n#끝'), ['진짜', 'v2', '끝']);
});

test('folder: a file name written in NFD (macOS) gives an NFC key and slug, and the file it points to is the real one', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-nfd-'));
  const nfd = '스프링 정리.md'.normalize('NFD');
  writeFileSync(path.join(dir, nfd), '---\ntitle: 정리\ndate: 2024-01-01\n---\n본문');
  assert.ok(readdirSync(dir).includes(nfd), 'the file system kept the NFD name');
  const [post] = (await readFolder(dir, { timezone: 'UTC' })).posts;
  assert.equal(post!.key, '스프링 정리.md'.normalize('NFC'));
  assert.equal(post!.slug, 'seupeuring-jeongni');
  assert.equal(post!.file, path.join(dir, nfd));
});

test('folder: dot folders and node_modules are not read; a folder with no Markdown is a SourceError', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-skip-'));
  cpSync(path.join(FIXTURES, 'hugo'), path.join(dir, '.git', 'x'), { recursive: true });
  cpSync(path.join(FIXTURES, 'hugo'), path.join(dir, 'node_modules', 'y'), { recursive: true });
  await assert.rejects(readFolder(dir, { timezone: 'UTC' }), (error: unknown) => error instanceof SourceError && /no Markdown files/.test(error.message));
});

test('folder: front matter that cannot be read at all skips the file, naming its line', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-bad-'));
  writeFileSync(path.join(dir, 'bad.md'), '---\ntitle: 좋음\ntags: [a, b\ndate: 2024-01-01\n---\n');
  writeFileSync(path.join(dir, 'bad-toml.md'), '+++\ntitle = "a"\ndate = \n+++\n');
  writeFileSync(path.join(dir, 'good.md'), '---\ntitle: 좋음\ndate: 2024-01-01\n---\n');
  const { posts, skipped } = await readFolder(dir, { timezone: 'UTC' });
  assert.deepEqual(posts.map((p) => p.key), ['good.md']);
  assert.deepEqual(skipped.map((s) => s.where.replace(/:\d+$/, ':N')), ['bad-toml.md:N', 'bad.md:N']);
  assert.ok(skipped.every((s) => /front matter is not valid/.test(s.reason)));
});

test('folder: a symlink to a file outside the folder is not followed; categories deeper than the index allows are cut; a bad url is no link', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-link-'));
  const outside = mkdtempSync(path.join(tmpdir(), 'blog-outside-'));
  writeFileSync(path.join(outside, 'secret.md'), '---\ntitle: 비밀\ndate: 2024-01-01\n---\n');
  symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'secret.md'));
  const deep = Array.from({ length: 40 }, (_, i) => `c${i}`).join(', ');
  writeFileSync(path.join(dir, 'deep.md'), `---\ntitle: 깊다\ndate: 2024-01-01\ncategories: [${deep}]\nurl: "http://[bad"\n---\n`);
  const { posts } = await readFolder(dir, { timezone: 'UTC' });
  assert.deepEqual(posts.map((p) => p.key), ['deep.md']);
  assert.equal(posts[0]!.category!.split('/').length, 32);
  assert.equal(posts[0]!.link, undefined);
});

test('folder: YAML aliases with no anchor, or a billion laughs, skip the file instead of failing the import', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-alias-'));
  writeFileSync(path.join(dir, 'alias.md'), '---\ntitle: 별칭\ntags: *a\ndate: 2024-01-01\n---\n');
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)];
  writeFileSync(path.join(dir, 'laughs.md'), `---\ntitle: 웃음\ndate: 2024-01-01\n${laughs.join('\n')}\n---\n`);
  writeFileSync(path.join(dir, 'good.md'), '---\ntitle: 좋음\ndate: 2024-01-01\n---\n');
  const { posts, skipped } = await readFolder(dir, { timezone: 'UTC' });
  assert.deepEqual(posts.map((p) => p.key), ['good.md']);
  assert.deepEqual(skipped.map((s) => s.where.replace(/:\d+$/, '')), ['alias.md', 'laughs.md']);
});
