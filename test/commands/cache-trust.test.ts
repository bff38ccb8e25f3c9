// The index cache is only an optimisation and is never trusted: whatever happened to it (random
// damage, a rewrite by someone else, an index changed while it was built, a folder others can
// write, a crashed writer), every run answers exactly as it would from the index, and the cache
// ends up rebuilt and sound.
import assert from 'node:assert/strict';
import fs, { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, mock, test } from 'node:test';
import fc from 'fast-check';
import { generatePosts } from '../../bench/generate.mjs';
import { blogOf, type Blog } from '../../src/core/blog.js';
import type { Post } from '../../src/core/post.js';
import { buildProgram, runCli } from '../../src/cli.js';
import { distinctNumbers } from '../../src/core/search/distinct.js';
import { COMMANDS as COMMAND_SPECS } from '../../src/registry.js';
import { openBlog } from '../../src/store/blog.js';
import { cacheFileFor } from '../../src/store/cache.js';
import { writeCache } from '../../src/store/cache-write.js';
import { stampOf } from '../../src/store/cache-stamp.js';
import { loadIndex } from '../../src/store/load.js';
import { CLIS, recordingTerminal, runInProcess, testEnv } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'blog-cache-trust-'));
const index = path.join(dir, 'posts.json');
const fresh = (name: string) => path.join(mkdtempSync(path.join(dir, `${name}-`)), 'cache');
const COMMANDS = [['search', '카프카', '--json'], ['search', '카프가 파티숀', '--json'], ['show', 'post-4242', '--no-pager'], ['list', '--tag', 'kafka', '-n', '20', '--page', '3']];
let plain: { stdout: string; stderr: string; status: number | null }[];

before(async () => {
  writeFileSync(index, JSON.stringify({ blog: { title: 'synthetic' }, posts: generatePosts(5_000) }));
  plain = [];
  for (const args of COMMANDS) plain.push(await runInProcess(['--data', index, ...args], { BLOG_NO_CACHE: '1' }));
});

/** Runs every command with the cache folder `cacheDir` and checks each answers as without a cache. */
async function answersAsWithoutCache(cacheDir: string, label: string): Promise<void> {
  for (const [i, args] of COMMANDS.entries()) {
    const run = await runInProcess(['--data', index, ...args], { BLOG_CACHE_DIR: cacheDir });
    assert.deepEqual(run, plain[i], `${label}: ${args.join(' ')}`);
  }
}

/** What a blog answers, touching every part of a cache: every post, lookups, each column, the categories, the search fields. */
async function sweep(blog: Blog) {
  const corpus = await blog.corpus();
  const ends = [0, 1234, blog.count - 1];
  return {
    posts: blog.posts(),
    lookups: [blog.positionOfId(4242), blog.positionOfSlug('post-17'), blog.positionOfId(0), blog.positionOfSlug('nope')],
    listing: ends.map((i) => [blog.listing().id(i), blog.listing().day(i), blog.listing().category(i), blog.listing().title(i), blog.listing().tags(i)]),
    categories: blog.categories(),
    fields: [corpus.title, corpus.tags, corpus.summary, corpus.jamo('title'), corpus.jamo('tags')].map((field) => [field.text, field.starts.join()]),
    // Which posts share a title or tags: stored in the cache, made by typo matching without one.
    numbers: (['title', 'tags'] as const).map((name) => (corpus.storedNumbers(name) ?? distinctNumbers(corpus[name], blog.count)).join()),
  };
}
let reference: Awaited<ReturnType<typeof sweep>>;

/**
 * The cache for `index` in `cacheDir` ends up rebuilt and sound: within two runs it is read, and
 * reading every part of it finds nothing wrong (the file stays) and answers as the index does.
 */
