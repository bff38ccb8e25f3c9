// Fetching a feed over HTTP with Node's fetch: one deadline for the headers and the whole body,
// a size limit counted while the body streams in (a Content-Length is not trusted), the
// validators of the last import sent so that an unchanged feed costs a 304, and every failure
// turned into a SourceError of one line that says what went wrong and what to do.
import { bytes as sizeForPeople } from '../../store/read.js';
import { SourceError } from '../errors.js';

// The build writes the version in; under the tests (no build) the agent says "dev".
declare const BLOG_VERSION: string | undefined;
const VERSION = typeof BLOG_VERSION === 'string' ? BLOG_VERSION : 'dev';

export interface FetchOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly validators?: { readonly etag?: string; readonly lastModified?: string };
}

export type Fetched =
  | { readonly notModified: true; readonly validators: { etag?: string; lastModified?: string } }
  | { readonly notModified: false; readonly bytes: Uint8Array; readonly contentType: string | undefined; readonly url: string; readonly validators: { etag?: string; lastModified?: string } };

export async function fetchFeed(url: string, options: FetchOptions): Promise<Fetched> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const headers: Record<string, string> = {
    'User-Agent': `blog/${VERSION}`,
    Accept: 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
  };
  if (options.validators?.etag) headers['If-None-Match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['If-Modified-Since'] = options.validators.lastModified;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal, redirect: 'follow' });
  } catch (error) {
    throw networkError(error, url, options.timeoutMs);
  }
  const validators = validatorsOf(response.headers);
  if (response.status === 304) {
    await response.body?.cancel().catch(() => undefined);
    return { notModified: true, validators: { ...options.validators, ...validators } };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw httpError(response, url);
  }
  const length = Number(response.headers.get('content-length'));
  if (Number.isFinite(length) && length > options.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(url, options.maxBytes);
  }
  let body: Uint8Array;
  try {
    body = await readLimited(response, options.maxBytes, url);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw networkError(error, url, options.timeoutMs);
  }
  return { notModified: false, bytes: body, contentType: response.headers.get('content-type') ?? undefined, url: response.url || url, validators };
}

async function readLimited(response: Response, limit: number, url: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(url, limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

function validatorsOf(headers: Headers): { etag?: string; lastModified?: string } {
  const etag = headers.get('etag') ?? undefined;
  const lastModified = headers.get('last-modified') ?? undefined;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

const tooLarge = (url: string, limit: number) =>
  new SourceError('too-large', url, `the feed is larger than the limit of ${sizeForPeople(limit)}`, 'import a feed that carries fewer posts');

function httpError(response: Response, url: string): SourceError {
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText.slice(0, 60)}` : ''}`;
  const hint = response.status === 404 || response.status === 410 ? 'check the address'
    : response.status === 401 || response.status === 403 ? 'the server refuses to give the feed; check the address, or whether the blog is private'
    : response.status === 429 ? 'the server asks to wait; try again later'
    : response.status >= 500 ? 'the server failed; try again later'
    : 'check the address';
  return new SourceError('http', url, status, hint);
}

/** Node's fetch wraps the reason in `cause` (undici); DNS, TLS and connection errors carry a code. */
export function networkError(error: unknown, url: string, timeoutMs: number): SourceError {
  const name = (error as { name?: string } | undefined)?.name;
  const cause = (error as { cause?: { code?: string; message?: string; name?: string } } | undefined)?.cause;
  if (name === 'TimeoutError' || name === 'AbortError' || cause?.name === 'TimeoutError' || cause?.code === 'UND_ERR_HEADERS_TIMEOUT' || cause?.code === 'UND_ERR_BODY_TIMEOUT') {
    return new SourceError('timeout', url, `no complete answer within ${timeoutMs / 1000} seconds`, 'check the address and your connection, or try again later');
  }
  const code = cause?.code ?? (error as { code?: string } | undefined)?.code ?? '';
  const host = hostOf(url);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME' || code === 'EAI_FAIL') {
    return new SourceError('dns', url, `the host name "${host}" could not be found`, 'check the address and your connection');
  }
  if (code === 'ECONNREFUSED') return new SourceError('refused', url, `${host} refused the connection`, 'check the address and port, or try again later');
  if (/CERT|SSL|TLS|ERR_TLS|SELF_SIGNED|UNABLE_TO_VERIFY|HOSTNAME|ALTNAME/i.test(code) || /certificate|ssl|tls/i.test(cause?.message ?? '')) {
    return new SourceError('tls', url, `a secure connection to ${host} failed (${(code || cause?.message || 'TLS').slice(0, 60)})`, 'check the address, or the system clock and certificates');
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return new SourceError('network', url, `the connection to ${host} was cut`, 'try again later');
  }
  const reason = (code || cause?.message || (error instanceof Error ? error.message : String(error))).slice(0, 80);
  return new SourceError('network', url, `the feed could not be fetched (${reason})`, 'check the address and your connection');
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
