// Terminal control for the picker, and a frame as text to write: a full redraw of every row,
// each addressed by position and padded to the full width, inside a synchronized update (terminals that
// know it show the frame at once; others ignore it). The real cursor stays visible throughout and
// ends where the query ends: the input method draws the syllable being composed there.

export const ENTER_ALT_SCREEN = '\x1b[?1049h';
export const LEAVE_ALT_SCREEN = '\x1b[?1049l';
export const SHOW_CURSOR = '\x1b[?25h';
const RESET = '\x1b[0m';
const BEGIN_SYNC = '\x1b[?2026h';
const END_SYNC = '\x1b[?2026l';
export const CLEAR_SCREEN = '\x1b[2J';

export interface Frame {
  /**
   * One line per screen row, each exactly the screen's width (fitLine): no erase-to-end is needed,
   * which at the last column would erase that column's character on most terminals.
   */
  readonly lines: readonly string[];
  /** Where the real cursor goes (0-based): right after the query. */
  readonly cursor: { readonly row: number; readonly column: number };
}

/** The escape sequences that draw `frame`. */
export function drawFrame(frame: Frame): string {
  let out = BEGIN_SYNC;
  frame.lines.forEach((line, row) => {
    out += `\x1b[${row + 1};1H${RESET}${line}${RESET}`;
  });
  return `${out}\x1b[${frame.cursor.row + 1};${frame.cursor.column + 1}H${SHOW_CURSOR}${END_SYNC}`;
}

/** What puts the terminal back as the shell expects it: colours off, cursor shown, main screen. */
export const RESTORE = `${RESET}${SHOW_CURSOR}${LEAVE_ALT_SCREEN}`;
