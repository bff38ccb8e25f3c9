// dist/complete.cjs: `blog __complete` without the CLI. src/boot loads this bundle instead of
// dist/blog.cjs for it, so a Tab loads neither commander nor any command: only the registry, and
// the index (and the search engine) when the word being completed needs them.
import path from 'node:path';
import { CACHE_WRITER_COMMAND } from '../registry.js';
import { writeStdoutSync } from '../stdout-sync.js';
import { printCompletions } from './run.js';

// This bundle is dist/complete.cjs: the sample blog is in the package's data/ folder.
const BUNDLED_INDEX = path.join(__dirname, '..', 'data', 'posts.json');

/** Completes argv (node, blog, __complete, words…); errors complete to nothing (run.ts). */
export async function main(argv: readonly string[]): Promise<void> {
  await printCompletions(argv.slice(3), process.env, writeOut, BUNDLED_INDEX, argv[1] === undefined ? undefined : [argv[1], CACHE_WRITER_COMMAND]);
}

/**
 * The candidates go to the shell through a pipe, written with writeSync (a stream would cost
 * 2.4 ms to set up, a third of a Tab's own time); a closed one (EPIPE: the Tab was abandoned)
 * gets nothing, quietly, as does any other failure.
 */
function writeOut(text: string): void {
  try {
    writeStdoutSync(text);
  } catch {
    // nobody to tell: a Tab completes to nothing
  }
}
