// `blog import` run in-process: where the index goes, what a re-import keeps, what --dry-run,
// --prune and --set-default do, and the exit codes.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, runInProcess } from '../helpers.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'folders');

/** A copy of a fixture folder, with empty config and data folders beside it. */
function workspace(fixture: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-import-'));
  const folder = path.join(dir, fixture);
  cpSync(path.join(FIXTURES, fixture), folder, { recursive: true });
  const env = { XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'data'), TZ: 'UTC' };
  return { dir, folder, env, index: path.join(folder, 'posts.json') };
}

type Report = Record<'added' | 'updated' | 'unchanged' | 'kept' | 'removed', { id: number; slug: string; title: string; key: string }[]>
  & { skipped: { where: string }[]; errors: { where: string }[]; index: string };
const json = (stdout: string) => JSON.parse(stdout) as Report;
const posts = (index: string) => (JSON.parse(readFileSync(index, 'utf8')) as { posts: { id: number; slug: string; title: string; updated?: string; file?: string }[] }).posts;

test('import: a Hugo folder becomes <folder>/posts.json, pointing at the files, readable by list and show', async () => {
  const { folder, env, index } = workspace('hugo');
  const run = await runInProcess(['import', folder, '--timezone', 'Asia/Seoul'], env);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^Imported into .*hugo\/posts\.json:\n  3 added, 0 updated, 0 unchanged, 0 kept, 0 removed, 1 skipped\n/);
  assert.match(run.stdout, new RegExp(`To read it by default: blog config set data ${index.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n$`));
  assert.equal(run.stderr, 'blog: skipped content/posts/draft.md: a draft (draft: true)\n');
  assert.deepEqual(posts(index).map((p) => p.file), ['content/posts/kafka-isr.md', 'content/posts/page-bundle/index.md', 'content/posts/zola-toml.md']);
  const show = await runInProcess(['--data', index, 'show', 'kafka-isr', '--raw'], env);
  assert.equal(show.stdout, '# 카프카 ISR\n\n`min.insync.replicas`가 중요하다.\n', 'the body is read without its front matter');
  const list = await runInProcess(['--data', index, 'list', '--json'], env);
  assert.deepEqual((JSON.parse(list.stdout) as { id: number }[]).map((p) => p.id), [1, 3, 2]);
});

test('import: a re-import keeps ids, updates what changed (with "updated"), counts the rest unchanged, keeps hand-edited aliases', async () => {
  const { folder, env, index } = workspace('hugo');
  await runInProcess(['import', folder], env);
  const edited = JSON.parse(readFileSync(index, 'utf8')) as Record<string, unknown>;
  edited.aliases = { 카프카: ['kafka'] };
  edited.blog = { title: '내 블로그' };
  writeFileSync(index, JSON.stringify(edited, null, 2));
  const kafka = path.join(folder, 'content', 'posts', 'kafka-isr.md');
  writeFileSync(kafka, readFileSync(kafka, 'utf8').replace('중요하다', '아주 중요하다').replace(/lastmod: .*\n/, ''));
  writeFileSync(path.join(folder, 'content', 'posts', 'new.md'), '---\ntitle: 새 글\ndate: 2024-07-01\nslug: kafka-isr\n---\n새로');
  const run = await runInProcess(['import', folder, '--json'], env);
  assert.equal(run.status, 0, run.stderr);
  const report = json(run.stdout);
  assert.deepEqual(report.updated.map((c) => [c.id, c.slug]), [[1, 'kafka-isr']]);
  assert.deepEqual(report.unchanged.map((c) => c.id), [2, 3]);
  assert.deepEqual(report.added.map((c) => [c.id, c.slug]), [[4, 'kafka-isr-2']]);
  const after = JSON.parse(readFileSync(index, 'utf8')) as { aliases: unknown; blog: unknown; posts: { id: number; updated?: string }[] };
  assert.deepEqual(after.aliases, { 카프카: ['kafka'] });
  assert.deepEqual(after.blog, { title: '내 블로그' });
  assert.ok(Date.now() - Date.parse(after.posts.find((p) => p.id === 1)!.updated!) < 60_000, 'updated is now: the source gives no lastmod any more');
  assert.equal(readFileSync(`${index}.bak`, 'utf8'), JSON.stringify(edited, null, 2), 'the previous index is kept as posts.json.bak');
  const again = json((await runInProcess(['import', folder, '--json'], env)).stdout);
  assert.deepEqual([again.added.length, again.updated.length, again.unchanged.length], [0, 0, 4]);
});

