// What every import source (a Markdown folder, an RSS/Atom feed) hands to the import: posts in one
// shape, so matching, syncing and writing the index (src/store/import) never know where they came from.

/** One post as a source sees it, before it has an id in the index. Text is NFC. */
export interface SourcePost {
  /** Identity inside the source: the feed item's guid/Atom id, or the file's path relative to the folder. */
  readonly key: string;
  /** The post's web address (feed link, or front matter `url`/`permalink`), when it has one. */
  readonly link?: string;
  readonly title: string;
  /** ISO 8601 with a UTC offset (a date without one is read in the configured timezone by the source). */
  readonly date: string;
  /** ISO 8601 with a UTC offset, when the source says when it was last changed. */
  readonly updated?: string;
  /** "/"-separated category path, like "개발/기술". */
  readonly category?: string;
  readonly tags: readonly string[];
  readonly summary?: string;
  /** A slug the source asks for; otherwise the import makes one from the key. */
  readonly slug?: string;
  /** The post's Markdown. */
  readonly body: string;
  /** The source holds only an excerpt (a feed that does not carry the full text). */
  readonly excerptOnly?: boolean;
  /** A folder source's Markdown file, absolute: the index points to it instead of writing a copy. */
  readonly file?: string;
}

/** Something in the source that could not be imported: reported, and the exit code becomes 1. */
export interface SkippedItem {
  /** Where: a file path (with `:line` when known) or a feed item's title or link. */
  readonly where: string;
  readonly reason: string;
  /** Left out on purpose (a draft), not for a problem: reported, but the import still succeeds. */
  readonly draft?: boolean;
}

/** What a source read. */
export interface SourceResult {
  readonly posts: readonly SourcePost[];
  readonly skipped: readonly SkippedItem[];
  /** Recovered problems worth telling (a title that broke YAML, read as raw text). */
  readonly warnings: readonly string[];
  /** The blog's own title, address and description, when the source names them. */
  readonly blog?: { readonly title?: string; readonly url?: string; readonly description?: string };
  /** HTTP validators to send on the next import (If-None-Match / If-Modified-Since). */
  readonly validators?: { readonly etag?: string; readonly lastModified?: string };
  /** The server answered 304: nothing changed, and `posts` is empty. */
  readonly notModified?: boolean;
}
