// dist/complete.cjs: `blog __complete` without the CLI. src/boot loads this bundle instead of
// dist/blog.cjs for it, so a Tab loads neither commander nor any command: only the registry, and
// the index (and the search engine) when the word being completed needs them.
import { writeSync } from 'node:fs';
import path from 'node:path';
import { CACHE_WRITER_COMMAND } from '../registry.js';
import { printCompletions } from './run.js';

// This bundle is dist/complete.cjs: the sample blog is in the package's data/ folder.
const BUNDLED_INDEX = path.join(__dirname, '..', 'data', 'posts.json');

/** Completes argv (node, blog, __complete, words…); errors complete to nothing (run.ts). */
export async function main(argv: readonly string[]): Promise<void> {
  await printCompletions(argv.slice(3), process.env, writeOut, BUNDLED_INDEX, argv[1] === undefined ? undefined : [argv[1], CACHE_WRITER_COMMAND]);
}

/**
 * The candidates go to the shell through a pipe. process.stdout would set up a stream for it
 * (2.4 ms, a third of a Tab's own time); writeSync takes 0.1 ms. A pipe that cannot take them
 * now (EAGAIN: the shell made it non-blocking) gets the rest through the stream; a closed one
 * (EPIPE: the Tab was abandoned) gets nothing, quietly, as does any other failure.
 */
function writeOut(text: string): void {
  const bytes = Buffer.from(text);
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN') process.stdout.write(bytes.subarray(done));
  }
}
