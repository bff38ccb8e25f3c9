// The file a V8 code cache is stored in. V8 checks a cache's version, flags, source and length,
// but not its bytes (its own checksum is off outside debug builds): a few damaged bytes crash the
// process (SIGSEGV, "unreachable code", out of memory) at every start. So each cache goes to disk
// behind a 16-byte header, and only a cache whose header and checksum agree is given to V8:
//   magic "BLGC" · format (u32) · payload length (u32) · CRC-32 of the payload (u32), little-endian.
// CRC-32 because Node has it natively (zlib.crc32, Node 20.15+ and 22.2+): about 0.1 ms for the
// 570 KB show cache, where a checksum loop in JavaScript costs 1.5–2 ms, before V8 has optimised it
// (a hash in WebAssembly: 0.4 ms to instantiate and 0.7 ms to run).
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

/**
 * zlib's CRC-32, without loading node:zlib where that can be avoided: node:zlib loads the stream
 * modules (about 1 ms of start-up), which a run writing to a file or /dev/null otherwise never
 * needs (src/output.ts). zlib.crc32 is a wrapper around its binding's crc32(data, value); the
 * binding is used directly on the Node versions where that is so (checked on 20.15+, 22 and 24),
 * unless deprecation warnings were asked for (process.binding is deprecated in the documentation
 * and warns under --pending-deprecation) or the binding is refused (permission model). Elsewhere
 * zlib.crc32, and on Node 20.0–20.14, which has none, the same checksum in JavaScript.
 */
function nativeCrc32(): ((data: Uint8Array, value: number) => number) | undefined {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const known = (major === 20 && minor >= 15) || (major === 22 && minor >= 2) || major === 23 || major === 24;
  const warns = process.execArgv.some((arg) => arg.includes('deprecation')) || /deprecation/.test(process.env.NODE_OPTIONS ?? '');
  if (known && !warns) {
    try {
      const binding = (process as unknown as { binding(name: string): { crc32?: unknown } }).binding('zlib');
      const native = binding.crc32;
      if (typeof native === 'function') return native as (data: Uint8Array, value: number) => number;
    } catch {
      // refused: the public module below
    }
  }
  const zlib = require('node:zlib') as typeof import('node:zlib');
  return typeof zlib.crc32 === 'function' ? (data, value) => zlib.crc32(data, value) : undefined;
}

let crc32Native: ((data: Uint8Array, value: number) => number) | undefined | null = null;

/** CRC-32 of `data`, continuing from `value` (the CRC-32 of what came before), as zlib.crc32. */
export function crc32(data: Uint8Array, value = 0): number {
  if (crc32Native === null) crc32Native = nativeCrc32();
  return crc32Native ? crc32Native(data, value) : crc32InJs(data, value);
}

let table: Int32Array | undefined;

/** CRC-32 (IEEE 802.3, as zlib computes it), one byte at a time through a 256-entry table. */
export function crc32InJs(data: Uint8Array, value = 0): number {
  table ??= Int32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let crc = value ^ -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
