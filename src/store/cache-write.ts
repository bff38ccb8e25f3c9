// Writing the derived cache of a large index (the layout is described in cache.ts).
import type { Blog } from '../core/blog.js';
import type { Post } from '../core/post.js';
import { distinctNumbers } from '../core/search/distinct.js';
import { INDEX_FIELDS } from '../core/search/fields.js';
import { removeStaleTemporaries, writeFileAtomic } from './atomic-write.js';
import { cacheFormat } from './cache-format.js';
import type { Stamp } from './cache-stamp.js';
import { cacheFileFor, digest, PREFIX_BYTES, RECORD_BLOCK, type Header } from './cache.js';

const bytesOf = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** A list of strings as two sections: their UTF-16 text run together, and where each starts. */
function stringSections(name: string, values: readonly string[]): [string, Buffer][] {
  const starts = new Int32Array(values.length + 1);
  values.forEach((value, i) => (starts[i + 1] = starts[i]! + value.length));
  return [[name, Buffer.from(values.join(''), 'utf16le')], [`${name}Starts`, bytesOf(starts)]];
}

/** Positions 0..n-1 ordered by `compare` (a plain array sorts faster than a typed one with a comparator). */
const orderOf = (n: number, compare: (a: number, b: number) => number) => Int32Array.from(Array.from({ length: n }, (_, i) => i).sort(compare));
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The posts as JSON lines and where each starts, encoded some hundred lines at a time (a buffer
 * per post cost more in allocation and collection than the encoding itself; all lines as strings
 * at once, 150 MiB more memory).
 */
function recordsOf(posts: readonly Post[]): { records: Buffer; recordStarts: Uint32Array } {
  const recordStarts = new Uint32Array(posts.length + 1);
  const chunks: Buffer[] = [];
  for (let i = 0; i < posts.length; i += LINES_AT_ONCE) {
    const lines = posts.slice(i, i + LINES_AT_ONCE).map((post) => JSON.stringify(post));
    lines.forEach((line, j) => (recordStarts[i + j + 1] = recordStarts[i + j]! + Buffer.byteLength(line) + 1));
    chunks.push(Buffer.from(`${lines.join('\n')}\n`));
  }
  return { records: Buffer.concat(chunks, recordStarts[posts.length]), recordStarts };
}

const LINES_AT_ONCE = 512;

/** The checksum of each RECORD_BLOCK bytes of `data`, run together. */
function blockSums(data: Buffer): Buffer {
  const sums: Buffer[] = [];
  for (let at = 0; at < data.length; at += RECORD_BLOCK) sums.push(digest(data.subarray(at, at + RECORD_BLOCK)));
  return Buffer.concat(sums);
}

/**
 * Writes the cache of a freshly loaded blog, stamped with `stamp` (taken before the index was
 * read), then removes temporary files that killed writes left; a cache that cannot be written
 * is no error.
 */
export async function writeCache(blog: Blog, cacheDir: string, stamp: Stamp): Promise<void> {
  try {
    const target = cacheFileFor(blog.file, cacheDir);
    const posts = blog.posts();
    const corpus = await blog.corpus();
    const { records, recordStarts } = recordsOf(posts);
    const ids = Float64Array.from(posts, (post) => post.id);
    const slugs = posts.map((post) => post.slug);
    const categories = [...new Set(posts.map((post) => post.category))];
    const categoryIndex = new Map(categories.map((category, i) => [category, i]));
    const tagsOf = new Int32Array(posts.length + 1);
    posts.forEach((post, i) => (tagsOf[i + 1] = tagsOf[i]! + post.tags.length));
    const parts: [string, Buffer][] = [
      ['records', records],
      ['recordSums', blockSums(records)],
      ['recordStarts', bytesOf(recordStarts)],
      ...INDEX_FIELDS.flatMap((name): [string, Buffer][] => [
        [name, Buffer.from(corpus[name].text, 'utf16le')],
        [`${name}Starts`, bytesOf(corpus[name].starts)],
      ]),
      // The jamo fields typo matching reads: deriving them takes longer than reading them.
      ['titleJamo', Buffer.from(corpus.jamo('title').text, 'utf16le')],
      ['tagsJamo', Buffer.from(corpus.jamo('tags').text, 'utf16le')],
      // And which posts share a title, or a list of tags: numbering 100,000 titles took 25 ms a typo search.
      ['titleNumbers', bytesOf(distinctNumbers(corpus.title, posts.length))],
      ['tagsNumbers', bytesOf(distinctNumbers(corpus.tags, posts.length))],
      ['ids', bytesOf(ids)],
      ['idOrder', bytesOf(orderOf(posts.length, (a, b) => ids[a]! - ids[b]!))],
      ...stringSections('slugs', slugs),
      ['slugOrder', bytesOf(orderOf(posts.length, (a, b) => byCodeUnits(slugs[a]!, slugs[b]!)))],
      // The schema makes every date start with ten ASCII characters, YYYY-MM-DD.
      ['days', Buffer.from(posts.map((post) => post.date.slice(0, 10)).join(''), 'latin1')],
      ['categoryOf', bytesOf(Uint32Array.from(posts, (post) => categoryIndex.get(post.category)!))],
      ...stringSections('titles', posts.map((post) => post.title)),
      ...stringSections('tagList', posts.flatMap((post) => post.tags)),
      ['tagsOf', bytesOf(tagsOf)],
    ];
    const { file, root, blog: info, aliases } = blog;
    const header: Header = {
      format: cacheFormat(),
      source: { file: blog.file, ...stamp },
      blog: { file, root, ...(info && { blog: info }), ...(aliases && { aliases }) },
      count: posts.length,
      tree: blog.categories(),
      categories,
      sections: {},
      // Per block, so that reading one post checks the blocks it touches, not whole columns.
      sums: Object.fromEntries(parts.filter(([name]) => name !== 'records').map(([name, data]) => [name, blockSums(data).toString('hex')])),
    };
    // Sections follow the header at 8-byte boundaries, so typed arrays can view them directly.
    // The header's own length depends on the offsets, so lay out with room for it, then fix it.
    let headerBytes = Buffer.byteLength(JSON.stringify(header)) + 64 * parts.length + 64;
    let offset = align(PREFIX_BYTES + headerBytes);
    for (const [name, data] of parts) {
      header.sections[name] = [offset, data.length];
      offset = align(offset + data.length);
    }
    const headerText = Buffer.from(JSON.stringify(header));
    if (headerText.length > headerBytes) return;
    headerBytes = headerText.length;
    // Written section by section with zeros between, never joined into one buffer (60 MiB for 100k posts).
    const head = Buffer.alloc(PREFIX_BYTES + headerBytes);
    head.writeUInt32LE(headerBytes, 0);
    digest(headerText).copy(head, 4);
    headerText.copy(head, PREFIX_BYTES);
    const pieces: Uint8Array[] = [head];
    let at = head.length;
    for (const [name, data] of [...parts, ['end', Buffer.alloc(0)] as [string, Buffer]]) {
      const start = name === 'end' ? offset : header.sections[name]![0];
      if (start > at) pieces.push(Buffer.alloc(start - at));
      pieces.push(data);
      at = start + data.length;
    }
    writeFileAtomic(target, pieces, { durable: false });
    removeStaleTemporaries(cacheDir);
  } catch {
    // read-only or full disk: the next run reads the index again
  }
}

const align = (n: number) => Math.ceil(n / 8) * 8;
