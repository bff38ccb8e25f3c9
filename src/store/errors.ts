// What can go wrong reading an index or a body file, as typed errors: callers (and, later, the
// importer) can tell the cases apart by `kind` without matching words. They are BlogErrors with
// exit code 2, so the CLI prints them as it always has.
import { BlogError, EXIT } from '../errors.js';

export type IndexProblem = 'not-found' | 'folder' | 'special-file' | 'too-large' | 'no-permission' | 'unreadable' | 'json-syntax' | 'invalid';

/** The index file cannot be used: missing, unreadable, not JSON, or not a valid index. */
export class IndexError extends BlogError {
  constructor(readonly kind: IndexProblem, readonly file: string, message: string, hint?: string) {
    super(message, EXIT.USAGE, hint);
    this.name = 'IndexError';
  }
}

export type BodyProblem = 'not-found' | 'outside' | 'special-file' | 'too-large' | 'unreadable';

/** A post's body file cannot be read, or leads outside the blog folder. */
export class BodyFileError extends BlogError {
  constructor(readonly kind: BodyProblem, readonly postId: number, message: string, hint?: string) {
    super(message, EXIT.USAGE, hint);
    this.name = 'BodyFileError';
  }
}
