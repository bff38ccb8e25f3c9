// `blog show <post>`: one post, found by id, slug or title words, rendered for the terminal.
import { readPostBody } from '../store/body.js';
import type { Blog } from '../core/blog.js';
import { toMetadata } from '../core/posts.js';
import type { Output } from '../output.js';
import { renderBody, renderPostText } from '../present/post-text.js';
import { resolvePost } from '../present/resolve-post.js';
import { sanitizeBlock } from '../render/sanitize.js';
import type { Settings } from '../settings/index.js';
import { openRenderCache, renderFormat } from '../store/render-cache.js';

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

export async function showCommand(blog: Blog, reference: string, options: ShowOptions, out: Output, settings?: Settings): Promise<void> {
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
  const textOptions = { width, theme: out.theme, hyperlinks: await out.supportsHyperlinks() };
  // The body's rendering is kept in the user's cache folder: a post read again prints without the
  // Markdown renderer. Not while the build warms the code cache (nothing of the builder's may
  // end up in a user's folder), nor with BLOG_NO_CACHE.
  const cache = settings && !settings.noCache && !settings.buildingCodeCache
    ? openRenderCache(settings.paths.cache, { width, level: out.theme.level, hyperlinks: textOptions.hyperlinks, format: renderFormat() })
    : undefined;
  const cached = cache?.get(body);
  const rendered = cached ?? (await renderBody(body, textOptions));
  await out.page(await renderPostText(blog, post, body, textOptions, rendered), { pager: options.pager !== false });
  // After printing: the reader need not wait for the write.
  if (cached === undefined) cache?.put(body, rendered);
}
