// Rendered post bodies, kept in the cache folder so that `show` of a post read before prints it
// without loading or running the Markdown renderer (marked's first lexing alone is about 10 ms of
// regular-expression compilation). An entry is the rendered text only, keyed by everything the
// rendering depends on: the body, the width, the colour level, hyperlinks, and the renderer's code
// (its format: a hash of the sources and packages, fixed at build time). Each entry is sealed with
// its length and a CRC-32 (src/boot/cache-file.ts) and carries its full key: an entry that fails
// either check is ignored, and the run renders the body and writes the entry again.
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { crc32, seal, unseal } from '../boot/cache-file.js';
import { removeStaleTemporaries, writeFileAtomic } from './atomic-write.js';
import { cacheFolderProblem } from './cache-folder.js';
import { readRegularBytes } from './read.js';

/** What a body's rendering depends on besides the body itself. */
export interface RenderKey {
  readonly width: number;
  readonly level: number;
  readonly hyperlinks: boolean;
  /** The renderer's code: another version may render the same body differently. */
  readonly format: string;
}

/** Rendered texts larger than this are not kept (a post that long takes long to read anyway). */
export const MAX_ENTRY_BYTES = 512 * 1024;
/** At most this many entries, and at most TOTAL_BYTES of them: the oldest go first. */
export const MAX_ENTRIES = 200;
export const MAX_TOTAL_BYTES = 8 * 1024 * 1024;

/** Set by scripts/build.mjs with renderFormatOfSources, so the bundle reads no source file. */
declare const BLOG_RENDER_FORMAT: string | undefined;
let fromSources: string | undefined;

/** The renderer's format: fixed at build time, or (running from source) worked out now. */
export function renderFormat(): string {
  if (typeof BLOG_RENDER_FORMAT === 'string') return BLOG_RENDER_FORMAT;
  // Required, not imported: only a run from source needs it, and node:crypto costs 2.5 ms to load.
  const { renderFormatOfSources } = require('./render-format.js') as typeof import('./render-format.js');
  return (fromSources ??= renderFormatOfSources(path.resolve(__dirname, '../..')));
}

const FOLDER = 'rendered';
const SUFFIX = '.txt';

export interface RenderCache {
  /** The rendered text for `body` under `key`, if a sound entry holds it. */
  get(body: string): string | undefined;
  /** Keeps `text` as the rendering of `body` under `key`; never throws (a cache that cannot be written is no cache). */
  put(body: string, text: string): void;
}

/**
 * The rendered-body cache in `cacheDir` for one key, or undefined when its folder may not hold
 * caches (not private, or another user's): then every body is rendered.
 */
export function openRenderCache(cacheDir: string, key: RenderKey): RenderCache | undefined {
  const folder = path.join(cacheDir, FOLDER);
  try {
    if (cacheFolderProblem(cacheDir) !== undefined || cacheFolderProblem(folder) !== undefined) return undefined;
  } catch {
    return undefined;
  }
  const entry = (body: string) => {
    const id = entryId(body, key);
    return { file: path.join(folder, `${id.name}${SUFFIX}`), label: id.label };
  };
  return {
    get(body) {
      const { file, label } = entry(body);
      let bytes: Buffer;
      try {
        bytes = readRegularBytes(file, MAX_ENTRY_BYTES + 4096);
      } catch {
        return undefined;
      }
      const payload = unseal(bytes);
      if (payload === undefined) return undefined;
      const text = payload.toString('utf8');
      const newline = text.indexOf('\n');
      // The full key, not only the file name made from it, must match.
      return newline >= 0 && text.slice(0, newline) === label ? text.slice(newline + 1) : undefined;
    },
    put(body, text) {
      const { file, label } = entry(body);
      const payload = Buffer.from(`${label}\n${text}`);
      if (payload.length > MAX_ENTRY_BYTES) return;
      try {
        writeFileAtomic(file, seal(payload));
        evictOldest(folder, file);
        removeStaleTemporaries(folder);
      } catch {
        // a full disk or a read-only folder: the next run renders again
      }
    },
  };
}

/**
 * The entry's file name and the key it carries. The body is identified by its length in UTF-8
 * bytes, its CRC-32 and a 53-bit hash of its characters: about 85 bits, plenty for accidental
 * collisions among a few hundred entries, though neither hash resists a body crafted to collide.
 */
function entryId(body: string, key: RenderKey): { name: string; label: string } {
  const bytes = Buffer.from(body);
  const label = [
    `v1`, key.format, `w${key.width}`, `c${key.level}`, key.hyperlinks ? 'h1' : 'h0',
    `n${bytes.length}`, hex(crc32(bytes)), cyrb53(body).toString(16),
  ].join(' ');
  return { name: `${hex(crc32(Buffer.from(label)))}${cyrb53(label).toString(16).padStart(14, '0')}`, label };
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/** cyrb53 (public domain): a fast 53-bit string hash, not a cryptographic one. */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Removes the oldest entries (by modification time) until the folder is within its caps; `kept` stays. */
function evictOldest(folder: string, kept: string): void {
  const entries: { file: string; time: number; size: number }[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.endsWith(SUFFIX)) continue;
    const file = path.join(folder, name);
    try {
      const stat = statSync(file);
      entries.push({ file, time: stat.mtimeMs, size: stat.size });
    } catch {
      // removed meanwhile
    }
  }
  let total = entries.reduce((sum, entry) => sum + entry.size, 0);
  let count = entries.length;
  entries.sort((a, b) => a.time - b.time);
  for (const entry of entries) {
    if (count <= MAX_ENTRIES && total <= MAX_TOTAL_BYTES) break;
    if (entry.file === kept) continue;
    rmSync(entry.file, { force: true });
    count--;
    total -= entry.size;
  }
}
