import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { keepOnlyOwnEscapes, sanitizeBlock, sanitizeLine, sanitizeMarkdown } from '../../src/render/sanitize.js';

const FORBIDDEN = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

test('sanitize: whole escape sequences go, not just their ESC byte', () => {
  assert.equal(sanitizeLine('a\x1b[2Jb'), 'ab');
  assert.equal(sanitizeLine('a\x1b]0;owned\x07b'), 'ab', 'OSC window title');
  assert.equal(sanitizeLine('a\x1b]52;c;ZXZpbA==\x1b\\b'), 'ab', 'OSC 52 clipboard write');
  assert.equal(sanitizeLine('a\x1bPq#0;2;0;0;0\x1b\\b'), 'ab', 'DCS');
  assert.equal(sanitizeLine('a\x9b31mb'), 'ab', '8-bit CSI');
  assert.equal(sanitizeLine('a\x1bcb'), 'ab', 'RIS');
});

test('sanitize: bidi overrides and other controls are removed, Hangul kept', () => {
  assert.equal(sanitizeLine('카프카\u202e역순\u202c'), '카프카역순');
  assert.equal(sanitizeLine('a\x00b\x7fc\x85d'), 'abc d');
});

test('sanitize: a bare CSI introducer goes alone, the text after it stays', () => {
  assert.equal(sanitizeLine('a\x1b[2024년'), 'a2024년', 'parameters without a final byte are text');
  assert.equal(sanitizeLine('x\x1b[ 카프카'), 'x 카프카', 'a space is no intermediate byte without a final one');
  assert.equal(sanitizeLine('a\x1b[ visible'), 'a visible', 'a space then a letter is text, not an intermediate and a final byte');
  assert.equal(sanitizeLine('x \x1b[ still here'), 'x  still here');
  assert.equal(sanitizeLine('a\x1b[2 qb'), 'ab', 'a sequence with a parameter and a space (DECSCUSR) still goes whole');
  assert.equal(sanitizeLine('끝\x1b['), '끝');
  assert.equal(sanitizeBlock('\x1b[12\n다음 줄'), '12\n다음 줄');
  assert.equal(sanitizeLine('a\x9b1;2 @b'), 'ab', 'a whole 8-bit CSI still goes whole');
  assert.equal(sanitizeLine('a\x1b[1;31mb\x1b[0m'), 'ab', 'whole sequences still go whole');
});

test('property: after a bare CSI introducer, text that cannot end a sequence is kept as it is', () => {
  fc.assert(fc.property(fc.stringMatching(/^[0-9;:<=>? !-\/가-힣ㄱ-ㅎ]*$/), (tail) => {
    assert.equal(sanitizeLine(`\x1b[${tail}`), tail);
    assert.equal(sanitizeBlock(`앞\x9b${tail}`), `앞${tail}`);
  }), { numRuns: 500 });
});

test('sanitize: the bidi marks U+200E, U+200F and U+061C are removed like the overrides', () => {
  assert.equal(sanitizeLine('a\u200eb\u200fc\u061cd'), 'abcd');
  assert.equal(sanitizeBlock('가\u200f나\n\u061c다'), '가나\n다');
  assert.equal(sanitizeMarkdown('a&#x200F;b&#8206;c&#x61C;d'), 'abcd', 'also written as character references');
});

test('sanitize: one-line fields lose line breaks, blocks keep them', () => {
  assert.equal(sanitizeLine('제목\n둘째\t줄\r\n'), '제목 둘째 줄 ');
  assert.equal(sanitizeBlock('첫째\r\n둘째\r셋째\t끝'), '첫째\n둘째\n셋째\t끝');
});

test('sanitize: an unterminated OSC cannot swallow the rest of a body', () => {
  assert.equal(sanitizeBlock('a\x1b]0;junk\nnext line'), 'a\nnext line');
});

test('sanitize: Markdown character references to controls are dropped, others kept', () => {
  assert.equal(sanitizeMarkdown('a&#27;[31mb &#x9B;2Jc &#x1B;]0;title&#7;d'), 'ab c d');
  assert.equal(sanitizeMarkdown('&#44032; &#x41; &amp; &#10;'), '&#44032; &#x41; &amp; &#10;');
});

test('sanitize: our own SGR and OSC 8 survive the final pass, anything else does not', () => {
  const own = '\x1b[1mbold\x1b[22m \x1b]8;;https://x.y\x07link\x1b]8;;\x07';
  assert.equal(keepOnlyOwnEscapes(own), own);
  assert.equal(keepOnlyOwnEscapes('\x1b[1ma\x1b[2J\x1b]0;t\x07b\x9b5m'), '\x1b[1mab');
});

test('property: sanitized text never contains controls, bidi overrides or ESC', () => {
  const hostile = fc.string({ unit: fc.oneof(
    fc.constantFrom('\x1b', '\x1b[', '\x1b]', '\x07', '\x9b', '\x9d', '\x9c', '\x1b\\', '\u202e', '\u200e', '\u200f', '\u061c', '\r', '\n', '\t', 'P', '[', ']', ';', '0', 'm', '가'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ) });
  fc.assert(fc.property(hostile, (text) => {
    assert.doesNotMatch(sanitizeLine(text), FORBIDDEN);
    assert.doesNotMatch(sanitizeLine(text), /[\n\t]/);
    assert.doesNotMatch(sanitizeBlock(text), FORBIDDEN);
    assert.doesNotMatch(keepOnlyOwnEscapes(text).replace(/\x1b\[[0-9;:]*m|\x1b\]8;[^\x07\x1b]*(?:\x07|\x1b\\)/g, ''), /[\x1b\x9b\x9d]/);
  }), { numRuns: 1000 });
});

test('property: sanitizing is idempotent and leaves printable text alone', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
    const once = sanitizeBlock(text);
    assert.equal(sanitizeBlock(once), once);
  }), { numRuns: 500 });
  fc.assert(fc.property(fc.stringMatching(/^[ -~가-힣]*$/), (text) => {
    assert.equal(sanitizeLine(text), text);
  }), { numRuns: 300 });
});
