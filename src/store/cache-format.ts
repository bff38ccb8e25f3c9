// The index cache's format version, derived from the code rather than a number bumped by hand
// (and forgotten): a hash of every source file the cache code and the index validator run, and
// of the versions of the packages they use. Whatever could change the bytes of a cache file or
// what the reader makes of them (the section layout, validation and normalisation, newest-first
// order, the category tree, the search corpus's joined fields) changes the hash, so a cache
// written by other code is rebuilt, never misread. The lists take in a little more than that
// (error wording, suggestions): a needless rebuild once after an upgrade costs less than a cache
// misread. A change anywhere else leaves caches valid.
// The lists and the hash are in cache-format-sources.ts; test/cache-format.test.ts checks that
// the lists are exactly what that code imports.
import path from 'node:path';

/** Set by scripts/build.mjs with formatOfSources, so the bundle reads no source file. */
declare const BLOG_CACHE_FORMAT: string | undefined;
let fromSources: string | undefined;

/** The format of the running code: fixed at build time, or (running from source) worked out now. */
export function cacheFormat(): string {
  if (typeof BLOG_CACHE_FORMAT === 'string') return BLOG_CACHE_FORMAT;
  // Required here, not imported: only a run from source needs it, and node:crypto costs 2.5 ms to load.
  const { formatOfSources } = require('./cache-format-sources.js') as typeof import('./cache-format-sources.js');
  return (fromSources ??= formatOfSources(path.resolve(__dirname, '../..')));
}
