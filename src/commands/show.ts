// `blog show <post>`: one post, found by id, slug or title words, rendered for the terminal.
import { readPostBody } from '../store/body.js';
import type { Blog } from '../core/blog.js';
import { neighbours, toMetadata } from '../core/posts.js';
import { readingMinutes } from '../core/reading.js';
import type { Output } from '../output.js';
import { resolvePost } from '../present/resolve-post.js';
import { renderExcerptNotice, renderPostFooter, renderPostHeader } from '../render/post.js';
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
  const frame = { post, minutes: readingMinutes(body), ...neighbours(blog, post) };
  const { renderMarkdown } = await import('../render/markdown/render.js');
  const hyperlinks = await out.supportsHyperlinks();
  const notice = renderExcerptNotice(post, width, out.theme);
  const text = [
    renderPostHeader(frame, width, out.theme, hyperlinks),
    '',
    await renderMarkdown(body, { width, theme: out.theme, hyperlinks }),
    '',
    ...(notice === undefined ? [] : [notice, '']),
    renderPostFooter(frame, width, out.theme),
  ].join('\n');
  await out.page(text, { pager: options.pager !== false });
}
