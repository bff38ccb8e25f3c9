// The derived cache of a large index: its validated posts as JSON lines in newest-first order
// (so a page of `list` or one post reads only those), the fields listings show and filter on as
// columns (ids, dates, categories, titles, tags: a full listing parses no record), ids and slugs
// in sorted order to find a post by binary search, and the search corpus's joined fields.
// It lives in the user's cache folder (cache-folder.ts), never next to the blog, and is only an
// optimisation, so it is never trusted: the header carries a CRC-32 of itself and of every 64 KiB
// block of every section (those of the records in a section of their own); each block is checked
// when it is first read, so that one post is checked without reading whole columns, along
// with its shape (bounds, counts, order, each record against the columns, every body path inside
// the blog folder). A cache that fails any check is removed and the run goes on from the index
// itself; the next run rebuilds it (cache-write.ts). It is also rebuilt when the index's stamp
// (cache-stamp.ts) or the code's format (cache-format.ts) changes.
// Layout: u32 header length, CRC-32 of the header, the header (JSON), the sections (8-aligned).
// CRC-32, not sha256: it detects damage as well (the cache is no defence against someone who can
// write the private cache folder, whatever the hash), it is native without node:crypto (2.5 ms to
// load), and it runs several times faster.
import { closeSync, fstatSync, openSync, readSync, rmSync } from 'node:fs';
import path from 'node:path';
import { blogOf, makeBlog, type Blog, type BlogSource } from '../core/blog.js';
import type { CategoryNode } from '../core/categories.js';
import type { Post } from '../core/post.js';
import type { Listing } from '../core/posts.js';
import { isIsoDateWithOffset, isWebAddress } from '../core/rules.js';
import { plainIndex } from '../core/schema-plain.js';
import { crc32 } from '../boot/cache-file.js';
import { Corpus, type JoinedField } from '../core/search/corpus.js';
import { isNumbering } from '../core/search/distinct.js';
import { INDEX_FIELDS, type IndexField } from '../core/search/fields.js';
import { cacheFormat } from './cache-format.js';
import { sameStamp, type Stamp } from './cache-stamp.js';
import { IndexError } from './errors.js';
import { MAX_INDEX_BYTES, readRegularFile } from './read.js';
import { isInside, validateIndex } from './validate.js';

export interface Header {
  /** See cache-format.ts: a cache written by other code is not read. */
  format: string;
  source: Stamp & { file: string };
  blog: Pick<Blog, 'file' | 'root' | 'blog' | 'aliases'>;
  count: number;
  tree: CategoryNode[];
  /** Every distinct category path; the `categoryOf` section holds an index into it per post. */
  categories: string[];
  sections: Record<string, [offset: number, length: number]>;
  /** CRC-32s (hex, 8 digits each) of each RECORD_BLOCK bytes of each section but `records`, whose blocks `recordSums` covers. */
  sums: Record<string, string>;
}

export const HASH_BYTES = 4;
export const PREFIX_BYTES = 4 + HASH_BYTES;
/** The records are checked in blocks of this size, so reading one post hashes at most two. */
export const RECORD_BLOCK = 1 << 16;
/** The checksum of `bytes`, as the cache stores it: CRC-32, little-endian. */
export function digest(bytes: Uint8Array): Buffer {
  const sum = Buffer.allocUnsafe(HASH_BYTES);
  sum.writeUInt32LE(crc32(bytes), 0);
  return sum;
}

/** Every section, and its length in bytes for `count` posts where that is fixed. */
export function sectionLengths(count: number): Record<string, number | undefined> {
  const starts = 4 * (count + 1);
  return {
    records: undefined, recordSums: undefined, recordStarts: starts,
    ...Object.fromEntries(INDEX_FIELDS.flatMap((name) => [[name, undefined], [`${name}Starts`, starts]])),
    titleJamo: undefined, tagsJamo: undefined, titleNumbers: 4 * count, tagsNumbers: 4 * count, ids: 8 * count, idOrder: 4 * count, slugs: undefined, slugsStarts: starts, slugOrder: 4 * count, days: 10 * count,
    categoryOf: 4 * count, titles: undefined, titlesStarts: starts, tagList: undefined, tagListStarts: undefined, tagsOf: starts,
  };
}

