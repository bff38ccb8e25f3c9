import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildCategoryTree } from '../../src/core/categories.js';
import { fitColumns } from '../../src/render/text/columns.js';
import { renderFooter, renderPostTable } from '../../src/render/table.js';
import { createTheme } from '../../src/render/theme.js';
import { renderCategoryTree } from '../../src/render/tree.js';
import { displayWidth, truncateToWidth } from '../../src/render/text/width.js';
import { trimLineEnds } from '../../src/render/text/escapes.js';
import { hyperlink } from '../../src/render/text/hyperlink.js';
import { wrapCode } from '../../src/render/text/wrap.js';
import { makePost } from '../helpers.js';

const plain = createTheme(0);
const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
const OSC8 = /\x1b\]8;[^\x07\x1b\n]*\x07/g;
const CLOSE = '\x1b]8;;\x07';
const stripAll = (s: string) => strip(s.replace(OSC8, ''));

test('width: Hangul syllables take two columns, combining marks none', () => {
  assert.equal(displayWidth('카프카'), 6);
  assert.equal(displayWidth('Kafka 카프카'), 12);
  assert.equal(displayWidth('e\u0301'), 1);
  assert.equal(displayWidth('\x1b[1m굵게\x1b[22m'), 4, 'styling takes no room');
});

// Escape sequences of every kind the sanitiser removes, 7-bit and 8-bit.
const SEQUENCES = [
  '\x1b[1m', '\x1b[38;5;12m', '\x1b[38:2::255:0:0m', '\x1b[0m', '\x1b[2K', // CSI (SGR and others)
  '\x1b]8;;https://x.io/카프카\x07', '\x1b]8;;\x07', '\x1b]8;id=1;https://x.io\x1b\\', '\x1b]0;title\x07', // OSC, BEL or ST
  '\x1bP+q544e\x1b\\', '\x1b_payload\x1b\\', '\x1b(B', '\x1bc', // DCS, APC, charset, RIS
  '\x9b31m', '\x9d8;;https://x.io\x9c', // 8-bit CSI and OSC
];

test('property: width: escape sequences take no room, whatever kind (what the sanitiser removes is what takes no columns)', () => {
  const text = fc.constantFrom('a', '카프카', ' ', 'é', '👩‍💻', '…', 'URP');
  fc.assert(fc.property(fc.array(fc.tuple(text, fc.constantFrom('', ...SEQUENCES)), { maxLength: 10 }), (parts) => {
    const plainText = parts.map(([t]) => t).join('');
    assert.equal(displayWidth(parts.map(([t, escape]) => t + escape).join('')), displayWidth(plainText), JSON.stringify(parts));
  }), { numRuns: 500 });
});

test('trim: blanks at a line end go, also before the sequences that close a link and a style', () => {
  assert.equal(trimLineEnds('a  \x1b]8;;\x07\x1b[39m\nb \x1b[22m'), 'a\x1b]8;;\x07\x1b[39m\nb\x1b[22m');
});

test('wrap: a code line with an OSC 8 link breaks where its plain text would; each piece closes the link and the next reopens it', () => {
  const url = 'https://kafka.apache.org/documentation/#producerconfigs_acks';
  const c = createTheme(1).chalk;
  const line = `acks = ${c.yellow('"all"')}  # ${hyperlink(c.blue('카프카 프로듀서 설정 문서의 acks 항목'), url)} 참고`;
  const mark = hyperlink(c.dim('↪ '), 'https://x.io/wrapped');
  const pieces = wrapCode(line, 24, mark);
  assert.deepEqual(pieces.map(stripAll), wrapCode(stripAll(line), 24, '↪ '), 'same breaks as without escapes');
  assert.ok(pieces.length >= 3);
  for (const piece of pieces) {
    assert.ok(displayWidth(piece) <= 24, JSON.stringify(piece));
    assert.doesNotMatch(piece.replace(OSC8, ''), /\x1b\]/, 'no OSC 8 sequence is cut');
    const links = piece.match(OSC8) ?? [];
    assert.equal(links.filter((l) => l !== CLOSE).length, links.filter((l) => l === CLOSE).length, `every link opened in a piece is closed in it: ${JSON.stringify(piece)}`);
  }
  assert.ok(pieces.filter((piece) => piece.includes(`\x1b]8;;${url}\x07`)).length >= 2, 'the link goes on in the next piece');
});

