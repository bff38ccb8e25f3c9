// The index schema (schema.ts) as plain loops, for the usual index that is valid: valibot's
// safeParse costs about 1 ms at every start on the bundled blog and 280 ms on 100,000 posts. It
// answers only "valid, and this is valibot's output" or "don't know": anything unusual or wrong
// goes to valibot, whose issues word the error. So errors stay valibot's, and a valid index gives
// the same output either way (key order too; a property test compares the two).
import { isCategoryPath, isIsoDateWithOffset, MAX_CATEGORY_DEPTH, type BlogInfo, type RawPost } from './schema.js';

/** What valibot's IndexSchema outputs for a valid index. */
export interface RawIndex {
  blog?: BlogInfo;
  aliases?: Record<string, string[]>;
  posts: RawPost[];
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
  if (typeof date !== 'string' || !isIsoDateWithOffset(date)) return undefined;
  const post: Record<string, unknown> = { id, slug, title, category, date };
  if ('tags' in input && input.tags !== undefined) {
    const tags = strings(input.tags);
    if (!tags) return undefined;
    post.tags = tags;
  } else if ('tags' in input) post.tags = undefined;
  for (const key of ['summary', 'file', 'body'] as const) {
    if (!(key in input)) continue;
    const value = input[key];
    if (value !== undefined && (typeof value !== 'string' || (key === 'file' && !isText(value)))) return undefined;
    post[key] = value;
  }
  if ((post.file === undefined) === (post.body === undefined)) return undefined;
  return post as RawPost;
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
  return index as unknown as RawIndex;
}
