// What an index cache was made from: the index's size, modification time and inode, and a hash of
// its first and last 64 KiB, which catches an edit at either end that keeps the size and the
// modification time. An edit in the middle that keeps both is not caught (README, "Limits").
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from '../boot/cache-file.js';

export interface Stamp {
  size: number;
  mtimeMs: number;
  ino: number;
  /** CRC-32 (hex) of the first and last ENDS bytes. */
  ends: string;
}

const ENDS = 1 << 16;

/** The stamp of the index at `file` as it is now. Throws when it cannot be read. */
export function stampOf(file: string): Stamp {
  const fd = openSync(file, 'r');
  try {
    const { size, mtimeMs, ino } = fstatSync(fd);
    const head = Buffer.alloc(Math.min(size, ENDS));
    const tail = Buffer.alloc(Math.min(Math.max(size - ENDS, 0), ENDS));
    const sum = crc32(tail.subarray(0, readSync(fd, tail, 0, tail.length, size - tail.length)),
      crc32(head.subarray(0, readSync(fd, head, 0, head.length, 0))));
    return { size, mtimeMs, ino, ends: sum.toString(16).padStart(8, '0') };
  } finally {
    closeSync(fd);
  }
}

export const sameStamp = (a: Stamp, b: Stamp) =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.ends === b.ends;
