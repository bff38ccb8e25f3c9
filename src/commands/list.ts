// `blog list`: filter and order the posts, then print one page of them as a table or JSON.
import { resolveCategory } from '../core/categories.js';
import type { Blog } from '../core/blog.js';
import type { Post } from '../core/index.js';
import { pastLastPage } from '../core/paging.js';
import { paginate, paginateSlices, selectPosts, toMetadata, type Page, type SortKey } from '../core/posts.js';
import { notFound } from '../errors.js';
import type { Output } from '../output.js';
import { renderFooter, renderPostTable } from '../render/table.js';

export interface ListOptions {
  limit?: number;
  page?: number;
  category?: string;
  tag?: string;
  year?: number;
  sort?: SortKey;
  reverse?: boolean;
  json?: boolean;
}

export async function listCommand(blog: Blog, options: ListOptions, out: Output): Promise<void> {
  const category = options.category === undefined
    ? undefined
    : resolveCategory(blog.categories(), options.category).path;
  // The plain newest-first listing reads just its page; filters and other orders need every post.
  const plain = category === undefined && options.tag === undefined && options.year === undefined &&
    (options.sort ?? 'date') === 'date' && !options.reverse;
  const page = plain
    ? paginateSlices(blog.count, blog.newest, options.limit, options.page)
    : paginate(selectPosts(blog.posts(), { ...options, ...(category !== undefined && { category }) }), options.limit, options.page);
  if (page.total === 0) {
    if (options.json) out.json([]);
    throw notFound(`no posts match ${describeFilters(options)}`, "run 'blog list' without filters to see every post");
  }
  if (page.items.length === 0) {
    if (options.json) out.json([]);
    throw pastLastPage(page.page, page.pages);
  }
  printPostPage(page, options.json === true, out);
}

/** Prints one page of posts as JSON metadata or as a table with a count footer. */
export function printPostPage(page: Page<Post>, json: boolean, out: Output): void {
  if (json) {
    out.json(page.items.map(toMetadata));
    return;
  }
  out.line(renderPostTable(page.items, { width: out.width, theme: out.theme }));
  out.line(renderFooter(pageFooter(page), out.width, out.theme));
}

export function pageFooter(page: Page<unknown>): string {
  const noun = page.total === 1 ? 'post' : 'posts';
  if (page.pages === 1) return `${page.total} ${noun}`;
  const range = `${page.offset + 1}–${page.offset + page.items.length}`;
  const next = page.page < page.pages ? ` · next: --page ${page.page + 1}` : '';
  return `${range} of ${page.total} ${noun} · page ${page.page} of ${page.pages}${next}`;
}

function describeFilters(options: ListOptions): string {
  const parts = [
    options.category !== undefined && `category ${JSON.stringify(options.category)}`,
    options.tag !== undefined && `tag ${JSON.stringify(options.tag)}`,
    options.year !== undefined && `year ${options.year}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'the filters';
}
