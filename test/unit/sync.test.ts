// The sync engine: what a source holds merged into an index without losing anything.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { syncPosts, type IncomingPost, type IndexPost, type SyncInput } from '../../src/core/sync.js';

const NOW = '2026-01-01T00:00:00Z';
const item = (key: string, overrides: Partial<IncomingPost> = {}): IncomingPost => ({
  key, title: `제목 ${key}`, date: '2024-05-08T10:00:00+09:00', tags: [], body: `본문 ${key}`, file: key, ...overrides,
});
const run = (posts: readonly IndexPost[], incoming: IncomingPost[], extra: Partial<SyncInput> = {}) =>
  syncPosts({ posts, from: '.', kind: 'folder', incoming, prune: false, now: NOW, ...extra });

test('sync: new posts get the next ids and unique slugs; a second run changes nothing', () => {
  const hand: IndexPost = { id: 7, slug: 'kafka', title: '손으로 쓴 글', category: '개발', date: '2024-01-01T00:00:00Z', body: 'x' };
  const first = run([hand], [item('a.md', { slug: 'kafka' }), item('b.md', { slug: 'kafka' })]);
  assert.deepEqual(first.added.map((c) => [c.id, c.slug]), [[8, 'kafka-2'], [9, 'kafka-3']]);
  assert.equal(first.posts[0], hand, 'a post of no source is left as it is');
  const second = run(first.posts, [item('a.md', { slug: 'kafka' }), item('b.md', { slug: 'kafka' })], { lastId: first.lastId });
  assert.deepEqual(second.posts, first.posts);
  assert.deepEqual(second.unchanged.map((c) => c.id), [8, 9]);
  assert.equal(second.added.length + second.updated.length, 0);
});

test('sync: a changed post keeps its id and slug and gets "updated" (the source\'s, else now)', () => {
  const { posts } = run([], [item('a.md'), item('b.md')]);
  const next = run(posts, [item('a.md', { body: '고친 본문' }), item('b.md', { title: '새 제목', updated: '2024-06-01T00:00:00+09:00' })]);
  assert.deepEqual(next.updated.map((c) => [c.id, c.slug]), [[1, posts[0]!.slug], [2, posts[1]!.slug]]);
  assert.equal(next.posts[0]!.updated, NOW);
  assert.equal(next.posts[1]!.updated, '2024-06-01T00:00:00+09:00');
  assert.equal(next.posts[1]!.title, '새 제목');
});

test('sync: a renamed file is matched by its link, then by title and date, and keeps its id', () => {
  const { posts } = run([], [item('a.md', { link: 'https://blog.example.com/a/' }), item('b.md')]);
  const next = run(posts, [item('renamed-a.md', { link: 'http://www.blog.example.com/a' }), item('moved/b.md', { title: '제목 b.md' })]);
  assert.deepEqual(next.updated.map((c) => [c.id, c.key]), [[1, 'renamed-a.md'], [2, 'moved/b.md']]);
  assert.equal(next.added.length, 0);
});

test('sync: hand-edited fields the source leaves empty survive an update; other sources are untouched', () => {
  const { posts } = run([], [item('a.md', { category: '개발' })]);
  const edited = [{ ...posts[0]!, summary: '손으로 쓴 요약', tags: ['수동'], category: '손/분류', note: '추가 필드' },
    { id: 40, slug: 'feed-post', title: '피드 글', category: '피드', date: '2024-01-01T00:00:00Z', file: 'posts/feed-post.md', source: { from: 'https://x.example/rss', key: 'g1', hash: 'h' } }];
  const next = run(edited, [item('a.md', { body: '바뀐 본문' })]);
  assert.equal(next.posts[0]!.summary, '손으로 쓴 요약');
  assert.deepEqual(next.posts[0]!.tags, ['수동']);
  assert.equal(next.posts[0]!.category, '손/분류');
  assert.equal(next.posts[0]!.note, '추가 필드');
  assert.equal(next.posts[1], edited[1]);
  assert.equal(next.kept.length, 0, "the feed's post is not this source's to keep or remove");
});

