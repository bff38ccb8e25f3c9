// `blog list`: filter and order the posts, then print one page of them as a table or JSON.
import { resolveCategory } from '../core/categories.js';
import type { Blog } from '../core/blog.js';
import { excerpt, notFound } from '../errors.js';
import type { Output } from '../output.js';
import { printPostPage, selectPage, type PageOptions } from '../present/post-page.js';

export interface ListOptions extends PageOptions {
  category?: string;
  tag?: string;
  year?: number;
}

export async function listCommand(blog: Blog, options: ListOptions, out: Output): Promise<void> {
  const category = options.category === undefined
    ? undefined
    : resolveCategory(blog.categories(), options.category).path;
  const { tag, year } = options;
  const page = selectPage(blog, { ...(category !== undefined && { category }), ...(tag !== undefined && { tag }), ...(year !== undefined && { year }) }, options);
  if (page.total === 0) {
    if (options.json) out.json([]);
    throw notFound(`no posts match ${describeFilters(options)}`, "run 'blog list' without filters to see every post");
  }
  printPostPage(blog, page, options.json === true, out, true);
}

function describeFilters(options: ListOptions): string {
  const parts = [
    options.category !== undefined && `category ${JSON.stringify(excerpt(options.category))}`,
    options.tag !== undefined && `tag ${JSON.stringify(excerpt(options.tag))}`,
    options.year !== undefined && `year ${options.year}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'the filters';
}
