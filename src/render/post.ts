// The frame around a post's body: the header (title, date, category, tags, reading time) and the
// footer pointing to the previous and next posts.
import type { Post } from '../core/post.js';
import { webAddress } from '../core/web-address.js';
import { hyperlink } from './text/hyperlink.js';
import { sanitizeLine } from './sanitize.js';
import type { Theme } from './theme.js';
import { displayWidth, truncateToWidth } from './text/width.js';
import { wrapText } from './text/wrap.js';

export interface PostFrame {
  post: Post;
  minutes: number;
  previous?: Post;
  next?: Post;
}

/** "2024-08-30 17:52 +09:00" from the ISO date the author wrote, in the author's own offset. */
export function formatDateTime(date: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(date);
  return m ? `${m[1]} ${m[2]} ${m[3] === 'Z' ? 'UTC' : m[3]}` : date;
}

/**
 * Title, date (and when it was updated), category, reading time, tags, and the post's web address:
 * a link when `hyperlinks` is on, else the address as text, never broken so it can be copied.
 */
export function renderPostHeader(frame: PostFrame, width: number, theme: Theme, hyperlinks = false): string {
  const { post } = frame;
  const title = wrapText(sanitizeLine(post.title), width).join('\n');
  const meta = [
    theme.date(formatDateTime(post.date)),
    ...(post.updated !== undefined ? [theme.date(`updated ${formatDateTime(post.updated)}`)] : []),
    theme.category(sanitizeLine(post.category)),
    `${frame.minutes} min read`,
  ].join(theme.muted(' · '));
  const tags = post.tags.length > 0
    // A tag of several words ("leader election") is kept on one line: its spaces do not break.
    ? wrapText(post.tags.map((t) => theme.tag(`#${sanitizeLine(t).replace(/ /g, '\u00a0')}`)).join(' '), width).join('\n')
    : undefined;
  const address = webAddress(post.url);
  const link = address && (hyperlinks ? hyperlink(sanitizeLine(address.shown), address.href) : sanitizeLine(address.shown));
  const rule = theme.muted('─'.repeat(Math.min(width, 100)));
  return [theme.heading(title), wrapText(meta, width).join('\n'), ...(tags ? [tags] : []), ...(link ? [link] : []), rule].join('\n');
}

/** For a post the index holds only an excerpt of: where the whole post is. */
export function renderExcerptNotice(post: Post, width: number, theme: Theme): string | undefined {
  if (!post.excerptOnly) return undefined;
  const where = post.url === undefined ? 'the index has no address for the whole post' : `read the whole post with: blog open ${post.id}`;
  return wrapText(theme.muted(`This is an excerpt; ${where}`), width).join('\n');
}

export function renderPostFooter(frame: PostFrame, width: number, theme: Theme): string {
  const link = (label: string, post: Post) => {
    const head = `${label} ${post.id}  `;
    return theme.muted(head) + truncateToWidth(sanitizeLine(post.title), Math.max(1, width - displayWidth(head)));
  };
  const lines = [theme.muted('─'.repeat(Math.min(width, 100)))];
  if (frame.previous) lines.push(link('previous:', frame.previous));
  if (frame.next) lines.push(link('next:    ', frame.next));
  return lines.join('\n');
}
