import assert from 'node:assert/strict';
import { test } from 'node:test';
import spec from 'commonmark-spec';
import fc from 'fast-check';
import { Marked } from 'marked';
import { renderMarkdown } from '../../src/render/markdown/render.js';
import { cjkFriendlyEmphasis } from '../../src/render/markdown/cjk-emphasis.js';
import { createTheme } from '../../src/render/theme.js';

const cjk = new Marked({ gfm: true }, cjkFriendlyEmphasis());
const plain = new Marked({ gfm: true });
const inline = (markdown: string) => cjk.parseInline(markdown) as string;

// Cases from the CJK-friendly amendment's documentation (markdown-it-cjk-friendly and
// micromark-extension-cjk-friendly READMEs) and the Korean cases of issue 8, as HTML.
const CJK_CASES: [string, string][] = [
  ['**このアスタリスクは強調記号として認識されず、そのまま表示されます。**この文のせいで。',
    '<strong>このアスタリスクは強調記号として認識されず、そのまま表示されます。</strong>この文のせいで。'],
  ['**该星号不会被识别，而是直接显示。**这是因为它没有被识别为强调符号。',
    '<strong>该星号不会被识别，而是直接显示。</strong>这是因为它没有被识别为强调符号。'],
  ['**이 별표는 강조 표시로 인식되지 않고 그대로 표시됩니다(이 괄호 때문에)**이 문장 때문에.',
    '<strong>이 별표는 강조 표시로 인식되지 않고 그대로 표시됩니다(이 괄호 때문에)</strong>이 문장 때문에.'],
  ["**'트랜잭션'**이란", '<strong>&#39;트랜잭션&#39;</strong>이란'],
  ['문서를 작성할 때 **마크다운(Markdown)**을 사용하세요', '문서를 작성할 때 <strong>마크다운(Markdown)</strong>을 사용하세요'],
  ['*"인용"*은 기울임', '<em>&quot;인용&quot;</em>은 기울임'],
  ['***"굵은 기울임"***이다', '<em><strong>&quot;굵은 기울임&quot;</strong></em>이다'],
  ['이것은**(중요)**합니다', '이것은<strong>(중요)</strong>합니다'],
  ['**“스마트 따옴표”**를 쓴다', '<strong>“스마트 따옴표”</strong>를 쓴다'],
  ['~~"삭제"~~된 문장', '<del>&quot;삭제&quot;</del>된 문장'],
  ['~~(취소)~~했다', '<del>(취소)</del>했다'],
  ['**「かっこ」**の中', '<strong>「かっこ」</strong>の中'],
  ['𠮷**(よ)**し', '𠮷<strong>(よ)</strong>し'], // a CJK character outside the BMP
  ['葛\u{E0100}**(こちら)**です', '葛\u{E0100}<strong>(こちら)</strong>です'], // an ideographic variation selector
  ['ﾃｽﾄ**(半角)**ｶﾅ', 'ﾃｽﾄ<strong>(半角)</strong>ｶﾅ'], // half-width katakana
];

// Without a CJK character next to the delimiter, CommonMark's rule applies unchanged.
const UNCHANGED_CASES: [string, string][] = [
  ['a**"foo"**b', 'a**&quot;foo&quot;**b'],
  ['**"a"**b', '**&quot;a&quot;**b'],
  ['**"a"**é', '**&quot;a&quot;**é'],
  ['😀**"a"**b', '😀**&quot;a&quot;**b'], // an emoji is wide but not CJK
  ['**foo**bar', '<strong>foo</strong>bar'],
  ['_foo_bar_', '<em>foo_bar</em>'],
  ['변수_이름_입니다', '변수_이름_입니다'], // `_` inside a word never emphasises
  ['snake_case_name', 'snake_case_name'],
  ['2 * 3 * 4는 24', '2 * 3 * 4는 24'],
  ['한 ** 두 ** 셋', '한 ** 두 ** 셋'],
  ['~~ 공백 ~~', '~~ 공백 ~~'],
];

test('cjk emphasis: `*`, `**` and `~~` close after punctuation before a CJK letter (the published cases)', () => {
  for (const [markdown, html] of CJK_CASES) {
    assert.equal(inline(markdown), html, markdown);
    assert.notEqual(plain.parseInline(markdown), html, `plain CommonMark already parses ${markdown}: not a CJK case`);
  }
});

test('cjk emphasis: text without CJK next to a delimiter parses as CommonMark says', () => {
  for (const [markdown, html] of UNCHANGED_CASES) assert.equal(inline(markdown), html, markdown);
});

test('cjk emphasis: every CommonMark spec example parses exactly as marked alone parses it', () => {
  const examples = (spec as { tests: { markdown: string; number: number; section: string }[] }).tests;
  assert.ok(examples.filter((e) => e.section === 'Emphasis and strong emphasis').length > 100);
  for (const example of examples) assert.equal(cjk.parse(example.markdown), plain.parse(example.markdown), `example ${example.number}`);
});

test('property: CJK-free text with any mix of delimiters, escapes, code and links parses exactly as before', () => {
  const piece = fc.constantFrom('*', '**', '***', '_', '__', '~', '~~', 'a', 'b1', ' ', '.', '"', '(', ')', '`', '\\', '[x](y)', '\n', '!', 'é', '<b>');
  fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
    const markdown = parts.join('');
    assert.equal(cjk.parse(markdown), plain.parse(markdown));
  }), { numRuns: 3000 });
});

test('property: any text with CJK around delimiters parses, keeping every character that is not a delimiter', () => {
  const piece = fc.constantFrom('*', '**', '_', '~~', '가', '이란', '。', '（', '）', '"', "'", '(', ')', ' ', 'a', '字', '\u{E0100}', '\uFE01', '“');
  fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
    const markdown = parts.join('');
    const text = (cjk.parseInline(markdown) as string).replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    assert.equal(text.replace(/[*_~]/g, ''), markdown.replace(/[*_~]/g, ''), markdown);
  }), { numRuns: 1000 });
});

test('cjk emphasis: a post renders the Korean bold without literal asterisks, in bold with colour on', async () => {
  const md = "**'트랜잭션'**이란 묶음이다. 문서를 작성할 때 **마크다운(Markdown)**을 쓰고 ~~\"예전 방식\"~~은 버린다.";
  const text = await renderMarkdown(md, { width: 100, theme: createTheme(0) });
  assert.equal(text, "'트랜잭션'이란 묶음이다. 문서를 작성할 때 마크다운(Markdown)을 쓰고 \"예전 방식\"은 버린다.");
  const coloured = await renderMarkdown(md, { width: 100, theme: createTheme(1) });
  assert.match(coloured, /\x1b\[1m'트랜잭션'\x1b\[22m이란/);
  assert.match(coloured, /\x1b\[9m"예전 방식"\x1b\[29m/);
});
