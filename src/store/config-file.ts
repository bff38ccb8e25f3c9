// Changing one key of the config file while keeping the rest of it as the user wrote it: comments,
// order and layout survive (jsonc-parser edits the text), and the file is replaced atomically only
// when the result is a valid config.
import { usageError } from '../errors.js';
import { CONFIG_FILE, parseConfig, parseConfigJson } from '../settings/config.js';
import type { Config } from '../settings/schema.js';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { MAX_CONFIG_BYTES, NotReadable, readRegularFile } from './read.js';

/**
 * Sets `key` to `value` (undefined: removes it) in the config file of `folder`, creating the file
 * when there is none. Returns the file. Throws a usage error when the file exists but cannot be
 * read or parsed (it is left alone), or when the result breaks the config's rules.
 */
export async function updateConfig<K extends keyof Config>(folder: string, key: K, value: Config[K] | undefined): Promise<string> {
  const file = path.join(folder, CONFIG_FILE);
  const before = currentText(file);
  // Text that is not JSON is not edited; a value against the rules may be (setting or removing it
  // is how `blog config` mends it), but the result is checked whole, so no other problem hides.
  if (before.trim() !== '') await parseConfigJson(file, before);
  const { applyEdits, modify } = await import('jsonc-parser');
  const base = before.trim() === '' ? '{}\n' : before;
  const after = applyEdits(base, modify(base, [key], value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } }));
  await parseConfig(file, after);
  writeFileAtomic(file, after.endsWith('\n') ? after : `${after}\n`);
  return file;
}

function currentText(file: string): string {
  try {
    return readRegularFile(file, MAX_CONFIG_BYTES).text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return '';
    const problem = error instanceof NotReadable ? `it is ${error.what}` : `cannot read it (${code ?? (error as Error).message})`;
    throw usageError(`cannot change the config file ${file}: ${problem}`, 'fix or remove it, then try again');
  }
}
