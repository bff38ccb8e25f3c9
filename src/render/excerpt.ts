// One line of a post's body under a search hit: "line 57: … acks=all 로 설정하면 …", made inert,
// cut to the width around the first match (by display columns) and with the words highlighted.
import { lowerSameLength } from '../core/search/query.js';
import { occurrencesOf } from '../core/search/mentions.js';
import type { Range } from '../core/range.js';
import { highlightRanges } from './highlight.js';
import { sanitizeLine } from './sanitize.js';
import type { Theme } from './theme.js';
import { displayWidth, truncateToWidth } from './width.js';

const INDENT = '    ';

/**
 * The excerpt line for `text` (line `line` of a body) showing where `words` (lower case) occur;
 * without a width (piped output) the whole line, as grep would print it.
 */
export function renderExcerpt(line: number, text: string, words: readonly string[], width: number | undefined, theme: Theme): string {
  const label = `${INDENT}line ${line}: `;
  if (width === undefined) return theme.muted(label) + highlightWords(sanitizeLine(text).trim(), words, Infinity, theme);
  const room = width - displayWidth(label);
  if (room < 4) return theme.muted(truncateToWidth(label.trimEnd(), width));
  let shown = sanitizeLine(text).trim();
  const first = Math.min(...words.map((word) => lowerSameLength(shown).indexOf(word)).filter((at) => at >= 0));
  // A match past the first third of the room is brought into view, with some of what leads to it.
  if (Number.isFinite(first) && displayWidth(shown.slice(0, first)) > room / 3) {
    const lead = [...shown.slice(0, first)];
    let kept = '';
    while (lead.length > 0 && displayWidth(lead[lead.length - 1]! + kept) <= room / 4) kept = lead.pop()! + kept;
    shown = `…${kept}${shown.slice(first)}`;
  }
  const whole = shown;
  shown = truncateToWidth(whole, room);
  const visible = shown === whole ? shown.length : shown.length - 1; // not the ellipsis
  return theme.muted(label) + highlightWords(shown, words, visible, theme);
}

/** `shown` with the words highlighted up to `visible` characters. */
function highlightWords(shown: string, words: readonly string[], visible: number, theme: Theme): string {
  const lower = lowerSameLength(shown);
  const ranges = words.flatMap((word) => occurrencesOf(lower, word, false).map((at): Range => [at, Math.min(at + word.length, visible)]));
  return highlightRanges(shown, ranges, theme.match);
}
