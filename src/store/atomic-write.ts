// Writing a file so that a reader sees its old content or its new content, never a part: the
// index cache and the code cache now, the importer, config and read state later.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes `data` (or its pieces, in order) to `file` atomically, creating its folder if needed: into a temporary file in the
 * same folder (a rename is atomic only within one file system), flushed to disk before the rename
 * (else a crash could leave the new name pointing at empty blocks), then renamed over `file`; the
 * folder is flushed too where the platform allows, so the rename itself survives a crash.
 * On failure the temporary file is removed, `file` is as it was, and the error is thrown.
 * `durable: false` is for files whose reader verifies every byte (the index cache and rendered posts, with their
 * checksums): the flushes are left out, since a crash that leaves such a file damaged only costs a
 * rebuild, and flushing 60 MiB took seconds on a busy disk.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array | readonly Uint8Array[], options: { durable?: boolean } = {}): void {
  // durable: false skips the flushes, for a file whose reader checks it (a checksum) and treats a
  // damaged one as missing: a crash may then leave it damaged, never half-replaced by a rename.
  const durable = options.durable !== false;
  const folder = path.dirname(file);
  mkdirSync(folder, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    // Pieces are written one after another: a large file need not be joined in memory first.
    const pieces = typeof data === 'string' ? [Buffer.from(data)] : data instanceof Uint8Array ? [data] : data;
    for (const bytes of pieces) {
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
    }
    if (durable) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch (error) {
    // Clean up as far as possible, but report the write's own error.
    const open = fd;
    if (open !== undefined) quietly(() => closeSync(open));
    quietly(() => rmSync(temporary, { force: true }));
    throw error;
  }
  // The rename is done; flushing the folder only makes it survive a crash, and Windows cannot
  // open a folder to flush it.
  if (!durable) return;
  quietly(() => {
    const folderFd = openSync(folder, 'r');
    try {
      fsyncSync(folderFd);
    } finally {
      closeSync(folderFd);
    }
  });
}

/** A temporary file younger than this may still be written, unless its writer is gone. */
export const STALE_TEMPORARY_MS = 60_000;

/**
 * Removes the temporary files that writes killed half-way left in `folder` (a killed process
 * cannot clean up after itself): those whose writing process is gone, or older than a minute.
 */
export function removeStaleTemporaries(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = /\.(\d+)\.tmp$/.exec(name)?.[1];
    if (pid === undefined) continue;
    const file = path.join(folder, name);
    quietly(() => {
      if (!isRunning(Number(pid)) || Date.now() - statSync(file).mtimeMs > STALE_TEMPORARY_MS) rmSync(file, { force: true });
    });
  }
}

/** Whether process `pid` is running (a process of another user counts as running). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function quietly(action: () => void): void {
  try {
    action();
  } catch {
    // see the callers: a failure here changes nothing the caller needs to know
  }
}
