import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { renderMarkdown } from '../src/render/markdown.js';
import { createTheme } from '../src/render/theme.js';
import { displayWidth } from '../src/render/width.js';
import { ROOT } from './helpers.js';

const OWN = /\x1b\[[0-9;:]*m|\x1b\]8;[^\x07\x1b]*(?:\x07|\x1b\\)/g;
const FORBIDDEN = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

test('markdown: headings, code, lists and tables render without Markdown syntax leaking as escapes', () => {
  const out = renderMarkdown('## 소개\n\n본문 **굵게**\n\n```python\nprint("안녕")\n```\n\n- 하나\n- 둘\n\n| 이름 | 값 |\n|---|---|\n| 카프카 | 3 |\n', { width: 60, theme: createTheme(0) });
  assert.match(out, /## 소개/);
  assert.match(out, /본문 굵게/);
  assert.match(out, /print\("안녕"\)/);
  assert.match(out, /\* 하나/);
  assert.match(out, /│ 카프카 │ 3  │/);
  assert.doesNotMatch(out, /\x1b/, 'no escapes at all without colour');
});

test('markdown: Korean prose wraps by display columns', () => {
  const paragraph = '카프카를 운영하다 보면 대시보드에서 가장 먼저 빨갛게 변하는 지표가 URP 다. '.repeat(6);
  const out = renderMarkdown(paragraph, { width: 40, theme: createTheme(0) });
  for (const line of out.split('\n')) assert.ok(displayWidth(line) <= 40, `${displayWidth(line)}: ${line}`);
  assert.ok(out.split('\n').length > 5);
});

test('markdown: escape sequences in bodies, raw or as character references, stay inert with colour on', () => {
  const hostile = 'a \x1b[2J b \x1b]0;title\x07 &#27;[31mred&#x1b;]52;c;eA==&#7; \u009b2J\n\n```\n\x1b[5mblink &#27;\n```\n\n- item \x1b]8;;http://evil\x07x\n\n[link](http://x.y/&#27;)\n';
  const out = renderMarkdown(hostile, { width: 60, theme: createTheme(3) });
  const foreign = out.replace(OWN, '');
  assert.doesNotMatch(foreign, FORBIDDEN);
  assert.doesNotMatch(out, /\x1b\[(2J|31m|5m)/);
  assert.doesNotMatch(out, /]0;|]52;/);
});

test('property: any body renders without raw controls at 40 and 80 columns, colour forced', () => {
  const pieces = fc.constantFrom('# ', '- ', '> ', '```\n', '\n', '\n\n', '**', '`', '|', '---', '&#27;', '\x1b[', '\x1b]0;', '\x07', '\x9b', '카프카 ', 'word ', '[a](b)', '\t');
  fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), fc.constantFrom(40, 80), (parts, width) => {
    const out = renderMarkdown(parts.join(''), { width, theme: createTheme(3) });
    assert.doesNotMatch(out.replace(OWN, ''), FORBIDDEN);
  }), { numRuns: 200 });
});

test('markdown: every bundled post renders and its prose fits 80 columns', () => {
  const dir = path.join(ROOT, 'data', 'posts');
  for (const name of readdirSync(dir)) {
    const out = renderMarkdown(readFileSync(path.join(dir, name), 'utf8'), { width: 80, theme: createTheme(0) });
    assert.ok(out.length > 500, name);
    const tooWide = out.split('\n').filter((line) => displayWidth(line) > 80 && !/[│┌└├]/.test(line));
    assert.deepEqual(tooWide, [], name);
  }
});
