// The config file's keys, their types and rules, in one place: the config file is checked against
// it, the README documents it, and `blog config` reads and writes it.
import { isWidth, WIDTH_RULE } from './width.js';

/** What `blog config` does: its first argument. */
export const CONFIG_ACTIONS = ['get', 'set', 'unset', 'list', 'path'] as const;

export interface Config {
  /** The index to read; `~/` is the home folder, a relative path is relative to the config file's folder. */
  readonly data?: string;
  /** The pager command line, as PAGER; "" or "cat": no paging. */
  readonly pager?: string;
  /** false: never colour; true: colour even when piped. */
  readonly color?: boolean;
  /** The width to lay out for when COLUMNS is not set, instead of the terminal's. */
  readonly width?: number;
  /** The IANA time zone for dates written without a UTC offset, like "Asia/Seoul". */
  readonly timezone?: string;
}

interface KeyRule {
  readonly description: string;
  /** What `blog config set` turns the typed text into. */
  readonly type: 'string' | 'number' | 'boolean';
  /** Undefined when the value is good, else what it must be. */
  check(value: unknown): string | undefined;
}


export const CONFIG_KEYS: { readonly [K in keyof Config]-?: KeyRule } = {
  data: {
    type: 'string',
    description: "the index to read when neither --data nor BLOG_DATA is given (~/ is the home folder; relative to the config file's folder)",
    check: (value) => (typeof value === 'string' && value.trim() !== '' ? undefined : 'the path of an index file'),
  },
  pager: {
    type: 'string',
    description: 'the pager when PAGER is not set ("" or "cat": no paging)',
    check: (value) => (typeof value === 'string' ? undefined : 'a command line as a string, like "less -S"'),
  },
  color: {
    type: 'boolean',
    description: 'false: never colour (like NO_COLOR); true: colour even when piped (like FORCE_COLOR=1)',
    check: (value) => (typeof value === 'boolean' ? undefined : 'true or false'),
  },
  width: {
    type: 'number',
    description: 'the width to lay out for when COLUMNS is not set, instead of the terminal\'s',
    check: (value) => (isWidth(value) ? undefined : WIDTH_RULE),
  },
  timezone: {
    type: 'string',
    description: 'the time zone for dates written without a UTC offset (front matter, feeds, plain dates in the index), like "Asia/Seoul"; default the system\'s',
    check: (value) => (typeof value === 'string' && isTimeZone(value) ? undefined : 'an IANA time zone name, like "Asia/Seoul" or "UTC"'),
  },
};

/** Whether `key` is a config key. */
export const isConfigKey = (key: string): key is keyof Config => Object.hasOwn(CONFIG_KEYS, key);

/**
 * The value `text` (typed on a command line) stands for as `key`'s type: a number, true or false,
 * or the text itself. Text that is no such value stays text, for the key's rule to refuse.
 */
export function valueFromText(key: keyof Config, text: string): unknown {
  const trimmed = text.trim();
  switch (CONFIG_KEYS[key].type) {
    case 'number': return /^[-+]?\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
    case 'boolean': return /^(?:true|false)$/i.test(trimmed) ? trimmed.toLowerCase() === 'true' : text;
    case 'string': return text;
  }
}

/** True for a time zone name this Node knows. */
export function isTimeZone(name: string): boolean {
  if (name.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The config in `value`, or the first problem with it as a phrase. */
export function checkConfig(value: unknown): { config: Config } | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'it must be a JSON object, like {"pager": "less"}' };
  for (const [key, item] of Object.entries(value)) {
    if (!isConfigKey(key)) return { problem: `unknown key "${key}" (the keys are ${Object.keys(CONFIG_KEYS).join(', ')})` };
    const wanted = CONFIG_KEYS[key as keyof Config].check(item);
    if (wanted !== undefined) return { problem: `"${key}" must be ${wanted}, got ${shorten(JSON.stringify(item) ?? String(item))}` };
  }
  return { config: value as Config };
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