async function settle(cacheDir: string): Promise<void> {
  reference ??= await sweep(blogOf(await loadIndex(index)));
  let blog = await openBlog(index, { cacheDir });
  if (blog.origin !== 'cache') blog = await openBlog(index, { cacheDir });
  if (blog.origin === 'cache') {
    // A first read after damage can only find it and discard the cache: the next run rebuilds it.
    await sweep(blog);
    if (!existsSync(cacheFileFor(index, cacheDir))) await openBlog(index, { cacheDir });
  }
  blog = await openBlog(index, { cacheDir });
  assert.equal(blog.origin, 'cache');
  assert.deepEqual(await sweep(blog), reference);
  assert.ok(existsSync(cacheFileFor(index, cacheDir)), 'no check failed while reading all of it: the cache was kept');
}

const damage = fc.record({
  kind: fc.constantFrom('flip', 'truncate', 'zero'),
  // Half the cases near the start (prefix, header, small sections), half anywhere.
  near: fc.boolean(),
  where: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  length: fc.integer({ min: 1, max: 64 }),
  bits: fc.integer({ min: 1, max: 255 }),
});

test('index cache: random damage at random offsets (flipped bits, truncation, zeroed ranges) never changes an answer, and the cache is rebuilt sound', async () => {
  const cacheDir = fresh('fuzz');
  await openBlog(index, { cacheDir });
  const file = cacheFileFor(index, cacheDir);
  const good = readFileSync(file);
  await fc.assert(fc.asyncProperty(damage, async ({ kind, near, where, length, bits }) => {
    const at = where % (near ? Math.min(good.length, 4096) : good.length);
    let bytes = Buffer.from(good);
    if (kind === 'truncate') bytes = bytes.subarray(0, at);
    else for (let i = at; i < Math.min(at + length, bytes.length); i++) bytes[i] = kind === 'zero' ? 0 : bytes[i]! ^ bits;
    writeFileSync(file, bytes);
    await answersAsWithoutCache(cacheDir, `${kind} at ${at}`);
    await settle(cacheDir);
  }), { numRuns: 8 });
});

test('index cache: every section is covered: damage in any one of them never changes an answer', async () => {
  const cacheDir = fresh('sections');
  await openBlog(index, { cacheDir });
  const file = cacheFileFor(index, cacheDir);
  const good = readFileSync(file);
  // The header is JSON after the fixed prefix; each section's [offset, length] is in it.
  const headerStart = good.indexOf('{"format"');
  const header = JSON.parse(good.subarray(headerStart, headerStart + good.readUInt32LE(0)).toString('utf8')) as { sections: Record<string, [number, number]> };
  for (const [name, [offset, length]] of Object.entries(header.sections)) {
    if (length === 0) continue;
    const bytes = Buffer.from(good);
    // A change a reader cannot see by its shape: the middle byte's low bit.
    bytes[offset + (length >> 1)] ^= 1;
    writeFileSync(file, bytes);
    await answersAsWithoutCache(cacheDir, name);
    await settle(cacheDir);
  }
});

/** Rewrites the cache as someone able to write it could: with sound checksums, from a doctored blog. */
async function forge(cacheDir: string, doctor: (blog: Blog) => Partial<Blog>): Promise<void> {
  const blog = blogOf(await loadIndex(index));
  const doctored = { ...blog, ...doctor(blog) } as Blog;
  await writeCache(doctored, cacheDir, stampOf(index));
}

