// The one place that knows about stdout: whether it is a terminal, its width, colour support,
// the pager and closed pipes. Commands write through an Output so tests can record what they say.
import { fstatSync, readSync, statSync, type Stats } from 'node:fs';
import { BlogError, EXIT } from './errors.js';
import { runPager } from './render/pager.js';
import { toJson } from './render/json.js';
import { sanitizeLine } from './render/sanitize.js';
import { createTheme, type Theme } from './render/theme.js';
import type { ColorChoice, HyperlinkChoice, Settings } from './settings/index.js';
import { writeStdoutSync } from './stdout-sync.js';

export interface Output {
  readonly isTTY: boolean;
  /**
   * Columns to fit: COLUMNS, else the terminal's width. Undefined when stdout is not a terminal
   * and COLUMNS is unset: layouts then take the room their content needs, so a pipe never gets a
   * title cut to an imagined 80 columns.
   */
  readonly width: number | undefined;
  readonly theme: Theme;
  /** Writes `text` and a newline. */
  line(text?: string): void;
  json(value: unknown): void;
  /** Tells the person something apart from the output, on stderr: `blog: <message>`, made inert. */
  note(message: string): void;
  /** Whether the terminal shows OSC 8 hyperlinks (never when stdout is not a terminal). */
  supportsHyperlinks(): Promise<boolean>;
  /**
   * Shows `text` on stderr in place of the last status line, only when stderr is a terminal (a
   * progress bar); "" clears it. `statusWidth` is stderr's width then, else undefined.
   */
  status(text: string): void;
  readonly statusWidth: number | undefined;
  /** Writes long text, through the pager when stdout is a terminal, it is longer than the screen and `pager` is on. */
  page(text: string, options?: { pager?: boolean }): Promise<void>;
}

export type ColorLevel = 0 | 1 | 2 | 3;

/** The colour level for the settings' choice on this stream: `auto` colours only a terminal. */
export function colorLevel(choice: ColorChoice, isTTY: boolean, detected: ColorLevel): ColorLevel {
  if (choice === 'never') return 0;
  if (typeof choice === 'number') return choice;
  if (choice === 'auto' && !isTTY) return 0;
  return Math.max(1, detected) as ColorLevel;
}

/**
 * Layout width: the settings' width (COLUMNS) when there is one, else the width of the terminal
 * `tty` (80 when it does not say), else none: output that is not going to a terminal is not cut
 * to fit one.
 */
export function terminalWidth(width: number | undefined, tty: { columns?: number | undefined } | undefined): number | undefined {
  if (width !== undefined) return width;
  if (tty === undefined) return undefined;
  return tty.columns !== undefined && tty.columns > 0 ? tty.columns : 80;
}

/** Whether links are written as OSC 8 hyperlinks: forced, or on a terminal that shows them. */
export function hyperlinksShown(choice: HyperlinkChoice, isTTY: boolean): boolean {
  return choice === 'always' || (choice === 'terminal' && isTTY);
}

const levelOfDepth = (depth: number): ColorLevel => (depth >= 24 ? 3 : depth >= 8 ? 2 : 1);

/** Stdout could not be written: `blog list > /dev/full`, a closed stdout, an I/O error. */
export class WriteError extends BlogError {
  constructor(reason: string) {
    super(`cannot write output: ${reason}`, EXIT.IO);
  }
}

// open: write; gone: the reader left (EPIPE), drop the rest quietly; failed: reported once, drop the rest.
let stdoutState: 'open' | 'gone' | 'failed' = 'open';
let checkedClosed = false;
let watching = false;
let onFailure: (error: WriteError) => void = () => {};

/**
 * Watches stdout for errors that arrive after a write (pipes and terminals report them as events);
 * `failed` hears of each failure once. `blog list | head -1` ends quietly: EPIPE is no failure.
 */
export function watchStdout(failed: (error: WriteError) => void): void {
  onFailure = failed;
  if (watching) return;
  watching = true;
  // Written straight to its file or pipe, stdout has no stream to report errors later: each write throws.
  if (!stdoutIsDirect()) listenForErrors();
}

function listenForErrors(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (stdoutState !== 'open') return;
    const failure = writeFailure(error);
    if (failure) onFailure(failure);
  });
}

let stderrWatched = false;

/** Writes to stderr. Its stream is set up on the first note only (start-up cost, as for stdout). */
function writeStderr(text: string): void {
  if (!stderrWatched) {
    stderrWatched = true;
    // With stderr gone too there is nowhere left to say anything: the exit code has to do.
    process.stderr.on('error', () => {});
  }
  process.stderr.write(text);
}

let direct: boolean | undefined;

/**
 * True when stdout is written with fs.writeSync: a regular file, /dev/null or a pipe (`> out.txt`,
 * `> /dev/null`, `| head`), as Node's own streams for them write on Linux, without setting up
 * process.stdout (1 ms for a file, 2.4 ms for a pipe, at every start). Terminals keep
 * process.stdout, as does a pipe that cannot take a write at once (EAGAIN: someone made it
 * non-blocking), from then on.
 */
function stdoutIsDirect(): boolean {
  if (direct === undefined) {
    direct = false;
    if (process.platform !== 'win32') {
      try {
        const out = fstatSync(1);
        direct = out.isFile() || out.isFIFO() || (out.isCharacterDevice() && out.rdev === statSync('/dev/null').rdev);
      } catch {
        // anything unexpected: the stream knows best
      }
    }
  }
  return direct;
}

/**
 * Writes to stdout; once it has failed or the reader has gone, drops the text. Throws a WriteError
 * for a stdout that was closed, or a write that fails at once; most failures (a full disk too)
 * arrive a moment later as an 'error' event, for watchStdout.
 */