test('import: a deleted file is kept and reported, and removed with --prune', async () => {
  const { folder, env, index } = workspace('hugo');
  await runInProcess(['import', folder], env);
  rmSync(path.join(folder, 'content', 'posts', 'zola-toml.md'));
  const kept = await runInProcess(['import', folder], env);
  assert.match(kept.stdout, /0 added, 0 updated, 2 unchanged, 1 kept, 0 removed/);
  assert.match(kept.stdout, /kept +3 {2}스프링 트랜잭션 전파 \(gone from the source; --prune removes a folder's\)/);
  assert.equal(posts(index).length, 3);
  const pruned = await runInProcess(['import', folder, '--prune'], env);
  assert.match(pruned.stdout, /removed +3 {2}스프링 트랜잭션 전파/);
  assert.deepEqual(posts(index).map((p) => p.id), [1, 2]);
});

test('import: --dry-run says what would change and writes nothing, not even a folder', async () => {
  const { folder, env, dir } = workspace('hugo');
  const before = readdirSync(dir, { recursive: true }).map(String).sort();
  const run = await runInProcess(['import', folder, '--dry-run'], env);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^Would import into .*: \n?|^Would import into/);
  assert.match(run.stdout, /3 added/);
  assert.doesNotMatch(run.stdout, /blog config set/);
  assert.deepEqual(readdirSync(dir, { recursive: true }).map(String).sort(), before);
});

test('import: no source re-imports every source the index records', async () => {
  const { folder, env, index } = workspace('hugo');
  await runInProcess(['import', folder], env);
  writeFileSync(path.join(folder, 'content', 'posts', 'later.md'), '---\ntitle: 나중 글\ndate: 2024-08-01\n---\n');
  const run = await runInProcess(['--data', index, 'import', '--json'], env);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(json(run.stdout).added.map((c) => c.title), ['나중 글']);
});

test('import: exit 1 when some files were skipped with errors (each on stderr), 2 when nothing could be read', async () => {
  const jekyll = workspace('jekyll');
  const some = await runInProcess(['import', jekyll.folder], jekyll.env);
  assert.equal(some.status, 1);
  assert.match(some.stderr, /^blog: skipped _posts\/2024-02-30-bad-date\.md: the file name's date 2024-02-30 is not a date$/m);
  assert.match(some.stderr, /^blog: warning: _posts\/2023-12-01-spring-tx\.md:3: the title is not valid YAML/m);
  assert.match(some.stderr, /blog: 1 item was not imported \(listed above\); fix them and run blog import again\n$/);
  assert.ok(existsSync(jekyll.index), 'what could be read was imported');
  const { env, dir } = workspace('hugo');
  const missing = await runInProcess(['import', path.join(dir, 'nope')], env);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^blog: no such folder or file: .*nope; give a folder of Markdown files, a feed file/);
  const empty = path.join(dir, 'empty');
  mkdirSync(empty);
  writeFileSync(path.join(empty, 'broken.md'), '---\ntitle: 글\ntags: [a, b\ndate: 2024-01-01\n---\n');
  const broken = await runInProcess(['import', empty], env);
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /blog: nothing could be imported from .*empty: 1 file has problems/);
  assert.ok(!existsSync(path.join(empty, 'posts.json')));
  const feed = await runInProcess(['import', 'https://blog.example.com/rss'], env);
  assert.equal(feed.status, 2);
  assert.equal(feed.stderr.split('\n').length, 2, 'one line');
});