test('index cache: a rewritten cache cannot point a post outside the blog folder, by its root or by its file', async () => {
  const secret = path.join(dir, 'secret.md');
  writeFileSync(secret, 'TOP SECRET');
  const outside = (blog: Blog) => blog.posts().map((post): Post => (post.id === 4242 ? { ...post, body: undefined, file: '../secret.md' } : post));
  const forgeries: [string, (blog: Blog) => Partial<Blog>][] = [
    ['a file climbing out', (blog) => ({ posts: () => outside(blog) })],
    ['an absolute file', (blog) => ({ posts: () => blog.posts().map((post) => (post.id === 4242 ? { ...post, body: undefined, file: secret } : post)) })],
    ['another root', (blog) => ({ root: '/', posts: () => blog.posts().map((post) => (post.id === 4242 ? { ...post, body: undefined, file: secret.slice(1) } : post)) })],
  ];
  for (const [label, doctor] of forgeries) {
    const cacheDir = fresh('forged');
    await openBlog(index, { cacheDir });
    await forge(cacheDir, doctor);
    const show = await runInProcess(['--data', index, 'show', '4242', '--no-pager'], { BLOG_CACHE_DIR: cacheDir });
    assert.doesNotMatch(show.stdout, /TOP SECRET/, label);
    assert.deepEqual(show, await runInProcess(['--data', index, 'show', '4242', '--no-pager'], { BLOG_NO_CACHE: '1' }), label);
    await answersAsWithoutCache(cacheDir, label);
    await settle(cacheDir);
  }
});

test('index cache: an index replaced while the first run reads it is not cached under the new stamp', async () => {
  const changing = path.join(dir, 'changing.json');
  const posts = generatePosts(5_000);
  writeFileSync(changing, JSON.stringify({ posts }));
  const cacheDir = fresh('replaced');
  // The first run's read of the index sees the old content; right after it the index is replaced.
  // The index is read through a file opened non-blocking (src/store/read.ts): when that file is
  // closed, its content has been read, and the index is replaced.
  const realOpen = fs.openSync;
  const realClose = fs.closeSync;
  let reading: number | undefined;
  const open = mock.method(fs, 'openSync', (...args: Parameters<typeof fs.openSync>) => {
    const fd = realOpen(...args);
    if (args[0] === changing && typeof args[1] === 'number' && (args[1] & fs.constants.O_NONBLOCK) !== 0) reading = fd;
    return fd;
  });
  const close = mock.method(fs, 'closeSync', (fd: number) => {
    realClose(fd);
    if (fd === reading) {
      reading = undefined;
      writeFileSync(changing, JSON.stringify({ posts: posts.slice(0, 4_000) }));
    }
  });
  try {
    const first = await openBlog(changing, { cacheDir });
    assert.equal(first.count, 5_000);
  } finally {
    open.mock.restore();
    close.mock.restore();
  }
  const second = await openBlog(changing, { cacheDir });
  assert.deepEqual([second.origin, second.count], ['index', 4_000]);
  const third = await openBlog(changing, { cacheDir });
  assert.deepEqual([third.origin, third.count], ['cache', 4_000]);
});

test('index cache: an edit near either end that keeps the size and modification time is seen', async () => {
  const edited = path.join(dir, 'edited.json');
  const posts = generatePosts(5_000);
  posts[0]!.title = 'FIRST TITLE';
  posts[4_999]!.title = 'LAST TITLE';
  const cacheDir = fresh('same-size');
  for (const [from, to] of [['LAST TITLE', 'LAST TITEL'], ['FIRST TITLE', 'FIRST TITEL']] as const) {
    writeFileSync(edited, JSON.stringify({ posts }));
    // A whole second, which the file system keeps exactly, so that it can be set again exactly.
    const second = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(edited, second, second);
    await openBlog(edited, { cacheDir });
    assert.equal((await openBlog(edited, { cacheDir })).origin, 'cache');
    const { size, mtime, ino } = statSync(edited);
    const text = readFileSync(edited, 'utf8').replace(from, to);
    writeFileSync(edited, text);
    utimesSync(edited, mtime, mtime);
    assert.deepEqual([statSync(edited).size, statSync(edited).mtimeMs, statSync(edited).ino], [size, mtime.getTime(), ino]);
    const blog = await openBlog(edited, { cacheDir });
    assert.equal(blog.origin, 'index', from);
    assert.ok(blog.posts().some((post) => post.title === to), from);
    posts.forEach((post) => (post.title = post.title === from ? to : post.title));
  }
});

