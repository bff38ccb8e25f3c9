// Ordinary failures fail cleanly: one line on stderr in one format, a documented exit code, and
// never a stack trace, whether stdout is full or closed, the index is empty or a command unknown.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import fc from 'fast-check';
import { EXIT } from '../src/errors.js';
import { BIN, runBlog, validPost, writeBlog } from './helpers.js';

/** Runs `blog ARGS` through sh, so the test can redirect its stdout as a user would. */
function shell(args: string, redirect: string) {
  const env = { ...process.env, NO_COLOR: '1', COLUMNS: '80' };
  delete env.BLOG_DATA;
  const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" ${args} ${redirect}`], { encoding: 'utf8', env });
  return { status: result.status, stderr: result.stderr };
}

const WRITERS = ['list', 'list --json', 'show 7 --no-pager', 'show 7 --json', 'show 7 --raw', 'search 카프카', 'search 카프카 --json',
  'category', 'category --json', 'category 개발', '--help', 'list --help', 'help', 'help show', '--version'];

test('e2e write errors: a full disk is exit 74 with one line, for every command and help and version', () => {
  for (const args of WRITERS) {
    const result = shell(args, '> /dev/full');
    assert.equal(result.stderr, 'blog: cannot write output: no space left on device\n', args);
    assert.equal(result.status, EXIT.IO, args);
  }
});

test('e2e write errors: a closed stdout (>&-) is exit 74 with one line, not a silent success', () => {
  for (const args of WRITERS) {
    const result = shell(args, '>&-');
    assert.equal(result.stderr, 'blog: cannot write output: stdout is closed\n', args);
    assert.equal(result.status, EXIT.IO, args);
  }
});

test('e2e write errors: output thrown away on purpose is no error', () => {
  assert.deepEqual(shell('list', '> /dev/null'), { status: 0, stderr: '' });
  assert.deepEqual(shell('list', '>&- 2>/dev/null'), { status: 0, stderr: '' }, 'all output discarded: nobody to tell');
  assert.deepEqual(shell('show 7 --no-pager', '| head -c 10 > /dev/null'), { status: 0, stderr: '' }, 'a reader that leaves is quiet');
  const ignored = spawnSync(process.execPath, [BIN, 'list'], { stdio: 'ignore' });
  assert.equal(ignored.status, 0, "spawn's stdio 'ignore'");
});

test('e2e write errors: a command that fails after a failed write keeps exit 74 and says both', () => {
  const result = shell('list --json --tag nope', '> /dev/full');
  assert.equal(result.status, EXIT.IO);
  assert.deepEqual(result.stderr.split('\n').sort(), ['', 'blog: cannot write output: no space left on device',
    'blog: no posts match tag "nope"; run \'blog list\' without filters to see every post']);
});

test('e2e help: an unknown command is a one-line usage error, also after help', () => {
  for (const [args, line] of [
    [['help', 'nope'], "blog: unknown command 'nope'; see 'blog --help'\n"],
    [['nope'], "blog: unknown command 'nope'; see 'blog --help'\n"],
    [['help', 'lst'], "blog: unknown command 'lst'; did you mean list? see 'blog --help'\n"],
    [['lst'], "blog: unknown command 'lst'; did you mean list? see 'blog --help'\n"],
  ] as const) {
    const result = runBlog(args);
    assert.deepEqual([result.status, result.stderr, result.stdout], [EXIT.USAGE, line, ''], args.join(' '));
  }
  const help = runBlog(['help', 'search']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: blog search \[options\] <query\.\.\.>/);
  assert.match(runBlog(['help']).stdout, /^Usage: blog \[options\] \[command\]/);
});

test('e2e empty index: every command says the blog has no posts yet, exit 1, and --json prints []', () => {
  const file = writeBlog({ posts: [] });
  const line = `blog: the blog ${file} has no posts yet; add posts to its "posts" array\n`;
  const cases: [string[], string][] = [
    [['list'], ''], [['list', '--json'], '[]\n'], [['list', '--tag', 'x'], ''], [['list', '--page', '2'], ''],
    [['search', '카프카'], ''], [['search', '카프카', '--json'], '[]\n'], [['search', 'x', '--in', 'body'], ''],
    [['show', '1'], ''], [['show', '1', '--json'], ''], [['show', '카프카'], ''],
    [['category'], ''], [['category', '--json'], '[]\n'], [['category', '개발'], ''], [['category', '개발', '--json'], '[]\n'],
  ];
  for (const [args, stdout] of cases) {
    const result = runBlog(['--data', file, ...args]);
    assert.deepEqual([result.status, result.stderr, result.stdout], [EXIT.NOT_FOUND, line, stdout], args.join(' '));
  }
});

