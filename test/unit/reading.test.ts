import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { renderMarkdown } from '../../src/render/markdown/render.js';
import { htmlToText } from '../../src/render/markdown/html.js';
import { createTheme } from '../../src/render/theme.js';
import { displayWidth } from '../../src/render/text/width.js';
import { ROOT } from '../helpers.js';

const OWN = /\x1b\[[0-9;:]*m|\x1b\]8;[^\x07\x1b]*(?:\x07|\x1b\\)/g;
const FORBIDDEN = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const strip = (s: string) => s.replace(OWN, '');
const render = (md: string, width = 60, level: 0 | 1 | 2 | 3 = 0, hyperlinks = false) =>
  renderMarkdown(md, { width, theme: createTheme(level), hyperlinks });

test('task lists: ☐ and ☑ on the item\'s line, wrapped text aligned under the text', async () => {
  const out = await render('- [ ] 할 일 이것은 꽤 긴 할 일 항목이라서 줄이 바뀌어야 한다\n- [x] 완료\n- 보통 항목\n', 30);
  assert.equal(out, '☐ 할 일 이것은 꽤 긴 할 일\n  항목이라서 줄이 바뀌어야\n  한다\n☑ 완료\n• 보통 항목');
  const loose = await render('1. [x] 첫째\n\n   설명 문단\n2. [ ] 둘째\n', 30);
  assert.equal(loose, '1. ☑ 첫째\n\n     설명 문단\n\n2. ☐ 둘째');
});

test('footnotes: references are numbered in the order they appear, the notes come at the end', async () => {
  const md = [
    '본문에 각주가 있다[^note]. 두 번째 각주[^2]와 다시 첫 번째[^note].', '',
    '## 다음 절', '', '문단.', '',
    '[^2]: 두 번째 설명.', '[^note]: 첫 번째 설명은', '    두 줄로 이어진다.', '',
  ].join('\n');
  const out = await render(md, 60);
  assert.equal(out, [
    '본문에 각주가 있다[1]. 두 번째 각주[2]와 다시 첫 번째[1].', '',
    '## 다음 절', '', '문단.', '',
    '────────────────────', '[1] 첫 번째 설명은 두 줄로 이어진다.', '[2] 두 번째 설명.',
  ].join('\n'));
  assert.equal(await render('정의 없는 [^없음] 참조.'), '정의 없는 [^없음] 참조.', 'a reference without a note stays text');
});

test('footnotes and links share the numbers, so [n] points at one line', async () => {
  const out = await render('[문서](https://a.example/x) 참고[^1].\n\n[^1]: [출처](https://b.example/y)\n', 60);
  assert.equal(out, '문서[1] 참고[2].\n\n[1] https://a.example/x\n\n────────────────────\n[2] 출처[3]\n\n[3] https://b.example/y');
});

test('raw HTML: blocks and inline tags show as their text, <br> breaks the line, comments vanish', async () => {
  assert.equal(await render('<details><summary>요약</summary>접힌 <b>내용</b></details>\n'), '▸ 요약\n접힌 내용');
  assert.equal(await render('<details>\n<summary>요약</summary>\n\n본문 **굵게**\n\n</details>\n'), '▸ 요약\n\n본문 굵게');
  assert.equal(await render('첫 줄<br>둘째 줄, <kbd>Ctrl</kbd>+<kbd>C</kbd><!-- 숨김 --> 끝'), '첫 줄\n둘째 줄, Ctrl+C 끝');
  assert.equal(await render('<!-- 주석만 있는 블록 -->\n\n문단'), '문단');
  assert.equal(await render('<p align="center"><img src="a.png" alt="로고"></p>\n'), '[image: 로고]');
  assert.equal(await render('<div>\n&lt;b&gt; &amp; &#xD55C;&#44544;\n</div>\n'), '<b> & 한글');
});

test('raw HTML: entities cannot smuggle escape sequences or controls through the HTML path', async () => {
  const out = await render('<div>&#27;[2J &#x1b;]0;title&#7; &#155;31m &#0; &#x202e;</div>\n\n<span>&#27;[31m</span>', 60, 3, true);
  assert.doesNotMatch(strip(out), FORBIDDEN);
  assert.doesNotMatch(out, /\x1b\[(2J|31m)|\]0;/);
  assert.equal(htmlToText('<b>a</b>&#27;[31mb'), 'ab');
});

test('property: any HTML renders as text without tags from the input, foreign escapes or controls', async () => {
  const piece = fc.constantFrom('<div>', '</div>', '<br>', '<br/>', '<details>', '<summary>', '</summary>', '<!--', '-->', '<kbd>',
    '</kbd>', '<img alt="x">', '&#27;', '&#x1b;', '[31m', '&amp;', '한글 ', 'text ', '\n', '\n\n', '<a href="h">', '</a>', '"', "'");
  await fc.assert(fc.asyncProperty(fc.array(piece, { maxLength: 20 }), async (parts) => {
    const source = `<div>${parts.join('')}`;
    const out = await render(source, 40, 3, false);
    assert.doesNotMatch(strip(out), FORBIDDEN);
    assert.doesNotMatch(out, /<\/?(div|br|details|summary|kbd|img|a)\b/);
  }), { numRuns: 300 });
});

test('narrow tables: post 7\'s table becomes header: value records at 30 columns instead of 4-column fragments', async () => {
  const post = readFileSync(path.join(ROOT, 'data', 'posts', 'kafka-urp-under-min-isr.md'), 'utf8');
  const narrow = await render(post, 30);
  assert.doesNotMatch(narrow, /│ Unde │/);
  assert.match(narrow, /^상태: Under Min ISR$/m);
  assert.match(narrow, /^쓰기\(acks=all\): 불가$/m);
  for (const width of [40, 60, 80]) {
    const out = await render(post, width);
    assert.match(out, /┌─+┬/, `a grid at ${width}`);
    const cells = out.split('\n').filter((line) => line.startsWith('│')).flatMap((line) => line.split('│').slice(1, -1));
    assert.ok(cells.every((cell) => displayWidth(cell) >= 8), `no column narrower than 6 columns of text at ${width}`);
  }
});

test('narrow tables: a table whose columns keep their words is drawn as a grid, however narrow', async () => {
  const md = '| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n';
  assert.match(await render(md, 20), /│ a +│ b +│ c +│/);
  const words = '| 이름 | 설명 |\n|---|---|\n| 카프카 | 분산 이벤트 스트리밍 플랫폼이다 |\n';
  assert.match(await render(words, 30), /^┌/, 'the description wraps at spaces; no word is cut');
  assert.match(await render(words, 16), /^이름: 카프카$/m, 'too narrow for 6-column words: records');
});
