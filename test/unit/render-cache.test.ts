// The rendered-body cache keeps few and small entries: past its caps the oldest go.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES, openRenderCache, type RenderCache } from '../../src/store/render-cache.js';

const KEY = { width: 80, level: 0, hyperlinks: false, format: 'test' } as const;
const fresh = () => path.join(mkdtempSync(path.join(tmpdir(), 'blog-render-unit-')), 'blog');
const files = (cache: string) => readdirSync(path.join(cache, 'rendered')).filter((name) => name.endsWith('.txt'));

/** Puts `count` entries, entry i written `count - i` seconds ago, so that entry 0 is the oldest. */
function fill(cache: string, store: RenderCache, count: number, text: (i: number) => string): void {
  const now = Date.now() / 1000;
  for (let i = 0; i < count; i++) {
    const before = new Set(files(cache));
    store.put(`body ${i}`, { text: text(i), minutes: 1 });
    const added = files(cache).find((name) => !before.has(name))!;
    utimesSync(path.join(cache, 'rendered', added), now - (count - i), now - (count - i));
  }
}

test('render cache: past MAX_ENTRIES entries the oldest go, and the entry just written stays', () => {
  const cache = fresh();
  const store = openRenderCache(cache, KEY)!;
  fill(cache, store, MAX_ENTRIES, (i) => `text ${i}`);
  assert.equal(files(cache).length, MAX_ENTRIES);
  store.put('one more', { text: 'newest', minutes: 2 });
  assert.equal(files(cache).length, MAX_ENTRIES);
  assert.deepEqual(store.get('one more'), { text: 'newest', minutes: 2 });
  assert.equal(store.get('body 0'), undefined);
  assert.deepEqual(store.get('body 1'), { text: 'text 1', minutes: 1 });
});

test('render cache: past MAX_TOTAL_BYTES the oldest go, and a text over MAX_ENTRY_BYTES is not kept', () => {
  const cache = fresh();
  const store = openRenderCache(cache, KEY)!;
  const big = Math.floor(MAX_ENTRY_BYTES / 2);
  const count = Math.ceil(MAX_TOTAL_BYTES / big);
  fill(cache, store, count, (i) => `${i}`.padEnd(big, 'x'));
  const total = files(cache).length;
  assert.ok(total < count, `${total} entries of ${count} kept`);
  assert.equal(store.get('body 0'), undefined);
  assert.notEqual(store.get(`body ${count - 1}`), undefined);
  store.put('huge', { text: 'x'.repeat(MAX_ENTRY_BYTES + 1), minutes: 1 });
  assert.equal(store.get('huge'), undefined);
});
