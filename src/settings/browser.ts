// What `blog open` opens a web address with, decided from the environment alone: over SSH the
// browser would open on the far machine (or fail), so the address is printed; BROWSER, when set,
// is a `:`-separated list of commands tried in turn; else the system's opener, except on a
// Linux/BSD desktop-less session (no DISPLAY, no WAYLAND_DISPLAY), where xdg-open would fail.
import type { Env } from './paths.js';

export type BrowserChoice =
  | { readonly kind: 'browser'; readonly commands: readonly string[] }
  | { readonly kind: 'system' }
  | { readonly kind: 'none'; readonly reason: 'ssh' | 'no-display' };

export function browserChoice(env: Env, platform: NodeJS.Platform = process.platform): BrowserChoice {
  if (env.SSH_CONNECTION) return { kind: 'none', reason: 'ssh' };
  const commands = (env.BROWSER ?? '').split(':').map((command) => command.trim()).filter(Boolean);
  if (commands.length > 0) return { kind: 'browser', commands };
  const desktop = platform === 'darwin' || platform === 'win32' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY || env.WSL_DISTRO_NAME);
  return desktop ? { kind: 'system' } : { kind: 'none', reason: 'no-display' };
}
