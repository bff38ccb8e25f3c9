// Opening a post's web address, for `blog open` and the picker's Ctrl-O: a browser ($BROWSER, else
// the system's opener) or, where none can be had, the address for the caller to show.
import type { Post } from '../core/post.js';
import { webAddress } from '../core/web-address.js';
import { notFound } from '../errors.js';
import type { Settings } from '../settings/index.js';

/** What became of it: a browser has the address, or the caller shows it (with why, when a browser failed). */
export type Opened = { readonly opened: string } | { readonly show: string; readonly why?: string };

/** Throws a not-found error (exit 1) when the post has no usable address. */
export async function openPost(post: Post, settings: Pick<Settings, 'browser' | 'env'>, printOnly = false): Promise<Opened> {
  if (post.url === undefined) {
    throw notFound(`post ${post.id} has no web address`, `its index gives it no "url"; read it here with: blog show ${post.id}`);
  }
  const address = webAddress(post.url);
  if (address === undefined) {
    throw notFound(`post ${post.id} has no usable web address: only http:// and https:// addresses without control characters are opened`,
      `read it here with: blog show ${post.id}`);
  }
  const { browser } = settings;
  if (printOnly || browser.kind === 'none') return { show: address.href };
  const { openWithSystem, startBrowser } = await import('../browser.js');
  if (browser.kind === 'browser') {
    const result = await startBrowser(browser.commands, address.href, settings.env);
    if ('started' in result) return { opened: address.href };
    return { show: address.href, why: `could not start the BROWSER command (${result.errors.join('; ')}); here is the address instead` };
  }
  const problem = await openWithSystem(address.href);
  if (problem === undefined) return { opened: address.href };
  return { show: address.href, why: `could not open a browser (${problem}); here is the address instead` };
}
