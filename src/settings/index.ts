// One settings layer: a command-line flag beats the environment, which beats the config file,
// which beats the defaults. Every command gets its settings from here, and nothing else in src/
// reads the environment (src/boot reads the cache folder through paths.ts).
import path from 'node:path';
import { DEFAULT_PAGER, pagerCommand } from '../render/pager.js';
import { readConfig, type LoadedConfig } from './config.js';
import { excerpt, usageError } from '../errors.js';
import { blogPaths, homeOf, type Env, type Paths } from './paths.js';
import { isWidth, WIDTH_RULE } from './width.js';
import type { Config } from './schema.js';
import { browserChoice, type BrowserChoice } from './browser.js';

export type { Env, Paths } from './paths.js';

/**
 * Colour: never; auto (on a terminal that is not "dumb", at the level it reports); always (at the
 * terminal's level, at least 16 colours, also when piped); or a level forced by FORCE_COLOR.
 */
export type ColorChoice = 'never' | 'auto' | 'always' | 2 | 3;

/** OSC 8 links: forced on or off (FORCE_HYPERLINK), or when stdout is a terminal that says it shows them. */
export type HyperlinkChoice = 'always' | 'never' | 'terminal';

export interface Settings {
  /** The index to read: --data, BLOG_DATA, the config file's "data", the bundled sample blog. */
  readonly data: string;
  readonly bundledIndex: string;
  readonly color: ColorChoice;
  /** The width to lay out for when known without asking the terminal: COLUMNS, else the config file's "width". */
  readonly width: number | undefined;
  /** The pager's command line: PAGER, the config file's "pager", less; undefined: never page. */
  readonly pager: readonly string[] | undefined;
  readonly hyperlinks: HyperlinkChoice;
  /** The time zone for dates without a UTC offset: the config file's "timezone", else the system's (TZ). */
  readonly timezone: string;
  /** What `blog open` opens a web address with (BROWSER, the system's opener), or why nothing. */
  readonly browser: BrowserChoice;
  /** Each config key's value in force and where it comes from, for `blog config`. */
  readonly origins: SettingOrigins;
  /** BLOG_DEBUG: stack traces of unexpected errors. */
  readonly debug: boolean;
  /** BLOG_NO_CACHE: read large indexes directly, and render every post afresh. */
  readonly noCache: boolean;
  /** BLOG_BUILD_CODE_CACHE: the build is warming the code caches, and must write nothing in the user's cache folder. */
  readonly buildingCodeCache: boolean;
  readonly paths: Paths;
  /** The environment as given, for the programs blog starts (the pager). */
  readonly env: Env;
}

/** Where a setting's value in force comes from: a flag, the environment, the config file, or the default. */
export type SettingSource = 'flag' | 'env' | 'config' | 'default';

export interface SettingOrigin {
  /** The value in force; null when there is none of blog's own (the width: the terminal's). */
  readonly value: string | number | boolean | null;
  readonly source: SettingSource;
  /** The flag or variable that set it (`--data`, `COLUMNS`). */
  readonly name?: string;
}

export type SettingOrigins = { readonly [K in keyof Config]-?: SettingOrigin };

/** The global options that are settings. */
export interface Flags {
  readonly data?: string | undefined;
  /** false for --no-color. */
  readonly color?: boolean | undefined;
}

export interface SettingsInput {
  readonly flags: Flags;
  readonly env: Env;
  readonly config: LoadedConfig | undefined;
  /** The sample blog that ships with blog, read when nothing else names an index. */
  readonly bundledIndex: string;
}

export function resolveSettings({ flags, env, config, bundledIndex }: SettingsInput): Settings {
  const values = config?.values ?? {};
  const configData = values.data === undefined ? undefined : configPath(values.data, config!.file, env);
  // An empty --data would be the current folder: say so rather than read it.
  if (flags.data === '') throw usageError('--data needs a file name, got an empty one', 'pass --data FILE or leave it out');
  return {
    data: String(dataOrigin(flags, env, configData, bundledIndex).value),
    bundledIndex,
    color: colorChoice(flags, env, values.color),
    width: columns(env) ?? values.width,
    pager: pagerCommand({ PAGER: env.PAGER ?? values.pager }),
    hyperlinks: hyperlinkChoice(env),
    // A getter: the system's zone costs ICU's start (about 15 ms), which only imports and plain dates need.
    get timezone() {
      return values.timezone ?? systemTimeZone();
    },
    browser: browserChoice(env),
    get origins() {
      return originsOf(flags, env, values, configData, bundledIndex);
    },
    debug: isDebug(env),
    noCache: Boolean(env.BLOG_NO_CACHE),
    buildingCodeCache: Boolean(env.BLOG_BUILD_CODE_CACHE),
    paths: blogPaths(env),
    env,
  };
}

