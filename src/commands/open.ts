// `blog open <post>`: the post's web address in a browser ($BROWSER, else the system's opener),
// or printed when there is no browser to be had (over SSH, no display) or with --print.
import type { Blog } from '../core/blog.js';
import { webAddress } from '../core/web-address.js';
import { notFound } from '../errors.js';
import type { Output } from '../output.js';
import { resolvePost } from '../present/resolve-post.js';
import type { Settings } from '../settings/index.js';

export interface OpenOptions {
  print?: boolean;
}

export async function openCommand(blog: Blog, reference: string, options: OpenOptions, settings: Pick<Settings, 'browser' | 'env'>, out: Output): Promise<void> {
  const post = await resolvePost(blog, reference, out, 'open');
  if (post.url === undefined) {
    throw notFound(`post ${post.id} has no web address`, `its index gives it no "url"; read it here with: blog show ${post.id}`);
  }
  const address = webAddress(post.url);
  if (address === undefined) {
    throw notFound(`post ${post.id} has no usable web address: only http:// and https:// addresses without control characters are opened`,
      `read it here with: blog show ${post.id}`);
  }
  const { browser } = settings;
  if (options.print || browser.kind === 'none') return out.line(address.href);
  const { openWithSystem, startBrowser } = await import('../browser.js');
  if (browser.kind === 'browser') {
    const result = await startBrowser(browser.commands, address.href, settings.env);
    if ('started' in result) return;
    out.note(`could not start the BROWSER command (${result.errors.join('; ')}); here is the address instead`);
  } else {
    const problem = await openWithSystem(address.href);
    if (problem === undefined) return;
    out.note(`could not open a browser (${problem}); here is the address instead`);
  }
  out.line(address.href);
}
