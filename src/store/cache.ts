// The derived cache of a large index: its validated posts as JSON lines in newest-first order
// (so a page of `list` or one post reads only those), the fields listings show and filter on as
// columns (ids, dates, categories, titles, tags: a full listing parses no record), ids and slugs
// in sorted order to find a post by binary search, and the search corpus's joined fields.
// It lives in the user's cache folder, never next to the blog, and is only an optimisation:
// it is rebuilt (cache-write.ts) when the index's size or modification time or the code's format
// (cache-format.ts) changes, written atomically, and a cache that cannot be read, or does not add
// up, is ignored. Here: where it lives, its header, and reading it as a Blog.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeBlog, type Blog } from '../core/blog.js';
import type { CategoryNode } from '../core/categories.js';
import type { Post } from '../core/post.js';
import type { Listing } from '../core/posts.js';
import { Corpus, type JoinedField } from '../core/search/corpus.js';
import type { IndexField } from '../core/search/fields.js';
import { cacheFormat } from './cache-format.js';

export interface Header {
  /** See cache-format.ts: a cache written by other code is not read. */
  format: string;
  source: { file: string; size: number; mtimeMs: number };
  blog: Pick<Blog, 'file' | 'root' | 'blog' | 'aliases'>;
  count: number;
  tree: CategoryNode[];
  /** Every distinct category path; the `categoryOf` section holds an index into it per post. */
  categories: string[];
  sections: Record<string, [offset: number, length: number]>;
}

export function cacheFileFor(index: string, cacheDir: string): string {
  return path.join(cacheDir, `index-${createHash('sha1').update(index).digest('hex').slice(0, 20)}.cache`);
}

/** What the cache was made from: an index file as it is now. */
export const sourceOf = (file: string) => {
  const stat = statSync(file);
  return { file, size: stat.size, mtimeMs: stat.mtimeMs };
};

/** The cached blog for `file`, or undefined when there is no usable cache for it as it is now. */
export function openCachedBlog(file: string, cacheDir: string): Blog | undefined {
  let fd: number;
  try {
    fd = openSync(cacheFileFor(file, cacheDir), 'r');
  } catch {
    return undefined;
  }
  try {
    const header = readHeader(fd, sourceOf(file));
    if (header) return cachedBlog(fd, header);
  } catch {
    // corrupt or unreadable: ignored
  }
  closeSync(fd);
  return undefined;
}

function readBytes(fd: number, offset: number, length: number): Uint8Array {
  // A fresh ArrayBuffer per read keeps typed-array views aligned.
  const bytes = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, bytes, done, length - done, offset + done);
    if (read === 0) throw new Error('cache shorter than its header says');
    done += read;
  }
  return bytes;
}

function readHeader(fd: number, source: Header['source']): Header | undefined {
  const size = fstatSync(fd).size;
  const headerLength = Buffer.from(readBytes(fd, 0, 4)).readUInt32LE(0);
  if (headerLength > size) return undefined;
  const header = JSON.parse(Buffer.from(readBytes(fd, 4, headerLength)).toString('utf8')) as Header;
  const fits = Object.values(header.sections ?? {}).every(([offset, length]) => offset + length <= size);
  const same = header.format === cacheFormat() && header.source?.file === source.file &&
    header.source.size === source.size && header.source.mtimeMs === source.mtimeMs;
  return fits && same ? header : undefined;
}

/** A value made on first use. */
const once = <T>(make: () => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/** Binary search over `order` (positions sorted by key) for the position whose key is `want`. */
function findInOrder<K>(order: Int32Array, keyAt: (position: number) => K, want: K): number | undefined {
  let low = 0;
  let high = order.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const key = keyAt(order[mid]!);
    if (key === want) return order[mid];
    if (key < want) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

function cachedBlog(fd: number, header: Header): Blog {
  const { count } = header;
  const section = (name: string, from = 0, to?: number) => {
    const [offset, length] = header.sections[name]!;
    return readBytes(fd, offset + from, (to ?? length) - from);
  };
  const text = (bytes: Uint8Array, encoding: 'utf8' | 'utf16le' | 'latin1') => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString(encoding);
  const strings = (name: string) => once(() => {
    const all = text(section(name), 'utf16le');
    const starts = new Int32Array(section(`${name}Starts`).buffer);
    return (i: number) => all.slice(starts[i]!, starts[i + 1]!);
  });
  const recordStarts = once(() => new Uint32Array(section('recordStarts').buffer));
  /** Reads the records at `positions` from one span of the file, parsing only those. */
  const read = (positions: readonly number[]): Post[] => {
    if (positions.length === 0) return [];
    const starts = recordStarts();
    let low = Infinity;
    let high = -1;
    for (const position of positions) {
      low = Math.min(low, position);
      high = Math.max(high, position);
    }
    const base = starts[low]!;
    const span = Buffer.from(section('records', base, starts[high + 1]).buffer);
    return positions.map((position) => JSON.parse(span.toString('utf8', starts[position]! - base, starts[position + 1]! - base)) as Post);
  };
  const ids = once(() => new Float64Array(section('ids').buffer));
  const idOrder = once(() => new Int32Array(section('idOrder').buffer));
  const slugs = strings('slugs');
  const slugOrder = once(() => new Int32Array(section('slugOrder').buffer));
  const days = once(() => text(section('days'), 'latin1'));
  const categoryOf = once(() => new Uint32Array(section('categoryOf').buffer));
  const titles = strings('titles');
  const tagList = strings('tagList');
  const tagsOf = once(() => new Int32Array(section('tagsOf').buffer));
  const listing: Listing = {
    count,
    id: (position) => ids()[position]!,
    day: (position) => days().slice(position * 10, position * 10 + 10),
    category: (position) => header.categories[categoryOf()[position]!]!,
    title: (position) => titles()(position),
    tags: (position) => {
      const [from, to] = [tagsOf()[position]!, tagsOf()[position + 1]!];
      return Array.from({ length: to - from }, (_, k) => tagList()(from + k));
    },
  };
  const field = (name: IndexField): JoinedField => ({
    text: text(section(name), 'utf16le'),
    starts: new Int32Array(section(`${name}Starts`).buffer),
  });
  return makeBlog({
    origin: 'cache',
    info: header.blog,
    listing,
    read,
    positionOfId: (id) => findInOrder(idOrder(), (position) => ids()[position]!, id),
    positionOfSlug: (slug) => findInOrder(slugOrder(), slugs(), slug),
    categories: () => header.tree,
    corpus: async () => new Corpus(count, { title: () => field('title'), tags: () => field('tags'), summary: () => field('summary') }),
  });
}