test('import: the target is --data (a folder means its posts.json), else BLOG_DATA, else the config\'s data; never the bundled sample', async () => {
  const { folder, env, dir } = workspace('hugo');
  const viaFlag = await runInProcess(['--data', `${folder}/`, 'import', folder, '--json'], { ...env, BLOG_DATA: path.join(dir, 'other.json') });
  assert.equal(json(viaFlag.stdout).index, path.join(folder, 'posts.json'));
  const viaEnv = await runInProcess(['import', path.join(folder, 'content'), '--json'], { ...env, BLOG_DATA: path.join(folder, 'env.json') });
  assert.equal(json(viaEnv.stdout).index, path.join(folder, 'env.json'));
  mkdirSync(path.join(dir, 'config', 'blog'), { recursive: true });
  writeFileSync(path.join(dir, 'config', 'blog', 'config.json'), JSON.stringify({ data: path.join(folder, 'config.json') }));
  const viaConfig = await runInProcess(['import', folder, '--json'], env);
  assert.equal(json(viaConfig.stdout).index, path.join(folder, 'config.json'));
  const outside = await runInProcess(['--data', path.join(dir, 'elsewhere', 'x', 'posts.json'), 'import', folder], env);
  assert.equal(outside.status, 2);
  assert.match(outside.stderr, /must be in the folder .*hugo or a folder above it/);
  const bundled = await runInProcess(['--data', path.join(ROOT, 'data', 'posts.json'), 'import', folder], env);
  assert.equal(bundled.status, 2);
  assert.match(bundled.stderr, /never writes into the bundled sample blog/);
});

test('import: --set-default writes the index into the config file; then it is the default and no hint is printed', async () => {
  const { folder, env, index } = workspace('hugo');
  const run = await runInProcess(['import', folder, '--set-default'], env);
  assert.equal(run.status, 0);
  assert.match(run.stderr, /is now the default index/);
  assert.doesNotMatch(run.stdout, /blog config set/);
  const config = JSON.parse(readFileSync(path.join(env.XDG_CONFIG_HOME, 'blog', 'config.json'), 'utf8')) as { data: string };
  assert.equal(config.data, index);
  const list = await runInProcess(['list', '--json'], env);
  assert.equal((JSON.parse(list.stdout) as unknown[]).length, 3, 'blog reads the imported index by default now');
  const again = await runInProcess(['import'], env);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /^Nothing changed in /);
  assert.doesNotMatch(again.stdout, /blog config set/);
});

test('import: a feed with no target goes under $XDG_DATA_HOME/blog/<name>/', async () => {
  const { feedName } = await import('../../src/commands/import.js');
  assert.equal(feedName('https://www.Example.tistory.com/rss'), 'example.tistory.com');
  assert.equal(feedName('https://medium.com/feed/@카카오'), 'medium.com-feed-kakao');
  assert.equal(feedName('https://velog.io/rss/%EC%B9%B4%EC%B9%B4%EC%98%A4'), 'velog.io-rss-kakao', 'percent-encoded Korean, decoded then romanised');
  assert.equal(feedName('/home/me/블로그.xml'), 'beullogeu');
  const { env, dir } = workspace('hugo');
  const run = await runInProcess(['import', 'https://blog.example.com/rss', '--dry-run'], env);
  assert.equal(run.status, 2, 'the stub feed source refuses, but the target was worked out first');
  assert.ok(!existsSync(path.join(dir, 'data')));
});

