// Deep and long input renders with every line within the width. No timings here (they are in
// `npm run bench`); the inputs too big for the old quadratic code are run through the binary, with
// a kill timeout, in test/e2e/render-scale.e2e.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MAX_DEPTH, flattenDeepNesting } from '../../src/render/markdown/depth.js';
import { renderMarkdown } from '../../src/render/markdown/render.js';
import { createTheme } from '../../src/render/theme.js';
import { displayWidth, graphemes, truncateToWidth } from '../../src/render/text/width.js';
import { wrapText } from '../../src/render/text/wrap.js';

const render = (md: string, width = 60) => renderMarkdown(md, { width, theme: createTheme(0) });
const lines = (text: string) => text.split('\n');
const assertFits = (out: string, width: number) => {
  for (const line of lines(out)) assert.ok(displayWidth(line) <= width, `${displayWidth(line)} > ${width}: ${line.slice(0, 80)}`);
};

// Characters that join the one before them or need a segmenter: what makes segmenting slow.
const HARD = ['가', '각', 'ᄀ', 'ᅡ', 'ᆨ', 'e', '\u0301', '\u200d', '\ufe0f', '👨', '👩', '👧', '🏻', '🇰🇷', '😀', '中', 'a', '1', '\u20e3', '\u0915', '\u094d'];
const hardText = (maxLength: number) => fc.array(fc.constantFrom(...HARD), { minLength: 1, maxLength }).map((chars) => chars.join(''));

test('property: graphemes: segmenting in chunks finds the clusters Intl.Segmenter finds in the whole text', () => {
  const whole = new Intl.Segmenter();
  // Each unit starts a cluster, so a boundary is always in reach (a run of hundreds of joined code
  // points is cut anyway, where Intl.Segmenter would not).
  fc.assert(fc.property(hardText(200), fc.integer({ min: 5, max: 12 }), (unit, times) => {
    const text = `a${unit}`.repeat(times * Math.ceil(500 / unit.length)); // past one chunk (2,048 code units)
    assert.deepEqual(graphemes(text).map(({ index }) => index), [...whole.segment(text)].map(({ index }) => index));
  }), { numRuns: 30 });
});

test('graphemes: a chunk never ends inside a flag, whichever half of its pair falls at the chunk size, and a leading jamo may start one', () => {
  const whole = new Intl.Segmenter();
  for (const unit of ['🇰🇷', '🇰🇷가', '👧🇰🇷가가가😀', '🇰', '\u200d🏻ᄀ']) {
    for (let shift = 0; shift < 4; shift++) {
      const text = `${'x'.repeat(shift)}${`a${unit}`.repeat(3000 / (unit.length + 1))}`;
      assert.deepEqual(graphemes(text).map(({ index }) => index), [...whole.segment(text)].map(({ index }) => index), `${unit} shifted by ${shift}`);
    }
  }
});

test('graphemes: offsets are UTF-16 offsets, also for characters outside the BMP', () => {
  assert.deepEqual(graphemes('a😀b').map(({ index }) => index), [0, 1, 3]);
});

test('property: wrap: text without spaces, of any characters, wraps into lines that fit and keep every character', () => {
  fc.assert(fc.property(hardText(40), fc.integer({ min: 1100, max: 5000 }), fc.integer({ min: 4, max: 100 }), (unit, length, width) => {
    const text = `a${unit}`.repeat(Math.ceil(length / (unit.length + 1))); // a word past LONG_WORD
    const wrapped = wrapText(text, width);
    for (const line of wrapped) assert.ok(displayWidth(line) <= Math.max(width, 2), `${displayWidth(line)} > ${width}`);
    assert.equal(wrapped.join('').replaceAll(' ', ''), text.normalize('NFC')); // wrap-ansi composes
  }), { numRuns: 40 });
});

test('markdown: a long body without a space renders, whatever its characters, every line within the width', async () => {
  for (const unit of ['각', 'e\u0301', '😀', '👨‍👩‍👧', '🇰🇷', '가\u200d']) {
    const body = unit.repeat(Math.ceil(100_000 / unit.length));
    const out = await render(body, 80);
    assertFits(out, 80);
    assert.equal(out.replaceAll('\n', ''), body.normalize('NFC'));
  }
});