test('property: wrap: styles and links never change where a code line breaks', () => {
  const c = createTheme(1).chalk;
  const piece = fc.oneof(
    fc.constantFrom('a', ' ', '  ', '카프카', '_id', '(', ',', 'x.y', '= ', '복제본'),
    fc.constantFrom('acks', '리더', 'all').map((t) => c.bold(t)),
    fc.tuple(fc.constantFrom('문서', 'docs', 'a b'), fc.constantFrom('https://x.io/a', 'https://example.com/카프카/문서?q=1')).map(([t, u]) => hyperlink(c.blue(t), u)),
  );
  fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), fc.integer({ min: 4, max: 30 }), (parts, width) => {
    const line = parts.join('');
    const pieces = wrapCode(line, width, c.dim('↪ '));
    assert.deepEqual(pieces.map(stripAll), wrapCode(stripAll(line), width, '↪ '));
    for (const p of pieces) assert.doesNotMatch(p.replace(OSC8, ''), /\x1b\]/, JSON.stringify(p));
  }), { numRuns: 500 });
});

test('truncate: cuts by columns with an ellipsis and never splits a syllable', () => {
  assert.equal(truncateToWidth('카프카 - URP', 20), '카프카 - URP');
  assert.equal(truncateToWidth('카프카 - URP', 6), '카프…', '5 columns of text would split 카; stop before it');
  assert.equal(truncateToWidth('카프카', 4), '카…');
  assert.equal(truncateToWidth('👩‍💻 개발자', 3), '👩‍💻…');
  assert.equal(truncateToWidth('abc', 0), '');
});

test('property: truncation fits, keeps a prefix, and leaves short text alone', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 40 }), (text, max) => {
    const cut = truncateToWidth(text, max);
    assert.ok(displayWidth(cut) <= max);
    if (displayWidth(text) <= max) assert.equal(cut, text);
    else assert.ok(text.startsWith(cut.slice(0, -1)));
  }), { numRuns: 500 });
});

test('layout: columns shrink in order down to their minimum to fit', () => {
  const cols = [{ natural: 2, min: 2 }, { natural: 10, min: 10 }, { natural: 9, min: 6 }, { natural: 40, min: 12 }];
  assert.deepEqual(fitColumns(cols, 80, 2, [3, 2, 1, 0]), [2, 10, 9, 40]);
  assert.deepEqual(fitColumns(cols, 50, 2, [3, 2, 1, 0]), [2, 10, 9, 23]);
  assert.deepEqual(fitColumns(cols, 36, 2, [3, 2, 1, 0]), [2, 10, 6, 12]);
});

const posts = [
  makePost({ id: 8, title: 'citus - 스키마 정리하고 분산테이블 만들기', category: '개발/기술', date: '2024-09-05T22:30:00+09:00' }),
  makePost({ id: 7, title: '카프카 - URP, Under Min ISR', category: '개발/기술', date: '2024-08-30T17:52:00+09:00' }),
  makePost({ id: 12, title: 'Sentry 에서 Clickhouse 를 택한 이유', category: '개발', date: '2024-08-20T21:38:00+09:00' }),
];

test('table: rows line up by display column with Hangul cells', () => {
  const lines = renderPostTable(posts, { width: 80, theme: plain }).split('\n');
  assert.equal(lines[0], 'ID  Date        Category   Title');
  assert.equal(lines[1], ' 8  2024-09-05  개발/기술  citus - 스키마 정리하고 분산테이블 만들기');
  assert.equal(lines[3], '12  2024-08-20  개발       Sentry 에서 Clickhouse 를 택한 이유');
  const titleColumn = (line: string) => displayWidth(line.slice(0, line.search(/(citus|카프카|Sentry|Title)/)));
  assert.deepEqual(new Set(lines.map(titleColumn)).size, 1);
});

test('table: at any width the table fits and titles end in an ellipsis when cut', () => {
  for (const width of [40, 45, 50, 60]) {
    const lines = renderPostTable(posts, { width, theme: plain }).split('\n');
    for (const line of lines) assert.ok(displayWidth(line) <= width, `${width}: ${line} is ${displayWidth(line)} wide`);
    assert.match(lines[1]!, /…$/);
  }
});

