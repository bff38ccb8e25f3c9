// The index cache's format worked out from the sources (cache-format.ts says why): at build time,
// and when running from source. Apart from cache-format.ts so that the bundle, whose format is
// fixed at build time, never loads node:crypto for it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Repository-relative source files: the cache's reader and writer, the validator, and what they import. */
export const FORMAT_SOURCES = [
  'src/boot/cache-file.ts',
  'src/core/blog.ts',
  'src/core/categories.ts',
  'src/core/closest.ts',
  'src/core/dates.ts',
  'src/core/errors.ts',
  'src/core/posts.ts',
  'src/core/rules.ts',
  'src/core/schema-plain.ts',
  'src/core/schema.ts',
  'src/core/search/corpus.ts',
  'src/core/search/distinct.ts',
  'src/core/search/fields.ts',
  'src/core/search/hangul.ts',
  'src/core/search/letters.ts',
  'src/core/search/query.ts',
  'src/errors.ts',
  'src/store/atomic-write.ts',
  'src/store/cache-format-sources.ts',
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
