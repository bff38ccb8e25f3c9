// The commands as users run them, in-process (runCli with a recording terminal: no terminal,
// NO_COLOR=1, COLUMNS=80 unless a test says otherwise), through the source and through the bundle
// users run (dist/blog.cjs): stdout, stderr and the exit code. cli.e2e.test.ts spawns the real
// binary for what needs a process: exit codes reaching the shell, pipes, colour.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { displayWidth } from '../../src/render/text/width.js';
import { CLIS, ROOT, runInProcess, validPost, writeBlog } from '../helpers.js';

const LIST_80 = `ID  Date        Category   Title
 8  2024-09-05  개발/기술  citus - 스키마 정리하고 분산테이블 만들기
 7  2024-08-30  개발/기술  카프카 - URP, Under Min ISR
 6  2024-08-20  개발       Sentry 에서 Clickhouse 를 택한 이유
 5  2024-08-16  개발/기술  Zookeeper 사용 목적과 사례 중심으로 정리
 4  2024-05-17  개발       [Python] Decorator
 3  2024-05-09  개발       [파이썬] 파이썬은 모든것이 객체다
 2  2024-05-08  개발       [python] __all__ 을 이용해 전체 임포트 막기
 1  2024-05-08  개발       __init__.py 를 이용한 모듈 관리
8 posts · 개발 기록
`;

/** The ids of a post table's rows, in order. */
const ids = (stdout: string) => stdout.split('\n').map((l) => /^\s*(\d+)  \d{4}-\d\d-\d\d/.exec(l)?.[1]).filter(Boolean).map(Number);
const json = <T>(stdout: string) => JSON.parse(stdout) as T;

