// The index an import updates: validated like any index (a broken one is refused, not replaced),
// kept as it is in the file (hand-edited fields and key order survive the rewrite), with its bytes
// for posts.json.bak.
import { readFileSync } from 'node:fs';
import type { IndexSource } from '../core/schema.js';
import type { IndexPost } from '../core/sync.js';
import { IndexError } from './errors.js';
import { loadIndex } from './load.js';

export interface RawIndex {
  posts: IndexPost[];
  sources?: IndexSource[];
  lastId?: number;
  blog?: unknown;
  [field: string]: unknown;
}

/** The index at `file` as written, or undefined when there is none yet. */
export async function readIndexForImport(file: string, timezone: () => string): Promise<{ raw: RawIndex; text: string; bytes: Uint8Array } | undefined> {
  try {
    await loadIndex(file, undefined, timezone);
  } catch (error) {
    if (error instanceof IndexError && error.kind === 'not-found') return undefined;
    throw error;
  }
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  return { raw: JSON.parse(text.replace(/^\uFEFF/, '')) as RawIndex, text, bytes };
}