test('truncate: a 100,000-character emoji title is cut to the width, families whole', () => {
  assert.equal(truncateToWidth('👨‍👩‍👧'.repeat(12_500), 40), `${'👨‍👩‍👧'.repeat(19)}…`);
});

// Random nesting: quotes, bullets, numbers and indentation, as deep as the generator goes.
const marker = fc.constantFrom('> ', '>', '- ', '* ', '+ ', '1. ', '2) ', '  ', '   ', ' ');
const nested = fc.tuple(fc.array(marker, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 800 }), fc.constantFrom('x', '말', 'a b c'))
  .map(([prefix, lines, text]) => Array.from({ length: lines }, (_, i) => prefix.slice(0, 1 + (i % prefix.length)).join('').repeat(1 + Math.floor(i / 50)) + text).join('\n'));

test('property: markdown: nesting of any depth renders within the width, flattened past the documented depth', async () => {
  await fc.assert(fc.asyncProperty(nested, fc.integer({ min: 20, max: 120 }), async (md, width) => {
    const out = await render(md, width);
    assertFits(out, width);
    for (const line of lines(out)) assert.ok((line.match(/│/g) ?? []).length <= MAX_DEPTH, line);
  }), { numRuns: 25 });
});

test('depth: nesting up to the limit is left as it is; a line nested deeper keeps the limit\'s depth', () => {
  const ok = Array.from({ length: MAX_DEPTH }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
  assert.equal(flattenDeepNesting(ok), ok);
  assert.equal(flattenDeepNesting(`${'>'.repeat(40)} deep`), `${'>'.repeat(MAX_DEPTH - 1)}> deep`);
  assert.equal(flattenDeepNesting(`${'- '.repeat(40)}deep`), `${'- '.repeat(MAX_DEPTH)}deep`);
  const rule = '- '.repeat(30).trim();
  assert.equal(flattenDeepNesting(rule), rule, 'a thematic break is not a list');
  const fenced = `\`\`\`\n${'> '.repeat(30)}code\n\`\`\``;
  assert.equal(flattenDeepNesting(fenced), fenced, 'code is not a quote');
});

test('markdown: 2,000 nested quotes render as the documented depth of quotes', async () => {
  const out = await render(`${'>'.repeat(2000)} 깊은 인용\n`);
  assert.equal(out, `${'│ '.repeat(MAX_DEPTH)}깊은 인용`);
});

test('markdown: 1,000 list markers on one line render as the documented depth of lists', async () => {
  const out = await render(`${'- '.repeat(1000)}항목\n`);
  assert.equal(out, `${'• '.repeat(MAX_DEPTH)}항목`);
});

test('markdown: a list nested 5,000 levels deep renders every item, the deepest as siblings at the documented depth', async () => {
  const md = Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i)}- 항목 ${i}`).join('\n');
  const out = lines(await render(md, 80));
  assert.equal(out.length, 5000);
  assert.equal(out[4999], `${'  '.repeat(MAX_DEPTH - 1)}• 항목 4999`);
});

test('markdown: 2,000 quotes nested line by line render within the width', async () => {
  const out = await render(Array.from({ length: 2000 }, (_, i) => `${'> '.repeat(i + 1)}x`).join('\n'), 40);
  assertFits(out, 40);
  assert.equal(out.match(/x/g)?.length, 2000);
});

test('markdown: a table of 30,000 rows renders every row, with the borders of one table', async () => {
  const md = `| 번호 | 이름 |\n|---|---|\n${Array.from({ length: 30_000 }, (_, i) => `| ${i} | 값 ${i} |`).join('\n')}`;
  const out = lines(await render(md, 40));
  assert.equal(out.filter((line) => line.startsWith('┌')).length, 1);
  assert.equal(out.filter((line) => line.startsWith('└')).length, 1);
  assert.equal(out.filter((line) => line.startsWith('├')).length, 30_000); // under the header and between rows
  assert.match(out.at(-2)!, /^│ 29999 +│ 값 29999 +│$/);
});
