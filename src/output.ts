// The one place that knows about stdout: whether it is a terminal, its width, colour support,
// the pager and closed pipes. Commands write through an Output so tests can record what they say.
import { runPager, pagerCommand } from './render/pager.js';
import { toJson } from './render/json.js';
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

function detectedLevel(stream: NodeJS.WriteStream): ColorLevel {
  if (typeof stream.getColorDepth !== 'function') return 1;
  const depth = stream.getColorDepth();
  return depth >= 24 ? 3 : depth >= 8 ? 2 : 1;
}

let stdoutClosed = false;

/**
 * `blog list | head -1`: when the reader goes away, stop writing and end quietly instead of
 * dying on EPIPE. Installed first thing, since commander writes help and version to stdout too.
 */
export function endQuietlyOnClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stdoutClosed = true;
  });
}

/** The real Output on process.stdout. */
export function createProcessOutput(options: { noColor: boolean; env?: NodeJS.ProcessEnv }): Output {
  const env = options.env ?? process.env;
  const stdout = process.stdout;
  const isTTY = stdout.isTTY === true;
  const write = (text: string) => {
    if (!stdoutClosed) stdout.write(text);
  };
  const theme = createTheme(colorLevel({ noColor: options.noColor, env, isTTY, detected: isTTY ? detectedLevel(stdout) : 1 }));
  return {
    isTTY,
    width: terminalWidth(env, isTTY ? stdout : undefined),
    theme,
    line: (text = '') => write(`${text}\n`),
    json: (value) => write(`${toJson(value)}\n`),
    async supportsHyperlinks() {
      if (!isTTY) return false;
      const { default: supports } = await import('supports-hyperlinks');
      return supports.stdout !== false;
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
