// The rendered-body cache's format (src/store/render-cache.ts): a hash of the code that turns a
// body into text, so that an entry written by other code is never used. It takes in every file of
// src/render/ (the Markdown renderer imports nothing outside it), src/core/reading.ts (the reading
// time is kept with the text), the build's patches of dependencies, and package-lock.json (the
// versions of marked, marked-terminal, highlight.js and chalk): a little more than the renderer,
// so an upgrade may render a post once more, never misrender it.
// Fixed at build time (scripts/build.mjs defines BLOG_RENDER_FORMAT); worked out when running
// from source.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The folders and files the format is a hash of, relative to the repository. */
export const RENDER_FORMAT_SOURCES = ['src/render', 'src/core/reading.ts', 'scripts/patches', 'package-lock.json'];

/** The renderer's format for the repository at `root`. */
export function renderFormatOfSources(root: string): string {
  const hash = createHash('sha256');
  for (const source of RENDER_FORMAT_SOURCES) {
    const files = /\.\w+$/.test(source) ? [source] : filesUnder(root, source);
    for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function filesUnder(root: string, folder: string): string[] {
  return (readdirSync(path.join(root, folder), { recursive: true }) as string[])
    .map((name) => path.join(folder, name).split(path.sep).join('/'))
    .filter((file) => /\.(ts|mjs|cjs|js)$/.test(file))
    .sort();
}
