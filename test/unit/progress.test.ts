// The import's progress bar fits the line whatever the label (wide Hangul, escapes) and the width.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { renderProgress } from '../../src/render/progress.js';
import { displayWidth } from '../../src/render/text/width.js';

test('progress: label, a bar filled in proportion, and the count', () => {
  assert.equal(renderProgress('importing .', 5, 10, 40), `importing . [${'#'.repeat(10)}${'·'.repeat(10)}] 5/10`);
  assert.equal(renderProgress('importing .', 10, 10, 40), `importing . [${'#'.repeat(19)}] 10/10`);
  assert.equal(displayWidth(renderProgress('importing .', 10, 10, 40)), 39);
});

test('progress: never wider than the terminal less one column, and inert (property)', () => {
  fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.nat(500), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 200 }),
    (label, done, total, width) => {
      const line = renderProgress(`가${label}`, Math.min(done, total), total, width);
      assert.ok(displayWidth(line) <= Math.max(0, width - 1), `${JSON.stringify(line)} at ${width}`);
      assert.doesNotMatch(line, /[\u0000-\u001f\u007f-\u009f]/);
    }));
});
