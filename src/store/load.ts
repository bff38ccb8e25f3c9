// Load the post index: read the file, parse its JSON, validate it (validate.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PostIndex } from '../core/post.js';
import { IndexError } from './errors.js';
import { JsonSyntaxError, parseJson } from './json.js';
import { validateIndex } from './validate.js';

/** Reads, parses and validates the index at `file`. Throws IndexError (exit 2) on any problem. */
export async function loadIndex(file: string): Promise<PostIndex> {
  const absolute = path.resolve(file);
  const text = readIndexText(absolute);
  let data: unknown;
  try {
    data = await parseJson(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new IndexError('json-syntax', absolute, `invalid index ${absolute}: not valid JSON at ${error.message}`, 'fix the JSON syntax there');
    }
    throw error;
  }
  return validateIndex(data, absolute);
}

function readIndexText(file: string): string {
  try {
    // Synchronous on purpose: nothing runs alongside, and fs/promises costs a module load at start-up.
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint = 'pass --data FILE or set BLOG_DATA to a posts.json';
    if (code === 'ENOENT') throw new IndexError('not-found', file, `index file not found: ${file}`, hint);
    if (code === 'EISDIR') throw new IndexError('folder', file, `index path is a folder, not a file: ${file}`, hint);
    if (code === 'EACCES' || code === 'EPERM') throw new IndexError('no-permission', file, `no permission to read the index: ${file}`);
    throw new IndexError('unreadable', file, `cannot read the index ${file}: ${(error as Error).message}`);
  }
}