test('import: on a terminal, a long import draws a progress bar on stderr and clears it; piped, nothing', async () => {
  const { dir, env } = workspace('hugo');
  const many = path.join(dir, 'many');
  mkdirSync(many);
  for (let i = 0; i < 30; i++) writeFileSync(path.join(many, `post-${i}.md`), `---\ntitle: 글 ${i}\ndate: 2024-01-01\n---\n`);
  const tty = await runInProcess(['import', many, '--dry-run'], env, { tty: { columns: 80, rows: 24, errorColumns: 50 } });
  assert.match(tty.stderr, /\rimporting \. \[#*·*\] \d+\/30\x1b\[K/);
  assert.ok(tty.stderr.endsWith('\r\x1b[K'), 'cleared at the end');
  const piped = await runInProcess(['import', many, '--dry-run'], env);
  assert.equal(piped.stderr, '');
});

test('import: titles from the source are printed inert', async () => {
  const { dir, env } = workspace('hugo');
  const evil = path.join(dir, 'evil');
  mkdirSync(evil);
  writeFileSync(path.join(evil, 'x.md'), '---\ntitle: "나쁜 \\e]0;title\\a 제목"\ndate: 2024-01-01\n---\n');
  const run = await runInProcess(['import', evil], env);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /added +1 {2}나쁜 .*제목\n/);
  assert.doesNotMatch(run.stdout, /[\u001b\u0007]/);
});

test('import: dates without an offset are read in --timezone, which beats the config\'s timezone', async () => {
  const { folder, env, dir, index } = workspace('hugo');
  mkdirSync(path.join(dir, 'config', 'blog'), { recursive: true });
  writeFileSync(path.join(dir, 'config', 'blog', 'config.json'), '{"timezone": "America/New_York"}');
  await runInProcess(['import', folder, '--dry-run'], env);
  await runInProcess(['import', folder], env);
  const date = () => (JSON.parse(readFileSync(index, 'utf8')) as { posts: { slug: string; date: string }[] }).posts.find((p) => p.slug === 'zola-toml')!.date;
  assert.equal(date(), '2024-03-02T00:00:00-05:00');
  rmSync(index);
  await runInProcess(['import', folder, '--timezone', 'Asia/Seoul'], env);
  assert.equal(date(), '2024-03-02T00:00:00+09:00');
  const bad = await runInProcess(['import', folder, '--timezone', 'Mars/Olympus'], env);
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr, 'blog: unknown time zone "Mars/Olympus"; give an IANA name, like Asia/Seoul or UTC\n');
});

test('import: a source keeps the time zone it was imported in; a re-import without --timezone changes nothing', async () => {
  const { folder, env, index } = workspace('hugo');
  await runInProcess(['import', folder, '--timezone', 'Asia/Seoul'], env);
  const before = readFileSync(index, 'utf8');
  const again = await runInProcess(['import', '--json'], { ...env, BLOG_DATA: index });
  assert.equal(again.status, 0, again.stderr);
  assert.equal(json(again.stdout).updated.length, 0, 'no date moved to the system zone (UTC here)');
  assert.equal(json(again.stdout).unchanged.length, 3);
  const byFolder = await runInProcess(['import', folder, '--json'], env);
  assert.equal(json(byFolder.stdout).updated.length, 0, 'naming the folder again keeps its zone too');
  assert.equal(readFileSync(index, 'utf8'), before);
  const moved = await runInProcess(['import', folder, '--timezone', 'UTC', '--json'], env);
  assert.equal(json(moved.stdout).updated.length, 3, '--timezone still changes it');
});

test('import: a configured data folder means its posts.json, and is then the default (no hint printed)', async () => {
  const { folder, env, dir, index } = workspace('hugo');
  mkdirSync(path.join(dir, 'config', 'blog'), { recursive: true });
  writeFileSync(path.join(dir, 'config', 'blog', 'config.json'), JSON.stringify({ data: folder }));
  const run = await runInProcess(['import', folder], env);
  assert.equal(run.status, 0, run.stderr);
  assert.ok(existsSync(index));
  assert.doesNotMatch(run.stdout, /blog config set/);
});
