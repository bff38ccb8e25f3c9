// The code cache's file (src/boot/cache-file.ts): V8 data behind a header with a CRC-32, so that
// a damaged cache is never given to V8, which would crash on it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { crc32, crc32InJs, seal, unseal } from '../../src/boot/cache-file.js';

const payload = fc.uint8Array({ minLength: 1, maxLength: 4096 }).map((bytes) => Buffer.from(bytes));

test('cache file: a sealed cache opens to the same bytes', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
    assert.deepEqual(unseal(seal(bytes)), Buffer.from(bytes));
  }));
});

test('cache file: any damage within 4 bytes, anywhere in header or payload, is detected', () => {
  // CRC-32 detects every burst error of up to 32 bits, so this holds for every case, not most.
  fc.assert(fc.property(payload, fc.nat(), fc.integer({ min: 1, max: 0xffffffff }), (bytes, at, mask) => {
    const file = seal(bytes);
    const start = at % (file.length - 3);
    file.writeUInt32LE((file.readUInt32LE(start) ^ mask) >>> 0, start);
    assert.equal(unseal(file), undefined);
  }));
});

test('cache file: a cut, grown, empty or headerless file is detected', () => {
  fc.assert(fc.property(payload, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes, at, tail) => {
    const file = seal(bytes);
    assert.equal(unseal(file.subarray(0, at % file.length)), undefined);
    assert.equal(unseal(Buffer.concat([file, tail])), undefined);
    assert.equal(unseal(bytes), undefined, 'V8 data without the header (a cache written before the checksum)');
  }));
  assert.equal(unseal(Buffer.alloc(0)), undefined);
});

test('cache file: the JavaScript CRC-32 for Node < 20.15 equals zlib.crc32', () => {
  assert.equal(crc32InJs(Buffer.from('123456789')), 0xcbf43926, 'the standard check value');
  fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
    assert.equal(crc32InJs(bytes), zlib.crc32(bytes));
  }));
});

test('cache file: the checksum the boot uses (the zlib binding where it can) equals zlib.crc32', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
    assert.equal(crc32(bytes), zlib.crc32(bytes));
  }), { numRuns: 200 });
});
