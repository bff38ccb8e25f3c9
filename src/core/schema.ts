// The post index format, written once as a valibot schema; the TypeScript types are inferred
// from it so validation and types cannot drift apart.
import * as v from 'valibot';
import { isCategoryPath, isIndexDate, isIsoDateWithOffset, isWebAddress, MAX_CATEGORY_DEPTH } from './rules.js';

export { isCategoryPath, isIndexDate, isIsoDateWithOffset, isWebAddress, MAX_CATEGORY_DEPTH } from './rules.js';

const nonEmpty = (what: string) =>
  v.pipe(v.string(`${what} must be a string`), v.check((s) => s.trim() !== '', `${what} must not be empty`));

export const PostSchema = v.pipe(
  v.object({
    id: v.pipe(
      v.number('"id" must be a number'),
      v.integer('"id" must be a whole number'),
      v.minValue(1, '"id" must be a positive whole number'),
      // Past 2^53 - 1 JSON numbers round (9007199254740993 reads as ...992), so such an id could not be named.
      v.safeInteger(`"id" must be at most ${Number.MAX_SAFE_INTEGER}`),
    ),
    slug: v.pipe(
      v.string('"slug" must be a string'),
      v.regex(/^[a-z0-9-]+$/, '"slug" may contain only a-z, 0-9 and "-"'),
    ),
    title: nonEmpty('"title"'),
    category: v.pipe(
      v.string('"category" must be a string'),
      v.check(isCategoryPath, '"category" must be a "/"-separated path of non-empty names, like "개발/기술"'),
      v.check((path) => path.split('/').length <= MAX_CATEGORY_DEPTH, `"category" may have at most ${MAX_CATEGORY_DEPTH} levels`),
    ),
    date: v.pipe(
      v.string('"date" must be a string'),
      v.check(isIndexDate, '"date" must be an ISO 8601 date with a UTC offset, like 2024-09-05T22:30:00+09:00, or a plain date like 2024-09-05'),
    ),
    tags: v.optional(v.array(v.string('each tag must be a string'), '"tags" must be an array of strings')),
    summary: v.optional(v.string('"summary" must be a string')),
    /** The post on the web, for `blog open`. */
    url: v.optional(v.pipe(v.string('"url" must be a string'), v.check(isWebAddress, '"url" must be an http:// or https:// address'))),
    /** When the post was last changed, in the format of "date". */
    updated: v.optional(v.pipe(
      v.string('"updated" must be a string'),
      v.check(isIndexDate, '"updated" must be an ISO 8601 date with a UTC offset, like 2024-09-05T22:30:00+09:00, or a plain date like 2024-09-05'),
    )),
    /** The source held only an excerpt of the post (a feed without the full text): the whole post is at "url". */
    excerptOnly: v.optional(v.boolean('"excerptOnly" must be true or false')),
    file: v.optional(nonEmpty('"file"')),
    body: v.optional(v.string('"body" must be a string')),
    /** Where `blog import` got the post: which source, its key there, and a hash of what it gave. */
    source: v.optional(v.object({
      from: nonEmpty('"source.from"'),
      key: nonEmpty('"source.key"'),
      hash: v.string('"source.hash" must be a string'),
    }, '"source" must be an object, like {"from": "content", "key": "post.md", "hash": "…"}')),
  }, 'each post must be an object'),
  v.check(
    (post) => (post.file === undefined) !== (post.body === undefined),
    'a post needs exactly one of "file" (a Markdown path) or "body" (inline Markdown)',
  ),
);

export const SourceSchema = v.object({
  kind: v.picklist(['folder', 'feed'], '"sources[].kind" must be "folder" or "feed"'),
  /** A folder relative to the index, or a feed's address or file. */
  location: nonEmpty('"sources[].location"'),
  etag: v.optional(v.string('"sources[].etag" must be a string')),
  lastModified: v.optional(v.string('"sources[].lastModified" must be a string')),
  /** The time zone its dates without an offset were read in, so a re-import reads them the same way. */
  timezone: v.optional(nonEmpty('"sources[].timezone"')),
  importedAt: v.pipe(v.string('"sources[].importedAt" must be a string'), v.check(isIsoDateWithOffset, '"sources[].importedAt" must be an ISO 8601 date with a UTC offset')),
}, 'each "sources" entry must be an object');

export const BlogInfoSchema = v.object({
  title: nonEmpty('"blog.title"'),
  description: v.optional(v.string('"blog.description" must be a string')),
  url: v.optional(v.string('"blog.url" must be a string')),
  author: v.optional(v.string('"blog.author" must be a string')),
}, '"blog" must be an object');

export const IndexSchema = v.object({
  blog: v.optional(BlogInfoSchema),
  aliases: v.optional(v.record(
    v.string(),
    v.array(v.string('each alias must be a string'), 'each "aliases" entry must be an array of strings, like {"카프카": ["kafka"]}'),
    '"aliases" must be an object, like {"카프카": ["kafka"]}',
  )),
  posts: v.array(PostSchema, '"posts" must be an array of posts'),
  /** What `blog import` with no source re-imports. */
  sources: v.optional(v.array(SourceSchema, '"sources" must be an array')),
  /** The highest id ever given, so that an id a pruned post had is never given again. */
  lastId: v.optional(v.pipe(v.number('"lastId" must be a number'), v.safeInteger('"lastId" must be a whole number'))),
}, 'the index must be a JSON object with a "posts" array');

export type RawPost = v.InferOutput<typeof PostSchema>;
export type BlogInfo = v.InferOutput<typeof BlogInfoSchema>;
export type IndexSource = v.InferOutput<typeof SourceSchema>;

/** valibot's verdict on an index the plain check (schema-plain.ts) did not pass. */
export const parseIndex = (data: unknown) => v.safeParse(IndexSchema, data);

/** True when valibot passes `data` as the index's "blog" object. */
export const isIndex = (data: unknown) => v.is(IndexSchema, data);
