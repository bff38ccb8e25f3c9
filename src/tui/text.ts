// Lines that fit the screen: every line the picker writes goes through fitLine, so no line is ever
// wider than its pane, whatever the post data or a renderer let through (measured in display
// columns, never cutting a syllable, styles closed at the cut).
import { stripEscapes } from '../render/text/escapes.js';
import { displayWidth, graphemes } from '../render/text/width.js';
import { splitStyled } from '../render/text/wrap.js';

const RESET = '\x1b[0m';

/** `line` (plain or styled) cut to at most `width` columns and padded with spaces to exactly `width`. */
export function fitLine(line: string, width: number): string {
  if (width <= 0) return '';
  const styled = line.includes('\x1b');
  const plain = styled ? stripEscapes(line) : line;
  let used = displayWidth(plain);
  let out = line;
  if (used > width) {
    const cut = cutAt(plain, width);
    out = styled ? splitStyled(line, [cut.offset])[0]! : plain.slice(0, cut.offset);
    used = cut.used;
  }
  return (styled ? out + RESET : out) + ' '.repeat(width - used);
}

/** Where to cut `plain` so it takes at most `width` columns, and the columns kept. */
function cutAt(plain: string, width: number): { offset: number; used: number } {
  let used = 0;
  for (const { segment, index } of graphemes(plain)) {
    const w = displayWidth(segment);
    if (used + w > width) return { offset: index, used };
    used += w;
  }
  return { offset: plain.length, used };
}

/** The end of `text` that fits `width` columns, whole graphemes only (a long query shows its tail). */
export function tailToWidth(text: string, width: number): string {
  const parts = graphemes(text);
  let used = 0;
  let start = text.length;
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = displayWidth(parts[i]!.segment);
    if (used + w > width) break;
    used += w;
    start = parts[i]!.index;
  }
  return text.slice(start);
}
