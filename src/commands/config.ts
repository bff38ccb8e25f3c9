// `blog config get|set|unset|list|path`: the config file's keys, read and changed one at a time.
// The keys, their types and rules are CONFIG_KEYS (src/settings/schema.ts); changes keep the
// file's comments and layout and are written atomically (src/store/config-file.ts).
import path from 'node:path';
import { BlogError, EXIT, excerpt, usageError } from '../errors.js';
import type { Output } from '../output.js';
import { CONFIG_FILE, readConfig } from '../settings/config.js';
import type { Settings } from '../settings/index.js';
import { homeOf } from '../settings/paths.js';
import { sanitizeLine } from '../render/sanitize.js';
import { pathExists } from '../store/read.js';
import { CONFIG_ACTIONS, CONFIG_KEYS, isConfigKey, valueFromText, type Config } from '../settings/schema.js';

export interface ConfigOptions {
  effective?: boolean;
  json?: boolean;
}

const ACTIONS = CONFIG_ACTIONS;
type Action = (typeof ACTIONS)[number];

/** How many arguments each action takes after its name. */
const ARGUMENTS: Record<Action, number> = { get: 1, set: 2, unset: 1, list: 0, path: 0 };
const USAGE: Record<Action, string> = {
  get: 'blog config get KEY', set: 'blog config set KEY VALUE', unset: 'blog config unset KEY', list: 'blog config list', path: 'blog config path',
};

/**
 * `problem`: why the config file could not be used. `path`, `set` and `unset` still run (setting or
 * removing a bad value mends the file); `get` and `list` would tell what is not in force, so they report it.
 */
export async function configCommand(action: string, args: readonly (string | undefined)[], options: ConfigOptions, settings: Settings, out: Output,
  problem?: Error): Promise<void> {
  if (!(ACTIONS as readonly string[]).includes(action)) {
    throw usageError(`unknown config action "${excerpt(action)}"`, `use one of ${ACTIONS.join(', ')}, e.g. blog config list`);
  }
  const act = action as Action;
  const given = args.filter((arg): arg is string => arg !== undefined);
  if (given.length !== ARGUMENTS[act]) {
    const what = given.length < ARGUMENTS[act] ? 'needs' : 'takes only';
    const count = ARGUMENTS[act] === 0 ? 'no arguments' : ARGUMENTS[act] === 1 ? 'a key' : 'a key and a value';
    throw usageError(`blog config ${act} ${what} ${count}`, `write ${USAGE[act]}${act === 'set' ? ' (quote a value with spaces)' : ''}`);
  }
  const file = path.join(settings.paths.config, CONFIG_FILE);
  if (act === 'path') return out.line(file);
  if (problem && (act === 'get' || act === 'list')) throw problem;
  if (act === 'list') return list(settings, options, out);
  const key = configKey(given[0]!);
  if (act === 'get') return get(key, file, settings, options, out);
  const { updateConfig } = await import('../store/config-file.js');
  if (act === 'unset') {
    // Nothing to remove: leave the file (or its absence) alone.
    if (!problem && (await readConfig(settings.paths.config))?.values[key] === undefined) return;
    await updateConfig(settings.paths.config, key, undefined);
    return;
  }
  const value = typedValue(key, given[1]!);
  await updateConfig(settings.paths.config, key, value as Config[typeof key]);
  if (key === 'data') await noteMissingIndex(String(value).replace(/^~(?=[\\/])/, () => homeOf(settings.env)), out);
}

function configKey(name: string): keyof Config {
  if (isConfigKey(name)) return name;
  throw usageError(`unknown config key "${excerpt(name)}"`, `the keys are ${Object.keys(CONFIG_KEYS).join(', ')}`);
}

/** The typed text as the key's value, checked against its rule; `data` paths become absolute, but `~/` stays as typed. */
function typedValue(key: keyof Config, text: string): unknown {
  let value = valueFromText(key, text);
  const wanted = CONFIG_KEYS[key].check(value);
  if (wanted !== undefined) {
    throw usageError(`"${key}" must be ${wanted}, got ${excerpt(JSON.stringify(value))}`, `e.g. blog config set ${key} ${EXAMPLES[key]}`);
  }
  // A path typed in a shell means the current folder's, not the config file's folder.
  if (key === 'data' && typeof value === 'string' && !/^~[\\/]/.test(value)) value = path.resolve(value);
  return value;
}

const EXAMPLES: { readonly [K in keyof Config]-?: string } = {
  data: '~/blog/posts.json', pager: "'less -S'", color: 'false', width: '100', timezone: 'Asia/Seoul',
};

/** A `data` that names nothing yet (or a folder without posts.json) is allowed, as an import may create it, but said. */
async function noteMissingIndex(target: string, out: Output): Promise<void> {
  if (!pathExists(target)) return out.note(`note: ${target} does not exist yet; blog reads it once it does`);
  const { indexFileOf } = await import('../store/blog.js');
  try {
    indexFileOf(target);
  } catch (error) {
    out.note(`note: ${(error as Error).message} yet; blog reads it once it has`);
  }
}

async function get(key: keyof Config, file: string, settings: Settings, options: ConfigOptions, out: Output): Promise<void> {
  if (options.effective) {
    const origin = settings.origins[key];
    if (options.json) return out.json({ key, ...origin });
    return out.line(origin.value === null ? '' : sanitizeLine(String(origin.value)));
  }
  const value = (await readConfig(settings.paths.config))?.values[key];
  if (value === undefined) {
    if (options.json) out.json(null);
    throw new BlogError(`"${key}" is not set in ${file}`, EXIT.NOT_FOUND, `see the value in force with: blog config get ${key} --effective`);
  }
  if (options.json) return out.json({ key, value, source: 'config' });
  out.line(sanitizeLine(String(value)));
}

function list(settings: Settings, options: ConfigOptions, out: Output): void {
  const origins = Object.keys(CONFIG_KEYS).map((key) => ({ key, ...settings.origins[key as keyof Config] }));
  if (options.json) return out.json(origins);
  const rows = origins.map(({ key, value, source, name }) => [key, shown(value), name === undefined ? source : `${source} ${name}`] as const);
  const keyWidth = Math.max(...rows.map(([key]) => key.length));
  // Values are paths and names: no cutting, so they can be copied whole.
  for (const [key, value, source] of rows) out.line(`${key.padEnd(keyWidth)}  ${sanitizeLine(value)}  ${out.theme.muted(`(${source})`)}`);
}

/** A value as text: strings as they are ("" quoted so it shows), null as what it means. */
const shown = (value: string | number | boolean | null) =>
  value === null ? "(the terminal's)" : value === '' ? '""' : String(value);

