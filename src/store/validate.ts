// Validate a parsed post index: the schema (core/schema.ts), then the rules a schema cannot express
// (unique ids and slugs, body files inside the blog folder), and normalise what passes. No I/O.
import path from 'node:path';
import type * as v from 'valibot';
import type { Post, PostIndex } from '../core/post.js';
import { readDate } from '../core/dates.js';
import type { RawPost } from '../core/schema.js';
import { plainIndex } from '../core/schema-plain.js';
import { excerpt, excerptPath } from '../errors.js';
import { IndexError } from './errors.js';

const badIndex = (file: string, problem: string, hint?: string) =>
  new IndexError('invalid', file, `invalid index ${excerptPath(file)}: ${problem}`, hint);

/**
 * Validates parsed JSON as a post index whose file lives at `file` (absolute). Plain dates
 * (2024-05-08) are midnight in `timezone`, asked for only when one appears (it costs ICU's start).
 */
export function validateIndex(data: unknown, file: string, timezone: () => string = systemZone): PostIndex {
  if (Array.isArray(data)) {
    throw badIndex(file, 'top level: the index must be a JSON object with a "posts" array, not an array', 'wrap it: {"posts": [...]}');
  }
  const output = plainIndex(data) ?? schemaOutput(data, file);
  const root = path.dirname(file);
  let zoned = false;
  const dated = (value: string) => {
    if (value.length !== 10) return value;
    zoned = true;
    return readDate(value, timezone())!;
  };
  // A blog has few categories: each is normalised once.
  const categories = new Map<string, string>();
  const category = (value: string) => {
    let normal = categories.get(value);
    if (normal === undefined) categories.set(value, (normal = nfc(value).split('/').map((s) => s.trim()).join('/')));
    return normal;
  };
  const posts = output.posts as unknown as Post[];
  for (const raw of output.posts) normaliseInPlace(raw, dated, category);
  checkUnique(posts, 'id', file);
  checkUnique(posts, 'slug', file);
  posts.forEach((post, position) => {
    if (post.file !== undefined && !isInside(root, post.file)) {
      throw badIndex(file, `${postLabel(post.id, position)}: "file" ${excerpt(JSON.stringify(post.file))} points outside the blog folder ${root}`,
        'use a path relative to the index, like "posts/my-post.md"');
    }
  });
  const { blog, aliases, sources, lastId } = output;
  return { ...(blog && { blog }), ...(aliases && { aliases }), ...(sources && { sources }), ...(lastId !== undefined && { lastId }),
    ...(zoned ? { zoned: true } : {}), posts, file, root };
}

/**
 * What valibot makes of an index the plain check did not pass: its output, or its first issue as
 * the error. Required here, not imported: a valid index never loads valibot or builds its schema.
 */
function schemaOutput(data: unknown, file: string) {
  const result = (require('../core/schema.js') as typeof import('../core/schema.js')).parseIndex(data);
  if (!result.success) {
    throw badIndex(file, describeIssues(result.issues, data), 'see "Index format" in the README');
  }
  return result.output;
}

const systemZone = () => new Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';

/**
 * Characters that are NFC whatever surrounds them (none decomposes, none combines with its
 * neighbour: U+0000-U+02FF before the combining marks, and Hangul syllables; a syllable followed by
 * a conjoining jamo is left to `normalize`).
 */
const NOT_SURELY_NFC = /[^\u0000-\u02ff\uac00-\ud7a3]/;

/** `text` in NFC; text of ASCII, Latin letters and Hangul syllables only is NFC already (normalize costs twice the check). */
export const nfc = (text: string) => (NOT_SURELY_NFC.test(text) ? text.normalize('NFC') : text);

/**
 * Makes `raw` a Post. In place, not copied: the schema's output is a new object per post (a copy
 * of 100,000 took 50 ms), and assigning in this order gives the keys the order a copy would.
 */
function normaliseInPlace(raw: RawPost, dated: (value: string) => string, category: (value: string) => string): void {
  const post = raw as unknown as Post;
  post.date = dated(raw.date);
  if (raw.updated !== undefined) post.updated = dated(raw.updated);
  post.title = nfc(raw.title).trim();
  post.category = category(raw.category);
  post.tags = raw.tags === undefined ? [] : raw.tags.map(nfc);
  if (raw.summary !== undefined) post.summary = nfc(raw.summary);
  post.time = Date.parse(post.date);
}

/** True when `relative` names a path inside `root` (no absolute paths, no climbing out with ".."). */
export function isInside(root: string, relative: string): boolean {
  if (path.isAbsolute(relative) || path.win32.isAbsolute(relative)) return false;
  const resolved = path.resolve(root, relative);
  return resolved.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function checkUnique(posts: Post[], key: 'id' | 'slug', file: string): void {
  const seen = new Map<unknown, number>();
  posts.forEach((post, position) => {
    const first = seen.get(post[key]);
    if (first !== undefined) {
      throw badIndex(file, `duplicate ${key} ${excerpt(JSON.stringify(post[key]))} in posts[${first}] and posts[${position}]`,
        `every post needs its own ${key}`);
    }
    seen.set(post[key], position);
  });
}

const postLabel = (id: unknown, position: number) =>
  typeof id === 'number' && Number.isSafeInteger(id) ? `post id ${id} (posts[${position}])` : `posts[${position}]`;

function describeIssues(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]], data: unknown): string {
  const first = issues[0];
  const keys = (first.path ?? []).map((item) => item.key);
  let where = 'top level';
  let fieldKeys = keys;
  if (keys[0] !== 'posts' && keys.length > 1 && first.input !== undefined) {
    // aliases.카프카[0], blog.title: say which entry, not just the field.
    where = keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
    fieldKeys = [];
  } else if (keys[0] === 'posts' && typeof keys[1] === 'number') {
    const raw = (data as { posts: unknown[] }).posts[keys[1]];
    const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
    where = postLabel(id, keys[1]);
    fieldKeys = keys.slice(2);
  }
  const field = fieldKeys.join('.');
  const problem = first.input === undefined && field !== ''
    ? `missing required field "${field}"`
    : `${first.message}, got ${preview(first.input)}`;
  const more = issues.length > 1 ? `, and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''}` : '';
  return `${where}: ${problem}${more}`;
}

const PREVIEW_LENGTH = 40;

/**
 * The start of `value` as JSON, at most 40 characters. It stops as soon as it has enough, so
 * it never walks further into a value than it prints: a 50,000-deep array costs 40 steps.
 */
export function preview(value: unknown): string {
  let text = '';
  const full = () => text.length > PREVIEW_LENGTH;
  const put = (item: unknown): void => {
    if (Array.isArray(item)) {
      text += '[';
      for (let i = 0; i < item.length && !full(); i++) {
        if (i > 0) text += ',';
        put(item[i]);
      }
      text += ']';
    } else if (item !== null && typeof item === 'object') {
      text += '{';
      let first = true;
      for (const key in item) {
        if (full()) break;
        if (!Object.hasOwn(item, key)) continue;
        text += `${first ? '' : ','}${JSON.stringify(key.slice(0, PREVIEW_LENGTH))}:`;
        first = false;
        put((item as Record<string, unknown>)[key]);
      }
      text += '}';
    } else {
      text += typeof item === 'string' ? JSON.stringify(item.slice(0, PREVIEW_LENGTH + 1))
        // Such a number was rounded when read: printing it would show digits the file does not have.
        : typeof item === 'number' && Number.isInteger(item) && !Number.isSafeInteger(item) ? 'a number past 2^53 - 1'
        : String(item);
    }
  };
  put(value);
  return full() ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}
