// Reading the files an index names, and the index itself: only regular files, and only up to a
// size limit, checked on the opened file before a byte is read. A FIFO would block for ever,
// /dev/zero never ends, and a huge file would fill memory; the index may come from someone else.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** The largest index read (README, "Limits"). */
export const MAX_INDEX_BYTES = 1024 ** 3;
/** The largest body file read (README, "Limits"). */
export const MAX_BODY_BYTES = 16 * 1024 ** 2;
/** The largest config file read: a few settings need a few bytes. */
export const MAX_CONFIG_BYTES = 1024 ** 2;

/** Whether anything (a file, a folder) is at `file`. */
export function pathExists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/** `file` is not a regular file (`what` says what it is instead), or is larger than `limit` bytes. */
export class NotReadable extends Error {
  constructor(readonly kind: 'special' | 'folder' | 'too-large', readonly what: string) {
    super(what);
  }
}

/** The warning for a file with bytes that are not UTF-8. */
export const invalidUtf8Warning = (file: string, offset: number) =>
  `${file} is not valid UTF-8 at byte ${offset}; it was read with U+FFFD in place of the bad bytes; save it as UTF-8`;

/** The text of a file and, when it is not valid UTF-8, the byte offset of the first bad sequence. */
export interface FileText {
  readonly text: string;
  readonly invalidUtf8At?: number;
}

/**
 * Reads `file` as UTF-8 when it is a regular file of at most `limit` bytes; throws NotReadable
 * when it is not, and Node's own errors (ENOENT, EACCES, ...) when it cannot be opened.
 */
export function readRegularFile(file: string, limit: number): FileText {
  const data = readRegularBytes(file, limit);
  const text = data.toString('utf8');
  const invalidUtf8At = firstInvalidUtf8(data, text);
  return invalidUtf8At === undefined ? { text } : { text, invalidUtf8At };
}

/** The bytes of `file`, for files whose encoding they declare themselves (feeds); as readRegularFile. */
export function readRegularBytes(file: string, limit: number): Buffer {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    // A socket cannot be opened at all (ENXIO): say what it is rather than "no such device".
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') refuse(statSync(file), limit);
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    refuse(stat, limit);
    return readAtMost(fd, stat.size, limit);
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes, read to its end but never past `limit`: a file can grow after fstat, and some
 * (in /proc) say they are empty and are not.
 */
function readAtMost(fd: number, size: number, limit: number): Buffer {
  // One byte more than fstat says, so that the usual file is read in one call and its end seen in the next.
  let buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(size + 1, 64 * 1024)));
  let filled = 0;
  for (;;) {
    const read = readSync(fd, buffer, filled, buffer.length - filled, null);
    if (read === 0) return buffer.subarray(0, filled);
    filled += read;
    if (filled > limit) throw new NotReadable('too-large', `more than ${limit} bytes, over the limit of ${bytes(limit)}`);
    if (filled === buffer.length) {
      const larger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
      buffer.copy(larger, 0, 0, filled);
      buffer = larger;
    }
  }
}

function refuse(stat: Stats, limit: number): void {
  if (stat.isDirectory()) throw new NotReadable('folder', 'a folder');
  if (!stat.isFile()) throw new NotReadable('special', `not a regular file but ${kindOf(stat)}`);
  if (stat.size > limit) throw new NotReadable('too-large', `${stat.size} bytes, over the limit of ${bytes(limit)}`);
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
}

/** A limit as people read it: "16 MiB", "1 GiB". */
export function bytes(size: number): string {
  const unit = size < 1024 ? 0 : size < 1024 ** 2 ? 1 : size < 1024 ** 3 ? 2 : 3;
  return `${Math.round((size / 1024 ** unit) * 10) / 10} ${['bytes', 'KiB', 'MiB', 'GiB'][unit]}`;
}

/**
 * Where the first byte sequence that is not UTF-8 starts, or undefined. Decoding replaced it with
 * U+FFFD, so only text holding U+FFFD is looked at: everything before the first replacement
 * decoded as itself, so its UTF-8 length is the offset. A U+FFFD written in the file is skipped.
 */
function firstInvalidUtf8(source: Buffer, text: string): number | undefined {
  let at = text.indexOf('\uFFFD');
  if (at === -1) return undefined;
  let offset = Buffer.byteLength(text.slice(0, at));
  for (;;) {
    if (!(source[offset] === 0xef && source[offset + 1] === 0xbf && source[offset + 2] === 0xbd)) return offset;
    const next = text.indexOf('\uFFFD', at + 1);
    if (next === -1) return undefined;
    offset += 3 + Buffer.byteLength(text.slice(at + 1, next));
    at = next;
  }
}
