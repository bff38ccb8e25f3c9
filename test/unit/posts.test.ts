import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blogOf } from '../../src/core/blog.js';
import type { Post } from '../../src/core/post.js';
import { findPostByReference, inCategory, neighbours, paginate, selectPositions, toMetadata, type PostQuery } from '../../src/core/posts.js';
import { makePost } from '../helpers.js';

const posts = [
  makePost({ id: 1, slug: 'init-py', title: '__init__.py 를 이용한 모듈 관리', category: '개발', date: '2024-05-08T10:17:00+09:00', tags: ['python', '파이썬'] }),
  makePost({ id: 2, slug: 'kafka-urp', title: '카프카 - URP', category: '개발/기술', date: '2024-08-30T17:52:00+09:00', tags: ['Kafka'] }),
  makePost({ id: 3, slug: 'citus', title: 'citus - 분산테이블', category: '개발/기술', date: '2024-09-05T22:30:00+09:00' }),
  makePost({ id: 4, slug: 'diary', title: '일기', category: '일상', date: '2023-12-31T23:30:00+09:00' }),
];
const ids = (list: { id: number }[]) => list.map((p) => p.id);
const blogWith = (list: Post[]) => blogOf({ posts: list, file: '/blog/posts.json', root: '/blog' });
const blog = blogWith(posts);
/** The posts a query selects, by id. */
const selectPosts = (list: Post[], query: PostQuery) => {
  const b = blogWith(list);
  return b.postsAt(selectPositions(b.listing(), query));
};

test('list: newest first by default', () => {
  assert.deepEqual(ids(selectPosts(posts, {})), [3, 2, 1, 4]);
});

test('list: --category includes subcategories and is case/slash tolerant', () => {
  assert.deepEqual(ids(selectPosts(posts, { category: '개발' })), [3, 2, 1]);
  assert.deepEqual(ids(selectPosts(posts, { category: '/개발/기술/' })), [3, 2]);
  assert.equal(inCategory(posts[1]!.category, '개'), false, 'a prefix of a name is not a parent category');
});

test('list: --tag matches case-insensitively, --year uses the author\'s local date', () => {
  assert.deepEqual(ids(selectPosts(posts, { tag: 'kafka' })), [2]);
  assert.deepEqual(ids(selectPosts(posts, { year: 2023 })), [4]);
  // 2023-12-31 23:30 KST is 14:30 UTC the same day; but 2024-01-01 00:30 KST must count as 2024.
  const newYear = makePost({ date: '2024-01-01T00:30:00+09:00' });
  assert.deepEqual(ids(selectPosts([newYear], { year: 2024 })), [newYear.id]);
});

test('list: --sort title orders by Korean collation; --reverse flips', () => {
  // Korean collation: symbols, then Hangul in 가나다 order, then Latin.
  assert.deepEqual(ids(selectPosts(posts, { sort: 'title' })), [1, 4, 2, 3]);
  assert.deepEqual(ids(selectPosts(posts, { reverse: true })), [4, 1, 2, 3]);
});

test('list: paging cuts pages and reports position', () => {
  const page = paginate([1, 2, 3, 4, 5], 2, 3);
  assert.deepEqual(page, { items: [5], page: 3, pages: 3, offset: 4, total: 5 });
  assert.deepEqual(paginate([1, 2], undefined).items, [1, 2]);
  assert.equal(paginate([1, 2], 2, 2).items.length, 0);
});

test('lookup: by id, then slug; unknown references give undefined', () => {
  assert.equal(findPostByReference(blog, '2')?.slug, 'kafka-urp');
  assert.equal(findPostByReference(blog, 'CITUS')?.id, 3);
  assert.equal(findPostByReference(blog, ' 3 ')?.slug, 'citus');
  assert.equal(findPostByReference(blog, '99'), undefined);
  assert.equal(findPostByReference(blog, '카프카'), undefined);
});

test('lookup: a numeric slug is found when no post has that id', () => {
  const numeric = blogWith([makePost({ id: 5, slug: '2024' }), makePost({ id: 2024, slug: 'other' })]);
  assert.equal(findPostByReference(numeric, '2024')?.id, 2024, 'the id wins');
  assert.equal(findPostByReference(blogWith([makePost({ id: 5, slug: '2024' })]), '2024')?.id, 5);
});

test('lookup: neighbours are the previous and next post by date', () => {
  const { previous, next } = neighbours(blog, posts[1]!);
  assert.equal(previous?.id, 1);
  assert.equal(next?.id, 3);
  assert.equal(neighbours(blog, posts[3]!).previous, undefined);
  assert.equal(neighbours(blog, posts[2]!).next, undefined);
});

test('json: metadata has exactly the documented fields', () => {
  assert.deepEqual(Object.keys(toMetadata(posts[0]!)), ['id', 'slug', 'title', 'category', 'date', 'tags', 'summary']);
});
