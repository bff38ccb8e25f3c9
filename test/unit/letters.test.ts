// The letter-or-digit test search uses where words start (src/core/search/letters.ts) answers as
// the Unicode classes [\p{L}\p{N}] do, for every UTF-16 code unit and for whole strings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { hasLetterOrDigit, isLetterOrDigitCode } from '../../src/core/search/letters.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

test('letters: every UTF-16 code unit is a letter or digit exactly when [\\p{L}\\p{N}] says so', () => {
  const wrong: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (isLetterOrDigitCode(code) !== LETTER_OR_DIGIT.test(String.fromCharCode(code))) wrong.push(code.toString(16));
  }
  assert.deepEqual(wrong, []);
});

test('letters: a string has a letter or digit exactly when [\\p{L}\\p{N}] finds one, astral letters and lone surrogates included', () => {
  const pieces = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('𠀀', '😀', '\ud800', '\udc00', ' ', '!', '٣', 'ㅋ', '한', 'é', '×'));
  fc.assert(fc.property(fc.array(pieces, { maxLength: 6 }).map((parts) => parts.join('')), (text) => {
    assert.equal(hasLetterOrDigit(text), LETTER_OR_DIGIT.test(text), JSON.stringify(text));
  }), { numRuns: 2_000 });
});
