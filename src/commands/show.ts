// `blog show <post>`: one post, found by id, slug or title words, rendered for the terminal.
import { readPostBody } from '../store/body.js';
import type { Blog } from '../core/blog.js';
import { toMetadata } from '../core/posts.js';
import type { Output } from '../output.js';
import { renderPostText } from '../present/post-text.js';
import { resolvePost } from '../present/resolve-post.js';
import { sanitizeBlock } from '../render/sanitize.js';

export interface ShowOptions {
  raw?: boolean;
  json?: boolean;
  pager?: boolean;
  width?: number;
}

/** Most readers find lines longer than this hard to follow, however wide the terminal. */
const MAX_MEASURE = 100;
/** Piped output has no width to fit, but prose is still wrapped (not cut) for reading. */
const PIPED_MEASURE = 80;

export async function showCommand(blog: Blog, reference: string, options: ShowOptions, out: Output): Promise<void> {
  const post = await resolvePost(blog, reference, out);
  const body = await readPostBody(blog, post, out.note);
  if (options.json) {
    out.json({ ...toMetadata(post), body });
    return;
  }
  if (options.raw) {
    await out.page(sanitizeBlock(body), { pager: options.pager !== false });
    return;
  }
  const width = options.width ?? Math.min(out.width ?? PIPED_MEASURE, MAX_MEASURE);
  const text = await renderPostText(blog, post, body, { width, theme: out.theme, hyperlinks: await out.supportsHyperlinks() });
  await out.page(text, { pager: options.pager !== false });
}
