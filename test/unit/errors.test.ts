import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commanderProblem } from '../../src/cli.js';
import { pastLastPage } from '../../src/core/paging.js';
import { AmbiguousCategory, CoreError, EmptyQuery, UnknownCategory } from '../../src/core/errors.js';
import { BlogError, excerpt, EXIT } from '../../src/errors.js';
import fc from 'fast-check';
import { describeCoreError } from '../../src/messages.js';

test('errors: commander\'s sentences become one clause, its suggestion comes back apart', () => {
  assert.deepEqual(commanderProblem("error: too many arguments for 'show'. Expected 1 argument but got 2."),
    { problem: "too many arguments for 'show': expected 1 argument but got 2" });
  assert.deepEqual(commanderProblem("error: option '--sort <key>' argument 'a is invalid. B' is invalid. Allowed choices are date, title."),
    { problem: "option '--sort <key>' argument 'a is invalid. B' is invalid: allowed choices are date, title" }, 'the value the user typed is kept as typed');
  assert.deepEqual(commanderProblem("error: unknown command 'lst'\n(Did you mean list?)"), { problem: "unknown command 'lst'", suggestion: 'list' });
});

test('errors: a page past the end counts the pages in words', () => {
  assert.equal(describeCoreError(pastLastPage(2, 1), 'list').message, 'page 2 is past the last page; there is 1 page');
  assert.equal(describeCoreError(pastLastPage(9, 3), 'list').message, 'page 9 is past the last page; there are 3 pages');
  assert.equal(describeCoreError(pastLastPage(9, 3), 'list').exitCode, EXIT.NOT_FOUND);
});

test('errors: the core throws typed errors with the facts and no CLI wording; the CLI words them', () => {
  const errors = [new UnknownCategory('요리', '일상', ['개발', '일상']), new AmbiguousCategory('기술', ['개발/기술', '여행/기술']),
    new EmptyQuery(' '), pastLastPage(3, 2)];
  for (const error of errors) {
    assert.ok(error instanceof CoreError && !(error instanceof BlogError), error.name);
    assert.doesNotMatch(error.message, /blog |--|;/, 'no commands, options or hints in the core');
  }
  assert.deepEqual(errors.map((error) => describeCoreError(error, 'show')).map((e) => [e.exitCode, e.message, e.hint ?? '']), [
    [EXIT.NOT_FOUND, 'no category "요리"', 'did you mean "일상"? known categories: 개발, 일상; run \'blog category\' for the tree'],
    [EXIT.NOT_FOUND, 'category "기술" is ambiguous', 'give the full path'],
    [EXIT.USAGE, 'the show query is empty', 'give words to look for, e.g. blog show 7 or blog show 카프카'],
    [EXIT.NOT_FOUND, 'page 3 is past the last page; there are 2 pages', ''],
  ]);
});

test('errors: an excerpt keeps short text, cuts long text to 40 characters ending in …, never half a surrogate pair', () => {
  assert.equal(excerpt('카프카'), '카프카');
  assert.equal(excerpt('가'.repeat(40)), '가'.repeat(40));
  assert.equal(excerpt('가'.repeat(41)), `${'가'.repeat(39)}…`);
  fc.assert(fc.property(fc.string({ unit: 'binary', minLength: 41, maxLength: 2000 }), (text) => {
    const cut = excerpt(text);
    assert.ok(cut.length <= 40 && cut.endsWith('…'), cut);
    assert.ok(text.startsWith(cut.slice(0, -1)));
    assert.doesNotMatch(cut, /[\uD800-\uDBFF]…$/, 'no lone high surrogate before the …');
  }));
});