export function writeStdout(text: string): void {
  if (stdoutState !== 'open') return;
  if (!checkedClosed) {
    checkedClosed = true;
    if (stdoutWasClosed()) {
      stdoutState = 'failed';
      throw new WriteError('stdout is closed');
    }
  }
  try {
    if (!stdoutIsDirect()) process.stdout.write(text);
    else if (writeStdoutSync(text)) {
      direct = false;
      if (watching) listenForErrors();
    }
  } catch (error) {
    const failure = writeFailure(error as NodeJS.ErrnoException);
    if (failure) throw failure;
  }
}

/** The WriteError for a stream error, or undefined for EPIPE (the reader went away: not an error). */
function writeFailure(error: NodeJS.ErrnoException): WriteError | undefined {
  if (error.code === 'EPIPE') {
    stdoutState = 'gone';
    return undefined;
  }
  stdoutState = 'failed';
  if (error.code === 'EBADF') return new WriteError('stdout is closed');
  // libuv's words for the error number ("no space left on device"), not Node's "ENOSPC: ..., write".
  // node:util is required here, not at the top: only a failed write needs it.
  const { getSystemErrorMap } = require('node:util') as typeof import('node:util');
  const described = typeof error.errno === 'number' ? getSystemErrorMap().get(error.errno)?.[1] : undefined;
  return new WriteError(described ?? error.message);
}

/**
 * `blog list >&-`: Node reopens a closed stdout on /dev/null before any of our code runs, so the
 * output would vanish with exit 0. It opens it read-write, which a shell's `>/dev/null` does not
 * (write-only), so a stdout on /dev/null that we can read from was closed, or was given to us by
 * a program that opens /dev/null read-write (Node's stdio 'ignore', Python's DEVNULL). The two
 * cannot be told apart; when stderr is /dev/null as well, all output is being thrown away on
 * purpose and nobody would read the message, so that case is left alone.
 */
function stdoutWasClosed(): boolean {
  if (process.platform === 'win32') return false;
  try {
    // A terminal is a character device too, but not /dev/null: the checks below tell them apart.
    const out = fstatSync(1);
    if (!out.isCharacterDevice()) return false;
    const devNull = statSync('/dev/null');
    const isDevNull = (stat: Stats) => stat.isCharacterDevice() && stat.rdev === devNull.rdev;
    if (!isDevNull(out) || isDevNull(fstatSync(2))) return false;
    readSync(1, Buffer.alloc(1));
    return true;
  } catch {
    return false; // write-only, or anything unexpected: assume stdout is what the user meant
  }
}

/** A note as stderr shows it. */
export const noteLine = (message: string) => `${sanitizeLine(`blog: ${message}`)}\n`;

/** What an Output writes to: the process's stdout and stderr, or a recording in tests. */
export interface Terminal {
  readonly isTTY: boolean;
  /** The terminal's size, when stdout is one. */
  readonly columns?: number | undefined;
  readonly rows?: number | undefined;
  /** The width of stderr when it is a terminal (for progress bars), else undefined. */
  readonly errorColumns?: number | undefined;
  /** Colour depth in bits (1, 4, 8, 24) the terminal reports. */
  colorDepth(): number;
  write(text: string): void;
  writeError(text: string): void;
}

/** The process's stdout (through writeStdout: closed pipes, full disks) and stderr. */
export function processTerminal(): Terminal {
  if (stdoutIsDirect()) {
    return { isTTY: false, get errorColumns() { return stderrColumns(); }, colorDepth: () => 1, write: writeStdout, writeError: writeStderr };
  }
  const stdout = process.stdout;
  const isTTY = stdout.isTTY === true;
  return {
    isTTY,
    columns: isTTY ? stdout.columns : undefined,
    rows: isTTY ? stdout.rows : undefined,
    get errorColumns() {
      return stderrColumns();
    },
    colorDepth: () => (isTTY && typeof stdout.getColorDepth === 'function' ? stdout.getColorDepth() : 1),
    write: writeStdout,
    writeError: writeStderr,
  };
}

/**
 * stderr's width when it is a terminal, whatever stdout is (`blog import … > log` still shows its
 * progress): asked for only by a status line, since process.stderr costs a stream to set up.
 */
const stderrColumns = () => (process.stderr.isTTY ? process.stderr.columns || 80 : undefined);

/** The Output for these settings on `terminal`. */
export function createOutput(settings: Pick<Settings, 'color' | 'width' | 'pager' | 'hyperlinks' | 'env'>, terminal: Terminal): Output {
  const { isTTY } = terminal;
  const write = (text: string) => terminal.write(text);
  const theme = createTheme(colorLevel(settings.color, isTTY, levelOfDepth(terminal.colorDepth())));
  return {
    isTTY,
    width: terminalWidth(settings.width, isTTY ? terminal : undefined),
    theme,
    line: (text = '') => write(`${text}\n`),
    json: (value) => write(`${toJson(value)}\n`),
    note: (message) => terminal.writeError(noteLine(message)),
    get statusWidth() {
      return terminal.errorColumns;
    },
    status(text) {
      // Carriage return, the text, then erase to the end of the line: the line is redrawn in place.
      if (terminal.errorColumns !== undefined) terminal.writeError(`\r${text}\x1b[K`);
    },
    async supportsHyperlinks() {
      return hyperlinksShown(settings.hyperlinks, isTTY);
    },
    async page(text, { pager = true } = {}) {
      const body = text.endsWith('\n') ? text : `${text}\n`;
      const rows = terminal.rows || 24;
      const argv = settings.pager;
      const long = body.split('\n').length - 1 > rows - 1;
      if (pager && isTTY && long && argv && (await runPager(body, argv, settings.env))) return;
      write(body);
    },
  };
}
