// Input past the documented limits is a clean usage error (exit 2) that says what the limit is,
// and no error repeats more than a short cut excerpt of what was typed: long query words, widths,
// page numbers, ids past 2^53 - 1, an empty --data. Run in-process (source and bundle).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { EXIT } from '../../src/errors.js';
import { CLIS, runInProcess, validPost, writeBlog } from '../helpers.js';

/** The longest stderr line any of these errors may print: the message, a 40-character excerpt and a hint. */
const MAX_LINE = 240;

const oneShortLine = (stderr: string, what: string) => {
  assert.equal(stderr.split('\n').length, 2, `one line for ${what}: ${stderr.slice(0, 300)}`);
  assert.ok([...stderr].length <= MAX_LINE, `at most ${MAX_LINE} characters for ${what}, got ${stderr.length}`);
};

const word = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom('가', '카', 'ㅋ', 'a', 'Z', '9', '프', '😀'), minLength, maxLength });

for (const [name, cli] of CLIS) {
  const run = (args: readonly string[], env: Record<string, string | undefined> = {}) => runInProcess(args, env, { cli });

  test(`${name}: long words: a query word over 256 characters is a usage error for search and show, one short line`, async () => {
    await fc.assert(fc.asyncProperty(word(257, 20_000), fc.constantFrom('search', 'show'), fc.boolean(), async (long, command, first) => {
      const result = await run([command, ...(first ? [long, '카프카'] : ['카프카', long])]);
      assert.equal(result.status, EXIT.USAGE);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, new RegExp(`^blog: the ${command} word ".{1,39}…" is ${[...long].length} characters long, over the limit of 256; `, 'u'));
      oneShortLine(result.stderr, command);
    }), { numRuns: 40 });
  });

  test(`${name}: long words: a word of exactly 256 characters is searched`, async () => {
    const result = await run(['search', '카'.repeat(256)]);
    assert.equal(result.status, EXIT.NOT_FOUND);
    assert.match(result.stderr, /^blog: no posts match "카{39}…"/);
    oneShortLine(result.stderr, 'no match');
  });

  test(`${name}: long input: every error that repeats what was typed cuts it short`, async () => {
    const long = `${'가'.repeat(5000)}x`;
    const cases: [string[], number][] = [
      [['list', '-c', long], EXIT.NOT_FOUND], [['category', long], EXIT.NOT_FOUND], [['list', '--tag', long], EXIT.NOT_FOUND],
      [['search', '!'.repeat(5000)], EXIT.USAGE], [['show', '9'.repeat(5000)], EXIT.USAGE], [['show', '9'.repeat(250)], EXIT.NOT_FOUND], [['search', '카'.repeat(250)], EXIT.NOT_FOUND],
      [['show', '3', '--width', long], EXIT.USAGE], [['list', '--page', long], EXIT.USAGE], [['list', '-n', '9'.repeat(5000)], EXIT.USAGE],
      [['search', '--in', long, 'x'], EXIT.USAGE], [[long], EXIT.USAGE], [['list', `--${long}`], EXIT.USAGE], [['help', long], EXIT.USAGE],
    ];
    for (const [args, status] of cases) {
      const result = await run(args);
      assert.equal(result.status, status, args.join(' ').slice(0, 40));
      oneShortLine(result.stderr, args.join(' ').slice(0, 40));
    }
    const listed = await run(['--data', writeBlog({ posts: [validPost({ category: '가'.repeat(5000) })] }), 'list', '-c', long]);
    oneShortLine(listed.stderr, 'a long category name in the known categories');
  });

  test(`${name}: long input: a long path shows its last 200 characters; a long slug and file name are cut too`, async () => {
    const deep = `/tmp/${'x/'.repeat(1000)}posts.json`;
    const missing = await run(['--data', deep, 'list']);
    assert.equal(missing.status, EXIT.USAGE);
    assert.equal(missing.stderr, `blog: index file not found: …${deep.slice(-199)}; pass --data FILE or set BLOG_DATA to a posts.json\n`);
    const slug = 'a'.repeat(3000);
    const file = `${'f'.repeat(200)}/${'g'.repeat(200)}.md`;
    const lost = writeBlog({ posts: [validPost({ slug, body: undefined, file })] });
    const show = await run(['--data', lost, 'show', '1']);
    assert.equal(show.status, EXIT.USAGE);
    assert.ok(show.stderr.length < 400 && show.stderr.includes(`post 1 (${'a'.repeat(39)}…)`) && show.stderr.includes('…'), show.stderr.slice(0, 500));
    const search = await run(['--data', lost, 'search', '--in', 'body', '안녕']);
    assert.ok(search.stderr.split('\n').every((line) => line.length < 200), search.stderr.slice(0, 500));
  });

  test(`${name}: width: --width, COLUMNS and the config file's width are bounded 10..1000; outside is a usage error naming the value`, async () => {
    for (const width of ['9', '1001', '1000000000', '0', '99999999999999999999']) {
      const flag = await run(['show', '3', '--width', width]);
      assert.deepEqual([flag.status, flag.stdout], [EXIT.USAGE, ''], `--width ${width}`);
      assert.equal(flag.stderr, `blog: option '--width <n>' argument '${width}' is invalid: the width must be a whole number of columns from 10 to 1000; see 'blog show --help'\n`);
    }
    for (const columns of ['9', '1001', '300000000', '-80']) {
      const env = await run(['list'], { COLUMNS: columns });
      assert.deepEqual([env.status, env.stdout], [EXIT.USAGE, ''], `COLUMNS=${columns}`);
      assert.equal(env.stderr, `blog: COLUMNS=${columns} is not a width blog can use; set COLUMNS to a whole number of columns from 10 to 1000, or unset it\n`);
    }
    for (const width of ['10', '1000']) {
      assert.equal((await run(['show', '3', '--width', width, '--no-pager'])).status, EXIT.OK, `--width ${width}`);
      assert.equal((await run(['list'], { COLUMNS: width })).status, EXIT.OK, `COLUMNS=${width}`);
    }
    assert.equal((await run(['list'], { COLUMNS: 'wide' })).status, EXIT.OK, 'a COLUMNS that is no number counts as unset');
  });

  test(`${name}: numbers: --page and --limit past 2^53 - 1 are usage errors that repeat the value as typed`, async () => {
    for (const [option, command] of [['--page', 'list'], ['--limit', 'list'], ['--page', 'category'], ['--limit', 'search']] as const) {
      const args = command === 'category' ? [command, '개발'] : command === 'search' ? [command, '카프카'] : [command];
      const result = await run([...args, option, '99999999999999999999']);
      assert.equal(result.status, EXIT.USAGE, `${command} ${option}`);
      assert.match(result.stderr, new RegExp(`argument '99999999999999999999' is invalid: ${option} must be a whole number from 1 to 9007199254740991;`));
    }
    assert.equal((await run(['list', '--page', '9007199254740991'])).status, EXIT.NOT_FOUND, 'the largest safe page is only past the end');
  });

  test(`${name}: numbers: an id past 2^53 - 1 in the index is a schema error naming the post; show never rounds an id`, async () => {
    for (const id of ['1e300', '9007199254740992', '9007199254740993', '123456789012345678901234567890']) {
      const file = writeBlog(`{"posts": [${JSON.stringify(validPost({ slug: 'ok' }))}, ${JSON.stringify(validPost({ id: 0, slug: 'big' })).replace('"id":0', `"id":${id}`)}]}`);
      const result = await run(['--data', file, 'list']);
      assert.equal(result.status, EXIT.USAGE, id);
      assert.equal(result.stderr, `blog: invalid index ${file}: posts[1]: "id" must be at most 9007199254740991, got a number past 2^53 - 1; see "Index format" in the README\n`);
    }
    const safe = writeBlog({ posts: [validPost({ id: Number.MAX_SAFE_INTEGER })] });
    assert.equal((await run(['--data', safe, 'show', '9007199254740991', '--raw'])).status, EXIT.OK);
    const rounded = await run(['--data', safe, 'show', '9007199254740992']);
    assert.equal(rounded.status, EXIT.NOT_FOUND, '…992 is not …991');
  });

  test(`${name}: --data '' is a usage error, not the current folder`, async () => {
    const result = await run(['--data', '', 'list']);
    assert.deepEqual([result.status, result.stdout, result.stderr],
      [EXIT.USAGE, '', "blog: --data needs a file name, got an empty one; pass --data FILE or leave it out\n"]);
  });
}