test('index cache: a new cache folder is private (0700); a folder others can write is refused with one line, and the index is read', { skip: process.platform === 'win32' }, async () => {
  const cacheDir = path.join(fresh('private'), 'nested');
  await openBlog(index, { cacheDir });
  assert.equal(statSync(cacheDir).mode & 0o777, 0o700);
  assert.ok(existsSync(cacheFileFor(index, cacheDir)));

  const open = fresh('open');
  mkdirSync(open);
  chmodSync(open, 0o777);
  const run = await runInProcess(['--data', index, 'list', '-n', '5'], { BLOG_CACHE_DIR: open });
  const without = await runInProcess(['--data', index, 'list', '-n', '5'], { BLOG_NO_CACHE: '1' });
  assert.equal(run.stdout, without.stdout);
  assert.equal(run.status, 0);
  assert.match(run.stderr, /^blog: the cache folder .* can be written by other users; .*chmod 700 .*\n$/);
  assert.deepEqual(readdirSync(open), [], 'nothing is written in it');
});

test('index cache: while another live process holds a fresh lock, a run waits for it up to its bound, then reads the index and writes nothing', async () => {
  const cacheDir = fresh('held');
  mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  const lock = `${cacheFileFor(index, cacheDir)}.lock`;
  writeFileSync(lock, `${process.pid} ${Date.now()}\n`);
  let lockSeen = 0;
  const polls = setInterval(() => (lockSeen += existsSync(lock) ? 1 : 0), 10);
  const blog = await openBlog(index, { cacheDir, waitMs: 300 }).finally(() => clearInterval(polls));
  assert.ok(lockSeen >= 10, `it waited while the lock was held (${lockSeen} polls)`);
  assert.deepEqual([blog.origin, blog.count], ['index', 5_000]);
  assert.deepEqual(readdirSync(cacheDir), [path.basename(lock)], 'no cache written, the lock left to its holder');
});

test('index cache: the run that builds a cache answers first and writes it in the task it defers, holding the lock; a run meanwhile waits and reads that cache', async () => {
  const cacheDir = fresh('deferred');
  const cacheFile = cacheFileFor(index, cacheDir);
  const deferred: (() => Promise<void>)[] = [];
  const notes: string[] = [];
  const builder = await openBlog(index, { cacheDir, defer: (write) => void deferred.push(write), debug: (note) => notes.push(`builder: ${note}`) });
  assert.equal(builder.origin, 'index');
  assert.equal(deferred.length, 1, 'the write is deferred');
  assert.ok(!existsSync(cacheFile) && existsSync(`${cacheFile}.lock`), 'nothing written yet, the lock held');
  let waiterDone = false;
  const waiter = openBlog(index, { cacheDir, debug: (note) => notes.push(`waiter: ${note}`) }).finally(() => (waiterDone = true));
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.equal(waiterDone, false, 'the second run waits while the lock is held');
  await deferred[0]!();
  assert.ok(existsSync(cacheFile) && !existsSync(`${cacheFile}.lock`), 'written, and the lock released');
  const waited = await waiter;
  assert.equal(waited.origin, 'cache');
  assert.deepEqual(await sweep(waited), await sweep(builder));
  assert.deepEqual(notes, ['builder: posts read from the index; this run writes its cache', 'waiter: posts read from the index cache, after waiting for the run that wrote it']);
});

test('index cache: a run waiting for a lock that is released with no cache written (the builder did not cache) reads the index and writes nothing', async () => {
  const cacheDir = fresh('no-cache');
  mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  const lock = `${cacheFileFor(index, cacheDir)}.lock`;
  writeFileSync(lock, `${process.pid} ${Date.now()}\n`);
  setTimeout(() => fs.rmSync(lock), 100);
  const blog = await openBlog(index, { cacheDir });
  assert.deepEqual([blog.origin, blog.count], ['index', 5_000]);
  assert.deepEqual(readdirSync(cacheDir), []);
});

