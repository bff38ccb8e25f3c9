// The derived cache of a large index: its validated posts as JSON lines in newest-first order
// (so a page of `list` or one post reads only those), the fields listings show and filter on as
// columns (ids, dates, categories, titles, tags: a full listing parses no record), ids and slugs
// in sorted order to find a post by binary search, and the search corpus's joined fields.
// It lives in the user's cache folder, never next to the blog, and is only an optimisation:
// it is rebuilt when the index's size or modification time changes, written atomically, and a
// cache that cannot be read, or does not add up, is ignored.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Blog, Listing } from './blog.js';
import type { CategoryNode } from './categories.js';
import { Corpus, type JoinedField } from './corpus.js';
import type { Post } from './index.js';

const FORMAT = 2;
const FIELDS = ['title', 'tags', 'summary'] as const;

interface Header {
  format: number;
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

const sourceOf = (file: string) => {
  const stat = statSync(file);
  return { file, size: stat.size, mtimeMs: stat.mtimeMs };
};

const bytesOf = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** A list of strings as two sections: their UTF-16 text run together, and where each starts. */
function stringSections(name: string, values: readonly string[]): [string, Buffer][] {
  const starts = new Int32Array(values.length + 1);
  values.forEach((value, i) => (starts[i + 1] = starts[i]! + value.length));
  return [[name, Buffer.from(values.join(''), 'utf16le')], [`${name}Starts`, bytesOf(starts)]];
}

/** Positions 0..n-1 ordered by `compare`. */
const orderOf = (n: number, compare: (a: number, b: number) => number) => Int32Array.from({ length: n }, (_, i) => i).sort(compare);
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Writes the cache of a freshly loaded blog; a cache that cannot be written is no error. */
export async function writeCache(blog: Blog, cacheDir: string): Promise<void> {
  try {
    const target = cacheFileFor(blog.file, cacheDir);
    const posts = blog.posts();
    const corpus = await blog.corpus();
    const lines = posts.map((post) => Buffer.from(`${JSON.stringify(post)}\n`));
    const recordStarts = new Uint32Array(posts.length + 1);
    lines.forEach((line, i) => (recordStarts[i + 1] = recordStarts[i]! + line.length));
    const ids = Float64Array.from(posts, (post) => post.id);
    const categories = [...new Set(posts.map((post) => post.category))];
    const categoryIndex = new Map(categories.map((category, i) => [category, i]));
    const tagsOf = new Int32Array(posts.length + 1);
    posts.forEach((post, i) => (tagsOf[i + 1] = tagsOf[i]! + post.tags.length));
    const parts: [string, Buffer][] = [
      ['records', Buffer.concat(lines)],
      ['recordStarts', bytesOf(recordStarts)],
      ...FIELDS.flatMap((name): [string, Buffer][] => [
        [name, Buffer.from(corpus[name].text, 'utf16le')],
        [`${name}Starts`, bytesOf(corpus[name].starts)],
      ]),
      ['ids', bytesOf(ids)],
      ['idOrder', bytesOf(orderOf(posts.length, (a, b) => ids[a]! - ids[b]!))],
      ...stringSections('slugs', posts.map((post) => post.slug)),
      ['slugOrder', bytesOf(orderOf(posts.length, (a, b) => byCodeUnits(posts[a]!.slug, posts[b]!.slug)))],
      // The schema makes every date start with ten ASCII characters, YYYY-MM-DD.
      ['days', Buffer.from(posts.map((post) => post.date.slice(0, 10)).join(''), 'latin1')],
      ['categoryOf', bytesOf(Uint32Array.from(posts, (post) => categoryIndex.get(post.category)!))],
      ...stringSections('titles', posts.map((post) => post.title)),
      ...stringSections('tagList', posts.flatMap((post) => post.tags)),
      ['tagsOf', bytesOf(tagsOf)],
    ];
    const { file, root, blog: info, aliases } = blog;
    const header: Header = {
      format: FORMAT,
      source: sourceOf(blog.file),
      blog: { file, root, ...(info && { blog: info }), ...(aliases && { aliases }) },
      count: posts.length,
      tree: blog.categories(),
      categories,
      sections: {},
    };
    // Sections follow the header at 8-byte boundaries, so typed arrays can view them directly.
    // The header's own length depends on the offsets, so lay out with room for it, then fix it.
    let headerBytes = Buffer.byteLength(JSON.stringify(header)) + 64 * parts.length + 64;
    let offset = align(4 + headerBytes);
    for (const [name, data] of parts) {
      header.sections[name] = [offset, data.length];
      offset = align(offset + data.length);
    }
    const headerText = Buffer.from(JSON.stringify(header));
    if (headerText.length > headerBytes) return;
    headerBytes = headerText.length;
    const out = Buffer.alloc(offset);
    out.writeUInt32LE(headerBytes, 0);
    headerText.copy(out, 4);
    for (const [name, data] of parts) data.copy(out, header.sections[name]![0]);
    mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, out);
    renameSync(temporary, target);
  } catch {
    // read-only or full disk: the next run reads the index again
  }
}

const align = (n: number) => Math.ceil(n / 8) * 8;

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
  const same = header.format === FORMAT && header.source?.file === source.file &&
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
  let all: Post[] | undefined;
  /** Reads the records at `positions` from one span of the file, parsing only those. */
  const records = (positions: readonly number[]): Post[] => {
    if (all) return positions.map((position) => all![position]!);
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
  let corpus: Corpus | undefined;
  const field = (name: (typeof FIELDS)[number]): JoinedField => ({
    text: text(section(name), 'utf16le'),
    starts: new Int32Array(section(`${name}Starts`).buffer),
  });
  return {
    ...header.blog,
    count,
    posts: () => (all ??= records(Array.from({ length: count }, (_, i) => i))),
    postAt: (position) => records([position])[0]!,
    postsAt: records,
    positionOfId: (id) => findInOrder(idOrder(), (position) => ids()[position]!, id),
    positionOfSlug: (slug) => findInOrder(slugOrder(), slugs(), slug),
    listing: () => listing,
    categories: () => header.tree,
    corpus: async () => (corpus ??= new Corpus(count, { title: () => field('title'), tags: () => field('tags'), summary: () => field('summary') })),
  };
}
