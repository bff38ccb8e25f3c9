// Read a post's Markdown body: inline, or from its file inside the blog folder. A symlink that
// leads out of the folder is refused, since the index may come from someone else.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../core/front-matter.js';
import type { Post } from '../core/post.js';
import { excerpt, excerptPath } from '../errors.js';
import { BodyFileError } from './errors.js';
import { invalidUtf8Warning, MAX_BODY_BYTES, NotReadable, readRegularFile } from './read.js';
import { isInside } from './validate.js';

/** The Markdown of `post`; `warn` hears of a body file with bytes that are not UTF-8 (read as U+FFFD). */
export async function readPostBody(index: { root: string }, post: Post, warn?: (message: string) => void): Promise<string> {
  if (post.file === undefined) return post.body ?? '';
  const label = `post ${post.id} (${excerpt(post.slug)})`;
  const target = path.resolve(index.root, post.file);
  const shown = excerptPath(target);
  const unreadable = (error: unknown) =>
    new BodyFileError('unreadable', post.id, `${label}: cannot read body file ${shown} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  let real: string;
  try {
    real = realpathSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BodyFileError('not-found', post.id, `${label}: body file not found: ${shown}`, 'fix "file" in the index or add the file');
    }
    throw unreadable(error);
  }
  const realRoot = realpathSync(index.root);
  if (!isInside(realRoot, path.relative(realRoot, real))) {
    throw new BodyFileError('outside', post.id, `${label}: body file ${excerptPath(post.file)} leads outside the blog folder (symlink?)`,
      'keep post files inside the folder of the index');
  }
  try {
    const { text, invalidUtf8At } = readRegularFile(real, MAX_BODY_BYTES);
    if (invalidUtf8At !== undefined) warn?.(invalidUtf8Warning(shown, invalidUtf8At));
    const markdown = text.replace(/^\uFEFF/, '').normalize('NFC');
    // An imported Markdown file still has its front matter, which the index holds already.
    return post.source === undefined ? markdown : splitFrontMatter(markdown).body;
  } catch (error) {
    if (error instanceof NotReadable) {
      const hint = 'point "file" at a Markdown file';
      if (error.kind === 'too-large') throw new BodyFileError('too-large', post.id, `${label}: body file ${shown} is too large: ${error.what}`, 'see "Limits" in the README');
      throw new BodyFileError('special-file', post.id, `${label}: body file ${shown} is ${error.kind === 'folder' ? 'a folder' : error.what}`, hint);
    }
    throw unreadable(error);
  }
}
