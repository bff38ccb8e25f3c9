// The post table of `list`, `search` and `category PATH`: borderless, laid out by display columns
// so Hangul titles stay aligned. One scan sanitises and measures every cell once and fixes the
// column widths; then the rows are made one at a time. Every step is linear in the rows, so
// 100,000 posts cost 100,000 times what one post does.
import type { Range } from '../core/range.js';
import { webAddress } from '../core/web-address.js';
import { highlightRanges } from './highlight.js';
import { fitColumns } from './text/columns.js';
import { trimLineEnds } from './text/escapes.js';
import { sanitizeLine } from './sanitize.js';
import type { Style, Theme } from './theme.js';
import { displayWidth, truncateToWidth } from './text/width.js';
import { wrapText } from './text/wrap.js';

/** What the table shows of a post; a Post will do. */
export interface TableRow {
  id: number;
  /** Starts with the author's local date, YYYY-MM-DD (an ISO date will do). */
  date: string;
  category: string;
  title: string;
}

/** The rows of a table read by index, so a long listing need not be made into row objects first. */
export interface TableRows {
  readonly length: number;
  id(row: number): number;
  /** Starts with the author's local date, YYYY-MM-DD. */
  date(row: number): string;
  category(row: number): string;
  title(row: number): string;
}

export interface TableOptions {
  /** Columns to fit; undefined: as wide as the content needs (piped output is never cut). */
  width: number | undefined;
  theme: Theme;
  /** Title ranges to highlight (search matches), by row. */
  highlights?: (row: number) => readonly Range[];
}

export interface PostTableOptions<R extends TableRow = TableRow> extends Omit<TableOptions, 'highlights'> {
  /** Title ranges to highlight per row (search matches). */
  highlights?: (row: R) => readonly Range[];
}

const GAP = '  ';
const HEADERS = ['ID', 'Date', 'Category', 'Title'] as const;
const MINIMUM = [2, 10, 6, 12] as const;
const ID = 0;
const DATE = 1;
const CATEGORY = 2;
const TITLE = 3;

/** The whole table of `rows` as one string (search results, tests). */
export function renderPostTable<R extends TableRow>(rows: readonly R[], options: PostTableOptions<R>): string {
  const { highlights } = options;
  const lines: string[] = [];
  const byIndex: TableRows = {
    length: rows.length,
    id: (i) => rows[i]!.id,
    date: (i) => rows[i]!.date,
    category: (i) => rows[i]!.category,
    title: (i) => rows[i]!.title,
  };
  writePostTable(byIndex, { width: options.width, theme: options.theme, ...(highlights && { highlights: (i: number) => highlights(rows[i]!) }) },
    (chunk) => lines.push(chunk));
  return lines.join('\n');
}

/**
 * Pieces per chunk handed out (about 500 rows): a long listing is never held whole nor written a
 * line at a time, and each chunk's string is small enough to die young (measured: chunks of 4,000
 * rows made `blog list` on 100,000 posts a tenth slower).
 */
const CHUNK_PARTS = 1 << 12;

/**
 * Makes the table, header first, and hands it to `write` a chunk at a time: some whole lines,
 * joined by newlines. Each row's pieces go into one array that is joined once per chunk, so no
 * line is built up string by string.
 */
