// The index cache's format version, derived from the code rather than a number bumped by hand
// (and forgotten): a hash of every source file the cache code and the index validator run, and
// of the versions of the packages they use. Whatever could change the bytes of a cache file or
// what the reader makes of them (the section layout, validation and normalisation, newest-first
// order, the category tree, the search corpus's joined fields) changes the hash, so a cache
// written by other code is rebuilt, never misread. The lists take in a little more than that
// (error wording, suggestions): a needless rebuild once after an upgrade costs less than a cache
// misread. A change anywhere else leaves caches valid.
// test/cache-format.test.ts checks that the lists below are exactly what that code imports.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Repository-relative source files: the cache's reader and writer, the validator, and what they import. */
export const FORMAT_SOURCES = [
  'src/core/blog.ts',
  'src/core/categories.ts',
  'src/core/closest.ts',
  'src/core/errors.ts',
  'src/core/posts.ts',
  'src/core/schema-plain.ts',
  'src/core/schema.ts',
  'src/core/search/corpus.ts',
  'src/core/search/fields.ts',
  'src/core/search/hangul.ts',
  'src/core/search/query.ts',
  'src/errors.ts',
  'src/store/atomic-write.ts',
  'src/store/cache-format.ts',
  'src/store/cache-stamp.ts',
  'src/store/cache-write.ts',
  'src/store/cache.ts',
  'src/store/errors.ts',
  'src/store/read.ts',
  'src/store/validate.ts',
];

/** Packages that code uses, by name: their installed versions are part of the format. */
export const FORMAT_PACKAGES = ['es-hangul', 'fastest-levenshtein', 'valibot'];

/** The format of the code in the repository at `root`. */
export function formatOfSources(root: string): string {
  const hash = createHash('sha256');
  for (const file of FORMAT_SOURCES) hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  for (const name of FORMAT_PACKAGES) {
    const { version } = JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    hash.update(`${name}@${version}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Set by scripts/build.mjs with formatOfSources, so the bundle reads no source file. */
declare const BLOG_CACHE_FORMAT: string | undefined;
let fromSources: string | undefined;

/** The format of the running code: fixed at build time, or (running from source) worked out now. */
export function cacheFormat(): string {
  if (typeof BLOG_CACHE_FORMAT === 'string') return BLOG_CACHE_FORMAT;
  return (fromSources ??= formatOfSources(path.resolve(__dirname, '../..')));
}