export function cacheFileFor(index: string, cacheDir: string): string {
  // Two CRC-32s of the path (from two starting values): 64 bits, so two indexes of one user never
  // share a file by chance (if they did, each would find the other's cache stale and replace it).
  const name = Buffer.from(index);
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return path.join(cacheDir, `index-${hex(crc32(name))}${hex(crc32(name, 0x5bd1e995))}.cache`);
}

/** The cache does not add up: thrown by every check, caught where the index takes over. */
class Damaged extends Error {}

function need(ok: unknown): asserts ok {
  if (!ok) throw new Damaged('damaged index cache');
}

/**
 * The cached blog for `file`, or undefined when there is no usable cache for it as stamped
 * (`stamp`, taken before anything else reads the index). A cache found damaged, now or while
 * the blog is used, is removed; from then on the blog reads the index itself.
 */
export function openCachedBlog(file: string, cacheDir: string, stamp: Stamp): Blog | undefined {
  const cacheFile = cacheFileFor(file, cacheDir);
  let fd: number;
  try {
    fd = openSync(cacheFile, 'r');
  } catch {
    return undefined;
  }
  const discard = () => {
    try {
      rmSync(cacheFile, { force: true });
    } catch {
      // a cache that cannot be removed fails its checks again next time, and is replaced then
    }
  };
  let header: Header;
  try {
    header = readHeader(fd, file, stamp);
  } catch (error) {
    closeSync(fd);
    // A cache of another index state or format is replaced by the next write; a damaged one goes now.
    if (!(error instanceof Stale)) discard();
    return undefined;
  }
  return makeBlog(guarded(cachedSource(fd, header), () => {
    discard();
    return blogOf(readIndexNow(file));
  }));
}

/** The cache is sound but made from another state of the index, or by other code. */
class Stale extends Error {}

/** The index, read and validated synchronously: the fallback runs inside synchronous reads. */
function readIndexNow(file: string) {
  let data: unknown;
  try {
    // The same reader as loadIndex: a regular file, within the size limit.
    data = JSON.parse(readRegularFile(file, MAX_INDEX_BYTES).text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // Changed into something else since the run began (a rare race): no place to point at.
    throw new IndexError('unreadable', file, `cannot read the index ${file}: ${(error as Error).message}`);
  }
  return validateIndex(data, file);
}

function readBytes(fd: number, offset: number, length: number): Uint8Array {
  // A fresh ArrayBuffer per read keeps typed-array views aligned.
  const bytes = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, bytes, done, length - done, offset + done);
    need(read > 0);
    done += read;
  }
  return bytes;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function readHeader(fd: number, file: string, stamp: Stamp): Header {
  const size = fstatSync(fd).size;
  need(size >= PREFIX_BYTES);
  const prefix = Buffer.from(readBytes(fd, 0, PREFIX_BYTES));
  const headerLength = prefix.readUInt32LE(0);
  need(PREFIX_BYTES + headerLength <= size);
  const headerBytes = readBytes(fd, PREFIX_BYTES, headerLength);
  need(digest(headerBytes).equals(prefix.subarray(4)));
  const header = JSON.parse(Buffer.from(headerBytes).toString('utf8')) as unknown;
  need(isObject(header) && isObject(header.source));
  if (header.format !== cacheFormat()) throw new Stale();
  const source = header.source as unknown as Header['source'];
  if (source.file !== file || !sameStamp(source, stamp)) throw new Stale();
  const { count, blog, categories, tree, sections, sums } = header;
  need(isCount(count) && isObject(blog) && isObject(sections) && isObject(sums));
  // Paths from the cache obey the index's rule: the blog folder is the index's own folder.
  need(blog.file === file && blog.root === path.dirname(file));
  const info = { blog: blog.blog, aliases: blog.aliases, posts: [] };
  need(plainIndex(info) !== undefined || (require('../core/schema.js') as typeof import('../core/schema.js')).isIndex(info));
  need(Array.isArray(categories) && categories.every((category) => typeof category === 'string'));
  need(Array.isArray(tree) && treeTotal(tree, 0) === count);
  const dataStart = PREFIX_BYTES + headerLength;
  for (const [name, length] of Object.entries(sectionLengths(count))) {
    const entry = sections[name];
    need(Array.isArray(entry) && entry.length === 2 && isCount(entry[0]) && isCount(entry[1]));
    const [at, bytes] = entry as [number, number];
    need(at >= dataStart && at % 8 === 0 && at + bytes <= size && (length === undefined || bytes === length));
    need(name === 'records' || (typeof sums[name] === 'string' && sums[name].length === 8 * Math.ceil(bytes / RECORD_BLOCK)));
  }
  const records = (sections as Header['sections']).records![1];
  need((sections as Header['sections']).recordSums![1] === HASH_BYTES * Math.ceil(records / RECORD_BLOCK));
  return header as unknown as Header;
}

