// V8 code caches for dist/blog.cjs, one per command (src/registry.ts): `npm run build` ships one
// made by the Node that built it (dist/blog-KIND-VERSION.cache); when V8 rejects that one (another
// Node version, other V8 flags such as NODE_OPTIONS=--max-old-space-size), this Node makes its own
// at exit, in the cache folder (BLOG_CACHE_DIR, else $XDG_CACHE_HOME/blog), and reads it from then on.
// Every cache is stored with a checksum (cache-file.ts); a damaged one is treated as missing, so
// it is never given to V8 and is replaced like a rejected one.
import { readFileSync, statSync, unlinkSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { blogPaths } from '../settings/paths.js';
import { writeFileAtomic } from '../store/atomic-write.js';
import { seal, unseal } from './cache-file.js';

const VERSION = `${process.version}-${process.arch}`;

/** The cache `npm run build` ships next to the bundle for this Node version. */
export const shippedCacheFile = (bundle: string, kind: string) => path.join(path.dirname(bundle), `blog-${kind}-${VERSION}.cache`);

/** This Node's own cache for the bundle as it is now (a rebuilt bundle gets a new one). */
function userCacheFile(bundle: string, kind: string): string {
  const stat = statSync(bundle);
  return path.join(blogPaths(process.env).cache, `code-${kind}-${VERSION}-${stat.size}-${Math.trunc(stat.mtimeMs)}.cache`);
}

const readIfThere = (file: string) => {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
};

/** Stores V8's cache data with its checksum, atomically, so a half-written cache is never read; a cache that cannot be written is no error. */
export function writeCache(file: string, data: Buffer): void {
  try {
    // Not flushed to disk: the seal's checksum catches a file a crash damaged (it is then rebuilt),
    // and an fsync on a busy disk can take seconds, at the exit of a run that has already answered.
    writeFileAtomic(file, seal(data), { durable: false });
  } catch {
    // read-only home or package folder: start-up stays correct, only slower
  }
}

export const compile = (bundle: string, source: string, cachedData?: Buffer) =>
  new vm.Script(Module.wrap(source), { filename: bundle, ...(cachedData && { cachedData }) });

/**
 * Compiles the bundle with the first cache V8 accepts. A user cache exists only because the
 * shipped one was missing or rejected before, so it is tried first: trying a rejected cache costs
 * a whole compile (~10 ms). When neither is accepted, this run's compiled code becomes the user
 * cache at exit; a user cache rejected or damaged while the shipped one is accepted is removed.
 * A damaged shipped cache (maybe in a read-only package folder) is left alone and skipped.
 */
export function compileWithCache(bundle: string, kind: string): vm.Script {
  // The build leaves no byte above 0x7f in a minified bundle (scripts/build.mjs asciiOnly), so
  // Latin-1 reads the same text, without UTF-8 decoding (about 0.3 ms of 1 MB).
  const source = readFileSync(bundle, 'latin1');
  const userFile = userCacheFile(bundle, kind);
  const userBytes = readIfThere(userFile);
  const user = userBytes && unseal(userBytes);
  let script: vm.Script | undefined;
  if (user) {
    script = compile(bundle, source, user);
    if (!script.cachedDataRejected) return script;
  }
  const shippedBytes = readIfThere(shippedCacheFile(bundle, kind));
  const shipped = shippedBytes && unseal(shippedBytes);
  if (shipped) {
    const withShipped = compile(bundle, source, shipped);
    if (!withShipped.cachedDataRejected) {
      if (userBytes) removeQuietly(userFile);
      return withShipped;
    }
    script = withShipped;
  }
  const compiled = script ?? compile(bundle, source);
  process.once('exit', () => writeCache(userFile, compiled.createCachedData()));
  return compiled;
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // someone else's, or already gone: it is only tried first
  }
}
