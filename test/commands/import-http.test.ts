// `blog import URL` end to end in-process, against a real HTTP server on 127.0.0.1: the real feed
// reader, conditional requests on re-import, and failures that leave the index byte for byte.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, runInProcess } from '../helpers.js';

const TISTORY = readFileSync(path.join(ROOT, 'test', 'fixtures', 'feeds', 'tistory.xml'));

/** A server whose answer to each request is set by the test; it records the requests' headers. */
async function feedServer() {
  const requests: IncomingMessage['headers'][] = [];
  let answer: { status: number; type?: string; body?: Buffer | string; etag?: string } = { status: 200, type: 'application/rss+xml', body: TISTORY, etag: '"v1"' };
  const server = createServer((request, response) => {
    requests.push(request.headers);
    if (answer.etag !== undefined && request.headers['if-none-match'] === answer.etag) {
      response.writeHead(304).end();
      return;
    }
    response.writeHead(answer.status, { ...(answer.type && { 'content-type': answer.type }), ...(answer.etag && { etag: answer.etag }) });
    response.end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rss`;
  return { url, requests, set: (next: typeof answer) => (answer = next), close: () => server.close() };
}

type Report = Record<'added' | 'updated' | 'unchanged' | 'kept', unknown[]> & { errors: { where: string }[] };

test('import URL: a Tistory feed over HTTP becomes an index with post files; a re-import sends If-None-Match and a 304 changes nothing', async (t) => {
  const server = await feedServer();
  t.after(server.close);
  const home = mkdtempSync(path.join(tmpdir(), 'blog-http-'));
  const env = { HOME: home, XDG_DATA_HOME: path.join(home, 'data'), XDG_CONFIG_HOME: path.join(home, 'config'), TZ: 'UTC' };
  const index = path.join(home, 'feed', 'posts.json');
  const first = await runInProcess(['--data', index, 'import', server.url, '--json'], env);
  assert.equal(first.status, 1, 'two items of the fixture cannot be imported, and are reported');
  const report = JSON.parse(first.stdout) as Report;
  assert.equal(report.added.length, 4);
  assert.equal(report.errors.length, 2);
  const list = await runInProcess(['--data', index, 'list', '--json'], env);
  assert.ok((JSON.parse(list.stdout) as { title: string }[]).some((post) => post.title === '[Spring] 트랜잭션 전파 정리'));
  const show = await runInProcess(['--data', index, 'show', '1', '--no-pager'], env);
  assert.match(show.stdout, /┌─ java/, "Tistory's code language survives");

  const before = readFileSync(index, 'utf8');
  const again = await runInProcess(['--data', index, 'import', '--json'], env);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(server.requests.at(-1)?.['if-none-match'], '"v1"');
  assert.equal((JSON.parse(again.stdout) as Report).unchanged.length, 4);
  assert.equal(readFileSync(index, 'utf8'), before, 'a 304 writes nothing');
});

test('import URL: a 404, an HTML page or malformed XML is one line and exit 2, and the index stays byte for byte', async (t) => {
  const server = await feedServer();
  t.after(server.close);
  const home = mkdtempSync(path.join(tmpdir(), 'blog-http-'));
  const env = { HOME: home, XDG_DATA_HOME: path.join(home, 'data'), XDG_CONFIG_HOME: path.join(home, 'config'), TZ: 'UTC' };
  const index = path.join(home, 'feed', 'posts.json');
  await runInProcess(['--data', index, 'import', server.url], env);
  const before = readFileSync(index, 'utf8');
  const cases: [typeof server.set extends (a: infer A) => unknown ? A : never, RegExp][] = [
    [{ status: 404 }, /^blog: feed http:\/\/127\.0\.0\.1:\d+\/rss: HTTP 404/],
    [{ status: 200, type: 'text/html', body: '<!doctype html><html><body>hello</body></html>' }, /an HTML page, not a feed/],
    [{ status: 200, type: 'application/rss+xml', body: '<rss><channel><item><title>x</item></channel>' }, /malformed XML/],
  ];
  for (const [answer, message] of cases) {
    server.set(answer);
    const run = await runInProcess(['--data', index, 'import'], env);
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, message);
    assert.equal(run.stderr.split('\n').length, 2, `one line: ${run.stderr}`);
    assert.equal(readFileSync(index, 'utf8'), before);
  }
});