test('sync: a file gone from a folder is kept and reported, and removed only with prune; feeds never lose posts', () => {
  const { posts, lastId } = run([], [item('a.md'), item('b.md')]);
  assert.deepEqual(run(posts, [item('a.md')]).kept.map((c) => c.id), [2]);
  const pruned = run(posts, [item('a.md')], { prune: true, lastId });
  assert.deepEqual(pruned.removed.map((c) => c.id), [2]);
  assert.deepEqual(pruned.posts.map((p) => p.id), [1]);
  const again = run(pruned.posts, [item('a.md'), item('c.md')], { lastId: pruned.lastId });
  assert.deepEqual(again.added.map((c) => c.id), [3], 'the removed post\'s id is not given again');
  const feed = syncPosts({ posts: [], from: 'f', kind: 'feed', incoming: [item('g1'), item('g2')], prune: false, now: NOW });
  const later = syncPosts({ posts: feed.posts, from: 'f', kind: 'feed', incoming: [item('g2')], prune: true, now: NOW });
  assert.deepEqual(later.kept.map((c) => c.key), ['g1']);
  assert.equal(later.posts.length, 2);
  assert.ok(feed.posts.every((p) => p.file === `posts/${p.slug}.md` && p.body === undefined), 'a feed post\'s body goes to posts/<slug>.md');
  assert.deepEqual(feed.bodies.map((b) => b.body), ['본문 g1', '본문 g2']);
});

// Random sources: keys from a small set so that runs overlap, changes and removals included.
const incomingArb = fc.uniqueArray(fc.record({
  key: fc.constantFrom('a.md', 'b.md', 'c.md', 'd.md', 'e.md', '가.md'),
  title: fc.constantFrom('카프카', '스프링', 'Kafka', '같은 제목'),
  date: fc.constantFrom('2024-05-08T10:00:00+09:00', '2024-05-09T10:00:00+09:00'),
  body: fc.string({ maxLength: 5 }),
  slug: fc.option(fc.constantFrom('same', 'other'), { nil: undefined }),
  tags: fc.constant([] as string[]),
}), { selector: (p) => p.key, maxLength: 6 });

test('sync: importing the same source twice changes nothing the second time (property)', () => {
  fc.assert(fc.property(incomingArb, incomingArb, fc.boolean(), (before, now, prune) => {
    const first = run(run([], before).posts, now, { prune });
    const second = run(first.posts, now, { prune, lastId: first.lastId });
    assert.deepEqual(second.posts, first.posts);
    assert.equal(second.added.length + second.updated.length + second.removed.length, 0);
  }));
});

test('sync: ids are never changed, reused or duplicated, and slugs stay unique, over any run of imports (property)', () => {
  fc.assert(fc.property(fc.array(fc.tuple(incomingArb, fc.boolean()), { minLength: 1, maxLength: 5 }), (runs) => {
    let posts: IndexPost[] = [];
    let lastId: number | undefined;
    const everGiven = new Set<number>();
    const keyOfId = new Map<number, string>();
    for (const [incoming, prune] of runs) {
      const result = run(posts, incoming, { prune, lastId });
      for (const change of result.added) {
        assert.ok(!everGiven.has(change.id), `id ${change.id} given twice`);
        everGiven.add(change.id);
      }
      for (const post of result.posts) {
        const before = posts.find((p) => p.id === post.id);
        if (before) assert.equal(post.slug, before.slug, 'a kept post keeps its slug');
        keyOfId.set(post.id, post.source!.key);
      }
      assert.equal(new Set(result.posts.map((p) => p.id)).size, result.posts.length);
      assert.equal(new Set(result.posts.map((p) => p.slug)).size, result.posts.length);
      assert.ok(result.posts.every((p) => /^[a-z0-9-]+$/.test(p.slug)));
      posts = result.posts;
      lastId = result.lastId;
    }
  }));
});
