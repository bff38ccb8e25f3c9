// Column widths that fit a terminal: pure arithmetic, the one fitter of every table we draw (the
// post table gives way a column at a time, a Markdown table widest column first).

export interface ColumnSpec {
  /** Width the column wants: its widest cell. */
  natural: number;
  /** Width it may shrink to (at least 1) before the next column (or group) in the shrink order gives way. */
  min: number;
}

/**
 * Widths for `columns` separated by `gap` columns so the whole row fits `available` columns.
 * Columns give way in `shrinkOrder`: each entry is a column index, or a group of indices that
 * shrink together, widest first (the first in the group on ties), each down to its `min`. If that
 * is not enough the first entry keeps shrinking, down to 1.
 */
export function fitColumns(
  columns: readonly ColumnSpec[],
  available: number,
  gap: number,
  shrinkOrder: readonly (number | readonly number[])[],
): number[] {
  const widths = columns.map((c) => Math.max(1, c.natural));
  let overflow = widths.reduce((a, b) => a + b, 0) + gap * Math.max(0, columns.length - 1) - available;
  const groups = shrinkOrder.map((entry) => (typeof entry === 'number' ? [entry] : entry).filter((i) => columns[i] !== undefined));
  for (const group of groups) {
    if (overflow <= 0) break;
    overflow = shrink(widths, group, group.map((i) => Math.min(Math.max(1, columns[i]!.min), widths[i]!)), overflow);
  }
  const first = groups[0];
  if (overflow > 0 && first) shrink(widths, first, first.map(() => 1), overflow);
  return widths;
}

/**
 * Takes up to `overflow` columns from the columns of `group`, widest first, none below its floor;
 * returns what is still over. The widest gives at once what takes it down to the next widest: the
 * same widths as giving one column at a time, without a step per column.
 */
function shrink(widths: number[], group: readonly number[], floors: readonly number[], overflow: number): number {
  while (overflow > 0) {
    let widest = -1; // position in `group` of the widest column above its floor
    let next = 0; // the width of the widest other column above its floor
    for (let k = 0; k < group.length; k++) {
      const width = widths[group[k]!]!;
      if (width <= floors[k]!) continue;
      if (widest === -1 || width > widths[group[widest]!]!) {
        if (widest !== -1) next = widths[group[widest]!]!;
        widest = k;
      } else next = Math.max(next, width);
    }
    if (widest === -1) break;
    const column = group[widest]!;
    const give = Math.min(overflow, Math.max(1, widths[column]! - Math.max(next, floors[widest]!)));
    widths[column]! -= give;
    overflow -= give;
  }
  return overflow;
}
