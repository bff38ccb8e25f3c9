import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commanderProblem } from '../src/cli.js';
import { pastLastPage } from '../src/core/paging.js';
import { EXIT } from '../src/errors.js';

test('errors: commander\'s sentences become one clause, its suggestion comes back apart', () => {
  assert.deepEqual(commanderProblem("error: too many arguments for 'show'. Expected 1 argument but got 2."),
    { problem: "too many arguments for 'show': expected 1 argument but got 2" });
  assert.deepEqual(commanderProblem("error: option '--sort <key>' argument 'a is invalid. B' is invalid. Allowed choices are date, title."),
    { problem: "option '--sort <key>' argument 'a is invalid. B' is invalid: allowed choices are date, title" }, 'the value the user typed is kept as typed');
  assert.deepEqual(commanderProblem("error: unknown command 'lst'\n(Did you mean list?)"), { problem: "unknown command 'lst'", suggestion: 'list' });
});

test('errors: a page past the end counts the pages in words', () => {
  assert.equal(pastLastPage(2, 1).message, 'page 2 is past the last page; there is 1 page');
  assert.equal(pastLastPage(9, 3).message, 'page 9 is past the last page; there are 3 pages');
  assert.equal(pastLastPage(9, 3).exitCode, EXIT.NOT_FOUND);
});
