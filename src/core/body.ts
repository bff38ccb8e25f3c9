// Read a post's Markdown body: inline, or from its file inside the blog folder. A symlink that
// leads out of the folder is refused, since the index may come from someone else.
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { BlogError, EXIT } from '../errors.js';
import { isInside, type Post } from './index.js';

export async function readPostBody(index: { root: string }, post: Post): Promise<string> {
  if (post.file === undefined) return post.body ?? '';
  const label = `post ${post.id} (${post.slug})`;
  const target = path.resolve(index.root, post.file);
  let real: string;
  try {
    real = realpathSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new BlogError(`${label}: body file not found: ${target}`, EXIT.USAGE, 'fix "file" in the index or add the file');
    }
    throw new BlogError(`${label}: cannot read body file ${target}: ${(error as Error).message}`, EXIT.USAGE);
  }
  const realRoot = realpathSync(index.root);
  if (!isInside(realRoot, path.relative(realRoot, real))) {
    throw new BlogError(`${label}: body file ${post.file} leads outside the blog folder (symlink?)`, EXIT.USAGE,
      'keep post files inside the folder of the index');
  }
  try {
    return readFileSync(real, 'utf8').replace(/^\uFEFF/, '').normalize('NFC');
  } catch (error) {
    throw new BlogError(`${label}: cannot read body file ${target}: ${(error as Error).message}`, EXIT.USAGE);
  }
}
