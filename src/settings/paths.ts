// Where blog keeps its files, worked out once: the XDG base directories on every OS (a relative
// XDG_* value is ignored, as the specification says), else ~/.config, ~/.cache, ~/.local/state
// and ~/.local/share; BLOG_CACHE_DIR moves the cache (the index cache and the code cache).
// Read by src/boot too, so it stays small and loads node:os only when HOME is not set.
import path from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

export interface Paths {
  /** The config folder: config.json. */
  readonly config: string;
  /** The cache folder: index caches and code caches, all of it safe to delete. */
  readonly cache: string;
  /** The state folder (read state, history; a later issue). */
  readonly state: string;
  /** The data folder (imported blogs; a later issue). */
  readonly data: string;
}

/** The home folder: HOME, else what the system says. */
export const homeOf = (env: Env): string => env.HOME || (require('node:os') as typeof import('node:os')).homedir();

export function blogPaths(env: Env): Paths {
  let home: string | undefined;
  const homeDir = () => (home ??= homeOf(env));
  const base = (variable: string, fallback: string) => {
    const value = env[variable];
    return value && path.isAbsolute(value) ? value : path.join(homeDir(), fallback);
  };
  // Each folder is worked out on first use: most starts need at most the config folder.
  let cache: string | undefined;
  return {
    get config() {
      return path.join(base('XDG_CONFIG_HOME', '.config'), 'blog');
    },
    get cache() {
      return (cache ??= env.BLOG_CACHE_DIR || path.join(base('XDG_CACHE_HOME', '.cache'), 'blog'));
    },
    get state() {
      return path.join(base('XDG_STATE_HOME', path.join('.local', 'state')), 'blog');
    },
    get data() {
      return path.join(base('XDG_DATA_HOME', path.join('.local', 'share')), 'blog');
    },
  };
}
