// Patch: commander requires node:child_process when it loads, for executable subcommands, which
// blog does not use; lazy-child-process.cjs loads it only if it is ever called.
// Saves: 1.6 to 6.1 ms of `blog list` (two runs): node:child_process and node:dgram are
// not loaded; within noise for `blog show 7`, which loads more.
// Delete when: commander loads child_process lazily itself.
import { fileURLToPath } from 'node:url';

export default {
  name: 'lazy-child-process-for-commander',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: fileURLToPath(new URL('./lazy-child-process.cjs', import.meta.url)) } : undefined);
  },
};