/** The number of posts a category forest holds, when it is well formed; else NaN. */
function treeTotal(nodes: unknown[], depth: number): number {
  let total = 0;
  for (const node of nodes) {
    if (depth > 64 || !isObject(node) || typeof node.name !== 'string' || typeof node.path !== 'string' ||
      !isCount(node.count) || !isCount(node.total) || !Array.isArray(node.children)) return NaN;
    if (node.count + treeTotal(node.children, depth + 1) !== node.total) return NaN;
    total += node.total;
  }
  return total;
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

/** Starts of `count` strings in a text of `length` units: from 0, never going back, ending at `length`. */
function checkStarts(starts: ArrayLike<number>, length: number): void {
  need(starts[0] === 0 && starts[starts.length - 1] === length);
  for (let i = 1; i < starts.length; i++) need(starts[i]! >= starts[i - 1]!);
}

/** Positions sorted by a key, strictly (keys are unique). */
function checkOrder<K>(order: Int32Array, count: number, keyAt: (position: number) => K): void {
  for (let i = 0; i < order.length; i++) {
    need(order[i]! >= 0 && order[i]! < count);
    if (i > 0) need(keyAt(order[i - 1]!) < keyAt(order[i]!));
  }
}

function cachedSource(fd: number, header: Header): BlogSource {
  const { count, sections, sums } = header;
  const root = header.blog.root;
  const sumsOf = (name: string) => (name === 'records' ? recordSums() : Buffer.from(sums[name]!, 'hex'));
  const recordSums = once(() => section('recordSums'));
  const checkedBlocks = new Map<string, Set<number>>();
  /** Bytes [from, to) of a section, every 64 KiB block they touch checked against its sum (once). */
  const part = (name: string, from: number, to: number): Buffer => {
    const [offset, length] = sections[name]!;
    need(Number.isSafeInteger(from) && Number.isSafeInteger(to) && from >= 0 && from <= to && to <= length);
    const first = Math.floor(from / RECORD_BLOCK);
    const start = first * RECORD_BLOCK;
    const end = Math.min(length, Math.max(start, Math.ceil(to / RECORD_BLOCK) * RECORD_BLOCK));
    const bytes = Buffer.from(readBytes(fd, offset + start, end - start).buffer);
    let checked = checkedBlocks.get(name);
    if (!checked) checkedBlocks.set(name, (checked = new Set()));
    const expected = sumsOf(name);
    for (let block = first; block * RECORD_BLOCK < end; block++) {
      if (checked.has(block)) continue;
      const at = block * RECORD_BLOCK - start;
      need(digest(bytes.subarray(at, at + RECORD_BLOCK)).equals(expected.subarray(block * HASH_BYTES, (block + 1) * HASH_BYTES)));
      checked.add(block);
    }
    return bytes.subarray(from - start, to - start);
  };
  const whole = new Map<string, Uint8Array>();
  /** A whole section, checked on first read. */
  const section = (name: string) => {
    let bytes = whole.get(name);
    if (!bytes) {
      // Read from offset 0 into a buffer of its own, so typed arrays can view it whole.
      bytes = part(name, 0, sections[name]![1]);
      whole.set(name, bytes);
    }
    return bytes;
  };
  const text = (bytes: Uint8Array, encoding: 'utf8' | 'utf16le' | 'latin1') => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString(encoding);
  const int32s = (name: string) => new Int32Array(section(name).buffer);
  const strings = (name: string, n: () => number) => once(() => {
    const all = text(section(name), 'utf16le');
    const starts = int32s(`${name}Starts`);
    need(starts.length === n() + 1);
    checkStarts(starts, all.length);
    return (i: number) => all.slice(starts[i]!, starts[i + 1]!);
  });
  const recordStarts = once(() => {
    const starts = new Uint32Array(section('recordStarts').buffer);
    checkStarts(starts, sections.records![1]);
    return starts;
  });
  /** Bytes [from, to) of the records. */
  const recordBytes = (from: number, to: number): Buffer => part('records', from, to);
  /** Entries [from, to) of a section of 32-bit integers, read alone. */
  const int32sAt = (name: string, from: number, to: number) => {
    const bytes = part(name, 4 * from, 4 * to);
    return Array.from({ length: to - from }, (_, i) => bytes.readInt32LE(4 * i));
  };
  /** String `i` of a string list (`name` and `${name}Starts`), read alone. */
  const stringAt = (name: string, i: number) => {
    const [from, to] = int32sAt(`${name}Starts`, i, i + 2) as [number, number];
    return part(name, 2 * from, 2 * to).toString('utf16le');
  };
  /** A post's columns, read alone: what a record is checked against when the columns are not in memory. */
  const columnsAt = (position: number) => {
    const [from, to] = int32sAt('tagsOf', position, position + 2) as [number, number];
    const category = header.categories[part('categoryOf', 4 * position, 4 * position + 4).readUInt32LE(0)];
    need(category !== undefined && to >= from);
    return {
      id: part('ids', 8 * position, 8 * position + 8).readDoubleLE(0),
      slug: stringAt('slugs', position),
      title: stringAt('titles', position),
      category,
      day: part('days', 10 * position, 10 * position + 10).toString('latin1'),
      tags: Array.from({ length: to - from }, (_, k) => stringAt('tagList', from + k)),
    };
  };
  const ids = once(() => {
    const values = new Float64Array(section('ids').buffer);
    need(values.every((id) => Number.isSafeInteger(id)));
    return values;
  });
  const idOrder = once(() => {
    const order = int32s('idOrder');
    const values = ids();
    // checkOrder, written out for numbers: 100,000 calls through a key function cost `show` 3 ms.
    for (let i = 0; i < order.length; i++) {
      const position = order[i]!;
      if (!(position >= 0 && position < count && (i === 0 || values[order[i - 1]!]! < values[position]!))) need(false);
    }
    return order;
  });
  const slugs = strings('slugs', () => count);
  const slugOrder = once(() => {
    const order = int32s('slugOrder');
    checkOrder(order, count, slugs());
    return order;
  });
  const days = once(() => text(section('days'), 'latin1'));
  const categoryOf = once(() => {
    const indexes = new Uint32Array(section('categoryOf').buffer);
    need(indexes.every((i) => i < header.categories.length));
    return indexes;
  });
  const titles = strings('titles', () => count);
  const tagsOf = once(() => {
    const starts = int32s('tagsOf');
    checkStarts(starts, int32s('tagListStarts').length - 1);
    return starts;
  });
  const tagList = strings('tagList', () => tagsOf()[count]!);
  const listing: Listing = {
    count,
    id: (position) => ids()[position]!,
    day: (position) => days().slice(position * 10, position * 10 + 10),
    category: (position) => header.categories[categoryOf()[position]!]!,
    title: (position) => titles()(position),
    slug: (position) => slugs()(position),
    tags: (position) => {
      const [from, to] = [tagsOf()[position]!, tagsOf()[position + 1]!];
      return Array.from({ length: to - from }, (_, k) => tagList()(from + k));
    },
  };
  /** A record must be the post the columns describe, with its body file inside the blog folder. */
  const checked = (post: Post, position: number): Post => {
    const columns = columnsAt(position);
    need(isObject(post) && post.id === columns.id && post.slug === columns.slug);
    need(post.title === columns.title && post.category === columns.category);
    need(typeof post.date === 'string' && post.date.slice(0, 10) === columns.day && post.time === Date.parse(post.date));
    const tags = columns.tags;
    need(Array.isArray(post.tags) && post.tags.length === tags.length && post.tags.every((tag, i) => tag === tags[i]));
    for (const key of ['body', 'summary', 'file'] as const) need(post[key] === undefined || typeof post[key] === 'string');
    // The fields `open` and `show` pass on or print are held to the index's rules as well.
    need(post.url === undefined || (typeof post.url === 'string' && isWebAddress(post.url)));
    need(post.updated === undefined || (typeof post.updated === 'string' && isIsoDateWithOffset(post.updated)));
    need(post.excerptOnly === undefined || typeof post.excerptOnly === 'boolean');
    need((post.file === undefined) !== (post.body === undefined));
    need(post.file === undefined || isInside(root, post.file));
    return post;
  };
  /** Reads the records at `positions` from one span of the file, parsing only those. */
  const read = (positions: readonly number[]): Post[] => {
    if (positions.length === 0) return [];
    const starts = recordStarts();
    let low = Infinity;
    let high = -1;
    for (const position of positions) {
      need(Number.isInteger(position) && position >= 0 && position < count);
      low = Math.min(low, position);
      high = Math.max(high, position);
    }
    const base = starts[low]!;
    const span = recordBytes(base, starts[high + 1]!);
    return positions.map((position) =>
      checked(JSON.parse(span.toString('utf8', starts[position]! - base, starts[position + 1]! - base)) as Post, position));
  };
  const field = (name: IndexField): JoinedField => {
    const joined = text(section(name), 'utf16le');
    const starts = int32s(`${name}Starts`);
    checkStarts(starts, joined.length);
    return { text: joined, starts };
  };
  /** A stored jamo field: one line per post, as the field it derives from. */
  const jamoText = (name: string): string => {
    const joined = text(section(name), 'utf16le');
    let lines = 0;
    for (let at = joined.indexOf('\n'); at >= 0; at = joined.indexOf('\n', at + 1)) lines++;
    need(lines === count && (count === 0 || joined.endsWith('\n')));
    return joined;
  };
  /** A stored distinct-text numbering, shaped as distinctNumbers makes one. */
  const numbers = (name: string) => () => {
    const ids = int32s(name);
    need(isNumbering(ids, count));
    return ids;
  };
  const { file, blog, aliases } = header.blog;
  return {
    origin: 'cache',
    info: { file, root, ...(blog && { blog }), ...(aliases && { aliases }) },
    listing,
    read,
    positionOfId: (id) => findInOrder(idOrder(), (position) => ids()[position]!, id),
    positionOfSlug: (slug) => findInOrder(slugOrder(), slugs(), slug),
    categories: () => header.tree,
    corpus: async () => new Corpus(count, { title: () => field('title'), tags: () => field('tags'), summary: () => field('summary') },
      { title: () => jamoText('titleJamo'), tags: () => jamoText('tagsJamo') },
      { title: numbers('titleNumbers'), tags: numbers('tagsNumbers') }),
  };
}

/**
 * `source`, but from the first failed check on, every answer comes from the index itself (read by
 * `fallback`): positions agree, as both are newest first. Anything thrown while reading the cache
 * counts as damage, so a cache can never fail a run.
 */
function guarded(source: BlogSource, fallback: () => Blog): BlogSource {
  let direct: Blog | undefined;
  const index = () => (direct ??= fallback());
  const guard = <A extends unknown[], R>(cached: (...args: A) => R, instead: (blog: Blog, ...args: A) => R) =>
    (...args: A): R => {
      if (!direct) {
        try {
          return cached(...args);
        } catch {
          // damaged: the index answers from now on
        }
      }
      return instead(index(), ...args);
    };
  const listing = source.listing;
  const column = <K extends Exclude<keyof Listing, 'count'>>(name: K) =>
    guard(listing[name] as (position: number) => ReturnType<Listing[K]>, (blog, position) => blog.listing()[name](position) as ReturnType<Listing[K]>);
  const fieldOf = (corpus: Corpus, name: IndexField) =>
    guard(() => corpus[name], () => Corpus.of(index().posts())[name]);
  return {
    origin: source.origin,
    info: source.info,
    listing: { count: listing.count, id: column('id'), day: column('day'), category: column('category'), title: column('title'), slug: column('slug'), tags: column('tags') },
    read: guard(source.read, (blog, positions) => blog.postsAt(positions)),
    positionOfId: guard(source.positionOfId, (blog, id) => blog.positionOfId(id)),
    positionOfSlug: guard(source.positionOfSlug, (blog, slug) => blog.positionOfSlug(slug)),
    categories: guard(source.categories, (blog) => blog.categories()),
    corpus: async () => {
      const cached = await source.corpus();
      const jamoOf = (name: 'title' | 'tags') => guard(() => cached.jamo(name).text, () => Corpus.of(index().posts()).jamo(name).text);
      // Without the stored numbering, typo matching numbers the texts itself.
      const numbersOf = (name: 'title' | 'tags') => guard(() => cached.storedNumbers(name), () => undefined);
      return new Corpus(listing.count, Object.fromEntries(INDEX_FIELDS.map((name) => [name, fieldOf(cached, name)])) as Record<IndexField, () => JoinedField>,
        { title: jamoOf('title'), tags: jamoOf('tags') }, { title: numbersOf('title'), tags: numbersOf('tags') });
    },
  };
}
