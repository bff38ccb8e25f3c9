// Feed bytes to text, in the charset the feed declares. Korean feeds of older servers are EUC-KR
// (or its superset CP949, which the WHATWG "euc-kr" decoder is). Order, as RFC 7303 says: a byte
// order mark, then the HTTP Content-Type charset, then the XML declaration's encoding, then UTF-8.
import { SourceError } from '../errors.js';

export interface Decoded {
  readonly text: string;
  readonly charset: string;
  /** The bytes were not all valid in `charset`: the bad ones became U+FFFD. */
  readonly replaced: boolean;
}

export function decodeFeed(bytes: Uint8Array, contentType: string | undefined, source: string): Decoded {
  const bom = bomOf(bytes);
  const candidates = [bom, charsetOf(contentType), declaredEncoding(bytes)].filter((c): c is string => c !== undefined);
  let unknown: string | undefined;
  for (const charset of candidates) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset, { fatal: true });
    } catch {
      unknown ??= charset;
      continue;
    }
    if (decoder.encoding === 'euc-kr') return { ...decodeCp949(bytes), charset: 'euc-kr' };
    try {
      return { text: decoder.decode(bytes), charset: decoder.encoding, replaced: false };
    } catch {
      return { text: new TextDecoder(charset).decode(bytes), charset: decoder.encoding, replaced: true };
    }
  }
  if (unknown !== undefined) {
    throw new SourceError('charset', source, `unknown character set "${unknown.slice(0, 40)}"`, 'save the feed as UTF-8, or declare a standard charset such as euc-kr');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', replaced: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', replaced: true };
  }
}

function bomOf(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The charset parameter of a Content-Type header, unquoted. */
function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}

/** `encoding="..."` of an XML declaration at the start (read as ASCII: every charset a feed uses agrees on it). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  const m = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m?.[1];
}

/**
 * EUC-KR as Korean servers mean it: CP949 (Unified Hangul Code), as the WHATWG "euc-kr" decoder
 * reads it. Node's decoder (ICU) knows only KS X 1001, whose 2,350 syllables leave out many in
 * daily use (똠, 뷁, 햏): it drops their lead byte and shows a stray letter. CP949 puts the other
 * 8,822 syllables in byte pairs that KS X 1001 leaves free, in Unicode order, so they are decoded
 * here by counting; everything else goes to Node's decoder.
 */
function decodeCp949(bytes: Uint8Array): { text: string; replaced: boolean } {
  let text = '';
  let replaced = false;
  let start = 0;
  const flush = (end: number) => {
    if (end <= start) return;
    const part = bytes.subarray(start, end);
    try {
      text += new TextDecoder('euc-kr', { fatal: true }).decode(part);
    } catch {
      text += new TextDecoder('euc-kr').decode(part);
      replaced = true;
    }
  };
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    if (lead < 0x80 || i + 1 >= bytes.length) {
      i += 1;
      continue;
    }
    const index = extensionIndex(lead, bytes[i + 1]!);
    if (index === undefined) {
      i += lead >= 0xa1 && bytes[i + 1]! >= 0xa1 ? 2 : 1;
      continue;
    }
    flush(i);
    text += extensionSyllables()[index] ?? '\uFFFD';
    i += 2;
    start = i;
  }
  flush(bytes.length);
  return { text, replaced };
}

/** The position of a CP949 extension pair among the 8,822 extension syllables, or undefined. */
function extensionIndex(lead: number, trail: number): number | undefined {
  // Trail bytes: A-Z, a-z, then 0x81-0xFE (0x81-0xA0 only, for leads from 0xA1 up).
  const column = trail >= 0x41 && trail <= 0x5a ? trail - 0x41 : trail >= 0x61 && trail <= 0x7a ? trail - 0x61 + 26
    : trail >= 0x81 && trail <= 0xfe ? trail - 0x81 + 52 : -1;
  if (column < 0) return undefined;
  if (lead >= 0x81 && lead <= 0xa0) return (lead - 0x81) * 178 + column;
  if (lead >= 0xa1 && lead <= 0xc6 && column < 84) {
    const index = 32 * 178 + (lead - 0xa1) * 84 + column;
    return index < 8822 ? index : undefined;
  }
  return undefined;
}

let extension: string[] | undefined;
/** The Hangul syllables KS X 1001 lacks, in Unicode order: all 11,172 less the 2,350 it has (rows 0xB0-0xC8). */
function extensionSyllables(): string[] {
  if (!extension) {
    const ksx = new Uint8Array(25 * 94 * 2);
    for (let row = 0; row < 25; row++) {
      for (let cell = 0; cell < 94; cell++) ksx.set([0xb0 + row, 0xa1 + cell], (row * 94 + cell) * 2);
    }
    const known = new Set(new TextDecoder('euc-kr').decode(ksx));
    extension = [];
    for (let point = 0xac00; point <= 0xd7a3; point++) {
      const syllable = String.fromCharCode(point);
      if (!known.has(syllable)) extension.push(syllable);
    }
  }
  return extension;
}