test('index cache: the answer with a deferred cache write is the same as without a cache, and the next run reads the cache it wrote', async () => {
  const cacheDir = fresh('cli-deferred');
  await answersAsWithoutCache(cacheDir, 'first runs, writing after the answer');
  assert.equal((await openBlog(index, { cacheDir })).origin, 'cache');
  await answersAsWithoutCache(cacheDir, 'from the cache');
});

for (const [name, cli] of CLIS) {
  test(`index cache (${name}): a first run prints its whole answer before it writes the cache, and the cache is there when the run ends`, async () => {
    const cacheDir = fresh(`answer-first-${name}`);
    const cacheFile = cacheFileFor(index, cacheDir);
    const terminal = recordingTerminal();
    const cacheThere: boolean[] = [];
    const write = terminal.write;
    const status = await cli(['node', 'blog', '--data', index, ...COMMANDS[0]!], {
      env: testEnv({ BLOG_CACHE_DIR: cacheDir }),
      terminal: { ...terminal, write: (text) => (cacheThere.push(existsSync(cacheFile)), write(text)) },
    });
    assert.deepEqual({ stdout: terminal.stdout, stderr: terminal.stderr, status }, plain[0]);
    assert.ok(cacheThere.length > 0 && cacheThere.every((there) => !there), 'no output after the cache was written');
    assert.ok(existsSync(cacheFile) && !existsSync(`${cacheFile}.lock`));
  });
}

test('index cache: on a terminal, show (it may page) and pick write the cache they build before they start, so no run waits on the reader; piped, show answers first', async () => {
  const registered = buildProgram(undefined, '0.0.0').commands.map((c) => c.name());
  assert.deepEqual(COMMAND_SPECS.filter((spec) => spec.holdsTerminal).map((spec) => spec.name).sort(), ['pick', 'show']);
  assert.ok(registered.includes('show') && registered.includes('pick'));
  for (const tty of [true, false]) {
    const cacheDir = fresh(`show-${tty}`);
    const cacheFile = cacheFileFor(index, cacheDir);
    const terminal = recordingTerminal(tty ? { columns: 100, rows: 1000 } : undefined);
    const cacheThere: boolean[] = [];
    const write = terminal.write;
    const status = await runCli(['node', 'blog', '--data', index, 'show', 'post-4242', '--no-pager'], {
      env: testEnv({ BLOG_CACHE_DIR: cacheDir }),
      terminal: { ...terminal, write: (text) => (cacheThere.push(existsSync(cacheFile)), write(text)) },
    });
    assert.equal(status, 0, terminal.stderr);
    assert.ok(cacheThere.length > 0 && cacheThere.every((there) => there === tty), `${tty ? 'terminal' : 'piped'}: ${cacheThere.join()}`);
    assert.ok(existsSync(cacheFile) && !existsSync(`${cacheFile}.lock`));
  }
});

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

test('index cache: a lock left by a dead process is taken over, and a write removes the temporary files killed writes left', async () => {
  const cacheDir = fresh('leftovers');
  mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  const cacheFile = cacheFileFor(index, cacheDir);
  const dead = deadPid();
  writeFileSync(`${cacheFile}.lock`, `${dead} ${Date.now()}\n`);
  // A temporary file of a live process is kept while it may still be written, not after a minute.
  const live = path.join(cacheDir, `index-old.cache.${process.pid}.tmp`);
  const leftovers = [`${cacheFile}.${dead}.tmp`, path.join(cacheDir, `code-list-v20.cache.${dead}.tmp`), live];
  for (const file of leftovers) writeFileSync(file, 'half written');
  const old = new Date(Date.now() - 5 * 60_000);
  utimesSync(live, old, old);
  const writing = path.join(cacheDir, `other.cache.${process.pid}.tmp`);
  writeFileSync(writing, 'being written');
  const blog = await openBlog(index, { cacheDir });
  assert.equal(blog.origin, 'index');
  assert.deepEqual(readdirSync(cacheDir).sort(), [path.basename(cacheFile), path.basename(writing)].sort());
  assert.equal((await openBlog(index, { cacheDir })).origin, 'cache');
});
