// `blog show <post>`: one post, found by id, slug or title words, rendered for the terminal.
import { readPostBody } from '../core/body.js';
import type { Blog } from '../core/blog.js';
import type { Post } from '../core/index.js';
import { findPostByReference, neighbours, toMetadata } from '../core/posts.js';
import { readingMinutes } from '../core/reading.js';
import { notFound } from '../errors.js';
import type { Output } from '../output.js';
import { renderPostFooter, renderPostHeader } from '../render/post.js';
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
  const post = await resolvePost(blog, reference);
  const body = await readPostBody(blog, post);
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
  const { renderMarkdown } = await import('../render/markdown.js');
  const text = [
    renderPostHeader(frame, width, out.theme),
    '',
    await renderMarkdown(body, { width, theme: out.theme, hyperlinks: await out.supportsHyperlinks() }),
    '',
    renderPostFooter(frame, width, out.theme),
  ].join('\n');
  await out.page(text, { pager: options.pager !== false });
}

/** The post `reference` means: an id, a slug, or title words that clearly pick one post. */
export async function resolvePost(blog: Blog, reference: string): Promise<Post> {
  const direct = findPostByReference(blog, reference);
  if (direct) return direct;
  // Loaded only here: an id or slug needs no search.
  const { clearBest, search, searchIndexOf } = await import('../core/search.js');
  const { hits } = search(searchIndexOf(await blog.corpus(), blog.postAt, blog.aliases), reference);
  if (hits.length === 0) {
    const what = /^\d+$/.test(reference.trim()) ? `no post with id ${reference.trim()}` : `no post matches "${reference}"`;
    throw notFound(what, "give an id or slug from 'blog list', or try 'blog search'");
  }
  const best = clearBest(hits, reference);
  if (best) return best.post;
  const shown = hits.slice(0, 8);
  throw notFound(`"${reference}" matches ${hits.length} posts`, 'name one by id, e.g. blog show ' + hits[0]?.post.id,
    shown.map((hit) => `  ${String(hit.post.id).padStart(4)}  ${hit.post.title}`));
}
