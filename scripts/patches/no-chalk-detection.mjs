// Patch: chalk's colour detection at load (its supports-color) is replaced by no-color-detection.mjs:
// blog always tells chalk its colour level (src/output.ts and src/settings/ decide it).
// Saves: 1.7 ms of a coloured `blog list` (FORCE_COLOR=1; chalk's detection loads node:os
// and node:tty); nothing measurable when piped, where list does not load chalk and show loads both anyway.
// Delete when: chalk (through marked-terminal) leaves the bundle, or chalk detects lazily.
import { fileURLToPath } from 'node:url';

export default {
  name: 'no-chalk-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]chalk[\\/]/.test(args.importer) ? { path: fileURLToPath(new URL('./no-color-detection.mjs', import.meta.url)) } : undefined);
  },
};
