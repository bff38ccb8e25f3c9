// The post table of `list`, `search` and `category PATH` (cli-table3), laid out by display
// columns so Hangul titles stay aligned and the table fits the terminal.
import Table from 'cli-table3';
import type { Post } from '../core/index.js';
import { highlightRanges, type Range } from './highlight.js';
import { fitColumns, trimLineEnds } from './layout.js';
import { sanitizeLine } from './sanitize.js';
import type { Theme } from './theme.js';
import { displayWidth, truncateToWidth } from './width.js';

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
  const widths = fitColumns(
    [
      { natural: natural((r) => r.id, HEADERS[0]), min: 2 },
      { natural: natural((r) => r.date, HEADERS[1]), min: 10 },
      { natural: natural((r) => r.category, HEADERS[2]), min: 6 },
      { natural: natural((r) => r.title, HEADERS[3]), min: 12 },
    ],
    options.width,
    GAP.length,
    [3, 2, 1, 0],
  );
  const [idW = 2, dateW = 10, catW = 6, titleW = 12] = widths;

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
  table.push(HEADERS.map((h, i) => ({ content: theme.heading(truncateToWidth(h, widths[i] ?? 1)), hAlign: i === 0 ? 'right' : 'left' } as const)));
  for (const row of rows) {
    const titleText = truncateToWidth(row.title, titleW);
    const ranges = row.title === row.post.title ? options.highlights?.(row.post) ?? [] : [];
    table.push([
      { content: theme.id(truncateToWidth(row.id, idW)), hAlign: 'right' },
      theme.date(truncateToWidth(row.date, dateW)),
      theme.category(truncateToWidth(row.category, catW)),
      theme.title(highlightRanges(titleText, clampToShown(ranges, titleText, row.title), theme.match)),
    ]);
  }
  return trimLineEnds(table.toString());
}

/** Ranges that lie in the part of the title still shown after truncation. */
function clampToShown(ranges: readonly Range[], shown: string, full: string): Range[] {
  const kept = shown === full ? full.length : shown.length - 1; // minus the ellipsis
  return ranges.map(([s, e]): Range => [s, Math.min(e, kept)]).filter(([s, e]) => e > s);
}