export function writePostTable(rows: TableRows, options: TableOptions, write: (lines: string) => void): void {
  const { theme } = options;
  const count = rows.length;
  // The one scan: each title sanitised and measured once, each distinct category once (a blog
  // has few). Ids are positive whole numbers and dates ASCII (the index schema checks both), so
  // the widest id is the largest (below 1e21, where numbers print as plain digits) and every
  // date is ten columns. Without a width to fit, titles (the last column, never cut or padded)
  // need no measuring at all.
  const fitting = options.width !== undefined;
  const titleWidths = new Float64Array(fitting ? count : 0);
  const categories = new Map<string, { text: string; width: number; cell?: string }>();
  const natural = HEADERS.map((header) => displayWidth(header));
  let largestId = 0;
  for (let i = 0; i < count; i++) {
    largestId = Math.max(largestId, rows.id(i));
    const category = rows.category(i);
    if (!categories.has(category)) {
      const text = sanitizeLine(category);
      const width = displayWidth(text);
      categories.set(category, { text, width });
      natural[CATEGORY] = Math.max(natural[CATEGORY]!, width);
    }
    if (fitting) {
      const width = (titleWidths[i] = displayWidth(sanitizeLine(rows.title(i))));
      if (width > natural[TITLE]!) natural[TITLE] = width;
    }
  }
  let idWidth = String(largestId).length;
  if (largestId >= 1e21) for (let i = 0; i < count; i++) idWidth = Math.max(idWidth, String(rows.id(i)).length);
  natural[ID] = Math.max(natural[ID]!, idWidth);
  if (count > 0) natural[DATE] = Math.max(natural[DATE]!, 10);

  const available = options.width ?? Infinity;
  const all = natural.map((n, c) => ({ natural: n, min: MINIMUM[c]! }));
  // On very narrow terminals the category, then the date, give way to the title.
  const shown = [[ID, DATE, CATEGORY, TITLE], [ID, DATE, TITLE], [ID, TITLE]].find((columns) =>
    columns.reduce((sum, c) => sum + all[c]!.min, 0) + GAP.length * (columns.length - 1) <= available) ?? [ID, TITLE];
  const fitted = fitColumns(shown.map((c) => all[c]!), available, GAP.length, [shown.length - 1, ...shown.slice(0, -1).reverse()]);
  const widthOf = (column: number) => fitted[shown.indexOf(column)] ?? 0;
  const [idW, dateW, categoryW, titleW] = [widthOf(ID), widthOf(DATE), widthOf(CATEGORY), widthOf(TITLE)];
  const hasDate = shown.includes(DATE);
  const hasCategory = shown.includes(CATEGORY);

  const header: string[] = [];
  shown.forEach((c, i) => {
    if (i > 0) header.push(GAP);
    pushCell(header, HEADERS[c]!, displayWidth(HEADERS[c]!), widthOf(c), theme.heading, c === ID);
  });
  const parts = [trimLineEnds(header.join('')), '\n'];

  for (let i = 0; i < count; i++) {
    const start = parts.length;
    const id = String(rows.id(i));
    pushCell(parts, id, id.length, idW, theme.id, true);
    parts.push(GAP);
    if (hasDate) {
      const date = rows.date(i).slice(0, 10);
      pushCell(parts, date, date.length, dateW, theme.date, false);
      parts.push(GAP);
    }
    if (hasCategory) {
      const category = categories.get(rows.category(i))!;
      if (category.cell === undefined) {
        const cell: string[] = [];
        pushCell(cell, category.text, category.width, categoryW, theme.category, false);
        category.cell = cell.join('') + GAP;
      }
      parts.push(category.cell);
    }
    const written = rows.title(i);
    const full = sanitizeLine(written);
    const cut = fitting && titleWidths[i]! > titleW;
    const title = cut ? truncateToWidth(full, titleW) : full;
    // Highlight offsets are into the title as written: none when sanitising changed it.
    const ranges = full === written ? options.highlights?.(i) ?? [] : [];
    const titleCell = theme.title(ranges.length > 0 ? highlightRanges(title, clampToShown(ranges, title, full), theme.match) : title);
    parts.push(titleCell);
    // The title, last, is not padded; a line that ends in blanks anyway (a title emptied by
    // sanitising, say) is trimmed exactly as a padded one would be.
    const last = titleCell.charCodeAt(titleCell.length - 1);
    if (titleCell === '' || last === 0x20 || last === 0x09 || (last === 0x6d && theme.level > 0)) {
      const padding = fitting ? titleW - (cut ? displayWidth(title) : titleWidths[i]!) : 0;
      parts.push(trimLineEnds(parts.splice(start).join('') + spaces(padding)));
    }
    parts.push('\n');
    if (parts.length >= CHUNK_PARTS) {
      parts.pop();
      write(parts.join(''));
      parts.length = 0;
    }
  }
  if (parts.length > 0) {
    parts.pop();
    write(parts.join(''));
  }
}

const SPACES: string[] = [];
const spaces = (n: number) => (n <= 0 ? '' : (SPACES[n] ??= ' '.repeat(n)));

/** Pushes `text` (`measured` columns wide) cut to `width` columns, styled, and padded to `width`. */
function pushCell(parts: string[], text: string, measured: number, width: number, style: Style, right: boolean): void {
  let shown = text;
  let shownWidth = measured;
  if (measured > width) {
    shown = truncateToWidth(text, width);
    shownWidth = displayWidth(shown);
  }
  if (right && shownWidth < width) parts.push(spaces(width - shownWidth));
  parts.push(style(shown));
  if (!right && shownWidth < width) parts.push(spaces(width - shownWidth));
}

/** Ranges that lie in the part of the title still shown after truncation. */
function clampToShown(ranges: readonly Range[], shown: string, full: string): Range[] {
  const kept = shown === full ? full.length : shown.length - 1; // minus the ellipsis
  return ranges.map(([s, e]): Range => [s, Math.min(e, kept)]).filter(([s, e]) => e > s);
}

/**
 * A muted line under a table (counts, paging hints), wrapped to the width; without a width (piped
 * output) it stays one line.
 */
export function renderFooter(text: string, width: number | undefined, theme: Theme): string {
  const clean = sanitizeLine(text);
  if (width === undefined) return theme.muted(clean);
  return wrapText(clean, width).map((line) => theme.muted(line)).join('\n');
}

/** The shortest a blog's title is cut to in a footer before its address is left out instead. */
const MIN_FOOTER_TITLE = 12;

/**
 * A footer's text with the blog it lists: `8 posts · 개발 블로그 · https://…`. On one line when
 * there is a width: the title is cut with `…`, and the address (never cut) left out when the line
 * cannot hold it; piped output keeps both whole.
 */
export function footerWithBlog(text: string, blog: { title: string; url?: string | undefined } | undefined, width: number | undefined): string {
  if (blog === undefined) return text;
  const title = sanitizeLine(blog.title);
  const address = blog.url === undefined ? undefined : webAddress(blog.url);
  const url = address && sanitizeLine(address.shown);
  const joined = (...parts: string[]) => parts.join(' · ');
  if (width === undefined) return url ? joined(text, title, url) : joined(text, title);
  const room = (rest: number) => width - displayWidth(text) - rest;
  if (url) {
    const forTitle = room(displayWidth(url) + 6);
    if (forTitle >= Math.min(MIN_FOOTER_TITLE, displayWidth(title))) return joined(text, truncateToWidth(title, forTitle), url);
  }
  const forTitle = room(3);
  return forTitle >= 1 ? joined(text, truncateToWidth(title, forTitle)) : text;
}
