// The CLI's words for the core's typed errors: each becomes a message, a hint and an exit code.
import { AmbiguousCategory, CoreError, EmptyQuery, PageOutOfRange, UnknownCategory, WordTooLong } from './core/errors.js';
import { BlogError, excerpt, EXIT } from './errors.js';

/** How many category paths an unknown-category error names before it says "and N more". */
const LISTED = 8;

const EXAMPLES: Record<string, string> = { search: 'blog search 카프카', show: 'blog show 7 or blog show 카프카' };

/** The BlogError a person reads for a core error, `command` being the subcommand that ran. */
export function describeCoreError(error: CoreError, command: string | undefined): BlogError {
  if (error instanceof UnknownCategory) {
    const suggestion = error.suggestion === undefined ? '' : `did you mean "${excerpt(error.suggestion)}"? `;
    const { known } = error;
    const names = known.slice(0, LISTED).map((name) => excerpt(name));
    const listed = known.length <= LISTED ? names.join(', ') : `${names.join(', ')} and ${known.length - LISTED} more`;
    return new BlogError(`no category "${excerpt(error.input)}"`, EXIT.NOT_FOUND, `${suggestion}known categories: ${listed}; run 'blog category' for the tree`);
  }
  if (error instanceof AmbiguousCategory) {
    return new BlogError(`category "${excerpt(error.input)}" is ambiguous`, EXIT.NOT_FOUND, 'give the full path', error.candidates.map((path) => `  ${path}`));
  }
  if (error instanceof EmptyQuery) {
    const what = `the ${command ?? 'search'} query`;
    const query = error.query.trim();
    return new BlogError(query === '' ? `${what} is empty` : `${what} "${excerpt(query)}" has no letters or digits`, EXIT.USAGE,
      `give words to look for, e.g. ${EXAMPLES[command ?? 'search'] ?? EXAMPLES.search}`);
  }
  if (error instanceof WordTooLong) {
    return new BlogError(`the ${command ?? 'search'} word "${excerpt(error.word)}" is ${error.length} characters long, over the limit of ${error.limit}`,
      EXIT.USAGE, 'look for a shorter part of it');
  }
  if (error instanceof PageOutOfRange) {
    // "there are 3 pages" says what to do: no hint after it.
    const there = error.pages === 1 ? 'there is 1 page' : `there are ${error.pages} pages`;
    return new BlogError(`page ${error.page} is past the last page; ${there}`, EXIT.NOT_FOUND);
  }
  return new BlogError(error.message, EXIT.INTERNAL);
}
