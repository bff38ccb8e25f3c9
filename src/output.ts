// The one place that knows about stdout: whether it is a terminal, its width, colour support,
// the pager and closed pipes. Commands write through an Output so tests can record what they say.
import { fstatSync, readSync, statSync, type Stats } from 'node:fs';
import { BlogError, EXIT } from './errors.js';
import { runPager, pagerCommand } from './render/pager.js';
import { toJson } from './render/json.js';
import { sanitizeLine } from './render/sanitize.js';
import { createTheme, type Theme } from './render/theme.js';

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
  /** Writes long text, through the pager when stdout is a terminal, it is longer than the screen and `pager` is on. */
  page(text: string, options?: { pager?: boolean }): Promise<void>;
}

export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * Colour: --no-color wins, then FORCE_COLOR (0/false off, 1-3 a level), then NO_COLOR (any
 * non-empty value), then colour only on a terminal that is not "dumb".
 */
export function colorLevel(settings: { noColor: boolean; env: NodeJS.ProcessEnv; isTTY: boolean; detected: ColorLevel }): ColorLevel {
  const { env } = settings;
  if (settings.noColor) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as ColorLevel;
    return Math.max(1, settings.detected) as ColorLevel;
  }
  if (env.NO_COLOR) return 0;
  if (!settings.isTTY || env.TERM === 'dumb') return 0;
  return Math.max(1, settings.detected) as ColorLevel;
}

/**
 * Layout width: COLUMNS when it is a sensible number, else the width of the terminal `tty` (80
 * when it does not say), else none: output that is not going to a terminal is not cut to fit one.
 */
export function terminalWidth(env: NodeJS.ProcessEnv, tty: { columns?: number } | undefined): number | undefined {
  const fromEnv = Number(env.COLUMNS);
  if (env.COLUMNS !== undefined && Number.isInteger(fromEnv) && fromEnv >= 10) return fromEnv;
  if (tty === undefined) return undefined;
  return tty.columns !== undefined && tty.columns > 0 ? tty.columns : 80;
}

/**
 * Whether the terminal shows OSC 8 hyperlinks. FORCE_HYPERLINK (0 or 1) decides first; then only a
 * terminal that says who it is through its environment: the ones supports-hyperlinks knows
 * (Windows Terminal, iTerm2 3.1+, WezTerm, VS Code 1.72+, Ghostty, VTE 0.50.1+, Alacritty), plus
 * kitty and tmux 3.4+ (which passes links on to the terminal outside it).
 */
export function hyperlinksSupported(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_HYPERLINK;
  if (force !== undefined && force !== '') return !/^0+$/.test(force.trim()) && force !== 'false';
  if (!isTTY || env.TERM === 'dumb' || env.CI || env.TEAMCITY_VERSION) return false;
  if ('WT_SESSION' in env) return true;
  if (env.TERM === 'xterm-kitty' || env.KITTY_WINDOW_ID) return true;
  const version = (env.TERM_PROGRAM_VERSION ?? '').split('.').map((n) => parseInt(n, 10) || 0);
  const atLeast = (...want: number[]) => {
    for (let i = 0; i < want.length; i++) {
      const have = version[i] ?? 0;
      if (have !== want[i]) return have > want[i]!;
    }
    return true;
  };
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app': return atLeast(3, 1);
    case 'WezTerm': return true;
    case 'vscode': return atLeast(1, 72);
    case 'ghostty': return true;
    case 'tmux': return atLeast(3, 4);
  }
  if (env.VTE_VERSION) {
    // VTE_VERSION is a number like 5202 (0.52.2); 0.50.0 crashed on hyperlinks.
    const vte = /^\d+$/.test(env.VTE_VERSION) ? Number(env.VTE_VERSION) : NaN;
    return vte > 5000;
  }
  return env.TERM === 'alacritty';
}

function detectedLevel(stream: NodeJS.WriteStream): ColorLevel {
  if (typeof stream.getColorDepth !== 'function') return 1;
  const depth = stream.getColorDepth();
  return depth >= 24 ? 3 : depth >= 8 ? 2 : 1;
}

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
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (stdoutState !== 'open') return;
    const failure = writeFailure(error);
    if (failure) onFailure(failure);
  });
  // With stderr gone too there is nowhere left to say anything: the exit code has to do.
  process.stderr.on('error', () => {});
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
    process.stdout.write(text);
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
  if (process.platform === 'win32' || process.stdout.isTTY) return false;
  try {
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

/** The real Output on process.stdout. */
export function createProcessOutput(options: { noColor: boolean; env?: NodeJS.ProcessEnv }): Output {
  const env = options.env ?? process.env;
  const stdout = process.stdout;
  const isTTY = stdout.isTTY === true;
  const write = writeStdout;
  const theme = createTheme(colorLevel({ noColor: options.noColor, env, isTTY, detected: isTTY ? detectedLevel(stdout) : 1 }));
  return {
    isTTY,
    width: terminalWidth(env, isTTY ? stdout : undefined),
    theme,
    line: (text = '') => write(`${text}\n`),
    json: (value) => write(`${toJson(value)}\n`),
    note: (message) => process.stderr.write(noteLine(message)),
    async supportsHyperlinks() {
      return hyperlinksSupported(env, isTTY);
    },
    async page(text, { pager = true } = {}) {
      const body = text.endsWith('\n') ? text : `${text}\n`;
      const rows = stdout.rows || 24;
      const argv = pagerCommand(env);
      const long = body.split('\n').length - 1 > rows - 1;
      if (pager && isTTY && long && argv && (await runPager(body, argv, env))) return;
      write(body);
    },
  };
}
