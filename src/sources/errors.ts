// Why a source could not be read at all, as one typed error: the import reports it as one line
// (`blog: feed https://x/rss: HTTP 404 Not Found; check the address`) and exits 2. `kind` lets
// callers tell the cases apart without matching words; the message names the source and the
// problem, the hint what to do about it.
import { BlogError, EXIT, excerptPath } from '../errors.js';
import { sanitizeLine } from '../render/sanitize.js';

export type SourceProblem =
  | 'dns' | 'tls' | 'refused' | 'timeout' | 'network' | 'http' | 'unsupported'
  | 'not-found' | 'unreadable' | 'too-large' | 'not-a-feed' | 'malformed' | 'charset' | 'timezone' | 'empty';

export class SourceError extends BlogError {
  /** `what` names the kind of source in the message: "feed https://x/rss: …", "folder ~/blog: …". */
  constructor(readonly kind: SourceProblem, readonly source: string, problem: string, hint?: string, what = 'feed') {
    // The problem may quote the source (a parser's message, a charset name): one inert line, always.
    super(`${describeSource(source, what)}: ${sanitizeLine(problem)}`, EXIT.USAGE, hint === undefined ? undefined : sanitizeLine(hint));
    this.name = 'SourceError';
  }
}

/** `feed <address>` as a message shows it: the user's own words, but inert and of bounded length. */
export const describeSource = (source: string, what = 'feed') => `${what} ${excerptPath(sanitizeLine(source))}`;
