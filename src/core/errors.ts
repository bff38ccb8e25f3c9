// What the pure core can fail on, as typed errors that carry the facts and no wording: the CLI
// words them for a person (src/messages.ts), and other callers (the picker, completion) can tell
// the cases apart without matching text.

export abstract class CoreError extends Error {
}

/** No category is named `input`; `suggestion` is the closest one, if any is close. */
export class UnknownCategory extends CoreError {
  constructor(readonly input: string, readonly suggestion: string | undefined, readonly known: readonly string[]) {
    super(`unknown category "${input}"`);
  }
}

/** `input` is the last part of several category paths. */
export class AmbiguousCategory extends CoreError {
  constructor(readonly input: string, readonly candidates: readonly string[]) {
    super(`ambiguous category "${input}"`);
  }
}

/** A query with nothing to look for: blank, or only punctuation. */
export class EmptyQuery extends CoreError {
  constructor(readonly query: string) {
    super('empty query');
  }
}

/** A word of a query longer than `limit` characters: searching it would take too long to be of use. */
export class WordTooLong extends CoreError {
  constructor(readonly word: string, readonly length: number, readonly limit: number) {
    super(`a word of ${length} characters`);
  }
}

/** A page past the last one. */
export class PageOutOfRange extends CoreError {
  constructor(readonly page: number, readonly pages: number) {
    super(`page ${page} of ${pages}`);
  }
}
