// `show` keeps each rendered body in the cache folder (src/store/render-cache.ts): a post read
// again must print exactly what rendering it prints, whatever the colour, width and hyperlinks,
// and a damaged entry must be ignored and written again, never printed.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { seal } from '../../src/boot/cache-file.js';
import { openRenderCache, renderFormat } from '../../src/store/render-cache.js';
import { CLIS, runInProcess, validPost, writeBlog } from '../helpers.js';

const freshCache = () => path.join(mkdtempSync(path.join(tmpdir(), 'blog-render-cache-')), 'blog');
const entries = (cache: string) => {
  try {
    return readdirSync(path.join(cache, 'rendered')).filter((name) => name.endsWith('.txt')).map((name) => path.join(cache, 'rendered', name));
  } catch {
    return [];
  }
};

const BODY = '# 제목\n\n카프카 **굵게**이다. [링크](https://example.com/a-very-long-address/that/wraps) `code`\n\n| 표 | 열 |\n|---|--:|\n| 카프카 | 1 |\n\n```python\nprint("안녕")  # 주석\n```\n\n- 하나\n  - 둘\n\n> 인용 \x1b]0;title\x07 끝\n';
const blogFile = writeBlog({ posts: [validPost({ id: 1, slug: 'one', title: '첫 글', body: BODY }), validPost({ id: 2, slug: 'two', title: '둘째 글', body: BODY.replace('카프카', '주키퍼') })] });

const SETTINGS: Record<string, string | undefined>[] = [
  {},
  { COLUMNS: '40' },
  { COLUMNS: '120', NO_COLOR: undefined, FORCE_COLOR: '3' },
  { COLUMNS: '72', NO_COLOR: undefined, FORCE_COLOR: '1', FORCE_HYPERLINK: '1' },
  { COLUMNS: '100', FORCE_HYPERLINK: '1' },
];

test('show: a post read again (from the cache) prints byte for byte what rendering it prints, with and without colour, hyperlinks, at any width', async () => {
  for (const [name, cli] of CLIS) {
    const cache = freshCache();
    for (const settings of SETTINGS) {
      for (const args of [['--data', blogFile, 'show', '1', '--no-pager'], ['--data', blogFile, 'show', '2', '--no-pager', '--width', '33'], ['show', '7', '--no-pager']]) {
        const label = `${name}: blog ${args.join(' ')} ${JSON.stringify(settings)}`;
        const rendered = await runInProcess(args, { ...settings, BLOG_NO_CACHE: '1', BLOG_CACHE_DIR: cache }, { cli });
        const first = await runInProcess(args, { ...settings, BLOG_CACHE_DIR: cache }, { cli });
        const again = await runInProcess(args, { ...settings, BLOG_CACHE_DIR: cache }, { cli });
        assert.equal(rendered.status, 0, label);
        assert.deepEqual(first, rendered, label);
        assert.deepEqual(again, rendered, label);
      }
    }
    // One entry per body and key: three each for five settings, less one (--width 33 is the same key with 40 columns).
    assert.equal(entries(cache).length, 14, name);
  }
});

test('show: what a sound entry holds is printed without rendering the body again', async () => {
  const cache = freshCache();
  const args = ['--data', blogFile, 'show', '1', '--no-pager'];
  const rendered = await runInProcess(args, { BLOG_CACHE_DIR: cache });
  const [entry] = entries(cache);
  assert.ok(entry);
  // The entry as the cache would write it for another text: proof that a hit prints the entry.
  openRenderCache(cache, { width: 80, level: 0, hyperlinks: false, format: renderFormat() })!.put(BODY, { text: 'FROM THE CACHE', minutes: 9 });
  const hit = await runInProcess(args, { BLOG_CACHE_DIR: cache });
  assert.match(hit.stdout, /FROM THE CACHE/);
  assert.match(hit.stdout, /9 min read/);
  assert.notEqual(hit.stdout, rendered.stdout);
});

test('show: a damaged entry (random bytes, cut short, one byte changed, another key) is ignored and written again', async () => {
  const cache = freshCache();
  const args = ['--data', blogFile, 'show', '1', '--no-pager'];
  const rendered = await runInProcess(args, { BLOG_CACHE_DIR: cache });
  const [entry] = entries(cache);
  assert.ok(entry);
  const sound = readFileSync(entry);
  const payload = sound.subarray(16);
  const otherKey = Buffer.from(payload.toString('utf8').replace(/ w80 /, ' w81 '));
  const damage = fc.oneof(
    fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes)),
    fc.nat({ max: sound.length - 1 }).map((length) => sound.subarray(0, length)),
    fc.tuple(fc.nat({ max: sound.length - 1 }), fc.integer({ min: 1, max: 255 })).map(([at, flip]) => {
      const copy = Buffer.from(sound);
      copy[at]! ^= flip;
      return copy;
    }),
    // Sealed correctly, but holding another key's text: the key inside must match too.
    fc.constant(seal(otherKey)),
  );
  await fc.assert(fc.asyncProperty(damage, async (bytes) => {
    writeFileSync(entry, bytes);
    const run = await runInProcess(args, { BLOG_CACHE_DIR: cache });
    assert.deepEqual(run, rendered);
    assert.deepEqual(readFileSync(entry), sound, 'the entry is written again');
  }), { numRuns: 60 });
});

test('show: the rendered posts are kept in a private folder, and a folder others may write is not used', async () => {
  const cache = freshCache();
  const args = ['--data', blogFile, 'show', '1', '--no-pager'];
  const rendered = await runInProcess(args, { BLOG_CACHE_DIR: cache });
  assert.equal(statSync(path.join(cache, 'rendered')).mode & 0o777, 0o700);
  assert.equal(statSync(cache).mode & 0o777, 0o700);

  const shared = freshCache();
  mkdirSync(path.join(shared, 'rendered'), { recursive: true });
  chmodSync(path.join(shared, 'rendered'), 0o777);
  const run = await runInProcess(args, { BLOG_CACHE_DIR: shared });
  assert.deepEqual(run, rendered);
  assert.deepEqual(entries(shared), []);
});

test('show: BLOG_NO_CACHE and the build\'s code-cache warm-up (BLOG_BUILD_CODE_CACHE) write nothing in the cache folder', async () => {
  for (const env of [{ BLOG_NO_CACHE: '1' }, { BLOG_BUILD_CODE_CACHE: 'show' }]) {
    const cache = freshCache();
    const run = await runInProcess(['show', '7', '--no-pager'], { ...env, BLOG_CACHE_DIR: cache });
    assert.equal(run.status, 0);
    assert.deepEqual(entries(cache), [], JSON.stringify(env));
  }
});
