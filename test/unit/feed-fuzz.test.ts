// Hostile feeds: whatever the bytes, parseFeed gives posts and skipped items that are inert, or
// throws a SourceError; never another exception, never an escape sequence in its output.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SourceError } from '../../src/sources/errors.js';
import { parseFeed } from '../../src/sources/feed/index.js';
import type { SourceResult } from '../../src/sources/types.js';

const OPTIONS = { timezone: 'Asia/Seoul', source: 'fuzz.xml' };
const utf8 = (text: string) => new TextEncoder().encode(text);
// C0 and C1 controls and DEL, but for newline and tab; ESC is among them.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

/** Every string a result holds, as one list. */
function strings(result: SourceResult): string[] {
  const out: string[] = [...result.warnings];
  for (const post of result.posts) {
    out.push(post.key, post.title, post.date, post.body, ...post.tags);
    for (const value of [post.link, post.updated, post.category, post.summary]) if (value !== undefined) out.push(value);
  }
  for (const item of result.skipped) out.push(item.where, item.reason);
  for (const value of Object.values(result.blog ?? {})) if (value !== undefined) out.push(value);
  return out;
}

/** True when `bytes` parse to inert output or a one-line SourceError. */
async function inert(bytes: Uint8Array, contentType?: string): Promise<boolean> {
  let result: SourceResult;
  try {
    result = await parseFeed(bytes, contentType, OPTIONS);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return !CONTROL.test(error.message) && !/\n/.test(error.message) && !CONTROL.test(error.hint ?? '');
  }
  for (const text of strings(result)) {
    if (CONTROL.test(text.replace(/[\n\t]/g, ''))) throw new Error(`control character in ${JSON.stringify(text).slice(0, 200)}`);
  }
  return true;
}

const hostile = fc.constantFrom('\x1b[2J', '\x1b]0;pwned\x07', '\x9b31m', '&#27;[31m', '&#x1b;', '&#155;', '\x00', '\x07', '\u202e', '&nbsp;', '&amp;', '&lt;script&gt;', ']]>', '<![CDATA[', '&lol;', '%ED%95%9C', '\r\n');
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), hostile, fc.array(hostile, { maxLength: 5 }).map((parts) => parts.join('한')));
const html = fc.array(fc.oneof(text, fc.constantFrom('<p>', '</p>', '<pre data-ke-language="java"><code>', '</code></pre>', '<table><tr><td>', '</td></tr></table>',
  '<figure><img src="/a.png"><figcaption>', '</figcaption></figure>', '<script>', '</script>', '<iframe>', '<a href="javascript:1">', '<a href="%ED%95%9C">', '</a>', '<div>')), { maxLength: 20 })
  .map((parts) => parts.join(''));
const escapeXml = (s: string) => s.replace(/&(?!#?\w+;)/g, '&amp;').replace(/</g, '&lt;');
const element = (name: string, value: fc.Arbitrary<string>) => fc.oneof(
  value.map((v) => `<${name}>${escapeXml(v)}</${name}>`),
  value.map((v) => `<${name}><![CDATA[${v.replace(/]]>/g, '')}]]></${name}>`),
  value.map((v) => `<${name}>${v}</${name}>`),
  fc.constant(''),
);
const item = fc.tuple(element('title', text), element('link', fc.oneof(text, fc.constant('https://b.kr/1'))), element('pubDate', fc.oneof(text, fc.constant('Tue, 21 May 2024 10:30 +0900'))),
  element('description', html), element('content:encoded', html), element('category', text), element('guid', text))
  .map((fields) => `<item>${fields.join('')}</item>`);
const entry = fc.tuple(element('title', text), element('id', text), element('updated', fc.oneof(text, fc.constant('2024-05-21T10:30:00+09:00'))), element('content', html))
  .map((fields) => `<entry><link href="/x"/>${fields.join('')}<content type="html">${escapeXml('<p>본문</p>')}</content></entry>`);
const feed = fc.oneof(
  fc.tuple(element('title', text), fc.array(item, { maxLength: 4 })).map(([title, items]) => `<?xml version="1.0"?><rss version="2.0"><channel>${title}${items.join('')}</channel></rss>`),
  fc.tuple(element('title', text), fc.array(entry, { maxLength: 4 })).map(([title, entries]) => `<feed xmlns="http://www.w3.org/2005/Atom">${title}${entries.join('')}</feed>`),
);

test('feed fuzz: random bytes give a SourceError or inert output, nothing else', async () => {
  await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(undefined, 'text/xml; charset=euc-kr', 'application/rss+xml'), inert), { numRuns: 300 });
});

test('feed fuzz: random RSS and Atom feeds with hostile text and HTML give inert posts or a SourceError', async () => {
  await fc.assert(fc.asyncProperty(feed, (xml) => inert(utf8(xml))), { numRuns: 300 });
});

test('feed fuzz: cut-off and spliced feeds (a feed truncated anywhere) give a SourceError or inert output', async () => {
  await fc.assert(fc.asyncProperty(feed, fc.nat(), fc.nat(), async (xml, cut, splice) => {
    const bytes = utf8(xml);
    const at = cut % (bytes.length + 1);
    return inert(new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(splice % (bytes.length + 1))]));
  }), { numRuns: 200 });
});

test('feed fuzz: XML nested 100,000 deep is refused with a SourceError, promptly', { timeout: 60_000 }, async () => {
  const deep = `<rss><channel>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</channel></rss>`;
  const error = await parseFeed(utf8(deep), undefined, OPTIONS).catch((e: unknown) => e);
  assert.ok(error instanceof SourceError);
  assert.equal(error.kind, 'malformed');
});

test('feed fuzz: an item whose HTML nests 100,000 deep is skipped, the other items kept, promptly', { timeout: 60_000 }, async () => {
  const body = '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000);
  const xml = `<rss><channel><item><title>깊은 글</title><pubDate>2024-05-08</pubDate><description><![CDATA[${body}]]></description></item>`
    + '<item><title>보통 글</title><pubDate>2024-05-08</pubDate><description><![CDATA[<p>본문</p>]]></description></item></channel></rss>';
  const result = await parseFeed(utf8(xml), undefined, OPTIONS);
  assert.deepEqual(result.posts.map((p) => p.title), ['보통 글']);
  assert.deepEqual(result.skipped, [{ where: '깊은 글', reason: 'its HTML nested more than 500 elements deep' }]);
});

test('feed fuzz: a billion laughs ends at once with a SourceError', { timeout: 60_000 }, async () => {
  const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
  const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "ha">${levels}]><rss><channel><title>&l10;</title></channel></rss>`;
  const error = await parseFeed(utf8(xml), undefined, OPTIONS).catch((e: unknown) => e);
  assert.ok(error instanceof SourceError);
});
