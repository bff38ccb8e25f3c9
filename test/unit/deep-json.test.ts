// Nested JSON of any depth is either read or rejected with exit 2 and one line: never a stack
// overflow (exit 70). V8's JSON.parse takes any depth; what used to overflow was locating a syntax
// error, the preview of a bad value in an error, and a category path thousands of levels deep.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadIndex } from '../../src/store/load.js';
import { preview } from '../../src/store/validate.js';
import { BlogError, EXIT } from '../../src/errors.js';
import { runBlog, validPost, writeBlog } from '../helpers.js';

const nested = (depth: number, shape: 'array' | 'object', closed: boolean) =>
  shape === 'array'
    ? '['.repeat(depth) + (closed ? ']'.repeat(depth) : '')
    : '{"a":'.repeat(depth) + (closed ? `1${'}'.repeat(depth)}` : '');

/** An index whose `where` holds `value` (JSON text); the rest is valid. */
function indexWith(where: string, value: string): string {
  const post = JSON.stringify(validPost());
  switch (where) {
    case 'whole index': return value;
    case 'title': return `{"posts":[${post.replace('"title":"안녕하세요"', `"title":${value}`)}]}`;
    case 'tags': return `{"posts":[${post.replace('"slug"', `"tags":${value},"slug"`)}]}`;
    case 'aliases value': return `{"aliases":{"카프카":${value}},"posts":[${post}]}`;
    case 'blog': return `{"blog":${value},"posts":[${post}]}`;
    case 'posts': return `{"posts":${value}}`;
    case 'a post': return `{"posts":[${value}]}`;
    case 'unknown field': return `{"extra":${value},"posts":[${post}]}`;
    default: throw new Error(where);
  }
}
const PLACES = ['whole index', 'title', 'tags', 'aliases value', 'blog', 'posts', 'a post', 'unknown field'];

/** Loads the index: its posts when it can be read, else the BlogError (anything else fails the test). */
async function load(text: string): Promise<{ posts: number } | BlogError> {
  try {
    return { posts: (await loadIndex(writeBlog(text))).posts.length };
  } catch (error) {
    assert.ok(error instanceof BlogError, `not a BlogError: ${String(error)}`);
    return error;
  }
}

function assertUsageLine(error: BlogError | { posts: number }, problem: RegExp): void {
  assert.ok(error instanceof BlogError, 'rejected');
  assert.equal(error.exitCode, EXIT.USAGE);
  assert.match(error.message, problem);
  assert.doesNotMatch(`${error.message}; ${error.hint}`, /\n/);
  assert.ok(error.message.length < 400, `short: ${error.message.length} characters`);
}

test('deep JSON: the cases of the issue are exit-2 errors that name the problem', async () => {
  assertUsageLine(await load('['.repeat(100_000)), /not valid JSON at line 1, column 100001: the file ends before "]" closes an array/);
  assertUsageLine(await load('{"a":'.repeat(100_000)), /not valid JSON at line 1, column 500001: the file ends before "}" closes an object/);
  assertUsageLine(await load(nested(100_000, 'array', true)), /top level: the index must be a JSON object/);
  assertUsageLine(await load(indexWith('title', nested(50_000, 'array', true))), /post id 1 \(posts\[0\]\): "title" must be a string, got \[\[\[\[/);
  assertUsageLine(await load(indexWith('title', nested(50_000, 'object', true))), /"title" must be a string, got \{"a":\{"a":/);
  assertUsageLine(await load(indexWith('aliases value', nested(50_000, 'array', true))), /aliases\.카프카\[0\]: each alias must be a string, got \[\[\[/);
});

test('deep JSON: a syntax error after deep valid nesting is located, not overflowed', async () => {
  const text = `{"posts":[${nested(100_000, 'array', true).slice(0, -1)}}]}`;
  assertUsageLine(await load(text), /not valid JSON at line 1, column \d+: expected "," or "]" after an array item/);
});

test('deep JSON: a deep value in a field the format does not know is read and ignored', async () => {
  assert.deepEqual(await load(indexWith('unknown field', nested(100_000, 'array', true))), { posts: 1 });
});

test('deep JSON: a category thousands of levels deep is refused; 32 levels are fine', async () => {
  const category = (levels: number) => Array.from({ length: levels }, () => '가').join('/');
  assertUsageLine(await load(JSON.stringify({ posts: [validPost({ category: category(100_000) })] })), /"category" may have at most 32 levels/);
  assert.deepEqual(await load(JSON.stringify({ posts: [validPost({ category: category(32) })] })), { posts: 1 });
});

test('deep JSON: the preview of a bad value stops after 40 characters, however deep the value', () => {
  assert.equal(preview(JSON.parse(nested(50_000, 'array', true))), `${'['.repeat(39)}…`);
  assert.equal(preview({ a: [1, 'x'] }), '{"a":[1,"x"]}');
  assert.equal(preview('카'.repeat(100)).length, 40);
});

test('property: nested JSON of any depth and shape, anywhere in the index, is read or rejected with exit 2', async () => {
  const depth = fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1_000, max: 120_000 }));
  await fc.assert(fc.asyncProperty(depth, fc.constantFrom('array', 'object'), fc.boolean(), fc.constantFrom(...PLACES),
    async (levels, shape, closed, where) => {
      const result = await load(indexWith(where, nested(levels, shape as 'array' | 'object', closed)));
      if (result instanceof BlogError) {
        assertUsageLine(result, /^invalid index /);
      } else {
        assert.ok(closed, 'an unclosed value is never read');
        assert.ok(where === 'unknown field' || levels === 1, `a deep value is read only where the format ignores it: ${where}`);
      }
    }), { numRuns: 60 });
});

test('e2e deep JSON: 100,000 "[" as the index is exit 2 with one line, not a stack overflow', () => {
  const result = runBlog(['--data', writeBlog('['.repeat(100_000)), 'list']);
  assert.equal(result.status, 2, result.stderr);
  assert.match(result.stderr, /^blog: invalid index .*: not valid JSON at line 1, column 100001: the file ends before "\]" closes an array; fix the JSON syntax there\n$/);
});
