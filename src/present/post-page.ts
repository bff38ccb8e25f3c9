// How `list` and `category PATH` choose, page and print posts: the one piece of command code two
// commands share. It lives here, not in src/commands/ (commands never import each other), nor in
// src/core/ (pure: no Output) or src/render/ (text from data: no Blog, no Output).
import type { Blog } from '../core/blog.js';
import { paginate, selectPositions, toMetadata, type Page, type PostQuery, type SortKey } from '../core/posts.js';
import { pastLastPage } from '../core/paging.js';
import type { Output } from '../output.js';
import { footerWithBlog, renderFooter, writePostTable } from '../render/table.js';

/** The options `list` and `category PATH` share. */
export interface PageOptions {
  limit?: number;
  page?: number;
  sort?: SortKey;
  reverse?: boolean;
  json?: boolean;
}

/** The page of newest-first positions that `query` and the paging options pick. */
export function selectPage(blog: Blog, query: PostQuery, options: PageOptions): Page<number> {
  return paginate(selectPositions(blog.listing(), { ...query, sort: options.sort ?? 'date', reverse: options.reverse === true }), options.limit, options.page);
}

/**
 * Prints one page of posts as JSON metadata or as a table with a count footer (naming the blog's
 * title and address with `withBlog`); a page past the end is not found (with `--json`, `[]` is
 * printed first).
 */
export function printPostPage(blog: Blog, page: Page<number>, json: boolean, out: Output, withBlog = false): void {
  if (page.items.length === 0 && page.total > 0) {
    if (json) out.json([]);
    throw pastLastPage(page.page, page.pages);
  }
  if (json) {
    out.json(blog.postsAt(page.items).map(toMetadata));
    return;
  }
  const listing = blog.listing();
  const { items } = page;
  const rows = {
    length: items.length,
    id: (row: number) => listing.id(items[row]!),
    date: (row: number) => listing.day(items[row]!),
    category: (row: number) => listing.category(items[row]!),
    title: (row: number) => listing.title(items[row]!),
  };
  writePostTable(rows, { width: out.width, theme: out.theme }, (lines) => out.line(lines));
  const footer = pageFooter(page);
  out.line(renderFooter(withBlog ? footerWithBlog(footer, blog.blog, out.width) : footer, out.width, out.theme));
}

function pageFooter(page: Page<unknown>): string {
  const noun = page.total === 1 ? 'post' : 'posts';
  if (page.pages === 1) return `${page.total} ${noun}`;
  const range = `${page.offset + 1}–${page.offset + page.items.length}`;
  const next = page.page < page.pages ? ` · next: --page ${page.page + 1}` : '';
  return `${range} of ${page.total} ${noun} · page ${page.page} of ${page.pages}${next}`;
}
