// The one error type the program throws for expected failures. Only src/cli.ts catches it,
// prints it as one line on stderr and turns it into the exit code.

/** Exit codes, documented in the README. */
export const EXIT = {
  OK: 0,
  /** Nothing found: unknown post or category, a search or filter with no hits. */
  NOT_FOUND: 1,
  /** Usage error (bad option or argument) or an index that cannot be used. */
  USAGE: 2,
  /** A bug: something we did not expect went wrong (BLOG_DEBUG=1 prints the stack). */
  INTERNAL: 70,
  /** Output could not be written (disk full, stdout closed, I/O error): sysexits' EX_IOERR. */
  IO: 74,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class BlogError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    /** What the user can do about it; printed after the message on the same line. */
    readonly hint?: string,
    /** Extra lines printed after the error line (e.g. candidate posts). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'BlogError';
  }
}

/** How many characters of a value an error message repeats: the input may be megabytes long. */
export const EXCERPT_LENGTH = 40;

/** `text`, or its start and "…" when it is longer than `length` characters (never half a surrogate pair). */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  if (text.length <= length) return text;
  const end = /[\uD800-\uDBFF]/.test(text[length - 2] ?? '') ? length - 2 : length - 1;
  return `${text.slice(0, end)}…`;
}

/** A file path as an error message shows it: whole up to `length` characters, else its end (which names the file). */
export function excerptPath(file: string, length = 200): string {
  if (file.length <= length) return file;
  const start = /[\uDC00-\uDFFF]/.test(file[file.length - length + 1] ?? '') ? file.length - length + 2 : file.length - length + 1;
  return `…${file.slice(start)}`;
}

export const usageError = (message: string, hint?: string) => new BlogError(message, EXIT.USAGE, hint);
export const notFound = (message: string, hint?: string, details: readonly string[] = []) =>
  new BlogError(message, EXIT.NOT_FOUND, hint, details);