/** The index to read and who named it: --data, BLOG_DATA, the config file, else the bundled sample ("default"). */
function dataOrigin(flags: Flags, env: Env, configData: string | undefined, bundledIndex: string): SettingOrigin {
  if (flags.data !== undefined) return { value: flags.data, source: 'flag', name: '--data' };
  if (env.BLOG_DATA) return { value: env.BLOG_DATA, source: 'env', name: 'BLOG_DATA' };
  return configData !== undefined ? { value: configData, source: 'config' } : { value: bundledIndex, source: 'default' };
}

/** The same order as resolveSettings, told with the source of each value. */
function originsOf(flags: Flags, env: Env, values: Config, configData: string | undefined, bundledIndex: string): SettingOrigins {
  const fromConfig = (value: string | number | boolean | undefined): SettingOrigin | undefined =>
    value === undefined ? undefined : { value, source: 'config' };
  const color = (): SettingOrigin => {
    if (flags.color === false) return { value: false, source: 'flag', name: '--no-color' };
    const choice = colorChoice(flags, env, values.color);
    const value = choice === 'auto' ? 'auto' : choice !== 'never';
    if (env.FORCE_COLOR !== undefined) return { value, source: 'env', name: 'FORCE_COLOR' };
    if (env.NO_COLOR) return { value, source: 'env', name: 'NO_COLOR' };
    return fromConfig(values.color) ?? (env.TERM === 'dumb' ? { value, source: 'env', name: 'TERM' } : { value, source: 'default' });
  };
  const width = columns(env);
  return {
    data: dataOrigin(flags, env, configData, bundledIndex),
    pager: env.PAGER !== undefined ? { value: env.PAGER, source: 'env', name: 'PAGER' } : fromConfig(values.pager) ?? { value: DEFAULT_PAGER, source: 'default' },
    color: color(),
    width: width !== undefined ? { value: width, source: 'env', name: 'COLUMNS' } : fromConfig(values.width) ?? { value: null, source: 'default' },
    timezone: fromConfig(values.timezone) ?? { value: systemTimeZone(), source: 'default' },
  };
}

/** Reads the config file (from the config folder the environment names), then resolves. */
export async function loadSettings(flags: Flags, env: Env, bundledIndex: string): Promise<Settings> {
  return resolveSettings({ flags, env, config: await readConfig(blogPaths(env).config), bundledIndex });
}

/** A path written in the config file: `~/` is the home folder; relative paths are relative to the file's folder. */
function configPath(value: string, file: string, env: Env): string {
  return /^~[\\/]/.test(value) ? path.join(homeOf(env), value.slice(2)) : path.resolve(path.dirname(file), value);
}

// The process's own zone (TZ, else the system's).
let systemZone: string | undefined;
function systemTimeZone(): string {
  return (systemZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC');
}

/** BLOG_DEBUG, which also counts for errors that come before the settings (bad options, a bad config file). */
export const isDebug = (env: Env) => Boolean(env.BLOG_DEBUG);

/** --no-color, then FORCE_COLOR (0/false off, 2/3 a level, else on), then NO_COLOR (any non-empty value), then the config file. */
function colorChoice(flags: Flags, env: Env, config: boolean | undefined): ColorChoice {
  if (flags.color === false) return 'never';
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 'never';
    if (force === '2' || force === '3') return Number(force) as 2 | 3;
    return 'always';
  }
  if (env.NO_COLOR) return 'never';
  if (config !== undefined) return config ? 'always' : 'never';
  return env.TERM === 'dumb' ? 'never' : 'auto';
}

/**
 * COLUMNS when it is a number; one outside the widths blog lays out for is a usage error (it is
 * usually a mistake, and 300000000 would print hundreds of megabytes). Anything else (empty, "wide")
 * counts as unset, as shells and other programs treat it.
 */
function columns(env: Env): number | undefined {
  const text = env.COLUMNS?.trim();
  if (text === undefined || !/^[-+]?\d+$/.test(text)) return undefined;
  const value = Number(text);
  if (!isWidth(value)) throw usageError(`COLUMNS=${excerpt(text)} is not a width blog can use`, `set COLUMNS to ${WIDTH_RULE}, or unset it`);
  return value;
}

/**
 * FORCE_HYPERLINK (0 or 1) decides first; then only a terminal that says who it is through its
 * environment: the ones supports-hyperlinks knows (Windows Terminal, iTerm2 3.1+, WezTerm, VS Code
 * 1.72+, Ghostty, VTE 0.50.1+, Alacritty), plus kitty and tmux 3.4+ (which passes links on to the
 * terminal outside it).
 */
function hyperlinkChoice(env: Env): HyperlinkChoice {
  const force = env.FORCE_HYPERLINK;
  if (force !== undefined && force !== '') return !/^0+$/.test(force.trim()) && force !== 'false' ? 'always' : 'never';
  return terminalShowsLinks(env) ? 'terminal' : 'never';
}

function terminalShowsLinks(env: Env): boolean {
  if (env.TERM === 'dumb' || env.CI || env.TEAMCITY_VERSION) return false;
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
