// The picker's pieces in-process: the query line editor, the layout at 120, 80 and 50 columns, the
// keys, and whole frames (every line exactly the width, the cursor right after the query, post
// data made inert).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { stripEscapes } from '../../src/render/text/escapes.js';
import { displayWidth } from '../../src/render/text/width.js';
import { createTheme } from '../../src/render/theme.js';
import { inputOf } from '../../src/tui/keys.js';
import { layoutFor } from '../../src/tui/layout.js';
import { LineEditor } from '../../src/tui/line-editor.js';
import { Picker, rowsOf, type PickerSource, type Row } from '../../src/tui/picker.js';
import { fitLine } from '../../src/tui/text.js';

test('line editor: Backspace removes one whole syllable, also one sent as NFD jamo, and one whole emoji', () => {
  const editor = new LineEditor();
  editor.insert('카');
  editor.insert('프');
  editor.insert('카');
  editor.backspace();
  assert.equal(editor.text, '카프');
  editor.insert('\u110f\u1161'); // 카 as a macOS terminal may send it: two conjoining jamo, one grapheme
  editor.backspace();
  assert.equal(editor.text, '카프');
  editor.insert('👩‍💻');
  editor.backspace();
  assert.equal(editor.text, '카프');
  editor.insert(' kafka');
  editor.deleteWord();
  assert.equal(editor.text, '카프 ');
  assert.equal(editor.backspace() && editor.backspace() && editor.backspace() && editor.backspace(), false, 'nothing left to remove');
  assert.equal(editor.text, '');
});

test('line editor: typed or pasted text never brings control characters or escape sequences into the query', () => {
  fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 8 }), (pieces) => {
    const editor = new LineEditor();
    for (const piece of pieces) editor.insert(piece);
    assert.doesNotMatch(editor.text, /[\x00-\x1f\x7f-\x9f]/);
    while (editor.backspace()) assert.ok(editor.text.length >= 0);
    assert.equal(editor.text, '');
  }));
});

test('layout: preview right at 120 columns, below at 80, none at 50 or when turned off; nothing overlaps or leaves the screen', () => {
  assert.equal(layoutFor(120, 40, true).preview?.side, 'right');
  assert.equal(layoutFor(100, 40, true).preview?.side, 'right');
  assert.equal(layoutFor(80, 24, true).preview?.side, 'below');
  assert.equal(layoutFor(60, 24, true).preview?.side, 'below');
  assert.equal(layoutFor(59, 24, true).preview, undefined);
  assert.equal(layoutFor(50, 20, true).preview, undefined);
  assert.equal(layoutFor(120, 40, false).preview, undefined);
  fc.assert(fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 120 }), fc.boolean(), (columns, rows, preview) => {
    const layout = layoutFor(columns, rows, preview);
    const rects = [layout.query, layout.list, ...(layout.preview ? [layout.preview] : []), ...(layout.status.height > 0 ? [layout.status] : [])];
    for (const r of rects) {
      assert.ok(r.left >= 0 && r.top >= 0 && r.left + r.width <= columns && r.top + r.height <= Math.max(1, rows), JSON.stringify({ columns, rows, r }));
    }
    for (const a of rects) for (const b of rects) {
      if (a === b || a.height === 0 || b.height === 0) continue;
      const apart = a.left + a.width <= b.left || b.left + b.width <= a.left || a.top + a.height <= b.top || b.top + b.height <= a.top;
      assert.ok(apart, JSON.stringify({ columns, rows, a, b }));
    }
  }));
});

test('keys: arrows, Ctrl-P/N, Shift-arrows, Tab, Enter, a lone Esc (which readline reports with meta), Ctrl-C/G/O/Z, Hangul text', () => {
  assert.deepEqual(inputOf(undefined, { name: 'up' }), { command: 'up' });
  assert.deepEqual(inputOf('\x10', { name: 'p', ctrl: true }), { command: 'up' });
  assert.deepEqual(inputOf('\x0e', { name: 'n', ctrl: true }), { command: 'down' });
  assert.deepEqual(inputOf(undefined, { name: 'pagedown' }), { command: 'pageDown' });
  assert.deepEqual(inputOf(undefined, { name: 'home' }), { command: 'first' });
  assert.deepEqual(inputOf(undefined, { name: 'end' }), { command: 'last' });
  assert.deepEqual(inputOf(undefined, { name: 'up', shift: true, sequence: '\x1b[1;2A' }), { command: 'previewUp' });
  assert.deepEqual(inputOf('\x04', { name: 'd', ctrl: true }), { command: 'previewDown' });
  assert.deepEqual(inputOf('\t', { name: 'tab' }), { command: 'scope' });
  assert.deepEqual(inputOf('\r', { name: 'return' }), { command: 'accept' });
  assert.deepEqual(inputOf(undefined, { name: 'escape', meta: true, sequence: '\x1b' }), { command: 'quit' });
  for (const letter of ['c', 'g']) assert.deepEqual(inputOf(undefined, { name: letter, ctrl: true }), { command: 'quit' });
  assert.deepEqual(inputOf('\x0f', { name: 'o', ctrl: true }), { command: 'open' });
  assert.deepEqual(inputOf('\x1a', { name: 'z', ctrl: true }), { command: 'suspend' });
  assert.deepEqual(inputOf('카', { sequence: '카' }), { text: '카' });
  assert.deepEqual(inputOf('K', { name: 'k', shift: true, sequence: 'K' }), { text: 'K' });
  assert.equal(inputOf(undefined, { name: 'f5', sequence: '\x1b[15~' }), undefined, 'unused keys type nothing');
  assert.equal(inputOf('x', { name: 'x', meta: true, sequence: '\x1bx' }), undefined);
});

