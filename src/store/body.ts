// Read a post's Markdown body: inline, or from its file inside the blog folder. A symlink that
// leads out of the folder is refused, since the index may come from someone else.
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Post } from '../core/post.js';
import { BodyFileError } from './errors.js';
import { isInside } from './validate.js';

export async function readPostBody(index: { root: string }, post: Post): Promise<string> {
  if (post.file === undefined) return post.body ?? '';
  const label = `post ${post.id} (${post.slug})`;
  const target = path.resolve(index.root, post.file);
  const unreadable = (error: unknown) =>
    new BodyFileError('unreadable', post.id, `${label}: cannot read body file ${target}: ${(error as Error).message}`);
  let real: string;
  try {
    real = realpathSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BodyFileError('not-found', post.id, `${label}: body file not found: ${target}`, 'fix "file" in the index or add the file');
    }
    throw unreadable(error);
  }
  const realRoot = realpathSync(index.root);
  if (!isInside(realRoot, path.relative(realRoot, real))) {
    throw new BodyFileError('outside', post.id, `${label}: body file ${post.file} leads outside the blog folder (symlink?)`,
      'keep post files inside the folder of the index');
  }
  try {
    return readFileSync(real, 'utf8').replace(/^\uFEFF/, '').normalize('NFC');
  } catch (error) {
    throw unreadable(error);
  }
}
