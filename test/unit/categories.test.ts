import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCategoryTree, findCategory, resolveCategory } from '../../src/core/categories.js';
import { AmbiguousCategory, UnknownCategory } from '../../src/core/errors.js';
import { BlogError, EXIT } from '../../src/errors.js';
import { asUserError, makePost } from '../helpers.js';

/** resolveCategory's error as the CLI words it. */
const described = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return asUserError(error, 'list');
  }
  return assert.fail('found');
};

const posts = [
  makePost({ category: '개발' }), makePost({ category: '개발' }),
  makePost({ category: '개발/기술' }), makePost({ category: '개발/기술/DB' }),
  makePost({ category: '일상' }), makePost({ category: '여행/기술' }),
];

test('category tree: counts own posts and totals with subcategories, sorted by name', () => {
  const tree = buildCategoryTree(posts);
  assert.deepEqual(tree.map((n) => [n.name, n.count, n.total]), [['개발', 2, 4], ['여행', 0, 1], ['일상', 1, 1]]);
  const tech = tree[0]!.children[0]!;
  assert.deepEqual([tech.path, tech.count, tech.total], ['개발/기술', 1, 2]);
  assert.deepEqual(tech.children.map((n) => n.path), ['개발/기술/DB']);
});

test('category tree: an empty blog has no categories', () => {
  assert.deepEqual(buildCategoryTree([]), []);
});

test('category lookup: full path, case-insensitive, or an unambiguous last name', () => {
  const tree = buildCategoryTree(posts);
  assert.deepEqual(findCategory(tree, '개발/기술/db').map((n) => n.path), ['개발/기술/DB']);
  assert.deepEqual(findCategory(tree, 'DB').map((n) => n.path), ['개발/기술/DB']);
  assert.deepEqual(findCategory(tree, '기술').map((n) => n.path), ['개발/기술', '여행/기술']);
});

test('category lookup: unknown and ambiguous names are not-found errors that help', () => {
  const tree = buildCategoryTree(posts);
  assert.throws(() => resolveCategory(tree, '요리'), (e: unknown) => e instanceof UnknownCategory && e.input === '요리' && e.known.length === 6);
  assert.throws(() => resolveCategory(tree, '기술'), (e: unknown) => e instanceof AmbiguousCategory && e.candidates.join() === '개발/기술,여행/기술');
  assert.ok(((e: unknown) =>
    e instanceof BlogError && e.exitCode === EXIT.NOT_FOUND && /no category "요리"/.test(e.message) && /known categories: 개발, 개발\/기술, 개발\/기술\/DB, 여행, 여행\/기술, 일상;/.test(e.hint ?? ''))(described(() => resolveCategory(tree, '요리'))));
  assert.ok(((e: unknown) =>
    e instanceof BlogError && /ambiguous/.test(e.message) && e.details.length === 2)(described(() => resolveCategory(tree, '기술'))));
});

test('category lookup: a near miss suggests the category, compared jamo by jamo', () => {
  const tree = buildCategoryTree(posts);
  const hintFor = (input: string) => {
    const error = described(() => resolveCategory(tree, input));
    assert.ok(error instanceof BlogError && error.exitCode === EXIT.NOT_FOUND);
    return `${error.message}; ${error.hint}`;
  };
  assert.match(hintFor('게발'), /^no category "게발"; did you mean "개발"\? known categories: /);
  assert.match(hintFor('개발/기슬'), /did you mean "개발\/기술"\?/);
  assert.match(hintFor('db2'), /did you mean "개발\/기술\/DB"\?/, 'a subcategory by its last name, suggested by full path');
  assert.match(hintFor('이상'), /did you mean "일상"\?/);
  assert.doesNotMatch(hintFor('요리'), /did you mean/, 'nothing close: no suggestion');
});

test('category lookup: a huge tree is not listed in full in the error', () => {
  const many = Array.from({ length: 500 }, (_, i) => makePost({ category: `분류${i}/하위${i}` }));
  const error = described(() => resolveCategory(buildCategoryTree(many), 'zzzz'));
  assert.ok(error instanceof BlogError);
  assert.match(error.hint ?? '', /known categories: 분류0, 분류0\/하위0, 분류1, 분류1\/하위1, .* and 992 more; run 'blog category' for the tree$/);
  assert.ok((error.hint ?? '').length < 200);
});
