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

/** What is kept of a body: its rendered text and its reading time (whose counting costs a regular expression's compilation). */
export interface RenderedBody {
  readonly text: string;
  readonly minutes: number;
}

export interface RenderCache {
  /** The rendering of `body` under the cache's key, if a sound entry holds it. */
  get(body: string): RenderedBody | undefined;
  /** Keeps `rendered` as the rendering of `body`; never throws (a cache that cannot be written is no cache). */
  put(body: string, rendered: RenderedBody): void;
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
      // The key line (the full key, not only the file name made from it, must match), the minutes, the text.
      const text = payload.toString('utf8');
      const first = text.indexOf('\n');
      const second = text.indexOf('\n', first + 1);
      if (first < 0 || second < 0 || text.slice(0, first) !== label) return undefined;
      const minutes = Number(text.slice(first + 1, second));
      return Number.isSafeInteger(minutes) && minutes >= 1 ? { text: text.slice(second + 1), minutes } : undefined;
    },
    put(body, { text, minutes }) {
      const { file, label } = entry(body);
      const payload = Buffer.from(`${label}\n${minutes}\n${text}`);
      if (payload.length > MAX_ENTRY_BYTES) return;
      try {
        // Not flushed to disk (about 8 ms): an entry a crash damages fails its checksum and is written again.
        writeFileAtomic(file, seal(payload), { durable: false });
        evictOldest(folder, file);
        removeStaleTemporaries(folder);
      } catch {
        // a full disk or a read-only folder: the next run renders again
      }
    },
  };
}

/**
 * The entry's file name and the key it carries. The body is identified by its length and two
 * CRC-32s, of its UTF-8 and of its UTF-16 bytes (native, microseconds; a hash loop in JavaScript
 * cost a millisecond before V8 optimised it): plenty against accidental collisions among a few
 * hundred entries, though no CRC resists a body crafted to collide.
 */
function entryId(body: string, key: RenderKey): { name: string; label: string } {
  const label = [
    'v1', key.format, `w${key.width}`, `c${key.level}`, key.hyperlinks ? 'h1' : 'h0', `n${body.length}`, twoCrcs(body),
  ].join(' ');
  return { name: twoCrcs(label), label };
}

const twoCrcs = (text: string) => hex(crc32(Buffer.from(text, 'utf8'))) + hex(crc32(Buffer.from(text, 'utf16le')));
const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

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
