// A post as `show` renders it (header, Markdown body, footer), for `show` and the picker's preview
// and pager: one rendering, so the preview is exactly what `show` would print at that width.
import type { Blog } from '../core/blog.js';
import type { Post } from '../core/post.js';
import { neighbours } from '../core/posts.js';
import { renderExcerptNotice, renderPostFooter, renderPostHeader } from '../render/post.js';
import type { Theme } from '../render/theme.js';
import type { RenderedBody } from '../store/render-cache.js';

export interface PostTextOptions {
  width: number;
  theme: Theme;
  hyperlinks: boolean;
}

/** The Markdown `body` alone, rendered and made inert (the renderer sanitises what it is given), with its reading time. */
export async function renderBody(body: string, options: PostTextOptions): Promise<RenderedBody> {
  const [{ renderMarkdown }, { readingMinutes }] = await Promise.all([import('../render/markdown/render.js'), import('../core/reading.js')]);
  return { text: await renderMarkdown(body, options), minutes: readingMinutes(body) };
}

/**
 * `post` with its Markdown `body`, rendered and made inert; `rendered`: the body as renderBody
 * renders it with these options, when the caller has it already (from a cache).
 */
export async function renderPostText(blog: Blog, post: Post, body: string, options: PostTextOptions, rendered?: RenderedBody): Promise<string> {
  const { width, theme, hyperlinks } = options;
  const { text, minutes } = rendered ?? (await renderBody(body, options));
  const frame = { post, minutes, ...neighbours(blog, post) };
  const notice = renderExcerptNotice(post, width, theme);
  return [
    renderPostHeader(frame, width, theme, hyperlinks),
    '',
    text,
    '',
    ...(notice === undefined ? [] : [notice, '']),
    renderPostFooter(frame, width, theme),
  ].join('\n');
}