test('table: colour styles cells but does not change the layout', () => {
  const coloured = renderPostTable(posts, { width: 50, theme: createTheme(1) });
  assert.match(coloured, /\x1b\[/);
  assert.equal(strip(coloured), renderPostTable(posts, { width: 50, theme: plain }));
});

test('table: search highlights mark the matched title characters', () => {
  const out = renderPostTable([posts[1]!], { width: 80, theme: createTheme(1), highlights: () => [[0, 3]] });
  assert.match(out, /\x1b\[1m\x1b\[33m카프카\x1b\[39m\x1b\[22m - URP/);
});

test('table: control characters in titles and categories never reach the output', () => {
  const evil = makePost({ title: 'hi\x1b]0;owned\x07 there\x1b[2J', category: '개발\u202e/x' });
  const out = renderPostTable([evil], { width: 80, theme: plain });
  assert.doesNotMatch(out, /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
  assert.match(out, /hi there/);
});

test('tree: categories with counts and guides, fitted to the width', () => {
  const tree = buildCategoryTree([
    makePost({ category: '개발' }), makePost({ category: '개발/기술' }), makePost({ category: '개발/데이터베이스/카프카' }), makePost({ category: '일상' }),
  ]);
  assert.equal(renderCategoryTree(tree, 80, plain), [
    '개발 (3)',
    '├── 기술 (1)',
    '└── 데이터베이스 (1)',
    '    └── 카프카 (1)',
    '일상 (1)',
  ].join('\n'));
  for (const line of renderCategoryTree(tree, 16, plain).split('\n')) assert.ok(displayWidth(line) <= 16, line);
});

test('width: the bundle\'s string-width stand-in measures as string-width does, Hangul, emoji and marks included', async () => {
  const { default: ours } = await import('../../src/render/text/string-width.js');
  const { default: theirs } = await import('string-width');
  // Whole emoji sequences, not their code points: an invalid pair of regional indicators is the one
  // case where the stand-in (2 columns, as terminals draw it) and string-width (1) differ.
  const chars = [...'a가…•─↪·–한글ㅋㅏ①Ａ｡\u0301é\t✅', '👩‍💻', '🇰🇷', '©︎', '\u200d', '\x1b[1m', '\u1100\u1161\u11a8', '\u0000', ' '];
  fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (parts) => {
    const text = parts.join('');
    assert.equal(ours(text), theirs(text), JSON.stringify(text));
    assert.equal(ours(text, { ambiguousIsNarrow: false }), theirs(text, { ambiguousIsNarrow: false }), JSON.stringify(text));
  }), { numRuns: 2000 });
});

const long = [
  makePost({ id: 3, title: `${'아주 긴 제목입니다 '.repeat(8)}끝`, category: '개발/데이터베이스/카프카', date: '2024-09-05T22:30:00+09:00' }),
  makePost({ id: 1234, title: 'short', category: '일상', date: '2024-08-30T17:52:00+09:00' }),
];

test('table: without a width (piped output) titles are whole and the table is as wide as its content', () => {
  const lines = renderPostTable(long, { width: undefined, theme: plain }).split('\n');
  assert.equal(lines[0], `  ID  Date        ${'Category'.padEnd(24)}  Title`, 'the category column is as wide as 개발/데이터베이스/카프카');
  assert.equal(lines[1], `   3  2024-09-05  개발/데이터베이스/카프카  ${long[0]!.title}`);
  assert.equal(lines[2], `1234  2024-08-30  일상${' '.repeat(20)}  short`);
  assert.ok(displayWidth(lines[1]!) > 160);
  assert.doesNotMatch(renderPostTable(long, { width: 80, theme: plain }), new RegExp(long[0]!.title), 'at 80 columns it is cut');
});

test('table: highlights in the part of a cut title stay, the rest is dropped before the ellipsis', () => {
  const out = renderPostTable([long[0]!], { width: 40, theme: createTheme(1), highlights: () => [[0, 2], [5, 200], [60, 70]] });
  const row = out.split('\n')[1]!;
  assert.match(row, /\x1b\[1m\x1b\[33m아주\x1b\[39m\x1b\[22m 긴 \x1b\[1m\x1b\[33m제\x1b\[39m\x1b\[22m…$/, 'the ellipsis is not highlighted');
  assert.ok(displayWidth(row) <= 40);
});

test('property: at any width every line fits and every title starts at the same column', () => {
  const text = fc.array(fc.constantFrom('카프카', 'Kafka', ' ', '👩‍💻', 'e\u0301', 'ㅋ', '/', '\x1b[31m', '\t', '가나다라마바사'), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
  const row = fc.record({ id: fc.integer({ min: 1, max: 9_999_999 }), category: text, title: text.map((t) => `T${t}`) });
  fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.integer({ min: 12, max: 160 }), (rows, width) => {
    const posts = rows.map((r) => makePost(r));
    const lines = renderPostTable(posts, { width, theme: plain }).split('\n');
    assert.equal(lines.length, posts.length + 1);
    for (const line of lines) assert.ok(displayWidth(line) <= width, `${width}: ${line}`);
    const starts = lines.slice(1).map((line) => displayWidth(line.slice(0, line.indexOf('T'))));
    assert.equal(new Set(starts).size, 1, lines.join('\n'));
  }), { numRuns: 300 });
});

test('footer and tree: without a width nothing is wrapped or cut', () => {
  const text = `${'긴 안내 문구 '.repeat(20)}끝`;
  assert.equal(renderFooter(text, undefined, plain), text);
  assert.ok(renderFooter(text, 80, plain).includes('\n'));
  const tree = buildCategoryTree([makePost({ category: `개발/${'아주긴이름'.repeat(20)}` })]);
  assert.match(renderCategoryTree(tree, undefined, plain), new RegExp(`└── ${'아주긴이름'.repeat(20)} \\(1\\)`));
  assert.match(renderCategoryTree(tree, 40, plain), /…/);
});