for (const [name, cli] of CLIS) {
const run = (args: readonly string[], env: Record<string, string | undefined> = {}) => runInProcess(args, env, { cli });

async function ok(args: string[], env: Record<string, string | undefined> = {}) {
  const result = await run(args, env);
  assert.equal(result.stderr, '', `stderr of blog ${args.join(' ')}`);
  assert.equal(result.status, 0, `exit code of blog ${args.join(' ')}`);
  return result.stdout;
}

async function fails(args: string[], status: number, stderr: RegExp, env: Record<string, string | undefined> = {}) {
  const result = await run(args, env);
  assert.equal(result.status, status, `exit code of blog ${args.join(' ')}: ${result.stderr}`);
  assert.match(result.stderr, stderr);
  assert.match(result.stderr, /^blog: /);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  return result;
}

test(`${name}: a command line builds only its own command, unless what it asks for needs them all: help, version, a misspelt name`, async () => {
  const every = ['list', 'show', 'search', 'category', 'pick', 'import', 'config', 'open', 'completion'];
  for (const args of [['-h', 'list'], ['--no-color', '--help'], ['--data', 'list', '--help']]) {
    const result = await run(args);
    for (const command of every) assert.match(result.stdout, new RegExp(`^  ${command}\\b`, 'm'), `${args.join(' ')}: ${command} in the help`);
  }
  assert.match((await run(['help', 'show'])).stdout, /^Usage: blog show/m);
  assert.match((await run(['--no-color', 'lst'])).stderr, /did you mean list\?/);
  assert.match((await run(['--data', 'x.json', 'sho', '1'])).stderr, /did you mean show\?/);
  assert.match((await run(['--data=x.json', '--no-color', 'list', '--help'])).stdout, /^Usage: blog list/m);
});

test(`${name}: list: the bundled blog as a table, newest first, with a count`, async () => {
  assert.equal(await ok(['list']), LIST_80);
});

test(`${name}: list: --limit and --page cut pages and say where you are`, async () => {
  const first = await ok(['list', '-n', '3']);
  assert.deepEqual(ids(first), [8, 7, 6]);
  assert.match(first, /^1–3 of 8 posts · page 1 of 3 · next: --page 2 · 개발 기록$/m);
  const last = await ok(['list', '--limit', '3', '--page', '3']);
  assert.deepEqual(ids(last), [2, 1]);
  assert.match(last, /^7–8 of 8 posts · page 3 of 3 · 개발 기록$/m);
  await fails(['list', '-n', '3', '--page', '9'], 1, /^blog: page 9 is past the last page; there are 3 pages\n$/);
});

test(`${name}: list: --category includes subcategories and accepts a last name`, async () => {
  assert.deepEqual(ids(await ok(['list', '-c', '개발/기술'])), [8, 7, 5]);
  assert.deepEqual(ids(await ok(['list', '--category', '개발'])), [8, 7, 6, 5, 4, 3, 2, 1]);
  assert.deepEqual(ids(await ok(['list', '--category', '기술'])), [8, 7, 5]);
  await fails(['list', '--category', '요리'], 1, /^blog: no category "요리"; known categories: 개발/);
});

test(`${name}: list: --tag, --year, --sort and --reverse`, async () => {
  assert.deepEqual(ids(await ok(['list', '--tag', 'KAFKA'])), [7]);
  assert.deepEqual(ids(await ok(['list', '--tag', '파이썬', '--year', '2024'])), [4, 3, 2, 1]);
  assert.deepEqual(ids(await ok(['list', '--reverse'])), [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.deepEqual(ids(await ok(['list', '--sort', 'title'])).slice(0, 3), [1, 3, 2]);
  await fails(['list', '--year', '2023'], 1, /^blog: no posts match year 2023/);
  await fails(['list', '--year', '24'], 2, /four digits/);
  await fails(['list', '--sort', 'size'], 2, /is invalid: allowed choices are date, title; see 'blog list --help'/);
});

test(`${name}: list: --json gives metadata for scripts, [] with exit 1 when nothing matches`, async () => {
  const posts = json<Record<string, unknown>[]>(await ok(['list', '--json']));
  assert.equal(posts.length, 8);
  assert.deepEqual(Object.keys(posts[0]!), ['id', 'slug', 'title', 'category', 'date', 'tags', 'summary']);
  assert.equal(posts[0]!.title, 'citus - 스키마 정리하고 분산테이블 만들기');
  await fails(['--data', writeBlog({ posts: [] }), 'list'], 1, /^blog: the blog .*posts\.json has no posts yet; add posts to its "posts" array\n$/);
  const none = await run(['list', '--json', '--tag', 'none']);
  assert.equal(none.status, 1);
  assert.deepEqual(JSON.parse(none.stdout), []);
});

test(`${name}: list: bad options are usage errors (exit 2) with the command's help named`, async () => {
  await fails(['list', '-n', '0'], 2, /--limit must be a whole number from 1 to 9007199254740991.*'blog list --help'/);
  await fails(['list', '--bogus'], 2, /^blog: unknown option '--bogus'/);
  await fails(['nope'], 2, /^blog: unknown command 'nope'/);
});

test(`${name}: list: the table fits narrow terminals by display columns`, async () => {
  for (const columns of ['40', '60']) {
    const lines = (await ok(['list'], { COLUMNS: columns })).trimEnd().split('\n');
    for (const line of lines) assert.ok(displayWidth(line) <= Number(columns), `${columns}: "${line}"`);
    assert.ok(lines.some((l) => l.endsWith('…')), 'long titles are truncated with an ellipsis');
  }
});

test(`${name}: show: a post by id with header, rendered body and where to read on`, async () => {
  const out = await ok(['show', '7', '--no-pager']);
  const lines = out.split('\n');
  assert.equal(lines[0], '카프카 - URP, Under Min ISR');
  assert.match(lines[1]!, /^2024-08-30 17:52 \+09:00 · 개발\/기술 · \d+ min read$/);
  assert.match(lines[2]!, /#kafka #카프카/);
  assert.match(out, /^## URP와 Under Min ISR$/m);
  assert.match(out, /min\.insync\.replicas=2/);
  assert.match(out, /^previous: 6  Sentry 에서 Clickhouse 를 택한 이유$/m);
  assert.match(out, /^next:     8  citus - 스키마 정리하고 분산테이블 만들기$/m);
  assert.doesNotMatch(out, /\*\*|\x1b/);
});

test(`${name}: show: by slug, by title words, --raw and --json`, async () => {
  const source = readFileSync(path.join(ROOT, 'data/posts/kafka-urp-under-min-isr.md'), 'utf8');
  assert.equal(await ok(['show', 'kafka-urp-under-min-isr', '--raw']), source);
  assert.match(await ok(['show', '주키퍼', '--no-pager']), /^Zookeeper 사용 목적과 사례 중심으로 정리$/m);
  assert.match(await ok(['show', 'clickhouse', '--no-pager']), /^Sentry 에서 Clickhouse 를 택한 이유$/m);
  const post = json<{ id: number; body: string; tags: string[] }>(await ok(['show', '7', '--json']));
  assert.equal(post.id, 7);
  assert.equal(post.body, source);
});

test(`${name}: show: --width wraps the text at that many columns`, async () => {
  const out = await ok(['show', '8', '--no-pager', '--width', '40']);
  // A link's URL line ("[1] https://…") is never broken, so it alone may be wider.
  const tooWide = out.split('\n').filter((l) => displayWidth(l) > 40 && !/[│┌└├]/.test(l) && !/^\[\d+\] \S+$/.test(l));
  assert.deepEqual(tooWide, []);
  await fails(['show', '8', '--width', '5'], 2, /a whole number of columns from 10 to 1000/);
});

test(`${name}: show: ambiguous words list the candidates; unknown posts are not found`, async () => {
  const result = await fails(['show', '파이썬'], 1, /^blog: "파이썬" matches 4 posts; name one by id/);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^\s+3  \[파이썬\] 파이썬은 모든것이 객체다$/m);
  await fails(['show', '9999'], 1, /^blog: no post with id 9999/);
  await fails(['show', 'qqqqzzzz'], 1, /^blog: no post matches "qqqqzzzz"/);
});

test(`${name}: search: fuzzy title search, best first, with a result count`, async () => {
  const out = await ok(['search', '카프카']);
  assert.equal(out, `ID  Date        Category   Title
 7  2024-08-30  개발/기술  카프카 - URP, Under Min ISR
1 result for "카프카"
`);
  assert.deepEqual(ids(await ok(['search', 'python', '-n', '2'])).length, 2);
  assert.equal(ids(await ok(['search', 'zookeper']))[0], 5, 'a typo still finds the post');
});

test(`${name}: search: --json adds a score, best first; no hits is exit 1`, async () => {
  const hits = json<{ id: number; score: number }[]>(await ok(['search', 'clickhouse', '--json']));
  assert.equal(hits[0]!.id, 6);
  assert.equal(typeof hits[0]!.score, 'number');
  for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score <= hits[i]!.score);
  const none = await fails(['search', 'qqqqzzzz'], 1, /^blog: no posts match "qqqqzzzz"/);
  assert.equal(none.stdout, '');
  await fails(['search'], 2, /missing required argument 'query'/);
});

test(`${name}: category: the tree with counts, its JSON, and one category's posts`, async () => {
  assert.equal(await ok(['category']), '개발 (8)\n└── 기술 (3)\n8 posts in 2 categories\n');
  const tree = json<{ name: string; path: string; count: number; total: number; children: unknown[] }[]>(await ok(['category', '--json']));
  assert.deepEqual(tree, [{ name: '개발', path: '개발', count: 5, total: 8, children: [{ name: '기술', path: '개발/기술', count: 3, total: 3, children: [] }] }]);
  assert.deepEqual(ids(await ok(['category', '개발/기술'])), [8, 7, 5]);
  assert.equal(json<unknown[]>(await ok(['category', '기술', '--json'])).length, 3);
  await fails(['category', '요리'], 1, /^blog: no category "요리"/);
});

test(`${name}: global: --help with examples, --version, and help per command`, async () => {
  const help = await ok(['--help']);
  assert.match(help, /Usage: blog \[options\] \[command\]/);
  assert.match(help, /Examples:\n  \$ blog list/);
  for (const command of ['list', 'show', 'search', 'category']) {
    assert.match(await ok([command, '--help']), new RegExp(`Examples:\\n  \\$ blog ${command}`));
  }
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(await ok(['--version']), `${pkg.version}\n`);
});

test(`${name}: data: --data beats BLOG_DATA, which beats the bundled blog, from any folder`, async () => {
  const mine = writeBlog({ posts: [validPost({ title: '내 블로그 글' })] });
  const other = writeBlog({ posts: [validPost({ title: '다른 블로그' })] });
  assert.match(await ok(['list'], { BLOG_DATA: mine }), /내 블로그 글/);
  assert.match(await ok(['--data', other, 'list'], { BLOG_DATA: mine }), /다른 블로그/);
  assert.match(await ok(['list', '--data', other]), /다른 블로그/, 'a global option may follow the command');
});

test(`${name}: errors: an unusable index is exit 2 with one clear line`, async () => {
  const missing = path.join(ROOT, 'test', 'no-such.json');
  const gone = await fails(['--data', missing, 'list'], 2, /^blog: index file not found: .*no-such\.json; pass --data FILE or set BLOG_DATA/);
  assert.equal(gone.stderr.split('\n').length, 2, 'exactly one line');
  await fails(['--data', writeBlog('{"posts": [\n  {"id": 1,}\n]}'), 'list'], 2, /not valid JSON at line 2, column 12/);
  const noTitle = validPost({ id: 4 }) as Record<string, unknown>;
  delete noTitle.title;
  await fails(['--data', writeBlog({ posts: [noTitle] }), 'list'], 2, /post id 4 \(posts\[0\]\): missing required field "title"/);
  await fails(['--data', writeBlog({ posts: [validPost(), validPost({ slug: 'b' })] }), 'list'], 2, /duplicate id 1/);
  await fails(['--data', writeBlog({ posts: [validPost({ date: 'yesterday' })] }), 'list'], 2, /"date" must be an ISO 8601 date/);
  const outside = { ...validPost({ file: '../../etc/passwd' }), body: undefined };
  await fails(['--data', writeBlog({ posts: [outside] }), 'list'], 2, /points outside the blog folder/);
  const lost = { ...validPost({ file: 'posts/lost.md' }), body: undefined };
  await fails(['--data', writeBlog({ posts: [lost] }), 'show', '1'], 2, /post 1 \(hello\): body file not found/);
});

test(`${name}: errors: an index file is never modified by reading it`, async () => {
  const text = JSON.stringify({ posts: [validPost({ title: '  공백  ' })] });
  const file = writeBlog(text);
  await ok(['--data', file, 'list']);
  await ok(['--data', file, 'show', '1', '--no-pager']);
  assert.equal(readFileSync(file, 'utf8'), text);
});

test(`${name}: inert: hostile titles, categories, tags and bodies never reach the output raw`, async () => {
  const evil = '\x1b]0;pwned\x07\x1b[2J\x9b31m\u202e';
  const file = writeBlog({ posts: [validPost({ title: `제목${evil}끝`, category: `개발${evil}/기술`, tags: [`tag${evil}`], summary: evil, body: `# 본문${evil}\n\n글 &#27;[31m 빨강 ${evil}\n` })] });
  const allowed = /\x1b\[[0-9;]*m|\x1b\]8;[^\x07\x1b]*(?:\x07|\x1b\\)/g;
  for (const args of [['list'], ['search', '제목'], ['show', '1', '--no-pager'], ['show', '1', '--raw'], ['category'], ['category', '기술']]) {
    for (const env of [{}, { NO_COLOR: undefined, FORCE_COLOR: '3' }]) {
      const out = await ok(['--data', file, ...args], env);
      assert.doesNotMatch(out.replace(allowed, ''), /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/, args.join(' '));
      assert.doesNotMatch(out, /pwned|\]0;|\[2J/, args.join(' '));
    }
  }
  const raw = await ok(['--data', file, 'list', '--json']);
  assert.doesNotMatch(raw, /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/, 'JSON escapes them');
  assert.match(json<{ title: string }[]>(raw)[0]!.title, /\x1b\]0;pwned/, 'JSON keeps the data itself');
});

test(`${name}: width: no line of any command is wider than COLUMNS, with or without colour`, async () => {
  const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m|\x1b\]8;[^\x07]*\x07/g, '');
  const commands = [['list'], ['list', '-n', '3'], ['search', '카프카'], ['search', 'vkdlTjs'], ['category'], ['category', '개발'], ['show', '7', '--no-pager'], ['show', '3', '--no-pager']];
  for (const columns of [12, 20, 30, 45, 60, 100, 160]) {
    for (const args of commands) {
      for (const env of [{}, { NO_COLOR: undefined, FORCE_COLOR: '3' }]) {
        const out = strip(await ok(args, { COLUMNS: String(columns), ...env }));
        const limit = args[0] === 'show' ? Math.max(20, Math.min(columns, 100)) : columns;
        const wide = out.split('\n').filter((line) => displayWidth(line) > limit && !/^\[\d+\] \S+$/.test(line));
        assert.deepEqual(wide, [], `blog ${args.join(' ')} at ${columns} columns`);
      }
    }
  }
});

