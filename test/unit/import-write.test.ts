// Writing an import: whatever fails, the previous index stays byte for byte, and every file it names exists.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { writeFileAtomic } from '../../src/store/atomic-write.js';
import { writeImport, type ImportPlan } from '../../src/store/import-write.js';
import { BlogError, EXIT } from '../../src/errors.js';

const OLD = '{"posts": [{"id": 1, "slug": "a", "title": "옛 글", "category": "c", "date": "2024-01-01", "file": "posts/a.md"}]}\n';

function setUp(): ImportPlan {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-write-'));
  const index = path.join(dir, 'posts.json');
  writeFileSync(index, OLD);
  writeFileAtomic(path.join(dir, 'posts', 'a.md'), '옛 본문');
  return {
    index, text: '{"posts": []}\n', previous: readFileSync(index),
    bodies: [{ file: path.join(dir, 'posts', 'a.md'), text: '새 본문' }, { file: path.join(dir, 'posts', 'b.md'), text: '둘째' }],
  };
}

test('import write: bodies first, then posts.json.bak with the old bytes, then the index', () => {
  const plan = setUp();
  const order: string[] = [];
  writeImport(plan, (file, data) => {
    order.push(path.relative(path.dirname(plan.index), file));
    writeFileAtomic(file, data);
  });
  assert.deepEqual(order, ['posts/a.md', 'posts/b.md', 'posts.json.bak', 'posts.json']);
  assert.equal(readFileSync(`${plan.index}.bak`, 'utf8'), OLD);
  assert.equal(readFileSync(plan.index, 'utf8'), plan.text);
});

test('import write: a failure at any step (a full disk) leaves the old index byte for byte, its files there, and says so with exit 74', () => {
  for (let failAt = 0; failAt < 4; failAt++) {
    const plan = setUp();
    let calls = 0;
    const error = (() => {
      try {
        writeImport(plan, (file, data) => {
          if (calls++ === failAt) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          writeFileAtomic(file, data);
        });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    assert.ok(error instanceof BlogError, `step ${failAt}`);
    assert.equal(error.exitCode, EXIT.IO);
    assert.match(error.message, /no space left on device/);
    assert.equal(error.hint, 'the previous index is unchanged; fix that and run the import again');
    assert.equal(readFileSync(plan.index, 'utf8'), OLD, `step ${failAt}`);
    assert.ok(existsSync(path.join(path.dirname(plan.index), 'posts', 'a.md')));
    assert.deepEqual(readdirSync(path.dirname(plan.index)).filter((name) => name.endsWith('.tmp')), []);
  }
});

test('import write: a body file that already holds the text is not written again', () => {
  const plan = setUp();
  const written: string[] = [];
  writeImport({ ...plan, bodies: [{ file: plan.bodies[0]!.file, text: '옛 본문' }] }, (file, data) => {
    written.push(path.basename(file));
    writeFileAtomic(file, data);
  });
  assert.deepEqual(written, ['posts.json.bak', 'posts.json']);
});
