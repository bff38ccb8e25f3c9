// Display width: Hangul and other wide characters take two terminal columns, combining marks none.
// Every layout decision (tables, truncation, wrapping) goes through here, never String#length.
import stringWidth, { graphemes } from './string-width.js';

export { graphemes };

export const displayWidth = (text: string): number => stringWidth(text);

/**
 * Cuts plain text to at most `max` columns, ending with `ellipsis` when something was cut.
 * Never splits a grapheme (a syllable, an emoji sequence, a letter with its accents).
 */
export function truncateToWidth(text: string, max: number, ellipsis = '…'): string {
  if (displayWidth(text) <= max) return text;
  const room = max - displayWidth(ellipsis);
  if (room < 0) return '';
  let out = '';
  let used = 0;
  for (const { segment } of graphemes(text)) {
    const w = displayWidth(segment);
    if (used + w > room) break;
    out += segment;
    used += w;
  }
  return out + ellipsis;
}
