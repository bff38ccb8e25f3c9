// `blog category [path]`: the category tree with counts, or the posts of one category.
import type { Blog } from '../core/blog.js';
import { resolveCategory, walkCategories } from '../core/categories.js';
import { paginate, selectPosts } from '../core/posts.js';
import type { Output } from '../output.js';
import { renderFooter } from '../render/table.js';
import { renderCategoryTree } from '../render/tree.js';
import { printPostPage } from './list.js';

export interface CategoryOptions {
  json?: boolean;
}

export async function categoryCommand(blog: Blog, path: string | undefined, options: CategoryOptions, out: Output): Promise<void> {
  const tree = blog.categories();
  if (path === undefined) {
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
  printPostPage(paginate(selectPosts(blog.posts(), { category: node.path }), undefined), options.json === true, out);
}
