// The rendered-body cache's format (src/store/render-format.ts) must change with any code that
// could change a rendered body: everything the renderer and the reading time run is among its sources.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { build } from 'esbuild';
import { RENDER_FORMAT_SOURCES, renderFormatOfSources } from '../../src/store/render-format.js';
import { ROOT } from '../helpers.js';

test('render format: it hashes every source module the Markdown renderer and the reading time run', async () => {
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/render/markdown/render.ts', 'src/core/reading.ts'],
    bundle: true, platform: 'node', format: 'esm', write: false, metafile: true, outdir: 'unused', packages: 'external',
  });
  const covered = (input: string) => RENDER_FORMAT_SOURCES.some((source) => input === source || input.startsWith(`${source}/`));
  assert.deepEqual(Object.keys(metafile.inputs).filter((input) => !covered(input)), []);
});

test('render format: the built CLI carries the format of the sources it was built from', () => {
  assert.ok(readFileSync(path.join(ROOT, 'dist', 'blog.cjs'), 'latin1').includes(`"${renderFormatOfSources(ROOT)}"`));
});
