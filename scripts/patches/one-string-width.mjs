// Patch: every string-width in the bundle (ours, wrap-ansi's, cli-table3's older one) is ours.
// Saves: 17.8 ms of `blog list` and 50.7 ms of `blog show 7` (string-width and its
// dependencies make an Intl.Segmenter and load their own tables at load time); the bundle is 13 KB smaller.
// Delete when: never while we measure width ourselves; if the dependencies that require
// string-width go (cli-table3, wrap-ansi), this patch goes with them.
import { fileURLToPath } from 'node:url';

/** Our string-width, relative to the repository; the one line to change if it moves. */
export const STRING_WIDTH_MODULE = 'src/render/text/string-width.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default {
  name: 'one-string-width',
  setup(build) {
    const ours = `${root}${STRING_WIDTH_MODULE}`;
    build.onResolve({ filter: /^string-width$/ }, (args) =>
      args.kind === 'require-call' ? { path: 'string-width', namespace: 'one-string-width' } : { path: ours });
    // The CommonJS face for dependencies that require('string-width') (cli-table3).
    build.onLoad({ filter: /.*/, namespace: 'one-string-width' }, () => ({
      contents: `const { default: stringWidth } = require(${JSON.stringify(ours)});\nmodule.exports = stringWidth;\nmodule.exports.default = stringWidth;\n`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};
