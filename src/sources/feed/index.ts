// The feed source: an RSS 2.0, Atom or RSS 1.0 feed, from an http(s) address or a file, read
// into the SourceResult every source returns. It writes nothing: the import writes the posts.
//
//   readFeed   fetch (or read the file), then parseFeed
//   parseFeed  bytes -> text in the declared charset -> XML tree -> posts and skipped items
import { NotReadable, readRegularBytes } from '../../store/read.js';
import { SourceError } from '../errors.js';
import type { SkippedItem, SourcePost, SourceResult } from '../types.js';
import { checkTimezone } from './dates.js';
import { decodeFeed } from './decode.js';
import { fetchFeed } from './fetch.js';
import { loadHtmlToMarkdown } from './html.js';
import { absolute, atomLink, isSkipped, line, readItem } from './items.js';
import { parseXml, textOf } from './xml.js';

export interface FeedOptions {
  /** IANA timezone in which a date without a UTC offset is read. */
  readonly timezone: string;
  /** What the last import of this address returned, sent as If-None-Match / If-Modified-Since. */
  readonly validators?: { readonly etag?: string; readonly lastModified?: string };
  /** The deadline for the whole answer, headers and body: DEFAULT_TIMEOUT_MS unless given. */
  readonly timeoutMs?: number;
  /** The largest feed read, fetched or from a file: DEFAULT_MAX_BYTES unless given. */
  readonly maxBytes?: number;
}

/** 20 seconds: a slow blog host answers in a few; a hung one should not hang the import. */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** 32 MiB: a feed of a few hundred full posts weighs a few MiB. */
export const DEFAULT_MAX_BYTES = 32 * 1024 ** 2;

/** True when `source` is an address to fetch rather than a file to read. */
export const isFeedUrl = (source: string) => /^https?:\/\//i.test(source.trim());

/** Reads the feed at `source` (an http(s) address or a feed file); throws SourceError when nothing can be read. */
export async function readFeed(source: string, options: FeedOptions): Promise<SourceResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (isFeedUrl(source)) {
    const url = source.trim();
    const fetched = await fetchFeed(url, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes, ...(options.validators ? { validators: options.validators } : {}) });
    if (fetched.notModified) return { posts: [], skipped: [], warnings: [], notModified: true, validators: fetched.validators };
    const result = await parseFeed(fetched.bytes, fetched.contentType, { ...options, source: url, base: fetched.url });
    // No validators when the server sends none: the next import then asks for the whole feed.
    return Object.keys(fetched.validators).length === 0 ? result : { ...result, validators: fetched.validators };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    throw new SourceError('unsupported', source, 'only http:// and https:// addresses can be fetched', 'give an http(s) address or the path of a feed file');
  }
  return parseFeed(readFile(source, maxBytes), undefined, { ...options, source });
}

function readFile(file: string, maxBytes: number): Uint8Array {
  try {
    return readRegularBytes(file, maxBytes);
  } catch (error) {
    if (error instanceof NotReadable) {
      if (error.kind === 'too-large') throw new SourceError('too-large', file, `the file is ${error.what}`, 'import a feed that carries fewer posts');
      throw new SourceError('unreadable', file, `${error.what}, not a feed file`, 'give a feed file (.xml, .rss, .atom) or an http(s) address');
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new SourceError('not-found', file, 'no such file', 'check the path');
    if (code === 'EACCES' || code === 'EPERM') throw new SourceError('unreadable', file, 'permission denied', 'check the file\'s permissions');
    throw new SourceError('unreadable', file, `the file cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`, 'check the path');
  }
}

export interface ParseOptions {
  readonly timezone: string;
  /** How the feed is named in messages (its address or path); "feed" unless given. */
  readonly source?: string;
  /** The address the feed came from, for relative links; the feed's own <link> otherwise. */
  readonly base?: string;
}

/**
 * Reads feed bytes: pure, no I/O. `contentType` is the HTTP Content-Type (its charset wins over
 * the XML declaration). Throws SourceError when the bytes are not a feed; an item that cannot be
 * read (no title, no date, unreadable HTML) is a SkippedItem, never an exception.
 */
export async function parseFeed(bytes: Uint8Array, contentType: string | undefined, options: ParseOptions): Promise<SourceResult> {
  const source = options.source ?? 'feed';
  try {
    checkTimezone(options.timezone);
  } catch {
    throw new SourceError('timezone', source, `"${options.timezone.slice(0, 40)}" is not a timezone`, 'give an IANA timezone such as Asia/Seoul');
  }
  const decoded = decodeFeed(bytes, contentType, source);
  const warnings: string[] = [];
  if (decoded.replaced) warnings.push(`${line(source)} is not valid ${decoded.charset}; the bad bytes were read as U+FFFD`);
  const tree = await parseXml(decoded.text, source);
  const { channel } = tree;
  const blogUrl = tree.kind === 'atom' ? atomLink(channel.link, options.base) : absolute(textOf(channel.link), options.base);
  const base = blogUrl ?? options.base;
  const toMarkdown = await loadHtmlToMarkdown();
  const posts: SourcePost[] = [];
  const skipped: SkippedItem[] = [];
  tree.items.forEach((item, index) => {
    const read = readItem(item, index, { kind: tree.kind, timezone: options.timezone, toMarkdown, base });
    if (isSkipped(read)) skipped.push(read);
    else posts.push(read);
  });
  const blog = blogInfo(tree.kind, channel, blogUrl);
  return { posts, skipped, warnings, ...(blog ? { blog } : {}) };
}

function blogInfo(kind: string, channel: Record<string, unknown>, url: string | undefined): SourceResult['blog'] {
  const clean = (text: string | undefined) => (text === undefined ? undefined : line(text) || undefined);
  const title = clean(textOf(channel.title));
  const description = clean(kind === 'atom' ? textOf(channel.subtitle) : textOf(channel.description));
  if (title === undefined && url === undefined && description === undefined) return undefined;
  return { ...(title ? { title } : {}), ...(url ? { url } : {}), ...(description ? { description } : {}) };
}
