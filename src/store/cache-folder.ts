// The cache folder and who may write in it. A cache is trusted only as far as its folder is: a
// cache another user could write is refused, and one process at a time builds a cache, under a
// lock file next to it; the others wait for that cache while the lock is fresh, and read the
// index directly only when it goes stale (same answers, no second build).
import { isRunning, writeFileAtomic } from './atomic-write.js';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';


/**
 * Creates the cache folder (mode 0700) if needed. Returns undefined when it may hold caches, else
 * what is wrong with it: writable by group or others, or owned by another user.
 */
export function cacheFolderProblem(folder: string): string | undefined {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stat = statSync(folder);
  if (!stat.isDirectory()) return `the cache folder ${folder} is not a folder`;
  // Windows has no owners or mode bits to check.
  if (process.platform === 'win32' || process.getuid === undefined) return undefined;
  if (stat.uid !== process.getuid()) return `the cache folder ${folder} belongs to another user`;
  if ((stat.mode & 0o022) !== 0) return `the cache folder ${folder} can be written by other users`;
  return undefined;
}

/** A lock older than this is left from a process that died or hung: it is taken over. */
export const STALE_LOCK_MS = 30_000;

/** A lock this process holds. */
export interface Lock {
  /** Removes the lock, if it is still this process's (a lock taken over as stale belongs to its new holder). */
  release(): void;
  /**
   * Makes process `pid` the lock's holder (a writer started for the cache, cache-apart.ts), who
   * releases it; false when the lock is no longer this process's.
   */
  handOver(pid: number): boolean;
}

/** A lock's content: its holder's pid, the time, and `writer` for a writer it was handed to. */
const lockLine = (pid: number, role = '') => `${pid} ${Date.now()}${role && ` ${role}`}\n`;
const WRITER = 'writer';

/**
 * Takes the lock `file` (created exclusively, holding pid and time), or returns undefined when
 * another live process holds it. A lock whose holder is dead, or older than STALE_LOCK_MS, is
 * removed and taken.
 */
export function tryLock(file: string): Lock | undefined {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      const line = lockLine(process.pid);
      // Nothing, once the lock is handed over: it is then the new holder's to release.
      let mine: string | undefined = line;
      try {
        writeSync(fd, line);
      } finally {
        closeSync(fd);
      }
      return {
        release: () => {
          if (mine !== undefined && readQuietly(file) === mine) removeQuietly(file);
        },
        handOver(pid) {
          if (mine === undefined || readQuietly(file) !== mine) return false;
          try {
            // Renamed into place: a run looking at the lock meanwhile sees one holder or the other, never half a line.
            writeFileAtomic(file, lockLine(pid, WRITER), { durable: false });
          } catch {
            return false;
          }
          mine = undefined;
          return true;
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !isStale(file)) return undefined;
      removeQuietly(file);
    }
  }
  return undefined;
}

/** The holder's pid the lock `file` names, if it names one. */
export function lockHolder(file: string): number | undefined {
  const pid = Number((readQuietly(file) ?? '').split(' ')[0]);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Whether the lock `file` was handed to a writer (cache-apart.ts): its index has been read, and
 * only the cache is still being written, which can take four times as long as reading the index.
 */
export function heldByWriter(file: string): boolean {
  return (readQuietly(file) ?? '').trim().split(' ')[2] === WRITER;
}

/** Removes the lock `file` if process `pid` holds it. */
export function releaseLockOf(file: string, pid: number): void {
  if (lockHolder(file) === pid) removeQuietly(file);
}

/** How often a run waiting for another's cache looks at the lock: cheap (a read and a stat), and quick to notice. */
export const LOCK_POLL_MS = 30;

/**
 * Resolves once the lock `file` is gone (its holder finished), has gone stale, or `boundMs` has
 * passed; true only in the first case, when the holder's cache may be there to read.
 */
export async function waitForLock(file: string, boundMs = STALE_LOCK_MS): Promise<boolean> {
  const until = Date.now() + boundMs;
  for (;;) {
    if (readQuietly(file) === undefined) return true;
    if (isStale(file) || Date.now() >= until) return false;
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}

function isStale(file: string): boolean {
  const [pid, time] = (readQuietly(file) ?? '').split(' ').map(Number);
  let age = Infinity;
  try {
    age = Date.now() - statSync(file).mtimeMs;
  } catch {
    return true; // gone already
  }
  // A lock still being written has no pid yet: only its age tells.
  if (pid === undefined || !Number.isSafeInteger(pid) || pid <= 0) return age > STALE_LOCK_MS;
  return !isRunning(pid) || age > STALE_LOCK_MS || !(Number(time) > Date.now() - STALE_LOCK_MS);
}

/** A lock that cannot be removed is left to go stale: no reason to fail the run. */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // see above
  }
}

function readQuietly(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
