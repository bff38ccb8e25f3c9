// The category tree: every "/"-separated path becomes a chain of nodes with post counts.
import { AmbiguousCategory, UnknownCategory } from './errors.js';
import type { Post } from './post.js';
import { normaliseCategoryPath } from './posts.js';

export interface CategoryNode {
  name: string;
  /** Full path from the top, e.g. "개발/기술". */
  path: string;
  /** Posts filed directly in this category. */
  count: number;
  /** Posts in this category and all its subcategories. */
  total: number;
  children: CategoryNode[];
}

let collator: Intl.Collator | undefined;

/** Builds the forest of top-level categories, children sorted by name. */
export function buildCategoryTree(posts: readonly Post[]): CategoryNode[] {
  const root: CategoryNode = { name: '', path: '', count: 0, total: 0, children: [] };
  for (const post of posts) {
    let node = root;
    node.total += 1;
    for (const name of post.category.split('/')) {
      const path = node.path === '' ? name : `${node.path}/${name}`;
      let child = node.children.find((c) => c.name === name);
      if (!child) {
        child = { name, path, count: 0, total: 0, children: [] };
        node.children.push(child);
      }
      child.total += 1;
      node = child;
    }
    node.count += 1;
  }
  sortTree(root.children);
  return root.children;
}

function sortTree(nodes: CategoryNode[]): void {
  if (nodes.length > 1) nodes.sort((a, b) => (collator ??= new Intl.Collator('ko', { numeric: true })).compare(a.name, b.name));
  for (const node of nodes) sortTree(node.children);
}

/** Every node of the forest, depth first. */
export function* walkCategories(nodes: readonly CategoryNode[]): Generator<CategoryNode> {
  for (const node of nodes) {
    yield node;
    yield* walkCategories(node.children);
  }
}

/**
 * Finds the category a user means: its full path (case-insensitive), or, when unambiguous,
 * just its last name ("기술" for "개발/기술"). Returns every candidate when the name is ambiguous.
 */
export function findCategory(tree: readonly CategoryNode[], input: string): CategoryNode[] {
  const want = normaliseCategoryPath(input).toLowerCase();
  const all = [...walkCategories(tree)];
  const exact = all.find((node) => node.path.toLowerCase() === want);
  if (exact) return [exact];
  return all.filter((node) => node.name.toLowerCase() === want);
}

/**
 * The one category `input` names; else AmbiguousCategory, or UnknownCategory with the closest
 * category when one is near (게발 -> 개발) and every known path, subcategories included.
 */
export function resolveCategory(tree: readonly CategoryNode[], input: string): CategoryNode {
  const found = findCategory(tree, input);
  const [only] = found;
  if (found.length === 1 && only) return only;
  if (found.length > 1) {
    throw new AmbiguousCategory(input, found.map((n) => n.path));
  }
  const all = [...walkCategories(tree)];
  // Required here, not imported: the jamo code is needed only once a lookup has failed.
  const { closest } = require('./closest.js') as typeof import('./closest.js');
  const near = closest(normaliseCategoryPath(input), all.flatMap((n) => (n.path === n.name ? [n.path] : [n.path, n.name])));
  const named = all.filter((n) => n.name === near);
  throw new UnknownCategory(input, near === undefined ? undefined : named.length === 1 ? named[0]!.path : near, all.map((n) => n.path));
}
