// readFeed against a real HTTP server on 127.0.0.1 (port 0), started and stopped by these tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { SourceError } from '../../src/sources/errors.js';
import { networkError } from '../../src/sources/feed/fetch.js';
import { readFeed } from '../../src/sources/feed/index.js';
import { ROOT, rejectionOf } from '../helpers.js';

const TISTORY = readFileSync(path.join(ROOT, 'test', 'fixtures', 'feeds', 'tistory.xml'));
// The EUC-KR fixture with its XML declaration saying UTF-8: only the HTTP charset can read it.
const EUC_KR = Buffer.from(readFileSync(path.join(ROOT, 'test', 'fixtures', 'feeds', 'euc-kr.xml')).toString('latin1').replace('encoding="euc-kr"', 'encoding="utf-8"'), 'latin1');
const ETAG = '"v42"';
const LAST_MODIFIED = 'Tue, 21 May 2024 01:30:00 GMT';
const SEOUL = { timezone: 'Asia/Seoul' };

let server: Server;
let base: string;
const seen: IncomingMessage[] = [];
const pending = new Set<ServerResponse>();

const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  '/rss': (request, response) => {
    if (request.headers['if-none-match'] === ETAG || request.headers['if-modified-since'] === LAST_MODIFIED) {
      response.writeHead(304, { ETag: ETAG }).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: ETAG, 'Last-Modified': LAST_MODIFIED }).end(TISTORY);
  },
  '/moved': (_request, response) => void response.writeHead(301, { Location: '/rss' }).end(),
  '/euc-kr': (_request, response) => void response.writeHead(200, { 'Content-Type': 'text/xml; charset=EUC-KR' }).end(EUC_KR),
  '/missing': (_request, response) => void response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not Found</h1>'),
  '/broken': (_request, response) => void response.writeHead(503).end(),
  '/page': (_request, response) => void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    .end('<!doctype html><html><head><link rel="alternate" type="application/rss+xml" title="RSS" href="/rss"></head><body>블로그</body></html>'),
  // Headers never come.
  '/slow-headers': (_request, response) => void pending.add(response),
  // Headers at once, then the body stops halfway.
  '/slow-body': (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    response.write(TISTORY.subarray(0, 100));
    pending.add(response);
  },
  // Over the limit, announced by Content-Length; the body never comes: only the header can refuse it.
  '/huge-announced': (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Length': String(10 * 1024 ** 2) });
    response.flushHeaders();
    pending.add(response);
  },
  // Over the limit, streamed with no length, never ending on its own.
  '/huge-streamed': (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const write = () => {
      if (response.destroyed) return;
      while (response.write(chunk)) if (response.destroyed) return;
      response.once('drain', write);
    };
    response.write('<rss><channel>');
    write();
  },
};

