// A post's web address is untrusted text from the index (or a feed): only an absolute http(s)
// URL is ever handed to a browser or written as a link, and only in the form the URL parser
// gives back (percent-encoded ASCII), so no quote, space or control character reaches another
// program. People read the decoded form: Korean paths, not %EC%B9%B4.

export interface WebAddress {
  /** What a browser or an OSC 8 link gets: the parsed URL, percent-encoded, ASCII only. */
  readonly href: string;
  /** What a person reads: the href with its percent-encoded UTF-8 decoded where that is harmless. */
  readonly shown: string;
}

// C0 and C1 controls, and the bidirectional overrides that could make an address read as another.
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The address in `value` when it is an absolute http:// or https:// URL without control characters, else undefined. */
export function webAddress(value: string | undefined): WebAddress | undefined {
  if (value === undefined || UNSAFE.test(value) || !/^https?:\/\//i.test(value.trim())) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const { href } = url;
  return { href, shown: readable(href) };
}

/** `href` with escaped UTF-8 decoded (reserved characters stay escaped), unless that brings back spaces or controls. */
function readable(href: string): string {
  try {
    const decoded = decodeURI(href).normalize('NFC');
    return /[\s]/.test(decoded) || UNSAFE.test(decoded) ? href : decoded;
  } catch {
    return href;
  }
}
