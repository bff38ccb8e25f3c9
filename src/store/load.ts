// Load the post index: read the file, parse its JSON, validate it (validate.ts).
import path from 'node:path';
import type { PostIndex } from '../core/post.js';
import { excerptPath } from '../errors.js';
import { IndexError } from './errors.js';
import { JsonSyntaxError, parseJson } from './json.js';
import { invalidUtf8Warning, MAX_INDEX_BYTES, NotReadable, readRegularFile, type FileText } from './read.js';
import { validateIndex } from './validate.js';

/**
 * Reads, parses and validates the index at `file`. Throws IndexError (exit 2) on any problem;
 * `warn` hears of bytes that are not UTF-8 (read as U+FFFD); plain dates are read in `timezone`.
 */
export async function loadIndex(file: string, warn?: (message: string) => void, timezone?: () => string): Promise<PostIndex> {
  const absolute = path.resolve(file);
  const { text, invalidUtf8At } = readIndexText(absolute);
  if (invalidUtf8At !== undefined) warn?.(invalidUtf8Warning(excerptPath(absolute), invalidUtf8At));
  let data: unknown;
  try {
    data = await parseJson(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new IndexError('json-syntax', absolute, `invalid index ${excerptPath(absolute)}: not valid JSON at ${error.message}`, 'fix the JSON syntax there');
    }
    throw error;
  }
  return validateIndex(data, absolute, timezone);
}

function readIndexText(file: string): FileText {
  const shown = excerptPath(file);
  const hint = 'pass --data FILE or set BLOG_DATA to a posts.json';
  try {
    // Synchronous on purpose: nothing runs alongside, and fs/promises costs a module load at start-up.
    return readRegularFile(file, MAX_INDEX_BYTES);
  } catch (error) {
    if (error instanceof NotReadable) {
      if (error.kind === 'folder') throw new IndexError('folder', file, `index path is a folder, not a file: ${shown}`, hint);
      if (error.kind === 'too-large') throw new IndexError('too-large', file, `index ${shown} is too large: ${error.what}`, 'see "Limits" in the README');
      throw new IndexError('special-file', file, `index ${shown} is ${error.what}`, hint);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new IndexError('not-found', file, `index file not found: ${shown}`, hint);
    if (code === 'EACCES' || code === 'EPERM') throw new IndexError('no-permission', file, `no permission to read the index: ${shown}`);
    throw new IndexError('unreadable', file, `cannot read the index ${shown} (${code ?? (error as Error).message})`);
  }
}
