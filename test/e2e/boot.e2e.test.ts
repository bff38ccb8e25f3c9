// Start-up with V8 code caches (src/boot/): a shipped cache V8 rejects falls back to this Node's
// own cache in the cache folder, which is then read, not written again at every start.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { ROOT, testEnv } from '../helpers.js';

const VERSION = `${process.version}-${process.arch}`;
const DATA = path.join(ROOT, 'data', 'posts.json');

/** A copy of dist/ (boot and bundle, no code caches) and an empty cache folder. */
function install() {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-boot-'));
  const dist = path.join(dir, 'dist');
  mkdirSync(dist);
  for (const file of ['boot.cjs', 'blog.cjs']) copyFileSync(path.join(ROOT, 'dist', file), path.join(dist, file));
  const cache = path.join(dir, 'cache');
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [path.join(dist, 'boot.cjs'), '--data', DATA, ...args], { env: testEnv({ BLOG_CACHE_DIR: cache }), encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout;
  };
  const userCaches = () => (existsSync(cache) ? readdirSync(cache).filter((name) => name.startsWith('code-')) : []);
  return { dist, cache, run, userCaches };
}

/** A file's identity: a cache written again is a new file renamed into place. */
const identity = (file: string) => {
  const stat = statSync(file);
  return `${stat.ino}:${stat.mtimeMs}`;
};

test('boot: a shipped code cache V8 rejects is replaced by a user cache in BLOG_CACHE_DIR, which later starts read', () => {
  const blog = install();
  writeFileSync(path.join(blog.dist, `blog-list-${VERSION}.cache`), 'not a code cache');
  const first = blog.run('list');
  assert.match(first, /^8 posts · 개발 기록$/m);
  assert.deepEqual(blog.userCaches().map((name) => name.split('-').slice(0, 2).join('-')), ['code-list']);
  const file = path.join(blog.cache, blog.userCaches()[0]!);
  const made = identity(file);
  assert.equal(blog.run('list'), first);
  assert.equal(blog.run('list', '-n', '2'), first.split('\n').slice(0, 3).join('\n') + '\n1–2 of 8 posts · page 1 of 4 · next: --page 2 · 개발 기록\n');
  assert.equal(identity(file), made, 'read, not written again');
});

test('boot: with no shipped cache (another Node version) the user cache goes to BLOG_CACHE_DIR, one per command', () => {
  const blog = install();
  blog.run('list');
  blog.run('show', '7', '--no-pager');
  blog.run('--version');
  assert.deepEqual(blog.userCaches().map((name) => name.split('-')[1]).sort(), ['list', 'other', 'show']);
});

test('boot: an accepted shipped cache makes no user cache; a stale user cache V8 rejects is removed when the shipped one works', () => {
  const blog = install();
  copyFileSync(path.join(ROOT, 'dist', `blog-show-${VERSION}.cache`), path.join(blog.dist, `blog-show-${VERSION}.cache`));
  assert.match(blog.run('show', '7', '--no-pager'), /^카프카 - URP, Under Min ISR$/m);
  assert.deepEqual(blog.userCaches(), []);
  const stat = statSync(path.join(blog.dist, 'blog.cjs'));
  mkdirSync(blog.cache, { recursive: true }); // show made it already, for the posts it renders
  const stale = path.join(blog.cache, `code-show-${VERSION}-${stat.size}-${Math.trunc(stat.mtimeMs)}.cache`);
  writeFileSync(stale, 'made with other V8 flags');
  assert.match(blog.run('show', '7', '--no-pager'), /^카프카 - URP, Under Min ISR$/m);
  assert.equal(existsSync(stale), false);
});

/** Ways a cache file gets damaged: bytes flipped, cut short, grown, or a stretch zeroed. */
const damage = fc.oneof(
  // Offsets below 64 often, to hit the header too.
  fc.record({ flip: fc.array(fc.tuple(fc.oneof(fc.nat(63), fc.nat()), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }) }),
  fc.record({ truncate: fc.nat() }),
  fc.record({ append: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ zero: fc.nat(), length: fc.integer({ min: 1, max: 4096 }) }),
);

function hurt(bytes: Buffer, how: typeof damage extends fc.Arbitrary<infer T> ? T : never): Buffer {
  if ('truncate' in how) return bytes.subarray(0, how.truncate % bytes.length);
  if ('append' in how) return Buffer.concat([bytes, how.append]);
  const out = Buffer.from(bytes);
  if ('flip' in how) for (const [at, mask] of how.flip) out[at % out.length]! ^= mask;
  else out.fill(0, how.zero % out.length, (how.zero % out.length) + how.length);
  return out;
}

