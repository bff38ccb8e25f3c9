import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import spec from 'commonmark-spec';
import fc from 'fast-check';
import { expandTabs, renderMarkdown } from '../../src/render/markdown/render.js';
import { fitTableColumns } from '../../src/render/markdown/table.js';
import { createTheme } from '../../src/render/theme.js';
import { displayWidth } from '../../src/render/text/width.js';
import { ROOT } from '../helpers.js';

const OWN = /\x1b\[[0-9;:]*m|\x1b\]8;[^\x07\x1b]*(?:\x07|\x1b\\)/g;
const FORBIDDEN = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const strip = (s: string) => s.replace(OWN, '');
const render = (md: string, width = 60, level: 0 | 1 | 2 | 3 = 0, hyperlinks = false) =>
  renderMarkdown(md, { width, theme: createTheme(level), hyperlinks });
const widest = (text: string) => Math.max(0, ...text.split('\n').map(displayWidth));
// A reference line ("[1] https://…") is the one kind of line that may be wider: a URL is never broken.
const REFERENCE_LINE = /^\[\d+\] \S+$/;
const widestProse = (text: string) => Math.max(0, ...text.split('\n').filter((line) => !REFERENCE_LINE.test(strip(line))).map(displayWidth));

const KOREAN = '카프카를 운영하다 보면 대시보드에서 가장 먼저 빨갛게 변하는 지표가 URP(Under Replicated Partitions)다. ';

test('markdown: Korean prose wraps at spaces by display columns, never inside a syllable', async () => {
  const out = await render(KOREAN.repeat(4), 40);
  const lines = out.split('\n');
  assert.ok(lines.length >= 8);
  for (const line of lines) assert.ok(displayWidth(line) <= 40, `${displayWidth(line)}: ${line}`);
  assert.equal(lines.join(' '), KOREAN.repeat(4).trim(), 'only spaces were turned into line breaks');
});

test('markdown: headings, list items and quotes wrap too, keeping their indentation', async () => {
  const md = `## ${KOREAN}\n\n- ${KOREAN}\n  - ${KOREAN}\n\n1. ${KOREAN}\n\n> ${KOREAN}\n`;
  const out = await render(md, 36);
  assert.ok(widest(out) <= 36);
  const lines = out.split('\n');
  const heading = lines.findIndex((l) => l.startsWith('## '));
  assert.match(lines[heading + 1]!, /^ {3}\S/, 'heading continuation lines line up with its text');
  const item = lines.findIndex((l) => l.startsWith('• '));
  assert.match(lines[item + 1]!, /^ {2}\S/, 'list continuation lines line up with the item text');
  const nested = lines.findIndex((l) => l.startsWith('  • '));
  assert.match(lines[nested + 1]!, /^ {4}\S/);
  const ordered = lines.findIndex((l) => l.startsWith('1. '));
  assert.match(lines[ordered + 1]!, /^ {3}\S/);
  const quote = lines.filter((l) => l.startsWith('│ '));
  assert.ok(quote.length >= 3, 'every wrapped quote line keeps its bar');
});

