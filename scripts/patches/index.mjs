// The esbuild patches of dependencies, one per file, each saying what it saves and when it can go.
// BLOG_BUILD_WITHOUT=name[,name] builds without some, to measure them again. The savings quoted in
// each file: medians of 40 hyperfine runs each of the bundle built with every patch and without
// that one, Node 20.20.2 on the 2-core development machine, piped unless the file says otherwise.
// (es-hangul's missing "sideEffects" needed a patch once; es-hangul 2.4 bundles to the same bytes
// without it, so it is gone.)
import lazyChildProcess from './lazy-child-process.mjs';
import lazyWrapAnsiSegmenter from './lazy-wrap-ansi-segmenter.mjs';
import noChalkDetection from './no-chalk-detection.mjs';
import oneStringWidth from './one-string-width.mjs';
import stubs from './stubs.mjs';

const without = new Set((process.env.BLOG_BUILD_WITHOUT ?? '').split(',').filter(Boolean));
const all = [oneStringWidth, lazyWrapAnsiSegmenter, lazyChildProcess, noChalkDetection, stubs];
for (const name of without) if (!all.some((patch) => patch.name === name)) throw new Error(`BLOG_BUILD_WITHOUT: no patch named ${name}`);
const used = all.filter((patch) => !without.has(patch.name));

/** The esbuild options the patches add: plugins, and aliases for the stubs. */
export const patches = {
  plugins: used.filter((patch) => patch.setup),
  alias: Object.assign({}, ...used.map((patch) => patch.alias ?? {})),
};
