// The front-matter splitter: YAML (---) and TOML (+++) fences, and nothing else taken for them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { splitFrontMatter } from '../../src/core/front-matter.js';

test('front matter: YAML between --- lines, TOML between +++ lines, the body after', () => {
  assert.deepEqual(splitFrontMatter('---\ntitle: 글\n---\n본문\n'), { kind: 'yaml', matter: 'title: 글', body: '본문\n', line: 2 });
  assert.deepEqual(splitFrontMatter('+++\ntitle = "글"\n+++\n본문'), { kind: 'toml', matter: 'title = "글"', body: '본문', line: 2 });
  assert.equal(splitFrontMatter('---\r\ntitle: a\r\n...\r\nbody').body, 'body', 'CRLF and YAML\'s ... closing fence');
  assert.equal(splitFrontMatter('\uFEFF---\na: 1\n---\n').kind, 'yaml', 'a byte-order mark before the fence');
  assert.deepEqual(splitFrontMatter('---\n---\nx'), { kind: 'yaml', matter: '', body: 'x', line: 2 });
});

test('front matter: an unclosed fence, a fence not on the first line, or a mixed pair is no front matter', () => {
  for (const text of ['---\ntitle: a\nno end', 'intro\n---\na: 1\n---\n', '---\na: 1\n+++\n', '----\na\n----\n', ' ---\na\n---\n']) {
    assert.deepEqual(splitFrontMatter(text), { kind: 'none', matter: '', body: text, line: 1 }, JSON.stringify(text));
  }
});

const line = fc.string({ unit: fc.constantFrom('a', '가', ':', ' ', '-', '+', '.', '#', '\r') , maxLength: 12 });
const lines = fc.array(line, { maxLength: 6 });

test('front matter: what is fenced comes back as it was, and the body after it (property)', () => {
  fc.assert(fc.property(lines, fc.string({ maxLength: 40 }), fc.constantFrom('---', '+++'), (matterLines, body, fence) => {
    const closing = fence === '---' ? /^(---|\.\.\.)[ \t]*\r?$/ : /^\+\+\+[ \t]*\r?$/;
    fc.pre(matterLines.every((l) => !closing.test(l)));
    const matter = matterLines.join('\n');
    const split = splitFrontMatter(`${fence}\n${matter}${matterLines.length > 0 ? '\n' : ''}${fence}\n${body}`);
    assert.equal(split.kind, fence === '---' ? 'yaml' : 'toml');
    assert.equal(split.matter, matterLines.length > 0 ? matter.replace(/\r$/, '') : '');
    assert.equal(split.body, body);
  }));
});

test('front matter: text without a fence on its first line is all body (property)', () => {
  fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => {
    fc.pre(!/^\uFEFF?(---|\+\+\+)[ \t]*\r?\n/.test(text));
    assert.deepEqual(splitFrontMatter(text), { kind: 'none', matter: '', body: text.replace(/^\uFEFF/, ''), line: 1 });
  }));
});
