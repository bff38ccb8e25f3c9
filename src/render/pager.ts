// Page long output through $PAGER like git does: LESS defaults to FRX (quit if it fits, keep
// colours, leave the screen as it is), a pager that cannot start means plain output instead, and
// Ctrl-C goes to the pager rather than killing us while it owns the terminal. Like bat, less always
// gets -R on top of the user's LESS (LESS=-i is common, and without R colours show as ESC[1m), and
// is told the text is UTF-8 when the locale does not say so.

/** An environment, as process.env or a test gives it. */
type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_PAGER = 'less';

/** Splits a PAGER command line into words, honouring simple single and double quotes. */
export function splitCommand(command: string): string[] {
  const words: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const m of command.matchAll(pattern)) {
    words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3] ?? ''));
  }
  return words;
}

/**
 * The pager to use: $PAGER if set, else less, which gets -R first (options the user wrote in PAGER
 * come after it and win); undefined when paging is switched off (PAGER="" or cat).
 */
export function pagerCommand(env: Env): string[] | undefined {
  const [program, ...args] = splitCommand(env.PAGER ?? DEFAULT_PAGER);
  if (program === undefined || program === 'cat') return undefined;
  return /(?:^|[\\/])less(?:\.exe)?$/i.test(program) ? [program, '-R', ...args] : [program, ...args];
}

/** The locale's character set is UTF-8: the first of LC_ALL, LC_CTYPE and LANG that is set says. */
export function localeIsUtf8(env: Env): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(locale);
}

/**
 * The pager's environment: LESS=FRX unless the user set LESS, LV=-c for lv, and LESSCHARSET=utf-8
 * when the locale is not UTF-8 (C, POSIX, unset), since our output always is; otherwise less shows
 * Hangul as <EA><B0><80>. A LESSCHARSET or LESSCHARDEF of the user's own is left alone.
 */
export function pagerEnv(env: Env): NodeJS.ProcessEnv {
  const charset = env.LESSCHARSET || env.LESSCHARDEF || localeIsUtf8(env) ? {} : { LESSCHARSET: 'utf-8' };
  return { LESS: 'FRX', LV: '-c', ...env, ...charset };
}

/**
 * Sends `text` to the pager and waits until it exits. Resolves false when the pager could not be
 * started (so the caller prints the text itself), true otherwise, also when the user quit early.
 */
export async function runPager(text: string, argv: readonly string[], env: Env): Promise<boolean> {
  const [program, ...args] = argv;
  if (program === undefined) return false;
  // Loaded only when paging: child_process pulls in much of Node's networking code.
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    const ignoreInterrupt = () => {};
    process.on('SIGINT', ignoreInterrupt);
    const done = (started: boolean) => {
      process.off('SIGINT', ignoreInterrupt);
      resolve(started);
    };
    const child = spawn(program, args, {
      stdio: ['pipe', 'inherit', 'inherit'],
      env: pagerEnv(env),
    });
    child.on('error', () => done(false));
    child.on('close', () => done(true));
    // The user may quit before reading everything: a closed pipe is not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(text);
  });
}
