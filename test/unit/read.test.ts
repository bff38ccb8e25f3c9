// The one reader of the index, body files and the config file: regular files only, never past
// the limit, and the byte offset of the first sequence that is not UTF-8.
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { NotReadable, readRegularFile } from '../../src/store/read.js';

const folder = mkdtempSync(path.join(tmpdir(), 'blog-read-'));

/** The reference: the longest prefix that is valid UTF-8 ends where the first bad sequence starts. */
function firstBadOffset(bytes: Buffer): number | undefined {
  for (let end = bytes.length; end >= 0; end--) {
    if (isUtf8(bytes.subarray(0, end))) return end === bytes.length ? undefined : end;
  }
  return 0;
}

test('property: the offset of the first bad UTF-8 sequence is exact, and valid text (U+FFFD in it too) is no error', () => {
  const file = path.join(folder, 'bytes');
  const piece = fc.oneof(
    fc.constantFrom('가', 'a', '\uFFFD', '😀', 'é').map((s) => Buffer.from(s)),
    fc.uint8Array({ minLength: 1, maxLength: 3 }).map((a) => Buffer.from(a)),
  );
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
    const bytes = Buffer.concat(pieces);
    writeFileSync(file, bytes);
    const { text, invalidUtf8At } = readRegularFile(file, 1 << 20);
    assert.equal(invalidUtf8At, firstBadOffset(bytes));
    assert.equal(text, bytes.toString('utf8'));
  }), { numRuns: 500 });
});

test('read: a file that says it is empty but is not (/proc) is read to its end, and never past the limit', () => {
  assert.ok(readRegularFile('/proc/self/maps', 1 << 20).text.length > 0);
  assert.throws(() => readRegularFile('/proc/self/maps', 10),
    (error: unknown) => error instanceof NotReadable && error.kind === 'too-large' && error.what === 'more than 10 bytes, over the limit of 10 bytes');
});
