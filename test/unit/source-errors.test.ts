import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BlogError, EXIT } from '../../src/errors.js';
import { SourceError } from '../../src/sources/errors.js';

test('source errors: a SourceError is a BlogError of exit code 2, worded "feed <source>: <problem>" with a hint', () => {
  const error = new SourceError('http', 'https://x.tistory.com/rss', 'HTTP 404 Not Found', 'check the address');
  assert.ok(error instanceof BlogError);
  assert.equal(error.exitCode, EXIT.USAGE);
  assert.equal(error.kind, 'http');
  assert.equal(`${error.message}; ${error.hint}`, 'feed https://x.tistory.com/rss: HTTP 404 Not Found; check the address');
  assert.equal(new SourceError('not-found', '~/블로그', 'no such folder', undefined, 'folder').message, 'folder ~/블로그: no such folder');
});

test('source errors: the source, problem and hint are one inert line, and a long source is cut to its end', () => {
  const error = new SourceError('malformed', 'a\x1b]0;x\x07b\nc.xml', 'bad tag <\x1b[2J>\nline two', 'fix\r\nit');
  assert.equal(error.message, 'feed ab c.xml: bad tag <> line two');
  assert.equal(error.hint, 'fix it');
  const long = new SourceError('http', `https://b.kr/${'가'.repeat(500)}/rss`, 'HTTP 404 Not Found');
  assert.ok(long.message.length < 260, String(long.message.length));
  assert.match(long.message, /^feed …가+\/rss: HTTP 404 Not Found$/);
});
