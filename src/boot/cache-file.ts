// The file a V8 code cache is stored in. V8 checks a cache's version, flags, source and length,
// but not its bytes (its own checksum is off outside debug builds): a few damaged bytes crash the
// process (SIGSEGV, "unreachable code", out of memory) at every start. So each cache goes to disk
// behind a 16-byte header, and only a cache whose header and checksum agree is given to V8:
//   magic "BLGC" · format (u32) · payload length (u32) · CRC-32 of the payload (u32), little-endian.
// CRC-32 because Node has it natively (zlib.crc32, Node 20.15+ and 22.2+): about 0.1 ms for the
// 570 KB show cache, where a checksum loop in JavaScript costs 1.5–2 ms, before V8 has optimised it.
import zlib from 'node:zlib';

const MAGIC = 0x43474c42; // "BLGC" read as a little-endian u32
const FORMAT = 1;
const HEADER = 16;

/** The V8 cache data with its header, ready to be written. */
export function seal(payload: Uint8Array): Buffer {
  const file = Buffer.allocUnsafe(HEADER + payload.length);
  file.writeUInt32LE(MAGIC, 0);
  file.writeUInt32LE(FORMAT, 4);
  file.writeUInt32LE(payload.length, 8);
  file.writeUInt32LE(crc32(payload), 12);
  file.set(payload, HEADER);
  return file;
}

/** The V8 cache data in a file's bytes, or undefined when the header or the checksum disagree. */
export function unseal(file: Buffer): Buffer | undefined {
  if (file.length < HEADER || file.readUInt32LE(0) !== MAGIC || file.readUInt32LE(4) !== FORMAT) return undefined;
  const payload = file.subarray(HEADER);
  if (file.readUInt32LE(8) !== payload.length || file.readUInt32LE(12) !== crc32(payload)) return undefined;
  return payload;
}

// Node 20.0–20.14 has no zlib.crc32: the same checksum in JavaScript there, slower but identical.
const crc32: (data: Uint8Array) => number = typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : crc32InJs;

let table: Int32Array | undefined;

/** CRC-32 (IEEE 802.3, as zlib computes it), one byte at a time through a 256-entry table. */
export function crc32InJs(data: Uint8Array): number {
  table ??= Int32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
