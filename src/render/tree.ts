// The category tree as indented lines with box-drawing guides: "개발 (8)" with "└── 기술 (3)" under it.
import type { CategoryNode } from '../core/categories.js';
import { sanitizeLine } from './sanitize.js';
import type { Theme } from './theme.js';
import { displayWidth, truncateToWidth } from './text/width.js';

/** Names are cut to fit `width` columns; without a width (piped output) they are whole. */
export function renderCategoryTree(nodes: readonly CategoryNode[], width: number | undefined, theme: Theme): string {
  const lines: string[] = [];
  const visit = (list: readonly CategoryNode[], prefix: string, depth: number) => {
    list.forEach((node, i) => {
      const last = i === list.length - 1;
      const branch = depth === 0 ? '' : last ? '└── ' : '├── ';
      const count = ` (${node.total})`;
      const clean = sanitizeLine(node.name);
      const name = width === undefined ? clean : truncateToWidth(clean, Math.max(1, width - displayWidth(prefix + branch + count)));
      lines.push(theme.muted(prefix + branch) + theme.category(name) + theme.muted(count));
      const childPrefix = depth === 0 ? '' : prefix + (last ? '    ' : '│   ');
      visit(node.children, childPrefix, depth + 1);
    });
  };
  visit(nodes, '', 0);
  return lines.join('\n');
}
