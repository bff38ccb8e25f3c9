// The Markdown-folder source: every .md, .markdown and .mdx file under a folder (not in dot
// folders or node_modules), read in place; the index will point at the files, not copy them.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../../core/front-matter.js';
import { invalidUtf8Warning, MAX_BODY_BYTES, NotReadable, readRegularFile } from '../../store/read.js';
import { SourceError } from '../errors.js';
import type { SkippedItem, SourcePost, SourceResult } from '../types.js';
import { parseMatter } from './matter.js';
import { toSourcePost } from './post.js';

export interface FolderOptions {
  readonly timezone: string;
  /** Hears how many files are read of how many, as the import goes. */
  readonly progress?: (done: number, total: number) => void;
}

const MARKDOWN = /\.(md|markdown|mdx)$/i;

interface Found {
  readonly file: string;
  /** Relative to the folder, NFC, "/"-separated. */
  readonly key: string;
  readonly draft: boolean;
}

/** The Markdown files under `folder`, in a stable order; Jekyll's `_drafts` are marked. */
function markdownFiles(folder: string): Found[] {
  const found: Found[] = [];
  const walk = (dir: string, relative: string[], inDrafts: boolean) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = path.join(dir, name);
      // Symlinks are followed to files inside the folder only: a link to a folder could loop, and
      // the index may not point outside its folder.
      const isFile = entry.isFile() || (entry.isSymbolicLink() && statQuietly(full)?.isFile() === true && linksInside(full, folder));
      if (entry.isDirectory()) {
        walk(full, [...relative, name], inDrafts || name === '_drafts');
      } else if (isFile && MARKDOWN.test(name) && name !== '_index.md') {
        // Hugo's _index.md is a section's page, not a post.
        found.push({ file: full, key: [...relative, name].join('/').normalize('NFC'), draft: inDrafts });
      }
    }
  };
  walk(folder, [], false);
  return found;
}

function linksInside(link: string, folder: string): boolean {
  try {
    const real = realpathSync(link);
    const root = realpathSync(folder);
    return real.startsWith(root + path.sep);
  } catch {
    return false;
  }
}

const statQuietly = (file: string) => {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
};

export async function readFolder(folder: string, options: FolderOptions): Promise<SourceResult> {
  let files: Found[];
  try {
    files = markdownFiles(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(code === 'ENOENT' ? 'not-found' : 'unreadable', folder, `cannot read it (${code ?? (error as Error).message})`, 'check that it exists and that you may read it', 'folder');
  }
  if (files.length === 0) throw new SourceError('empty', folder, 'no Markdown files (.md, .markdown, .mdx) in it', 'point blog import at the folder that holds your posts', 'folder');
  const posts: SourcePost[] = [];
  const skipped: SkippedItem[] = [];
  const warnings: string[] = [];
  let done = 0;
  for (const { file, key, draft } of files) {
    options.progress?.(done++, files.length);
    if (draft) {
      skipped.push({ where: key, reason: 'a draft (in _drafts)', draft: true });
      continue;
    }
    let text: string;
    let mtimeMs: number;
    try {
      const read = readRegularFile(file, MAX_BODY_BYTES);
      if (read.invalidUtf8At !== undefined) warnings.push(invalidUtf8Warning(key, read.invalidUtf8At));
      text = read.text;
      mtimeMs = statSync(file).mtimeMs;
    } catch (error) {
      skipped.push({ where: key, reason: error instanceof NotReadable ? `it is ${error.what}` : `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      continue;
    }
    const front = splitFrontMatter(text.normalize('NFC'));
    const matter = await parseMatter(front);
    for (const warning of matter.warnings) warnings.push(`${key}:${warning.line}: ${warning.message}`);
    if (!matter.data) {
      skipped.push({ where: matter.problem?.line !== undefined ? `${key}:${matter.problem.line}` : key, reason: matter.problem?.message ?? 'unreadable front matter' });
      continue;
    }
    const result = toSourcePost(matter.data, front.body, { key, file, mtimeMs }, options.timezone);
    if ('post' in result) posts.push(result.post);
    else if ('draft' in result) skipped.push({ where: key, reason: `a draft (${result.draft})`, draft: true });
    else skipped.push({ where: key, reason: result.problem });
  }
  options.progress?.(files.length, files.length);
  return { posts, skipped, warnings };
}
