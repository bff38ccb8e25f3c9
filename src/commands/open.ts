// `blog open <post>`: the post's web address in a browser ($BROWSER, else the system's opener),
// or printed when there is no browser to be had (over SSH, no display) or with --print.
import type { Blog } from '../core/blog.js';
import type { Output } from '../output.js';
import { openPost } from '../present/open-post.js';
import { resolvePost } from '../present/resolve-post.js';
import type { Settings } from '../settings/index.js';

export interface OpenOptions {
  print?: boolean;
}

export async function openCommand(blog: Blog, reference: string, options: OpenOptions, settings: Pick<Settings, 'browser' | 'env'>, out: Output): Promise<void> {
  const post = await resolvePost(blog, reference, out, 'open');
  const result = await openPost(post, settings, options.print === true);
  if ('opened' in result) return;
  if (result.why !== undefined) out.note(result.why);
  out.line(result.show);
}
