import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hyperlinksShown } from '../../src/output.js';
import { resolveSettings } from '../../src/settings/index.js';

/** Whether `blog` writes OSC 8 links with this environment, on a terminal or not. */
const hyperlinksSupported = (env: Record<string, string>, isTTY: boolean) =>
  hyperlinksShown(resolveSettings({ flags: {}, env, config: undefined, bundledIndex: 'posts.json' }).hyperlinks, isTTY);

const CASES: [description: string, env: Record<string, string>, isTTY: boolean, expected: boolean][] = [
  ['not a terminal', { TERM_PROGRAM: 'WezTerm' }, false, false],
  ['FORCE_HYPERLINK=1 wins, even piped', { FORCE_HYPERLINK: '1' }, false, true],
  ['FORCE_HYPERLINK=0 wins', { FORCE_HYPERLINK: '0', TERM_PROGRAM: 'WezTerm' }, true, false],
  ['an unknown terminal', { TERM: 'xterm-256color' }, true, false],
  ['a dumb terminal', { TERM: 'dumb', KITTY_WINDOW_ID: '1' }, true, false],
  ['kitty by TERM', { TERM: 'xterm-kitty' }, true, true],
  ['kitty by KITTY_WINDOW_ID (TERM changed by the user)', { TERM: 'xterm-256color', KITTY_WINDOW_ID: '3' }, true, true],
  ['WezTerm', { TERM_PROGRAM: 'WezTerm', TERM_PROGRAM_VERSION: '20240203-110809-5046fc22' }, true, true],
  ['tmux 3.4', { TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: '3.4' }, true, true],
  ['tmux 3.5a', { TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: '3.5a' }, true, true],
  ['tmux 3.3a (no OSC 8 pass-through)', { TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: '3.3a' }, true, false],
  ['tmux 2.9', { TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: '2.9' }, true, false],
  ['iTerm2 3.4', { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4.19' }, true, true],
  ['iTerm2 3.0', { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0.15' }, true, false],
  ['VS Code 1.85', { TERM_PROGRAM: 'vscode', TERM_PROGRAM_VERSION: '1.85.1' }, true, true],
  ['VS Code 1.60', { TERM_PROGRAM: 'vscode', TERM_PROGRAM_VERSION: '1.60.0' }, true, false],
  ['Ghostty', { TERM_PROGRAM: 'ghostty' }, true, true],
  ['Windows Terminal', { WT_SESSION: 'abc' }, true, true],
  ['GNOME Terminal (VTE 0.76)', { VTE_VERSION: '7600' }, true, true],
  ['VTE 0.50.0, which crashed on links', { VTE_VERSION: '5000' }, true, false],
  ['Alacritty', { TERM: 'alacritty' }, true, true],
  ['CI logs', { CI: 'true', TERM_PROGRAM: 'WezTerm' }, true, false],
];

test('hyperlinks: OSC 8 is used only where the terminal says it supports it', () => {
  for (const [description, env, isTTY, expected] of CASES) {
    assert.equal(hyperlinksSupported(env, isTTY), expected, description);
  }
});
