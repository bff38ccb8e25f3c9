// OSC 8 hyperlinks: the link text shows, the target takes no room (escapes.ts measures it as nothing).

/** Ends the link that is open (an OSC 8 sequence without a target). */
export const CLOSE_LINK = '\x1b]8;;\x07';

/**
 * An OSC 8 hyperlink. Non-ASCII in the target (a Hangul path) is percent-encoded, since terminals
 * expect a URI; an already encoded URL is left as it is.
 */
export function hyperlink(text: string, url: string): string {
  let target = url;
  try {
    target = encodeURI(decodeURI(url));
  } catch {
    target = encodeURI(url.replace(/%(?![0-9a-f]{2})/gi, '%25'));
  }
  return `\x1b]8;;${target}\x07${text}${CLOSE_LINK}`;
}
