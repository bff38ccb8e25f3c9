// Patch: wrap-ansi creates an Intl.Segmenter when it is loaded, which ICU makes costly, though it
// is used only to split words wider than a line: create it on first use instead. The build fails
// if a wrap-ansi update changes that line.
// Saves: 10.8 ms of `blog list` and 10.1 ms of `blog show 7`.
// Delete when: wrap-ansi creates its segmenter lazily, or leaves the bundle.
import { readFile } from 'node:fs/promises';

export default {
  name: 'lazy-wrap-ansi-segmenter',
  setup(build) {
    build.onLoad({ filter: /[\\/]wrap-ansi[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const eager = 'const segmenter = new Intl.Segmenter();';
      if (!source.includes(eager)) throw new Error(`wrap-ansi changed: "${eager}" not found in ${args.path}`);
      const lazy = 'let segmenterInstance; const segmenter = { segment: (text) => (segmenterInstance ??= new Intl.Segmenter()).segment(text) };';
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};
