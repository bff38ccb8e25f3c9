// The config file, $XDG_CONFIG_HOME/blog/config.json: JSON with comments and trailing commas
// allowed. No file is no config; a file that cannot be used is a usage error (exit 2) naming it.
import path from 'node:path';
import { BlogError, EXIT } from '../errors.js';
import { MAX_CONFIG_BYTES, NotReadable, readRegularFile } from '../store/read.js';
import { checkConfig, type Config } from './schema.js';

export const CONFIG_FILE = 'config.json';

export interface LoadedConfig {
  readonly file: string;
  readonly values: Config;
}

/** The config file in `folder`, or undefined when there is none. */
export async function readConfig(folder: string): Promise<LoadedConfig | undefined> {
  const file = path.join(folder, CONFIG_FILE);
  let text: string;
  try {
    text = readRegularFile(file, MAX_CONFIG_BYTES).text;
  } catch (error) {
    if (error instanceof NotReadable) throw invalid(file, `it is ${error.what}`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw invalid(file, `cannot read it (${code ?? (error as Error).message})`);
  }
  return { file, values: await parseConfig(file, text) };
}

/** The config in `text` (the contents of `file`), checked against the schema. */
export async function parseConfig(file: string, text: string): Promise<Config> {
  const checked = checkConfig(await parseConfigJson(file, text));
  if ('problem' in checked) throw invalid(file, checked.problem);
  return checked.config;
}

/** The JSON (with comments) in `text`, not yet checked against the schema. */
export async function parseConfigJson(file: string, text: string): Promise<unknown> {
  // Loaded only when there is a config file: most users have none.
  const { parse, printParseErrorCode } = await import('jsonc-parser');
  const errors: import('jsonc-parser').ParseError[] = [];
  const value: unknown = parse(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true });
  const [first] = errors;
  if (first) {
    const before = text.slice(0, first.offset).split('\n');
    const words = printParseErrorCode(first.error).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
    throw invalid(file, `not valid JSON at line ${before.length}, column ${before[before.length - 1]!.length + 1}: ${words}`);
  }
  return value;
}

/** The config file cannot be used (exit 2); `blog config` may still mend it. */
export class ConfigFileError extends BlogError {
  constructor(readonly file: string, problem: string, hint = 'fix it, or delete it to use the defaults') {
    super(`invalid config file ${file}: ${problem}`, EXIT.USAGE, hint);
    this.name = 'ConfigFileError';
  }
}

const invalid = (file: string, problem: string) => new ConfigFileError(file, problem);
