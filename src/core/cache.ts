// The derived cache of a large index: its validated posts as JSON lines in newest-first order
// (so a page of `list` reads only that page) and the search corpus's joined fields, ready to use.
// It lives in the user's cache folder, never next to the blog, and is only an optimisation:
// it is rebuilt when the index's size or modification time changes, written atomically, and a
// cache that cannot be read, or does not add up, is ignored.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Blog } from './blog.js';
import type { CategoryNode } from './categories.js';
import { Corpus, type JoinedField } from './corpus.js';
import type { Post } from './index.js';

const FORMAT = 1;
const FIELDS = ['title', 'tags', 'summary'] as const;
type SectionName = 'records' | 'recordStarts' | `${(typeof FIELDS)[number]}${'' | 'Starts'}`;

interface Header {
  format: number;
  source: { file: string; size: number; mtimeMs: number };
  blog: Pick<Blog, 'file' | 'root' | 'blog' | 'aliases'>;
  count: number;
  tree: CategoryNode[];
  sections: Record<SectionName, [offset: number, length: number]>;
}

export function cacheFileFor(index: string, env: NodeJS.ProcessEnv): string {
  const dir = env.BLOG_CACHE_DIR || path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'blog');
  return path.join(dir, `index-${createHash('sha1').update(index).digest('hex').slice(0, 20)}.cache`);
}

const sourceOf = (file: string) => {
  const stat = statSync(file);
  return { file, size: stat.size, mtimeMs: stat.mtimeMs };
};

/** Writes the cache of a freshly loaded blog; a cache that cannot be written is no error. */
export async function writeCache(blog: Blog, env: NodeJS.ProcessEnv): Promise<void> {
  try {
    const target = cacheFileFor(blog.file, env);
    const posts = blog.posts();
    const corpus = await blog.corpus();
    const lines = posts.map((post) => Buffer.from(`${JSON.stringify(post)}\n`));
    const recordStarts = new Uint32Array(posts.length + 1);
    lines.forEach((line, i) => (recordStarts[i + 1] = recordStarts[i]! + line.length));
    const parts: [SectionName, Buffer][] = [
      ['records', Buffer.concat(lines)],
      ['recordStarts', Buffer.from(recordStarts.buffer)],
      ...FIELDS.flatMap((name): [SectionName, Buffer][] => [
        [name, Buffer.from(corpus[name].text, 'utf16le')],
        [`${name}Starts`, Buffer.from(corpus[name].starts.buffer)],
      ]),
    ];
    const { file, root, blog: info, aliases } = blog;
    const header: Header = {
      format: FORMAT,
      source: sourceOf(blog.file),
      blog: { file, root, ...(info && { blog: info }), ...(aliases && { aliases }) },
      count: posts.length,
      tree: blog.categories(),
      sections: {} as Header['sections'],
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
    for (const [name, data] of parts) data.copy(out, header.sections[name][0]);
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
export function openCachedBlog(file: string, env: NodeJS.ProcessEnv): Blog | undefined {
  let fd: number;
  try {
    fd = openSync(cacheFileFor(file, env), 'r');
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

function cachedBlog(fd: number, header: Header): Blog {
  const section = (name: SectionName, from = 0, to?: number) => {
    const [offset, length] = header.sections[name];
    return readBytes(fd, offset + from, (to ?? length) - from);
  };
  const text = (bytes: Uint8Array, encoding: 'utf8' | 'utf16le') => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString(encoding);
  let recordStarts: Uint32Array | undefined;
  const starts = () => (recordStarts ??= new Uint32Array(section('recordStarts').buffer));
  const records = (from: number, to: number): Post[] => {
    if (from >= to) return [];
    const lines = text(section('records', starts()[from], starts()[to]), 'utf8').split('\n');
    return lines.slice(0, to - from).map((line) => JSON.parse(line) as Post);
  };
  let all: Post[] | undefined;
  let corpus: Corpus | undefined;
  const field = (name: (typeof FIELDS)[number]): JoinedField => ({
    text: text(section(name), 'utf16le'),
    starts: new Int32Array(section(`${name}Starts`).buffer),
  });
  return {
    ...header.blog,
    count: header.count,
    posts: () => (all ??= records(0, header.count)),
    newest: (offset, limit) => all?.slice(offset, offset + limit) ?? records(Math.min(offset, header.count), Math.min(offset + limit, header.count)),
    postAt: (position) => all?.[position] ?? records(position, position + 1)[0]!,
    categories: () => header.tree,
    corpus: async () => (corpus ??= new Corpus(header.count, { title: () => field('title'), tags: () => field('tags'), summary: () => field('summary') })),
  };
}
