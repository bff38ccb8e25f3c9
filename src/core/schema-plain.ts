// The index schema (schema.ts) as plain loops, for the usual index that is valid: valibot's
// safeParse costs about 1 ms at every start on the bundled blog and 280 ms on 100,000 posts. It
// answers only "valid, and this is valibot's output" or "don't know": anything unusual or wrong
// goes to valibot, whose issues word the error. So errors stay valibot's, and a valid index gives
// the same output either way (key order too; a property test compares the two).
import { isCategoryPath, isIndexDate, isIsoDateWithOffset, isWebAddress, MAX_CATEGORY_DEPTH } from './rules.js';
import type { BlogInfo, IndexSource, RawPost } from './schema.js';

/** What valibot's IndexSchema outputs for a valid index. */
export interface RawIndex {
  blog?: BlogInfo;
  aliases?: Record<string, string[]>;
  posts: RawPost[];
  sources?: IndexSource[];
  lastId?: number;
}

const SLUG = /^[a-z0-9-]+$/;

/** A plain object as valibot's v.object takes it; arrays are left to valibot, which takes them as objects. */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function strings(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  for (const item of value) if (typeof item !== 'string') return undefined;
  return value.slice();
}

/** One post as valibot outputs it (the schema's keys, in its order, those present), or undefined. */
function plainPost(input: unknown): RawPost | undefined {
  if (!isRecord(input)) return undefined;
  const { id, slug, title, category, date } = input;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) return undefined;
  if (typeof slug !== 'string' || !SLUG.test(slug)) return undefined;
  if (!isText(title)) return undefined;
  if (typeof category !== 'string' || !isCategoryPath(category) || category.split('/').length > MAX_CATEGORY_DEPTH) return undefined;
  if (typeof date !== 'string' || !isIndexDate(date)) return undefined;
  const post: Record<string, unknown> = { id, slug, title, category, date };
  if ('tags' in input && input.tags !== undefined) {
    const tags = strings(input.tags);
    if (!tags) return undefined;
    post.tags = tags;
  } else if ('tags' in input) post.tags = undefined;
  // The optional keys in the schema's order, each with its rule.
  for (const [key, valid] of OPTIONAL_POST_KEYS) {
    if (!(key in input)) continue;
    const value = input[key];
    if (value !== undefined && !valid(value)) return undefined;
    post[key] = value;
  }
  if ('source' in input) {
    if (input.source === undefined) post.source = undefined;
    else if (!(post.source = plainPostSource(input.source))) return undefined;
  }
  if ((post.file === undefined) === (post.body === undefined)) return undefined;
  return post as RawPost;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const OPTIONAL_POST_KEYS: readonly (readonly [string, (value: unknown) => boolean])[] = [
  ['summary', isString],
  ['url', (value) => isString(value) && isWebAddress(value)],
  ['updated', (value) => isString(value) && isIndexDate(value)],
  ['excerptOnly', (value) => typeof value === 'boolean'],
  ['file', isText],
  ['body', isString],
];

function plainPostSource(input: unknown): RawPost['source'] {
  if (!isRecord(input) || !isText(input.from) || !isText(input.key) || !isString(input.hash)) return undefined;
  return { from: input.from, key: input.key, hash: input.hash };
}

function plainSource(input: unknown): IndexSource | undefined {
  if (!isRecord(input) || (input.kind !== 'folder' && input.kind !== 'feed') || !isText(input.location)) return undefined;
  const source: Record<string, unknown> = { kind: input.kind, location: input.location };
  for (const [key, valid] of [['etag', isString], ['lastModified', isString], ['timezone', isText]] as const) {
    if (!(key in input)) continue;
    if (input[key] !== undefined && !valid(input[key])) return undefined;
    source[key] = input[key];
  }
  if (!isString(input.importedAt) || !isIsoDateWithOffset(input.importedAt)) return undefined;
  source.importedAt = input.importedAt;
  return source as unknown as IndexSource;
}

function plainBlog(input: unknown): BlogInfo | undefined {
  if (!isRecord(input) || !isText(input.title)) return undefined;
  const blog: Record<string, unknown> = { title: input.title };
  for (const key of ['description', 'url', 'author'] as const) {
    if (!(key in input)) continue;
    if (input[key] !== undefined && typeof input[key] !== 'string') return undefined;
    blog[key] = input[key];
  }
  return blog as BlogInfo;
}

const SKIPPED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

function plainAliases(input: unknown): Record<string, string[]> | undefined {
  if (!isRecord(input)) return undefined;
  const aliases: Record<string, string[]> = {};
  for (const key in input) {
    // valibot's record skips these and inherited keys: leave such an index to it.
    if (!Object.hasOwn(input, key) || SKIPPED_KEYS.has(key)) return undefined;
    const list = strings(input[key]);
    if (!list) return undefined;
    aliases[key] = list;
  }
  return aliases;
}

/** valibot's output for `data` when it is a valid index of the usual shape; undefined otherwise (ask valibot). */
export function plainIndex(data: unknown): RawIndex | undefined {
  if (!isRecord(data) || !Array.isArray(data.posts)) return undefined;
  const index: Record<string, unknown> = {};
  if ('blog' in data) {
    if (data.blog === undefined) index.blog = undefined;
    else if (!(index.blog = plainBlog(data.blog))) return undefined;
  }
  if ('aliases' in data) {
    if (data.aliases === undefined) index.aliases = undefined;
    else if (!(index.aliases = plainAliases(data.aliases))) return undefined;
  }
  const source = data.posts as unknown[];
  const posts: RawPost[] = new Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const post = plainPost(source[i]);
    if (!post) return undefined;
    posts[i] = post;
  }
  index.posts = posts;
  if ('sources' in data) {
    if (data.sources === undefined) index.sources = undefined;
    else {
      if (!Array.isArray(data.sources)) return undefined;
      const sources: IndexSource[] = [];
      for (const item of data.sources as unknown[]) {
        const source = plainSource(item);
        if (!source) return undefined;
        sources.push(source);
      }
      index.sources = sources;
    }
  }
  if ('lastId' in data) {
    if (data.lastId !== undefined && (typeof data.lastId !== 'number' || !Number.isSafeInteger(data.lastId))) return undefined;
    index.lastId = data.lastId;
  }
  return index as unknown as RawIndex;
}