test('fitLine: any styled line is cut to the width without splitting a syllable and padded to exactly the width', () => {
  assert.equal(fitLine('카프카', 5), '카프 ');
  assert.equal(stripEscapes(fitLine('\x1b[1m카프카\x1b[22m abc', 4)), '카프');
  fc.assert(fc.property(fc.array(fc.constantFrom('카', 'a', ' ', '👩‍💻', '\x1b[1m', '\x1b[0m', '\u0301', '─')), fc.integer({ min: 1, max: 40 }), (parts, width) => {
    const line = fitLine(parts.join(''), width);
    assert.equal(displayWidth(stripEscapes(line)), width);
  }));
});

const POSTS: Row[] = [
  { id: 8, day: '2024-09-05', category: '개발/기술', title: 'citus - 스키마 정리하고 분산테이블 만들기', ranges: [] },
  { id: 7, day: '2024-08-30', category: '개발/기술', title: '카프카 - URP, Under Min ISR', ranges: [] },
  { id: 4, day: '2024-05-17', category: '개발', title: '[Python] Decorator', ranges: [] },
];

/** A source over a few rows: the query picks titles that contain it, highlighting it. */
function fakeSource(rows: readonly Row[] = POSTS, previewLines = (id: number) => [`post ${id}`, 'body']): PickerSource & { searches: string[] } {
  const searches: string[] = [];
  return {
    searches,
    count: rows.length,
    search(query) {
      searches.push(query);
      if (query === '') return rowsOf(rows);
      return rowsOf(rows.filter((r) => r.title.includes(query)).map((r) => ({ ...r, ranges: [[r.title.indexOf(query), r.title.indexOf(query) + query.length]] })));
    },
    prepare: async () => {},
    preview: async (id) => previewLines(id),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

for (const [columns, rows] of [[120, 40], [80, 24], [50, 20]] as const) {
  test(`picker at ${columns}x${rows}: every line is exactly ${columns} columns and the cursor sits right after the query`, async () => {
    const picker = new Picker(fakeSource(), { theme: createTheme(3), preview: true });
    for (const text of ['카', '프']) picker.handle({ text });
    picker.frame(columns, rows);
    await settle();
    const frame = picker.frame(columns, rows);
    assert.equal(frame.lines.length, rows);
    for (const line of frame.lines) assert.equal(displayWidth(stripEscapes(line)), columns, JSON.stringify(line));
    const screen = frame.lines.map(stripEscapes);
    assert.match(screen[0]!, /^> 카프 /);
    assert.deepEqual(frame.cursor, { row: 0, column: displayWidth('> 카프') });
    assert.match(screen[1]!, /^> 7  카프카 - URP/);
    assert.equal(screen.some((line) => line.includes('post 7')), columns >= 60, 'the preview shows at 60 columns and more');
  });
}

test('picker: a long query shows its end, and the cursor never leaves the screen', () => {
  const picker = new Picker(fakeSource(), { theme: createTheme(0), preview: true });
  picker.handle({ text: '카프카'.repeat(30) });
  const frame = picker.frame(50, 20);
  assert.ok(frame.cursor.column <= 49);
  assert.equal(displayWidth(frame.lines[0]!), 50);
  assert.match(frame.lines[0]!, /^> …/);
});

test('picker: keys that arrive together are searched once, when the frame is made', () => {
  const source = fakeSource();
  const picker = new Picker(source, { theme: createTheme(0), preview: false });
  picker.frame(80, 24);
  source.searches.length = 0;
  for (const text of ['P', 'y', 't', 'h', 'o', 'n']) picker.handle({ text });
  picker.frame(80, 24);
  assert.deepEqual(source.searches, ['Python']);
});

test('picker: Down, Ctrl-N and PgDn move the selection, Up stops at the top; the preview scrolls with Ctrl-D and Shift-Up', async () => {
  const long = Array.from({ length: 100 }, (_, i) => `line ${i}`);
  const picker = new Picker(fakeSource(POSTS, () => long), { theme: createTheme(0), preview: true });
  picker.frame(80, 24);
  picker.handle({ command: 'down' });
  assert.equal(picker.selected()?.id, 7);
  picker.handle({ command: 'pageDown' });
  assert.equal(picker.selected()?.id, 4, 'stops at the last row');
  picker.handle({ command: 'up' });
  picker.handle({ command: 'up' });
  picker.handle({ command: 'up' });
  assert.equal(picker.selected()?.id, 8);
  picker.frame(80, 24);
  await settle();
  const before = picker.frame(80, 24).lines.join('\n');
  assert.match(before, /line 0\b/);
  picker.handle({ command: 'previewDown' });
  const after = picker.frame(80, 24).lines.join('\n');
  assert.doesNotMatch(after, /line 0\b/);
  picker.handle({ command: 'previewUp' });
  assert.match(picker.frame(80, 24).lines.join('\n'), /line 0\b/);
});

test('picker: titles and categories from post data reach the frame inert, and never wider than the screen', () => {
  fc.assert(fc.property(fc.array(fc.record({ title: fc.string({ unit: 'binary' }), category: fc.string({ unit: 'binary' }) }), { minLength: 1, maxLength: 5 }),
    fc.constantFrom(120, 80, 50), (posts, columns) => {
      const rows = posts.map((p, i): Row => ({ id: i + 1, day: '2024-01-01', category: p.category, title: `${p.title}\x1b]0;pwned\x07\x1b[2J`, ranges: [[0, 3]] }));
      const picker = new Picker(fakeSource(rows), { theme: createTheme(0), preview: false });
      const frame = picker.frame(columns, 20);
      for (const line of frame.lines) {
        assert.doesNotMatch(line, /[\x00-\x1f\x7f-\x9f]/, 'no escape or control character at all without colour');
        assert.equal(displayWidth(line), columns);
      }
    }));
});

test('picker: Tab switches to titles and bodies once the source has read them, and back', async () => {
  const prepared: string[] = [];
  const scopes: string[] = [];
  const source = { ...fakeSource(), prepare: async (scope: string) => void prepared.push(scope), search: (query: string, scope: string) => (scopes.push(scope), rowsOf(POSTS)) };
  const picker = new Picker(source, { theme: createTheme(0), preview: false });
  picker.handle({ command: 'scope' });
  await settle();
  assert.equal(picker.scope, 'body');
  assert.match(picker.frame(80, 24).lines[0]!, /titles\+bodies/);
  picker.handle({ command: 'scope' });
  await settle();
  assert.equal(picker.scope, 'title');
  assert.deepEqual(prepared, ['body', 'title']);
});

test('picker: a query first asks for the best 100 results ("100+"), and scrolling near their end asks for more, keeping the selection', () => {
  const many = Array.from({ length: 300 }, (_, i): Row => ({ id: 300 - i, day: '2024-01-01', category: '개발', title: `post ${i}`, ranges: [] }));
  const limits: number[] = [];
  const source: PickerSource = {
    count: many.length,
    search(query, _scope, limit) {
      limits.push(limit);
      return rowsOf(query === '' ? many : many.filter((r) => r.title.includes(query)).slice(0, limit));
    },
    prepare: async () => {},
    preview: async () => [],
  };
  const picker = new Picker(source, { theme: createTheme(0), preview: false });
  picker.handle({ text: 'post' });
  assert.match(picker.frame(80, 24).lines[0]!, /100\+\/300 titles/);
  assert.deepEqual(limits, [100]);
  for (let i = 0; i < 4; i++) picker.handle({ command: 'pageDown' });
  assert.ok(limits.length === 2 && limits[1]! >= 400, `asked for more: ${limits}`);
  assert.equal(picker.selected()?.title, `post ${4 * 21}`, 'the selection moved on from where it was');
  picker.handle({ command: 'last' });
  assert.equal(picker.selected()?.title, 'post 299');
  assert.match(picker.frame(80, 24).lines[0]!, /300\/300 titles/);
  picker.handle({ text: ' 2' });
  picker.frame(80, 24);
  assert.equal(limits.at(-1), 100, 'a new query starts again at 100');
});
