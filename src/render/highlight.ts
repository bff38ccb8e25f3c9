// Apply a style to character ranges of a plain string (search matches in a title).
import type { Range } from '../core/range.js';
import type { Style } from './theme.js';

/** Styles the [start, end) ranges of `text`; overlapping or unsorted ranges are merged first. */
export function highlightRanges(text: string, ranges: readonly Range[], style: Style): string {
  const merged = mergeRanges(ranges, text.length);
  let out = '';
  let at = 0;
  for (const [start, end] of merged) {
    out += text.slice(at, start) + style(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

export function mergeRanges(ranges: readonly Range[], length: number): Range[] {
  const sorted = ranges
    .map(([s, e]): Range => [Math.max(0, s), Math.min(length, e)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