before(async () => {
  server = createServer((request, response) => {
    seen.push(request);
    (routes[request.url ?? ''] ?? routes['/missing']!)(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const response of pending) response.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const sourceError = (promise: Promise<unknown>) => rejectionOf(promise, SourceError);

const line = (error: SourceError) => `blog: ${error.message}${error.hint ? `; ${error.hint}` : ''}`;

test('feed over HTTP: the posts, the validators to send next time, and a User-Agent naming blog', async () => {
  const result = await readFeed(`${base}/rss`, SEOUL);
  assert.equal(result.posts.length, 4);
  assert.equal(result.notModified, undefined);
  assert.deepEqual(result.validators, { etag: ETAG, lastModified: LAST_MODIFIED });
  assert.match(seen.at(-1)?.headers['user-agent'] ?? '', /^blog\/\S+$/);
  assert.equal(seen.at(-1)?.headers['if-none-match'], undefined);
});

test('feed over HTTP: the ETag sent back gets a 304: notModified, no posts, the validators kept', async () => {
  const result = await readFeed(`${base}/rss`, { ...SEOUL, validators: { etag: ETAG, lastModified: LAST_MODIFIED } });
  assert.equal(seen.at(-1)?.headers['if-none-match'], ETAG);
  assert.equal(seen.at(-1)?.headers['if-modified-since'], LAST_MODIFIED);
  assert.deepEqual(result, { posts: [], skipped: [], warnings: [], notModified: true, validators: { etag: ETAG, lastModified: LAST_MODIFIED } });
});

test('feed over HTTP: If-Modified-Since alone gets the 304 too', async () => {
  const result = await readFeed(`${base}/rss`, { ...SEOUL, validators: { lastModified: LAST_MODIFIED } });
  assert.equal(result.notModified, true);
  assert.equal(seen.at(-1)?.headers['if-none-match'], undefined);
});

test('feed over HTTP: a redirect is followed', async () => {
  const result = await readFeed(`${base}/moved`, SEOUL);
  assert.equal(result.posts.length, 4);
});

test('feed over HTTP: the Content-Type charset decodes an EUC-KR feed, over what its XML declaration says', async () => {
  const result = await readFeed(`${base}/euc-kr`, SEOUL);
  assert.equal(result.posts[0]?.title, '한글 인코딩 이야기');
  assert.equal(result.validators, undefined, 'the server sent neither ETag nor Last-Modified');
});

test('feed over HTTP: a 404 is one line naming the address, the status and the fix', async () => {
  const error = await sourceError(readFeed(`${base}/missing`, SEOUL));
  assert.equal(error.kind, 'http');
  assert.equal(line(error), `blog: feed ${base}/missing: HTTP 404 Not Found; check the address`);
  const failing = await sourceError(readFeed(`${base}/broken`, SEOUL));
  assert.equal(line(failing), `blog: feed ${base}/broken: HTTP 503 Service Unavailable; the server failed; try again later`);
});

test('feed over HTTP: an HTML page is not a feed, and the feed it names is the fix', async () => {
  const error = await sourceError(readFeed(`${base}/page`, SEOUL));
  assert.equal(error.kind, 'not-a-feed');
  assert.equal(line(error), `blog: feed ${base}/page: an HTML page, not a feed; the page names its feed: blog import ${base}/rss`);
});

test('feed over HTTP: a server that never sends headers times out with one line', { timeout: 30_000 }, async () => {
  const error = await sourceError(readFeed(`${base}/slow-headers`, { ...SEOUL, timeoutMs: 300 }));
  assert.equal(error.kind, 'timeout');
  assert.equal(line(error), `blog: feed ${base}/slow-headers: no complete answer within 0.3 seconds; check the address and your connection, or try again later`);
});

test('feed over HTTP: the timeout covers the body too: one that stops halfway times out', { timeout: 30_000 }, async () => {
  const error = await sourceError(readFeed(`${base}/slow-body`, { ...SEOUL, timeoutMs: 300 }));
  assert.equal(error.kind, 'timeout');
});

test('feed over HTTP: a body over maxBytes is refused, announced or streamed without a length', { timeout: 30_000 }, async () => {
  const announced = await sourceError(readFeed(`${base}/huge-announced`, { ...SEOUL, maxBytes: 1024 ** 2, timeoutMs: 60_000 }));
  assert.equal(line(announced), `blog: feed ${base}/huge-announced: the feed is larger than the limit of 1 MiB; import a feed that carries fewer posts`);
  const streamed = await sourceError(readFeed(`${base}/huge-streamed`, { ...SEOUL, maxBytes: 1024 ** 2, timeoutMs: 60_000 }));
  assert.equal(streamed.kind, 'too-large');
});

test('feed over HTTP: a refused connection is one line', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const error = await sourceError(readFeed(`http://127.0.0.1:${port}/rss`, SEOUL));
  assert.equal(error.kind, 'refused');
  assert.equal(line(error), `blog: feed http://127.0.0.1:${port}/rss: 127.0.0.1:${port} refused the connection; check the address and port, or try again later`);
});

test('feed over HTTP: speaking TLS to a plain HTTP server is a failure of one line, not a stack', async () => {
  const error = await sourceError(readFeed(`${base.replace('http:', 'https:')}/rss`, { ...SEOUL, timeoutMs: 5000 }));
  assert.equal(error.kind, 'tls');
  assert.match(line(error), /^blog: feed https:\/\/127\.0\.0\.1:\d+\/rss: a secure connection to 127\.0\.0\.1:\d+ failed \(ERR_SSL_WRONG_VERSION_NUMBER\); check the address, or the system clock and certificates$/);
});

test('feed over HTTP: a host name that does not resolve (.invalid never does) is one line', async () => {
  const error = await sourceError(readFeed('http://no-such-blog.invalid/rss', { ...SEOUL, timeoutMs: 10_000 }));
  assert.equal(error.kind, 'dns');
  assert.equal(line(error), 'blog: feed http://no-such-blog.invalid/rss: the host name "no-such-blog.invalid" could not be found; check the address and your connection');
});

test('feed fetch failures: undici\'s certificate and reset errors are worded as TLS and network failures', () => {
  const failed = (code: string, message = code) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(message), { code }) });
  for (const code of ['DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE']) {
    const error = networkError(failed(code), 'https://b.kr/rss', 20_000);
    assert.equal(error.kind, 'tls', code);
    assert.equal(error.message, `feed https://b.kr/rss: a secure connection to b.kr failed (${code})`);
  }
  assert.equal(networkError(failed('ECONNRESET'), 'https://b.kr/rss', 20_000).kind, 'network');
  assert.equal(networkError(failed('EAI_AGAIN'), 'https://b.kr/rss', 20_000).kind, 'dns');
  assert.equal(networkError(new DOMException('signal timed out', 'TimeoutError'), 'https://b.kr/rss', 20_000).message, 'feed https://b.kr/rss: no complete answer within 20 seconds');
  assert.equal(networkError(new Error('something new'), 'https://b.kr/rss', 20_000).message, 'feed https://b.kr/rss: the feed could not be fetched (something new)');
});
