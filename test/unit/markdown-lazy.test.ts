// highlight.js loads only for code that is coloured: its own process (node:test runs each file in
// one), so that no other test has loaded it first.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMarkdown } from '../../src/render/markdown/render.js';
import { createTheme } from '../../src/render/theme.js';

const POST = '# 코드\n\n```python\ndef f(x):\n    return x  # 주석\n```\n\n```sql\nSELECT 1;\n```\n';
const highlightLoaded = () => Object.keys(require.cache).some((file) => file.includes(`${'/'}highlight.js${'/'}`));

test('markdown: without colour, code renders plain and highlight.js is never loaded; with colour it is', async () => {
  const plain = await renderMarkdown(POST, { width: 60, theme: createTheme(0) });
  assert.match(plain, /def f\(x\):/);
  assert.match(plain, /SELECT 1;/);
  assert.equal(highlightLoaded(), false);
  const coloured = await renderMarkdown(POST, { width: 60, theme: createTheme(1) });
  assert.equal(highlightLoaded(), true);
  assert.notEqual(coloured, plain);
});
