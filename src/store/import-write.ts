// Writing an import so that nothing is lost on failure: post bodies first, each atomically (a
// file the old index names is only ever replaced whole, by a rename), then the old index copied
// to posts.json.bak, then the new index atomically. Killed or failing at any point, the index is
// the old one byte for byte, or the new one, and every file it names exists.
import { readFileSync } from 'node:fs';
import { BlogError, excerptPath, EXIT } from '../errors.js';
import path from 'node:path';
import { removeStaleTemporaries, writeFileAtomic } from './atomic-write.js';

export interface ImportPlan {
  /** The index file, absolute. */
  readonly index: string;
  readonly text: string;
  /** The index's bytes before the import: kept as `<index>.bak`. */
  readonly previous?: Uint8Array | undefined;
  /** Markdown files to write beside the index (a feed's posts), absolute. */
  readonly bodies: readonly { readonly file: string; readonly text: string }[];
}

/** How a file is written: writeFileAtomic, or a test's that fails on purpose. */
export type FileWriter = (file: string, data: string | Uint8Array) => void;

export function writeImport(plan: ImportPlan, write: FileWriter = writeFileAtomic): void {
  // An import killed half-way leaves temporary files: the next one clears them.
  removeStaleTemporaries(path.dirname(plan.index));
  const attempt = (file: string, data: string | Uint8Array) => {
    try {
      write(file, data);
    } catch (error) {
      throw writeError(file, error as NodeJS.ErrnoException);
    }
  };
  for (const body of plan.bodies) {
    if (sameContent(body.file, body.text)) continue;
    attempt(body.file, body.text);
  }
  if (plan.previous !== undefined) attempt(`${plan.index}.bak`, plan.previous);
  attempt(plan.index, plan.text);
}

function sameContent(file: string, text: string): boolean {
  try {
    return readFileSync(file, 'utf8') === text;
  } catch {
    return false;
  }
}

/** A write that failed: exit 74 like any output that cannot be written; the old index stands. */
function writeError(file: string, error: NodeJS.ErrnoException): BlogError {
  const reasons: Record<string, string> = { ENOSPC: 'no space left on device', EDQUOT: 'disk quota exceeded', EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system' };
  const reason = (error.code && reasons[error.code]) ?? error.code ?? error.message;
  return new BlogError(`cannot write ${excerptPath(file)}: ${reason}`, EXIT.IO, 'the previous index is unchanged; fix that and run the import again');
}
