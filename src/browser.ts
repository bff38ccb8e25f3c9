// Starting a web browser on an address, for `blog open`: never through a shell, detached, with no
// stdio, so blog returns at once and the browser outlives it. Which browser is the settings'
// choice (src/settings/browser.ts); the address is a WebAddress's href (ASCII, no quotes or spaces).
import { spawn } from 'node:child_process';
import type { Env } from './settings/index.js';
import { splitCommand } from './render/pager.js';

/**
 * The command line one $BROWSER entry makes: `%s` is replaced by the address (and `%%` by `%`), as
 * the BROWSER convention says; an entry without `%s` gets the address as its last argument.
 */
export function browserCommandLine(entry: string, href: string): string[] {
  const words = splitCommand(entry);
  if (!words.some((word) => word.includes('%s'))) return [...words, href];
  return words.map((word) => word.replace(/%[s%]/g, (mark) => (mark === '%s' ? href : '%')));
}

/** Starts the first entry of `entries` that can be started; resolves to it, or to the errors of all of them. */
export async function startBrowser(entries: readonly string[], href: string, env: Env): Promise<{ started: string } | { errors: string[] }> {
  const errors: string[] = [];
  for (const entry of entries) {
    const [program, ...args] = browserCommandLine(entry, href);
    if (program === undefined) continue;
    const problem = await start(program, args, env);
    if (problem === undefined) return { started: entry };
    errors.push(`${program}: ${problem}`);
  }
  return { errors };
}

/** Undefined once `program` has started, else why it could not. */
function start(program: string, args: string[], env: Env): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(program, args, { env: env as NodeJS.ProcessEnv, detached: true, stdio: 'ignore', shell: false });
    child.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ENOENT' ? 'not found' : (error.code ?? error.message)));
    child.once('spawn', () => {
      child.unref();
      resolve(undefined);
    });
  });
}

/** Opens `href` with the system's opener (the `open` package: open, xdg-open, start); undefined on success, else why not. */
export async function openWithSystem(href: string): Promise<string | undefined> {
  try {
    const { default: open } = await import('open');
    await open(href, { wait: false });
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the system has no opener (xdg-open) installed' : (error as Error).message;
  }
}
