// Ordinary failures fail cleanly: one line on stderr in one format, a documented exit code, and
// never a stack trace, whether the index is empty, a page past the end or a command unknown; run
// in-process (source and bundle). Full and closed stdouts are in failures.e2e.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { EXIT } from '../../src/errors.js';
import { CLIS, runInProcess, validPost, writeBlog } from '../helpers.js';





for (const [name, cli] of CLIS) {
const run = (args: readonly string[]) => runInProcess(args, {}, { cli });

test(`${name}: help: an unknown command is a one-line usage error, also after help`, async () => {
  for (const [args, line] of [
    [['help', 'xyzzy'], "blog: unknown command 'xyzzy'; see 'blog --help'\n"],
    [['xyzzy'], "blog: unknown command 'xyzzy'; see 'blog --help'\n"],
    [['help', 'lst'], "blog: unknown command 'lst'; did you mean list? see 'blog --help'\n"],
    [['lst'], "blog: unknown command 'lst'; did you mean list? see 'blog --help'\n"],
  ] as const) {
    const result = await run(args);
    assert.deepEqual([result.status, result.stderr, result.stdout], [EXIT.USAGE, line, ''], args.join(' '));
  }
  const help = await run(['help', 'search']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: blog search \[options\] <query\.\.\.>/);
  assert.match((await run(['help'])).stdout, /^Usage: blog \[options\] \[command\]/);
});

test(`${name}: empty index: every command says the blog has no posts yet, exit 1, and --json prints []`, async () => {
  const file = writeBlog({ posts: [] });
  const line = `blog: the blog ${file} has no posts yet; add posts to its "posts" array\n`;
  const cases: [string[], string][] = [
    [['list'], ''], [['list', '--json'], '[]\n'], [['list', '--tag', 'x'], ''], [['list', '--page', '2'], ''],
    [['search', '카프카'], ''], [['search', '카프카', '--json'], '[]\n'], [['search', 'x', '--in', 'body'], ''],
    [['show', '1'], ''], [['show', '1', '--json'], ''], [['show', '카프카'], ''],
    [['category'], ''], [['category', '--json'], '[]\n'], [['category', '개발'], ''], [['category', '개발', '--json'], '[]\n'],
  ];
  for (const [args, stdout] of cases) {
    const result = await run(['--data', file, ...args]);
    assert.deepEqual([result.status, result.stderr, result.stdout], [EXIT.NOT_FOUND, line, stdout], args.join(' '));
  }
});

test(`${name}: paging: a page past the end says how many pages there are, singular or plural`, async () => {
  const one = await run(['list', '--page', '2']);
  assert.deepEqual([one.status, one.stderr], [EXIT.NOT_FOUND, 'blog: page 2 is past the last page; there is 1 page\n']);
  const three = await run(['list', '-n', '3', '--page', '4', '--json']);
  assert.deepEqual([three.status, three.stderr, three.stdout], [EXIT.NOT_FOUND, 'blog: page 4 is past the last page; there are 3 pages\n', '[]\n']);
});

test(`${name}: category: a near miss suggests the category; the error lists subcategories too`, async () => {
  const result = await run(['category', '게발']);
  assert.equal(result.status, EXIT.NOT_FOUND);
  assert.equal(result.stderr, 'blog: no category "게발"; did you mean "개발"? known categories: 개발, 개발/기술; run \'blog category\' for the tree\n');
  assert.match((await run(['list', '-c', '기슬'])).stderr, /^blog: no category "기슬"; did you mean "개발\/기술"\?/);
});

test(`${name}: missing body files: the index stays usable; show names the file; a body search skips it and says so`, async () => {
  const post = (id: number, slug: string, extra: object) => {
    const p: Record<string, unknown> = { ...validPost({ id, slug, title: `카프카 글 ${id}`, category: '개발' }), ...extra };
    if ('file' in extra) delete p.body;
    return p;
  };
  const file = writeBlog({
    posts: [post(1, 'here', { file: 'posts/here.md' }), post(2, 'lost', { file: 'posts/lost.md' }), post(3, 'inline', { body: '인라인 본문 파티션' })],
  }, { 'posts/here.md': '파티션 이야기\n' });
  for (const args of [['list'], ['search', '카프카'], ['category'], ['category', '개발'], ['show', '1', '--no-pager']]) {
    const result = await run(['--data', file, ...args]);
    assert.deepEqual([result.status, result.stderr], [0, ''], args.join(' '));
  }
  const show = await run(['--data', file, 'show', '2']);
  assert.equal(show.status, EXIT.USAGE);
  assert.match(show.stderr, /^blog: post 2 \(lost\): body file not found: .*\/posts\/lost\.md; fix "file" in the index or add the file\n$/);
  const search = await run(['--data', file, 'search', '파티션', '--in', 'body', '--json']);
  assert.equal(search.status, 0);
  assert.deepEqual((JSON.parse(search.stdout) as { id: number }[]).map((hit) => hit.id).sort(), [1, 3]);
  assert.equal(search.stderr, 'blog: cannot read a body file: posts/lost.md; that post was searched without its body\n');
});

/** The stderr and exit code of `blog ARGS`. */
async function failure(args: readonly string[]): Promise<{ stderr: string; code: number }> {
  const result = await run(args);
  return { stderr: result.stderr, code: result.status ?? -1 };
}

/** The one error format: "blog: <problem>; <what to do>", no nested, doubled or stray punctuation. */
function assertErrorFormat(stderr: string, what: string): void {
  const [first = ''] = stderr.split('\n');
  assert.match(first, /^blog: \S/, what);
  for (const bad of [/\(\(/, /\)\)/, /\)\s*\(/, /\.\)/, /\.\s*\(/, /[.?!;:,]\s*;/, /;\s*[.;]/, /\s[.;,]/, /\.$/]) {
    assert.doesNotMatch(first, bad, `${what}: ${first}`);
  }
  const opened = (first.match(/\(/g) ?? []).length;
  assert.equal(opened, (first.match(/\)/g) ?? []).length, `${what}: balanced parentheses`);
  assert.doesNotMatch(first.replace(/\([^()]*\)/g, ''), /[()]/, `${what}: no parentheses inside parentheses`);
}

test(`${name}: errors: every kind of failure is one line in the same format, without doubled parentheses`, async () => {
  const file = writeBlog({ posts: [validPost()] });
  const broken = writeBlog('{"posts": [\n  {"id": 1,}\n]}');
  const bad = writeBlog({ posts: [validPost({ id: 'seven', title: ['(a)', ['(b)']] })] });
  const cases = [
    ['show', '1', '2'], ['list', 'extra'], ['list', '--limit', '0'], ['list', '--sort', 'size'], ['list', '--year', '24'],
    ['list', '--bogus'], ['list', '--limt', '3'], ['show'], ['search'], ['--data'], ['show', '8', '--width', '5'],
    ['search', '--in', 'x', 'y'], ['nope'], ['lst'], ['help', 'nope'], ['-x'],
    ['list', '--page', '5'], ['list', '--year', '1999'], ['list', '-c', '요리'], ['category', '게발'], ['category', '기술', 'x'],
    ['show', '9999'], ['show', 'qqqqzzzz'], ['show', '파이썬'], ['search', 'qqqqzzzz'], ['search', 'zukiper'],
    ['--data', '/no/such/posts.json', 'list'], ['--data', broken, 'list'], ['--data', bad, 'list'], ['--data', file, 'show', '2'],
  ];
  for (const args of cases) {
    const { stderr, code } = await failure(args);
    assert.ok(code === EXIT.NOT_FOUND || code === EXIT.USAGE, `${args.join(' ')}: exit ${code}: ${stderr}`);
    assertErrorFormat(stderr, args.join(' '));
  }
});

test(`${name}: property: any command line that fails says so in the one format`, async () => {
  const token = fc.constantFrom('list', 'show', 'search', 'category', 'help', 'nope', '-n', '--limit', '--page', '--sort', '--in',
    '--width', '--json', '--bogus', '-c', '--tag', '--year', '--raw', '0', '2', '99', 'x', 'title', '개발', '게발', '카프카', 'zz', '2024');
  await fc.assert(fc.asyncProperty(fc.array(token, { minLength: 1, maxLength: 5 }), async (args) => {
    const { stderr, code } = await failure(args);
    if (code === 0) return;
    assert.ok([EXIT.NOT_FOUND, EXIT.USAGE].includes(code as 1 | 2), `${args.join(' ')}: exit ${code}: ${stderr}`);
    assertErrorFormat(stderr, args.join(' '));
  }), { numRuns: 60 });
});
}
