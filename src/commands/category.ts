// `blog category [path]`: the category tree with counts, or the posts of one category.
import type { Blog } from '../core/blog.js';
import { resolveCategory, walkCategories } from '../core/categories.js';
import { usageError } from '../errors.js';
import type { Output } from '../output.js';
import { renderFooter } from '../render/table.js';
import { renderCategoryTree } from '../render/tree.js';
import { printPostPage, selectPage, type PageOptions } from '../present/post-page.js';

export type CategoryOptions = PageOptions;

export async function categoryCommand(blog: Blog, path: string | undefined, options: CategoryOptions, out: Output): Promise<void> {
  const tree = blog.categories();
  if (path === undefined) {
    const paging = (['limit', 'page', 'sort', 'reverse'] as const).find((name) => options[name] !== undefined);
    if (paging) throw usageError(`--${paging} applies to the posts of a category, not to the tree`, 'name the category first: blog category PATH [options]');
    if (options.json) {
      out.json(tree);
      return;
    }
    const count = [...walkCategories(tree)].length;
    out.line(renderCategoryTree(tree, out.width, out.theme));
    out.line(renderFooter(`${blog.count} posts in ${count} ${count === 1 ? 'category' : 'categories'}`, out.width, out.theme));
    return;
  }
  const node = resolveCategory(tree, path);
  printPostPage(blog, selectPage(blog, { category: node.path }, options), options.json === true, out);
}