test(`${name}: piped: with COLUMNS unset every full title is printed, for grep; COLUMNS still cuts`, async () => {
  const titles = Array.from({ length: 6 }, (_, i) => `${i + 1}번째 ${'아주 길고 자세한 제목 '.repeat(5 + i)}Kafka ISR notes ${i + 1}`);
  const file = writeBlog({ posts: titles.map((title, i) => validPost({ id: i + 1, slug: `p-${i + 1}`, title, category: `개발/${'하위분류'.repeat(i + 1)}` })) });
  for (const args of [['list'], ['category', '개발'], ['list', '-n', '2', '--page', '2']]) {
    const piped = await ok(['--data', file, ...args], { COLUMNS: undefined });
    const shown = titles.filter((title) => piped.split('\n').some((line) => line.includes(title)));
    assert.equal(shown.length, args.length > 2 ? 2 : titles.length, `blog ${args.join(' ')}`);
    assert.match(piped, /개발\/하위분류하위분류하위분류  /, 'categories are whole too');
  }
  const cut = await ok(['--data', file, 'list'], { COLUMNS: '80' });
  assert.ok(cut.split('\n').every((line) => displayWidth(line) <= 80));
  assert.ok(!titles.some((title) => cut.includes(title)));
});

test(`${name}: category: --limit, --page, --sort, --reverse and --json like list; paging the tree is a usage error`, async () => {
  const first = await ok(['category', '개발', '-n', '3', '--page', '2']);
  assert.deepEqual(ids(first), [5, 4, 3]);
  assert.match(first, /^4–6 of 8 posts · page 2 of 3 · next: --page 3$/m);
  assert.deepEqual(ids(await ok(['category', '기술', '--reverse'])), [5, 7, 8]);
  assert.deepEqual(ids(await ok(['category', '개발', '--sort', 'title', '-n', '3'])), ids(await ok(['list', '--sort', 'title', '-n', '3'])));
  assert.deepEqual(json<{ id: number }[]>(await ok(['category', '기술', '--json', '-n', '1', '--page', '3'])).map((p) => p.id), [5]);
  await fails(['category', '기술', '-n', '2', '--page', '5'], 1, /^blog: page 5 is past the last page; there are 2 pages/);
  await fails(['category', '-n', '2'], 2, /^blog: --limit applies to the posts of a category, not to the tree/);
  await fails(['category', '개발', '--sort', 'size'], 2, /allowed choices are date, title/);
});
}
