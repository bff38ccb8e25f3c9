// Page long output through $PAGER like git does: LESS defaults to FRX (quit if it fits, keep
// colours, leave the screen as it is), a pager that cannot start means plain output instead, and
// Ctrl-C goes to the pager rather than killing us while it owns the terminal.

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

/** The pager to use: $PAGER if set, else less; undefined when paging is switched off (PAGER="" or cat). */
export function pagerCommand(env: NodeJS.ProcessEnv): string[] | undefined {
  const words = splitCommand(env.PAGER ?? DEFAULT_PAGER);
  return words.length === 0 || words[0] === 'cat' ? undefined : words;
}

/**
 * Sends `text` to the pager and waits until it exits. Resolves false when the pager could not be
 * started (so the caller prints the text itself), true otherwise, also when the user quit early.
 */
export async function runPager(text: string, argv: readonly string[], env: NodeJS.ProcessEnv): Promise<boolean> {
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
      env: { LESS: 'FRX', LV: '-c', ...env },
    });
    child.on('error', () => done(false));
    child.on('close', () => done(true));
    // The user may quit before reading everything: a closed pipe is not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(text);
  });
}
