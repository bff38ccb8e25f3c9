// The post table of `list`, `search` and `category PATH` (cli-table3), laid out by display
// columns so Hangul titles stay aligned and the table fits the terminal.
import Table from 'cli-table3';
import type { Post } from '../core/index.js';
import { highlightRanges, type Range } from './highlight.js';
import { fitColumns, trimLineEnds } from './layout.js';
import { sanitizeLine } from './sanitize.js';
import type { Theme } from './theme.js';
import { displayWidth, truncateToWidth } from './width.js';
import { wrapText } from './wrap.js';

export interface PostTableOptions {
  width: number;
  theme: Theme;
  /** Title ranges to highlight per post (search matches). */
  highlights?: (post: Post) => readonly Range[];
}

const GAP = '  ';
const HEADERS = ['ID', 'Date', 'Category', 'Title'] as const;

/** A borderless table: one header row, then one row per post. */
export function renderPostTable(posts: readonly Post[], options: PostTableOptions): string {
  const { theme } = options;
  const rows = posts.map((post) => ({
    post,
    id: String(post.id),
    date: post.date.slice(0, 10),
    category: sanitizeLine(post.category),
    title: sanitizeLine(post.title),
  }));
  const natural = (pick: (r: (typeof rows)[number]) => string, header: string) =>
    Math.max(displayWidth(header), ...rows.map((r) => displayWidth(pick(r))));
  const all = [
    { natural: natural((r) => r.id, HEADERS[0]), min: 2 },
    { natural: natural((r) => r.date, HEADERS[1]), min: 10 },
    { natural: natural((r) => r.category, HEADERS[2]), min: 6 },
    { natural: natural((r) => r.title, HEADERS[3]), min: 12 },
  ];
  // On very narrow terminals the category, then the date, give way to the title.
  const shown = [[0, 1, 2, 3], [0, 1, 3], [0, 3]].find((columns) =>
    columns.reduce((sum, c) => sum + all[c]!.min, 0) + GAP.length * (columns.length - 1) <= options.width) ?? [0, 3];
  const fitted = fitColumns(shown.map((c) => all[c]!), options.width, GAP.length, [shown.length - 1, ...shown.slice(0, -1).reverse()]);
  const widths = shown.map((_, i) => fitted[i]!);
  const width = (column: number) => widths[shown.indexOf(column)] ?? 0;
  const [idW, dateW, catW, titleW] = [width(0), width(1), width(2), width(3)];

  const table = new Table({
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
      bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
      left: '', 'left-mid': '', mid: '', 'mid-mid': '',
      right: '', 'right-mid': '', middle: GAP,
    },
    // cli-table3 colours through @colors/colors, which ignores NO_COLOR: we style cells ourselves.
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    colWidths: widths,
    wordWrap: false,
  });
  const pick = <T>(cells: T[]) => shown.map((c) => cells[c]!);
  table.push(pick(HEADERS.map((h, i) => ({ content: theme.heading(truncateToWidth(h, width(i) || 1)), hAlign: i === 0 ? 'right' : 'left' } as const))));
  for (const row of rows) {
    const titleText = truncateToWidth(row.title, titleW);
    const ranges = row.title === row.post.title ? options.highlights?.(row.post) ?? [] : [];
    table.push(pick<Table.Cell>([
      { content: theme.id(truncateToWidth(row.id, idW)), hAlign: 'right' },
      theme.date(truncateToWidth(row.date, dateW)),
      theme.category(truncateToWidth(row.category, catW)),
      theme.title(highlightRanges(titleText, clampToShown(ranges, titleText, row.title), theme.match)),
    ]));
  }
  return trimLineEnds(table.toString());
}

/** Ranges that lie in the part of the title still shown after truncation. */
function clampToShown(ranges: readonly Range[], shown: string, full: string): Range[] {
  const kept = shown === full ? full.length : shown.length - 1; // minus the ellipsis
  return ranges.map(([s, e]): Range => [s, Math.min(e, kept)]).filter(([s, e]) => e > s);
}

/** A muted line under a table (counts, paging hints), wrapped to the width. */
export function renderFooter(text: string, width: number, theme: Theme): string {
  return wrapText(sanitizeLine(text), width).map((line) => theme.muted(line)).join('\n');
}
