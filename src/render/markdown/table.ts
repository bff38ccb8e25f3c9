// Markdown tables with cli-table3, fitted to the width: columns shrink (widest first) and cells
// wrap by display columns, alignment (:-:, --:) is honoured, and when a column would become
// narrower than its words (a grid of "Unde / r" fragments), each row is printed as
// "header: value" lines instead.
import Table from 'cli-table3';
import type { Theme } from '../theme.js';
import { fitColumns } from '../text/columns.js';
import { stripEscapes } from '../text/escapes.js';
import { displayWidth } from '../text/width.js';
import { wrapText } from '../text/wrap.js';

export interface TableData {
  header: string[];
  rows: string[][];
  align: readonly ('left' | 'right' | 'center' | null)[];
}

const MIN_COLUMN = 2; // a Hangul syllable must fit
const CELL_PADDING = 2; // one space each side
// A column narrower than its longest word, up to this many columns, cuts words: use records.
const SHORT_WORD = 6;
const TABLE_SLICE = 200;

/** Content widths per column that fit `width` columns including borders and padding. */
export function fitTableColumns(natural: readonly number[], width: number): number[] | undefined {
  const overhead = natural.length + 1 + CELL_PADDING * natural.length;
  const available = width - overhead;
  if (available < MIN_COLUMN * natural.length) return undefined;
  const columns = natural.map((w) => ({ natural: Math.max(MIN_COLUMN, w), min: MIN_COLUMN }));
  // All columns give way together, the widest first.
  return fitColumns(columns, available, 0, [columns.map((_, i) => i)]);
}

export function renderTable(data: TableData, width: number, theme: Theme): string[] {
  const columns = data.header.length;
  const cells = [data.header, ...data.rows].map((row) => Array.from({ length: columns }, (_, i) => row[i] ?? ''));
  // Folded, not spread: a spread of every row's width overflows the stack past ~100,000 rows.
  const widest = (measure: (cell: string) => number, i: number) => cells.reduce((max, row) => Math.max(max, measure(row[i]!)), 0);
  const natural = Array.from({ length: columns }, (_, i) => widest(displayWidth, i));
  const widths = fitTableColumns(natural, width);
  const words = Array.from({ length: columns }, (_, i) => widest(longestWord, i));
  if (!widths || widths.some((w, i) => w < Math.min(SHORT_WORD, words[i]!))) return renderAsRecords(data, width, theme);
  const wrap = (text: string, i: number) => wrapText(text, widths[i]!).join('\n');
  const layout = {
    head: data.header.map((h, i) => theme.heading(wrap(h, i))),
    colWidths: widths.map((w) => w + CELL_PADDING),
    colAligns: data.align.map((a) => a ?? 'left'),
    wordWrap: false,
    // cli-table3 colours borders through @colors/colors, which ignores NO_COLOR: style them ourselves.
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  };
  const rows = cells.slice(1).map((row) => row.map(wrap));
  // cli-table3 lays out a table in time quadratic in its rows (30,000 rows: 11 s): it gets them in
  // slices, stitched together (the column widths are fixed, so they line up).
  const lines: string[] = [];
  for (let start = 0; start === 0 || start < rows.length; start += TABLE_SLICE) {
    const table = new Table({ ...layout, ...(start > 0 ? { head: [] } : {}) });
    table.push(...rows.slice(start, start + TABLE_SLICE));
    const slice = table.toString().split('\n');
    // A later slice's top border becomes the separator cli-table3 draws between rows.
    if (start > 0) slice[0] = slice[0]!.replace(/[┌┬┐]/g, (corner) => ({ '┌': '├', '┬': '┼', '┐': '┤' })[corner]!);
    lines.push(...slice.slice(0, start + TABLE_SLICE < rows.length ? -1 : undefined));
  }
  return lines.map((line) => line.replace(/[─│┌┐└┘├┤┬┴┼]+/g, (border) => theme.muted(border)));
}

function longestWord(cell: string): number {
  return stripEscapes(cell).split(/\s+/).reduce((max, word) => Math.max(max, displayWidth(word)), 0);
}

function renderAsRecords(data: TableData, width: number, theme: Theme): string[] {
  return data.rows.flatMap((row, r) => [
    ...(r > 0 ? [theme.muted('─'.repeat(Math.min(width, 20)))] : []),
    ...row.flatMap((cell, i) => wrapText(`${theme.heading(data.header[i] ?? '')}: ${cell}`, width)),
  ]);
}
