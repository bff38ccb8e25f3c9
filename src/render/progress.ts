// A progress bar that fits a line: `label [#####·····] 12/40`, never wider than `width` - 1
// columns (the last column would make some terminals wrap). The label is cut by display width.
import { displayWidth, truncateToWidth } from './text/width.js';
import { sanitizeLine } from './sanitize.js';

export function renderProgress(label: string, done: number, total: number, width: number): string {
  const count = ` ${done}/${total}`;
  const room = width - 1 - displayWidth(count);
  const text = truncateToWidth(sanitizeLine(label), Math.max(0, Math.floor(room / 2)));
  const barWidth = room - displayWidth(text) - 3;
  if (barWidth < 3) return truncateToWidth(`${text}${count}`.trim(), Math.max(0, width - 1));
  const filled = total > 0 ? Math.min(barWidth, Math.floor((done / total) * barWidth)) : 0;
  return `${text} [${'#'.repeat(filled)}${'·'.repeat(barWidth - filled)}]${count}`;
}