test('e2e paging: a page past the end says how many pages there are, singular or plural', () => {
  const one = runBlog(['list', '--page', '2']);
  assert.deepEqual([one.status, one.stderr], [EXIT.NOT_FOUND, 'blog: page 2 is past the last page; there is 1 page\n']);
  const three = runBlog(['list', '-n', '3', '--page', '4', '--json']);
  assert.deepEqual([three.status, three.stderr, three.stdout], [EXIT.NOT_FOUND, 'blog: page 4 is past the last page; there are 3 pages\n', '[]\n']);
});

test('e2e category: a near miss suggests the category; the error lists subcategories too', () => {
  const result = runBlog(['category', '게발']);
  assert.equal(result.status, EXIT.NOT_FOUND);
  assert.equal(result.stderr, 'blog: no category "게발"; did you mean "개발"? known categories: 개발, 개발/기술; run \'blog category\' for the tree\n');
  assert.match(runBlog(['list', '-c', '기슬']).stderr, /^blog: no category "기슬"; did you mean "개발\/기술"\?/);
});

test('e2e missing body files: the index stays usable; show names the file; a body search skips it and says so', () => {
  const post = (id: number, slug: string, extra: object) => {
    const p: Record<string, unknown> = { ...validPost({ id, slug, title: `카프카 글 ${id}`, category: '개발' }), ...extra };
    if ('file' in extra) delete p.body;
    return p;
  };
  const file = writeBlog({
    posts: [post(1, 'here', { file: 'posts/here.md' }), post(2, 'lost', { file: 'posts/lost.md' }), post(3, 'inline', { body: '인라인 본문 파티션' })],
  }, { 'posts/here.md': '파티션 이야기\n' });
  for (const args of [['list'], ['search', '카프카'], ['category'], ['category', '개발'], ['show', '1', '--no-pager']]) {
    const result = runBlog(['--data', file, ...args]);
    assert.deepEqual([result.status, result.stderr], [0, ''], args.join(' '));
  }
  const show = runBlog(['--data', file, 'show', '2']);
  assert.equal(show.status, EXIT.USAGE);
  assert.match(show.stderr, /^blog: post 2 \(lost\): body file not found: .*\/posts\/lost\.md; fix "file" in the index or add the file\n$/);
  const search = runBlog(['--data', file, 'search', '파티션', '--in', 'body', '--json']);
  assert.equal(search.status, 0);
  assert.deepEqual((JSON.parse(search.stdout) as { id: number }[]).map((hit) => hit.id).sort(), [1, 3]);
  assert.equal(search.stderr, 'blog: cannot read a body file: posts/lost.md; that post was searched without its body\n');
});

/** The real binary's stderr and exit code (in-process main() would share stdout with the test reporter). */
function run(args: readonly string[]): { stderr: string; code: number } {
  const result = runBlog(args);
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

test('e2e errors: every kind of failure is one line in the same format, without doubled parentheses', () => {
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
    const { stderr, code } = run(args);
    assert.ok(code === EXIT.NOT_FOUND || code === EXIT.USAGE, `${args.join(' ')}: exit ${code}: ${stderr}`);
    assertErrorFormat(stderr, args.join(' '));
  }
});

test('property e2e: any command line that fails says so in the one format', () => {
  const token = fc.constantFrom('list', 'show', 'search', 'category', 'help', 'nope', '-n', '--limit', '--page', '--sort', '--in',
    '--width', '--json', '--bogus', '-c', '--tag', '--year', '--raw', '0', '2', '99', 'x', 'title', '개발', '게발', '카프카', 'zz', '2024');
  fc.assert(fc.property(fc.array(token, { minLength: 1, maxLength: 5 }), (args) => {
    const { stderr, code } = run(args);
    if (code === 0) return;
    assert.ok([EXIT.NOT_FOUND, EXIT.USAGE].includes(code as 1 | 2), `${args.join(' ')}: exit ${code}: ${stderr}`);
    assertErrorFormat(stderr, args.join(' '));
  }), { numRuns: 60 });
});
