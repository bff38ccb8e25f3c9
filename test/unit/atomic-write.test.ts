// writeFileAtomic: a reader sees the old file or the new one, never a part, and a failed write
// leaves nothing behind.
import assert from 'node:assert/strict';
import fs, { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mock, test } from 'node:test';
import fc from 'fast-check';
import { writeFileAtomic } from '../../src/store/atomic-write.js';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'blog-atomic-'));

/** Every file under `dir` with its content, to compare a folder before and after. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = entry.isFile() ? readFileSync(full, 'latin1') : '<folder>';
  }
  return files;
}

test('atomic write: writes text or bytes, replaces an old file, and creates missing folders', () => {
  const dir = scratch();
  const file = path.join(dir, 'a', 'b', 'state.json');
  writeFileAtomic(file, '{"읽음": [1]}');
  assert.equal(readFileSync(file, 'utf8'), '{"읽음": [1]}');
  writeFileAtomic(file, Uint8Array.from([0, 255, 10]));
  assert.deepEqual([...readFileSync(file)], [0, 255, 10]);
  writeFileAtomic(file, '');
  assert.equal(readFileSync(file, 'utf8'), '');
  assert.deepEqual(readdirSync(path.dirname(file)), ['state.json']);
});

test('atomic write: when the rename fails (a folder in the way), no temporary file is left', () => {
  const dir = scratch();
  const target = path.join(dir, 'taken');
  mkdirSync(target);
  writeFileSync(path.join(target, 'inside'), 'kept');
  const before = snapshot(dir);
  assert.throws(() => writeFileAtomic(target, 'new'));
  assert.deepEqual(snapshot(dir), before);
});

test('atomic write: whichever file-system call fails, the folder is as before, else the file holds the new content', () => {
  // Each run fails the n-th call into node:fs the write makes (or none, when n is past the last).
  const calls = ['mkdirSync', 'openSync', 'writeSync', 'fsyncSync', 'closeSync', 'renameSync'] as const;
  const outcomes = { failed: 0, written: 0 };
  fc.assert(fc.property(
    fc.option(fc.string({ unit: 'binary' }), { nil: undefined }),
    fc.oneof(fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 300 })),
    fc.nat({ max: 12 }),
    (old, data, failAt) => {
      const dir = scratch();
      const file = path.join(dir, 'index.cache');
      if (old !== undefined) writeFileSync(file, old);
      const before = snapshot(dir);
      let count = 0;
      const mocks = calls.map((name) => {
        const real = fs[name] as (...args: unknown[]) => unknown;
        return mock.method(fs, name, (...args: unknown[]) => {
          if (count++ === failAt) throw Object.assign(new Error(`${name} failed`), { code: 'EIO' });
          return real(...args);
        });
      });
      let failed = false;
      try {
        writeFileAtomic(file, data);
      } catch (error) {
        failed = true;
        assert.match((error as Error).message, / failed$/);
      } finally {
        for (const m of mocks) m.mock.restore();
      }
      outcomes[failed ? 'failed' : 'written']++;
      if (failed) {
        assert.deepEqual(snapshot(dir), before);
      } else {
        assert.deepEqual(snapshot(dir), { 'index.cache': Buffer.from(data).toString('latin1') });
      }
    },
  ), { numRuns: 200 });
  assert.ok(outcomes.failed > 0 && outcomes.written > 0, `both outcomes happened: ${JSON.stringify(outcomes)}`);
});