test('markdown: inline formatting inside list items is rendered, not printed raw', async () => {
  const md = '- 항목 **굵게** `코드` [링크](https://x.y)\n- *기울임*\n';
  const plain = await render(md);
  assert.equal(plain, '• 항목 굵게 `코드` 링크[1]\n• 기울임\n\n[1] https://x.y');
  const coloured = await render(md, 60, 1);
  assert.match(coloured, /\x1b\[1m굵게\x1b\[22m/);
  assert.doesNotMatch(strip(coloured), /\*\*|\[링크\]/);
});

test('markdown: tables keep Hangul aligned, honour :-: and --:, and draw no colour without it', async () => {
  const md = '| 이름 | 가운데 | 오른쪽 |\n|---|:-:|--:|\n| 카프카 | 가 | 1 |\n| ClickHouse | 나다 | 12345 |\n';
  const out = await render(md, 60);
  assert.doesNotMatch(out, /\x1b/);
  const rows = out.split('\n');
  assert.ok(new Set(rows.map(displayWidth)).size === 1, 'every row is as wide as the others');
  assert.match(out, /│ 카프카 {5}│ {3}가 {3}│ {6}1 │/);
  assert.match(out, /│ ClickHouse │  나다  │  12345 │/);
});

test('markdown: wide tables shrink and wrap cells to fit; tiny widths fall back to records', async () => {
  const long = '아주 긴 셀 내용입니다 '.repeat(4);
  const md = `| 첫째 | 둘째 |\n|---|---|\n| ${long} | ${long} |\n`;
  const out = await render(md, 40);
  assert.ok(widest(out) <= 40, String(widest(out)));
  assert.ok(out.split('\n').length > 6, 'cells wrapped onto several lines');
  assert.deepEqual(fitTableColumns([10, 30], 30), [10, 13]);
  assert.equal(fitTableColumns([5, 5, 5, 5, 5, 5], 20), undefined);
  const records = await render('| a | b | c | d | e | f | g |\n|-|-|-|-|-|-|-|\n| 1 | 2 | 3 | 4 | 5 | 6 | 7 |\n', 20);
  assert.match(records, /^a: 1$/m);
  assert.ok(widest(records) <= 20);
});

test('markdown: NFD Hangul and tabs do not misalign tables', async () => {
  const nfd = '| 이름 | 값 |\n|---|---|\n| ' + '카프카'.normalize('NFD') + ' | 1 |\n| 주키퍼\t| 2 |\n';
  const rows = (await render(nfd)).split('\n');
  assert.ok(new Set(rows.map(displayWidth)).size === 1);
  assert.equal(expandTabs('a\tb\n\tc'), 'a   b\n    c');
});

test('markdown: long code lines wrap with a visible continuation mark', async () => {
  const md = '```python\nresult = some_function(argument_one, argument_two, argument_three, argument_four)\n```\n';
  const out = await render(md, 40);
  assert.ok(widest(out) <= 40);
  const lines = out.split('\n');
  assert.equal(lines.length, 4);
  assert.match(lines[2]!, /^│ ↪ /);
});

test('markdown: wrapped code breaks at spaces or punctuation, not inside identifiers, and keeps the indentation after ↪', async () => {
  const md = '```python\ndef f():\n    result = compute_total_amount(first_argument, second_argument, third_argument)\n```\n';
  const lines = (await render(md, 44)).split('\n');
  assert.deepEqual(lines, [
    '┌─ python',
    '│ def f():',
    '│     result = compute_total_amount(',
    '│ ↪     first_argument, second_argument,',
    '│ ↪     third_argument)',
  ]);
  const identifier = await render('```\n    ' + 'long_identifier_'.repeat(6) + '\n```\n', 40);
  for (const line of identifier.split('\n').slice(2)) assert.match(line, /^│ ↪ {5}\S/, 'a line without a break opportunity is cut, still indented');
  assert.equal(identifier.split('\n').slice(1).map((l) => l.replace(/^│ (↪ )?\s*/, '')).join(''), 'long_identifier_'.repeat(6));
});

test('markdown: a code line broken after punctuation followed by a space starts its continuation at the indentation', async () => {
  const md = '```python\ndef f():\n    return some_long_identifier_name + another_long_identifier_name + third\n```\n';
  const lines = (await render(md, 40)).split('\n');
  assert.deepEqual(lines.slice(2), [
    '│     return some_long_identifier_name +',
    '│ ↪     another_long_identifier_name +',
    '│ ↪     third',
  ]);
});

test('markdown: Hangul comments in code wrap by display columns', async () => {
  const md = '```python\nx = 1  # 한글 주석은 화면에서 두 칸을 차지하므로 폭을 제대로 재야 한다\n```\n';
  const out = await render(md, 40, 3);
  assert.ok(widest(out) <= 40, String(widest(out)));
  assert.deepEqual(strip(out).split('\n').slice(1).map((l) => l.slice(-2)), ['칸을', '한다'], 'broken at a space, between words');
  assert.equal(strip(out).split('\n').slice(1).map((l) => l.replace(/^│ (↪ )?/, '')).join(' '), 'x = 1  # 한글 주석은 화면에서 두 칸을 차지하므로 폭을 제대로 재야 한다');
});

test('markdown: every code block is a block: a label line with its language and a rule down its side', async () => {
  const md = '```python\nprint(1 + 1)\n```\n```\n2\n```\n';
  const out = await render(md, 40);
  assert.equal(out, '┌─ python\n│ print(1 + 1)\n\n┌─\n│ 2', 'code and its output do not run together');
  const coloured = await render(md, 40, 1);
  assert.match(coloured, /\x1b\[2m│ \x1b\[22m/, 'the rule is dim');
});

test('markdown: fenced code is highlighted for the languages the posts use', async () => {
  const samples: Record<string, string> = {
    python: 'def f(x):\n    return x', sql: 'SELECT id FROM content WHERE id = 1;', yaml: 'key: value # note',
    json: '{"a": true}', bash: 'if [ -f x ]; then echo hi; fi', javascript: 'const a = () => 1;',
    typescript: 'const a: number = 1;', java: 'public class A { }', go: 'func main() { return }',
  };
  for (const [lang, code] of Object.entries(samples)) {
    const out = await render(`\`\`\`${lang}\n${code}\n\`\`\`\n`, 80, 1);
    assert.match(out, /\x1b\[3\d m?|\x1b\[(3[1-7]|9\d)m/, `${lang} is coloured`);
    assert.equal(strip(out), [`┌─ ${lang}`, ...code.split('\n').map((l) => `│ ${l}`)].join('\n'), `${lang} text is unchanged`);
  }
  assert.equal(await render('```python\nx = 1\n```\n', 80, 0), '┌─ python\n│ x = 1', 'no colour, no codes');
  const unknown = await render('```text\nfirst line\nsecond line\n```\n', 80, 1);
  assert.equal(strip(unknown), '┌─ text\n│ first line\n│ second line', 'a language we do not know is shown as it is, coloured as code');
});

test('markdown: links are OSC 8 hyperlinks where supported (Hangul paths percent-encoded), else numbered references', async () => {
  const md = '[문서](https://example.com/위키/카프카) ![그림](https://x.y/a.png)';
  const linked = await render(md, 80, 1, true);
  assert.match(linked, /\x1b\]8;;https:\/\/example\.com\/%EC%9C%84%ED%82%A4\/%EC%B9%B4%ED%94%84%EC%B9%B4\x07/);
  assert.doesNotMatch(strip(linked), /\[1\]|https/);
  const plain = await render(md, 80, 0, false);
  assert.equal(plain, '문서[1] [image: 그림][2]\n\n[1] https://example.com/위키/카프카\n[2] https://x.y/a.png');
});

test('property: markdown: a link\'s target takes no room: with OSC 8 links a post wraps as its link texts alone would', async () => {
  const word = fc.constantFrom('카프카', 'acks=all', 'ISR', '복제본', 'leader', '설정하면', 'a', '파티션의', '**굵게**');
  const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
  const url = fc.constantFrom('https://kafka.apache.org/documentation/#producerconfigs_acks', 'https://example.com/카프카/문서?q=a+b', 'https://x.io/a');
  const inline = fc.array(fc.oneof(words, fc.record({ text: words, url })), { minLength: 1, maxLength: 4 });
  const block = fc.tuple(fc.constantFrom('', '- ', '  - ', '> ', '## ', '1. '), inline);
  await fc.assert(fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 4 }), fc.integer({ min: 10, max: 60 }), fc.constantFrom<0 | 1>(0, 1), async (blocks, width, level) => {
    const source = (links: boolean) => blocks.map(([marker, parts]) =>
      marker + parts.map((p) => (typeof p === 'string' ? p : links ? `[${p.text}](${p.url})` : p.text)).join(' ')).join('\n\n');
    const linked = await render(source(true), width, level, true);
    const unlinked = await render(source(false), width, level, true);
    assert.equal(strip(linked), strip(unlinked), JSON.stringify(source(true)));
    assert.doesNotMatch(linked.replace(OWN, ''), /\x1b/, 'no sequence was cut');
  }), { numRuns: 150 });
});

test('markdown: without OSC 8 a URL is never broken: references at the end of each section, the same URL with the same number', async () => {
  const url = 'https://kafka.apache.org/documentation/#replication-and-the-in-sync-replicas-in-detail';
  const md = `# 첫째\n\n카프카 복제에 대한 [공식 문서](${url}) 와 [위키](https://ko.wikipedia.org/wiki/아파치_카프카) 를 보라.\n\n## 둘째\n\n다시 [같은 문서](${url}) 를 본다.\n`;
  const out = await render(md, 30);
  assert.equal(out, [
    '# 첫째', '', '카프카 복제에 대한 공식', '문서[1] 와 위키[2] 를 보라.', '',
    `[1] ${url}`, '[2] https://ko.wikipedia.org/wiki/아파치_카프카', '',
    '## 둘째', '', '다시 같은 문서[1] 를 본다.', '', `[1] ${url}`,
  ].join('\n'));
  assert.ok(widestProse(out) <= 30);
});

test('markdown: a bare URL stays in the text when it fits a line, and becomes a reference when it does not', async () => {
  const short = 'https://kafka.apache.org/documentation/#replication';
  const out = await render(`카프카 복제에 대한 공식 문서는 ${short} 에 있다.`, 60);
  assert.ok(out.split('\n').some((line) => line.includes(short)), out);
  const long = `https://example.com/${'아주긴경로/'.repeat(8)}`;
  const wrapped = await render(`문서: ${long} 끝`, 40);
  assert.ok(wrapped.split('\n').includes(`[1] ${long}`), wrapped);
  assert.ok(widestProse(wrapped) <= 40);
  assert.match(wrapped, /…\[1\]/);
});

test('markdown: escape sequences in bodies, raw or as character references, stay inert with colour on', async () => {
  const hostile = 'a \x1b[2J b \x1b]0;title\x07 &#27;[31mred&#x1b;]52;c;eA==&#7; \u009b2J\n\n```\n\x1b[5mblink &#27;\n```\n\n- item \x1b]8;;http://evil\x07x\n\n[link](http://x.y/&#27;)\n';
  const out = await render(hostile, 60, 3, true);
  assert.doesNotMatch(strip(out), FORBIDDEN);
  assert.doesNotMatch(out, /\x1b\[(2J|31m|5m)/);
  assert.doesNotMatch(out, /]0;|]52;|evil/);
});

test('markdown: every bundled post fits 30, 40, 60 and 80 columns', async () => {
  const dir = path.join(ROOT, 'data', 'posts');
  for (const name of readdirSync(dir)) {
    const source = readFileSync(path.join(dir, name), 'utf8');
    for (const width of [30, 40, 60, 80]) {
      const out = await render(source, width, 1);
      assert.ok(out.length > 500, name);
      assert.ok(widestProse(out) <= width, `${name} at ${width}: ${widestProse(out)}`);
    }
  }
});

test('markdown: the CommonMark spec examples render at 40 and 80 columns without a crash, a raw control or an overlong line', async () => {
  const examples = (spec as { tests: { markdown: string; number: number }[] }).tests;
  assert.ok(examples.length > 600);
  for (const width of [40, 80]) {
    for (const level of [0, 3] as const) {
      for (const example of examples) {
        const out = await render(example.markdown.replace(/→/g, '\t'), width, level, level > 0);
        assert.ok(widestProse(out) <= width, `example ${example.number} at ${width}`);
        assert.doesNotMatch(strip(out), FORBIDDEN, `example ${example.number}`);
      }
    }
  }
});

test('property: any Markdown renders within the width with only our own escapes, colour forced', async () => {
  const pieces = fc.constantFrom('# ', '- ', '1. ', '> ', '```\n', '```py\n', '\n', '\n\n', '**', '`', '| a | b |\n|---|---|\n', '---', '&#27;',
    '\x1b[', '\x1b]0;', '\x07', '\x9b', '카프카 ', '긴단어'.repeat(20), 'word ', '[a](http://x/카)', '\t', '    ', '<div>', '![i](u)');
  await fc.assert(fc.asyncProperty(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), fc.integer({ min: 20, max: 100 }), async (parts, width) => {
    const out = await render(parts.join(''), width, 3, true);
    assert.ok(widest(out) <= width, 'with OSC 8 every line fits, URLs included');
    const plain = await render(parts.join(''), width, 0, false);
    assert.ok(widestProse(plain) <= width);
    assert.doesNotMatch(strip(out), FORBIDDEN);
  }), { numRuns: 200 });
});
