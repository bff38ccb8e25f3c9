// Writing to stdout with fs.writeSync, for a file or a pipe (src/output.ts decides which stdout
// qualifies; a Tab's candidates always go to a pipe): Node's own streams write to these
// synchronously on Linux too, and process.stdout costs 1–2.4 ms to set up at every start.
import { writeSync } from 'node:fs';

/**
 * Writes all of `text` to fd 1. What a pipe someone made non-blocking cannot take now (EAGAIN)
 * goes through process.stdout instead, and true says so: write through the stream from then on.
 * Any other failure is thrown.
 */
export function writeStdoutSync(text: string): boolean {
  const bytes = Buffer.from(text);
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    process.stdout.write(bytes.subarray(done));
    return true;
  }
}