test('boot: a damaged code cache, shipped or user, never crashes: the output is that of a run without a cache, and the next run reads a valid user cache', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-boot-damage-'));
  const dist = path.join(dir, 'dist');
  mkdirSync(dist);
  for (const file of ['boot.cjs', 'blog.cjs']) copyFileSync(path.join(ROOT, 'dist', file), path.join(dist, file));
  let folders = 0;
  const run = (cache: string, args: readonly string[]) =>
    spawnSync(process.execPath, [path.join(dist, 'boot.cjs'), '--data', DATA, ...args], { env: testEnv({ BLOG_CACHE_DIR: cache }), encoding: 'utf8', timeout: 20_000 });
  const commands = new Map([['list', ['list']], ['show', ['show', '7', '--no-pager']]] as const);
  // Per command: the output without any cache, the shipped cache, and the user cache that run left.
  const pristine = new Map([...commands].map(([kind, args]) => {
    const cache = path.join(dir, `cache-${folders++}`);
    const reference = run(cache, args);
    assert.equal(reference.status, 0, reference.stderr);
    const [name] = readdirSync(cache).filter((file) => file.startsWith(`code-${kind}-`));
    assert.ok(name, `a ${kind} run without a cache leaves a user cache`);
    return [kind, {
      args, stdout: reference.stdout, userName: name, user: readFileSync(path.join(cache, name)),
      shippedName: `blog-${kind}-${VERSION}.cache`, shipped: readFileSync(path.join(ROOT, 'dist', `blog-${kind}-${VERSION}.cache`)),
    }] as const;
  }));

  // Damaged: the shipped cache; the user cache (no shipped one: another Node); the user cache beside a good shipped one.
  const places = fc.constantFrom('shipped', 'user', 'user beside shipped');
  fc.assert(fc.property(fc.constantFrom('list', 'show'), places, damage, (kind, where, how) => {
    const { args, stdout, userName, user, shippedName, shipped } = pristine.get(kind)!;
    const cache = path.join(dir, `cache-${folders++}`);
    mkdirSync(cache);
    const shippedFile = path.join(dist, shippedName);
    const userFile = path.join(cache, userName);
    const intact = where === 'shipped' ? shipped : user;
    const damaged = hurt(intact, how);
    fc.pre(!damaged.equals(intact));
    rmSync(shippedFile, { force: true });
    if (where === 'user beside shipped') writeFileSync(shippedFile, shipped);
    writeFileSync(where === 'shipped' ? shippedFile : userFile, damaged);

    const first = run(cache, args);
    assert.deepEqual({ status: first.status, signal: first.signal }, { status: 0, signal: null }, first.stderr.slice(0, 300));
    assert.equal(first.stdout, stdout, 'the output of a run without a cache');
    if (where === 'user beside shipped') {
      assert.ok(!existsSync(userFile), 'the damaged user cache is removed: the shipped one serves');
    } else {
      assert.ok(existsSync(userFile), 'the damaged cache was replaced by a user cache');
      assert.ok(!readFileSync(userFile).equals(damaged), 'the user cache was written again');
    }
    const made = existsSync(userFile) && identity(userFile);
    const second = run(cache, args);
    assert.equal(second.status, 0, second.stderr);
    assert.equal(second.stdout, stdout);
    assert.equal(existsSync(userFile) && identity(userFile), made, 'the cache in use is read, not replaced again');
  }), { numRuns: 8 });
  rmSync(dir, { recursive: true, force: true });
});

test('boot: a run writing to a file loads no stream module (stdout written directly, code caches checked without node:zlib) and prints what a pipe gets', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-direct-'));
  const probe = path.join(dir, 'probe.cjs');
  // Written at exit: the built-in modules this run loaded.
  writeFileSync(probe, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(path.join(dir, 'modules'))}, process.moduleLoadList.join('\\n')));`);
  for (const args of [['list'], ['search', '카프카'], ['show', '7', '--no-pager'], ['list', '--json']]) {
    const out = path.join(dir, 'out');
    const fd = openSync(out, 'w');
    const env = testEnv({ NODE_OPTIONS: `--require ${probe}` });
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'blog.js'), '--data', DATA, ...args], { env, stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    assert.equal(result.status, 0, String(result.stderr));
    const streams = readFileSync(path.join(dir, 'modules'), 'utf8').split('\n').filter((name) => /NativeModule (stream|zlib|net|tty)$/.test(name));
    assert.deepEqual(streams, [], `blog ${args.join(' ')}`);
    const piped = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'blog.js'), '--data', DATA, ...args], { env: testEnv(), encoding: 'utf8' });
    assert.equal(readFileSync(out, 'utf8'), piped.stdout, `blog ${args.join(' ')}`);
  }
});
