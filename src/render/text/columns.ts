// Column widths that fit a terminal: pure arithmetic, shared by every table we draw.

export interface ColumnSpec {
  /** Width the column wants: its widest cell. */
  natural: number;
  /** Width it may shrink to before the next column in `shrinkOrder` gives way. */
  min: number;
}

/**
 * Widths for `columns` separated by `gap` columns so the whole row fits `available` columns.
 * Columns shrink in `shrinkOrder` (indices), each down to its `min`; if that is not enough the
 * first column in the order keeps shrinking, down to 1.
 */
export function fitColumns(columns: readonly ColumnSpec[], available: number, gap: number, shrinkOrder: readonly number[]): number[] {
  const widths = columns.map((c) => Math.max(1, c.natural));
  let overflow = widths.reduce((a, b) => a + b, 0) + gap * Math.max(0, columns.length - 1) - available;
  for (const index of shrinkOrder) {
    if (overflow <= 0) break;
    const column = columns[index];
    const current = widths[index];
    if (column === undefined || current === undefined) continue;
    const give = Math.min(overflow, Math.max(0, current - Math.min(column.min, current)));
    widths[index] = current - give;
    overflow -= give;
  }
  const first = shrinkOrder[0];
  if (overflow > 0 && first !== undefined && widths[first] !== undefined) {
    widths[first] = Math.max(1, widths[first] - overflow);
  }
  return widths;
}

/** Drops blanks at line ends (before any closing style codes): padding only gets in the way of pipes and tests. */
export function trimLineEnds(text: string): string {
  return text.replace(/[ \t]+((?:\x1b\[[0-9;]*m)*)$/gm, '$1');
}
