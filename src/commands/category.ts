// `blog category [path]`: the category tree with counts, or the posts of one category.
import { buildCategoryTree, resolveCategory, walkCategories } from '../core/categories.js';
import type { PostIndex } from '../core/index.js';
import { paginate, selectPosts } from '../core/posts.js';
import type { Output } from '../output.js';
import { renderFooter } from '../render/table.js';
import { renderCategoryTree } from '../render/tree.js';
import { printPostPage } from './list.js';

export interface CategoryOptions {
  json?: boolean;
}

export async function categoryCommand(index: PostIndex, path: string | undefined, options: CategoryOptions, out: Output): Promise<void> {
  const tree = buildCategoryTree(index.posts);
  if (path === undefined) {
    if (options.json) {
      out.json(tree);
      return;
    }
    const count = [...walkCategories(tree)].length;
    out.line(renderCategoryTree(tree, out.width, out.theme));
    out.line(renderFooter(`${index.posts.length} posts in ${count} ${count === 1 ? 'category' : 'categories'}`, out.width, out.theme));
    return;
  }
  const node = resolveCategory(tree, path);
  printPostPage(paginate(selectPosts(index.posts, { category: node.path }), undefined), options.json === true, out);
}
