// A private tmux server for the terminal tests (the pager, the picker, shell completion): a socket of
// this test file's own, killed when the file ends, and polling for a screen rather than sleeping.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after } from 'node:test';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function tmuxServer(name: string) {
  const socket = `${name}-${process.pid}`;
  const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  after(() => tmux('kill-server'));
  const screenOf = (session: string) => tmux('capture-pane', '-p', '-t', session).stdout;
  /** The screen of `session` once it matches `pattern`; fails with the screen after `timeout` ms. */
  async function waitFor(session: string, pattern: RegExp, timeout = 20_000): Promise<string> {
    const end = Date.now() + timeout;
    for (;;) {
      const screen = screenOf(session);
      if (pattern.test(screen)) return screen;
      if (Date.now() > end) assert.fail(`timed out waiting for ${pattern}; screen:\n${screen}`);
      await sleep(100);
    }
  }
  return { tmux, screenOf, waitFor };
}
