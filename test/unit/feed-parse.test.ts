import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { SourceError } from '../../src/sources/errors.js';
import { parseFeed, readFeed } from '../../src/sources/feed/index.js';
import type { SourcePost, SourceResult } from '../../src/sources/types.js';
import { ROOT, rejectionOf } from '../helpers.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'feeds');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
const SEOUL = { timezone: 'Asia/Seoul' };
const utf8 = (text: string) => new TextEncoder().encode(text);
const byKey = (result: SourceResult, key: string): SourcePost => {
  const post = result.posts.find((p) => p.key === key);
  assert.ok(post, `no post ${key} in ${result.posts.map((p) => p.key).join(', ')}`);
  return post;
};
const rss = (items: string, channel = '<title>블로그</title><link>https://b.kr/</link>') =>
  utf8(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`);
const item = (fields: string) => `<item>${fields}</item>`;

const sourceError = (promise: Promise<unknown>) => rejectionOf(promise, SourceError);

test('feed: a Tistory feed gives its posts with Markdown bodies, category path, tags and blog info', async () => {
  const result = await parseFeed(fixture('tistory.xml'), 'application/xml', SEOUL);
  assert.deepEqual(result.blog, { title: '백엔드 개발 일지', url: 'https://devlog.tistory.com/', description: '스프링과 카프카를 주로 다룹니다' });
  const post = byKey(result, 'https://devlog.tistory.com/42');
  assert.equal(post.title, '[Spring] 트랜잭션 전파 정리');
  assert.equal(post.link, 'https://devlog.tistory.com/42');
  assert.equal(post.date, '2024-05-21T10:30:00+09:00');
  assert.equal(post.category, '개발/Spring');
  assert.deepEqual(post.tags, ['Spring', '트랜잭션']);
  assert.equal(post.excerptOnly, undefined);
  assert.match(post.body, /^스프링의 트랜잭션 전파를 정리합니다\.\n\n## REQUIRED\n\n```java\n@Transactional/);
  assert.match(post.body, /\| 전파 속성 \| 동작 +\|\n\| --- \| --- \|/);
  assert.match(post.body, /!\[그림 1\. 전파 흐름\]\(https:\/\/blog\.kakaocdn\.net\/dn\/bXyz\/btsH1\/img\.png\)\n\n\*그림 1\. 전파 흐름\*/);
  assert.match(post.body, /\[https:\/\/ko\.wikipedia\.org\/wiki\/트랜잭션\]\(https:\/\/ko\.wikipedia\.org\/wiki\/%ED%8A%B8/);
  assert.doesNotMatch(post.body, /secret-tracker|iframe-fallback-text|tt_article_useless|\u00a0|&nbsp;/);
});

test('feed: the first <category> is the path, its separators normalised; the item without one has none', async () => {
  const result = await parseFeed(fixture('tistory.xml'), undefined, SEOUL);
  assert.equal(byKey(result, 'https://devlog.tistory.com/40').category, '개발/카프카', '" 개발 // 카프카 / "');
  assert.equal(byKey(result, 'https://devlog.tistory.com/39').category, undefined);
  const other = await parseFeed(rss(item('<title>t</title><pubDate>2024-05-08</pubDate><category>개발 &gt; 기술</category><category>a</category><category>a</category><category> </category>')), undefined, SEOUL);
  assert.equal(other.posts[0]?.category, '개발/기술');
  assert.deepEqual(other.posts[0]?.tags, ['a']);
  const naver = await parseFeed(rss(item('<title>t</title><pubDate>2024-05-08</pubDate><category>일상</category><tag>여행, 제주 ,,맛집</tag>')), undefined, SEOUL);
  assert.deepEqual([naver.posts[0]?.category, naver.posts[0]?.tags], ['일상', ['여행', '제주', '맛집']], 'Naver\'s comma-separated <tag>');
});

test('feed: Tistory\'s protected post and a cut description are excerpts; a full HTML description is not', async () => {
  const result = await parseFeed(fixture('tistory.xml'), undefined, SEOUL);
  assert.equal(byKey(result, 'https://devlog.tistory.com/41').excerptOnly, true, 'protected');
  assert.equal(byKey(result, 'https://devlog.tistory.com/40').excerptOnly, true, 'ends with "..."');
  assert.equal(byKey(result, 'https://devlog.tistory.com/39').excerptOnly, undefined, 'HTML body');
});

test('feed: a date without an offset is read in the given timezone', async () => {
  const seoul = await parseFeed(fixture('tistory.xml'), undefined, SEOUL);
  assert.equal(byKey(seoul, 'https://devlog.tistory.com/39').date, '2024-05-08T09:00:00+09:00');
  const ny = await parseFeed(fixture('tistory.xml'), undefined, { timezone: 'America/New_York' });
  assert.equal(byKey(ny, 'https://devlog.tistory.com/39').date, '2024-05-08T09:00:00-04:00');
  assert.equal(byKey(ny, 'https://devlog.tistory.com/41').date, '2024-05-20T21:05:00+09:00', 'KST stays KST');
});

test('feed: the excerpt rule, case by case: an ellipsis or "더보기" at the end, short plain text, a protected notice', async () => {
  const long = '긴 본문입니다. '.repeat(60);
  const cases: [string, boolean][] = [
    ['<![CDATA[<p>긴 글의 앞부분입니다</p><p>이어지는 내용...</p>]]>', true],
    ['<![CDATA[<p>앞부분…</p>]]>', true],
    ['<![CDATA[<p>앞부분</p><p><a href="https://b.kr/1">더보기</a></p>]]>', true],
    ['짧은 평문 요약', true],
    [long, false],
    ['<![CDATA[<p>짧아도 HTML로 된 전문</p>]]>', false],
    ['<![CDATA[<p>이 글은 보호되어 있는 글입니다.</p>]]>', true],
  ];
  for (const [description, excerpt] of cases) {
    const result = await parseFeed(rss(item(`<title>t</title><pubDate>2024-05-08</pubDate><description>${description}</description>`)), undefined, SEOUL);
    assert.equal(result.posts[0]?.excerptOnly ?? false, excerpt, description.slice(0, 40));
  }
  const bare = await parseFeed(rss(item('<title>제목과 링크뿐</title><link>https://b.kr/9</link><pubDate>2024-05-08</pubDate>')), undefined, SEOUL);
  assert.deepEqual([bare.posts[0]?.body, bare.posts[0]?.excerptOnly], ['', true], 'no text at all: the post is on the web');
  const outOfLine = await parseFeed(utf8('<feed><entry><title>t</title><id>x</id><updated>2024-05-08T00:00:00Z</updated><content src="https://b.kr/x" type="text/html"/></entry></feed>'), undefined, SEOUL);
  assert.equal(outOfLine.posts[0]?.excerptOnly, true, 'Atom content elsewhere');
  const full = await parseFeed(rss(item('<title>t</title><pubDate>2024-05-08</pubDate><content:encoded>전문...</content:encoded>')), undefined, SEOUL);
  assert.equal(full.posts[0]?.excerptOnly, undefined, 'content:encoded is the post, whatever its end');
});

test('feed: an item without a title or a usable date is skipped and named, the others imported', async () => {
  const result = await parseFeed(fixture('tistory.xml'), undefined, SEOUL);
  assert.equal(result.posts.length, 4);
  assert.deepEqual(result.skipped, [
    { where: 'https://devlog.tistory.com/38', reason: 'it has no title' },
    { where: '날짜가 이상한 글', reason: 'its date "어제 오후" is not a date this reads (RFC 822 or ISO 8601)' },
  ]);
  const noDate = await parseFeed(rss(item('<title>날짜 없음</title>')), undefined, SEOUL);
  assert.deepEqual(noDate.skipped, [{ where: '날짜 없음', reason: 'it has no date' }]);
});

test('feed: an RSS 0.91 DOCTYPE is accepted, and HTML named characters in titles are decoded', async () => {
  const xml = '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">'
    + '<rss version="0.91"><channel><title>옛 블로그 &middot; 기록</title><item><title>A &amp; B &middot; C &hellip; &rarr; caf&eacute; &unknown;</title><pubDate>2024-05-08</pubDate></item></channel></rss>';
  const result = await parseFeed(utf8(xml), undefined, SEOUL);
  assert.equal(result.blog?.title, '옛 블로그 · 기록');
  assert.equal(result.posts[0]?.title, 'A & B · C … → café &unknown;');
});

test('feed: an RSS guid is the link when there is no <link>, unless isPermaLink="false"', async () => {
  const result = await parseFeed(rss(item('<title>a</title><guid>https://b.kr/7</guid><pubDate>2024-05-08</pubDate>')
    + item('<title>b</title><guid isPermaLink="false">https://b.kr/8</guid><pubDate>2024-05-08</pubDate>')), undefined, SEOUL);
  assert.deepEqual(result.posts.map((p) => p.link), ['https://b.kr/7', undefined]);
});

test('feed: the key is the guid, else the link, else title and date', async () => {
  const result = await parseFeed(rss(item('<title>a</title><link>https://b.kr/1</link><guid isPermaLink="false">g-1</guid><pubDate>2024-05-08</pubDate>')
    + item('<title>b</title><link>https://b.kr/2</link><pubDate>2024-05-08</pubDate>')
    + item('<title>c</title><pubDate>2024-05-08</pubDate>')), undefined, SEOUL);
  assert.deepEqual(result.posts.map((p) => p.key), ['g-1', 'https://b.kr/2', 'c|2024-05-08T00:00:00+09:00']);
});

test('feed: an Atom feed: alternate link (relative, resolved), id, published/updated, term/label categories, HTML title', async () => {
  const result = await parseFeed(fixture('atom.xml'), 'application/atom+xml', SEOUL);
  assert.deepEqual(result.blog, { title: '하루 한 줄 코딩', url: 'https://notes.example.kr/', description: 'Go와 Rust 메모' });
  const post = byKey(result, 'tag:notes.example.kr,2024:rust-generics');
  assert.equal(post.title, 'Rust <T> 제네릭 입문');
  assert.equal(post.link, 'https://notes.example.kr/posts/rust-generics/');
  assert.equal(post.date, '2024-06-01T20:15:00+09:00');
  assert.equal(post.updated, '2024-06-02T09:00:00+09:00');
  assert.equal(post.category, 'Rust/기초');
  assert.deepEqual(post.tags, ['generics']);
  assert.equal(post.summary, '제네릭을 처음 배울 때');
  assert.match(post.body, /```rust\nfn id<T>\(x: T\) -> T \{ x \}\n```/);
  assert.match(post.body, /!\[다이어그램\]\(https:\/\/notes\.example\.kr\/img\/generics\.png\)/);
});

test('feed: Atom XHTML content is read as HTML; an entry with only <summary> is an excerpt; updated alone is the date', async () => {
  const result = await parseFeed(fixture('atom.xml'), undefined, SEOUL);
  const xhtml = byKey(result, 'tag:notes.example.kr,2024:xhtml');
  assert.equal(xhtml.body, 'XHTML **굵은** 글 & 기호\n\n-   하나\n-   둘');
  assert.equal(xhtml.date, '2024-05-30T12:00:00+00:00');
  assert.equal(xhtml.excerptOnly, undefined);
  const summary = byKey(result, 'tag:notes.example.kr,2024:summary-only');
  assert.equal(summary.excerptOnly, true);
  assert.equal(summary.body, '전체 글은 블로그에서 읽어 주세요');
});

test('feed: a Medium feed: content:encoded is the body (description the summary), atom:updated the update', async () => {
  const result = await parseFeed(fixture('medium.xml'), 'text/xml; charset=UTF-8', SEOUL);
  const post = byKey(result, 'https://medium.com/p/1a2b3c4d5e6f');
  assert.equal(post.title, '쿠버네티스 HPA를 쓰며 배운 것');
  assert.equal(post.date, '2024-06-02T14:20:11+00:00');
  assert.equal(post.updated, '2024-06-03T01:02:03+00:00');
  assert.equal(post.category, 'kubernetes');
  assert.deepEqual(post.tags, ['devops', 'autoscaling']);
  assert.match(post.body, /^### 왜 HPA인가\n/);
  assert.match(post.body, /```\nkubectl autoscale deployment web --cpu-percent=50\nkubectl get hpa\n```/);
  assert.match(post.body, /!\[HPA 동작 그림\]\(https:\/\/cdn-images-1\.medium\.com\/max\/1024\/1\*hpa\.png\)/);
  assert.doesNotMatch(post.body, /_\/stat/, 'the tracking pixel');
  const both = await parseFeed(rss(item('<title>t</title><pubDate>2024-05-08</pubDate><description>짧은 요약</description><content:encoded><![CDATA[<p>전문</p>]]></content:encoded>')), undefined, SEOUL);
  assert.equal(both.posts[0]?.body, '전문');
  assert.equal(both.posts[0]?.summary, '짧은 요약');
});

test('feed: an EUC-KR feed is read in its declared charset, including CP949\'s extra syllables (똠, 뷁)', async () => {
  const bytes = fixture('euc-kr.xml');
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture is not UTF-8');
  const result = await parseFeed(bytes, undefined, SEOUL);
  assert.deepEqual(result.warnings, []);
  assert.equal(result.blog?.title, '옛날 블로그');
  const [post] = result.posts;
  assert.equal(post?.title, '한글 인코딩 이야기');
  assert.equal(post?.category, '잡담/인코딩');
  assert.equal(post?.body, '완성형 한글은 2350자입니다. 똠방각하는 되지만 "뷁"은 안 됩니다.');
});

test('feed: the HTTP charset wins over the XML declaration; a BOM over both; bad bytes are a warning', async () => {
  const eucKr = fixture('euc-kr.xml');
  const asLatin1 = await parseFeed(eucKr, 'text/xml; charset=iso-8859-1', SEOUL);
  assert.notEqual(asLatin1.posts[0]?.title, '한글 인코딩 이야기');
  const declaredWrong = utf8('<?xml version="1.0" encoding="euc-kr"?><rss><channel><item><title>유니코드</title><pubDate>2024-05-08</pubDate></item></channel></rss>');
  assert.equal((await parseFeed(declaredWrong, 'application/rss+xml; charset="utf-8"', SEOUL)).posts[0]?.title, '유니코드');
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...declaredWrong]);
  assert.equal((await parseFeed(bom, 'text/xml; charset=euc-kr', SEOUL)).posts[0]?.title, '유니코드');
  const broken = await parseFeed(new Uint8Array([...utf8('<rss><channel><item><title>깨진'), 0xff, ...utf8('</title><pubDate>2024-05-08</pubDate></item></channel></rss>')]), undefined, { ...SEOUL, source: 'b.xml' });
  assert.deepEqual(broken.warnings, ['b.xml is not valid utf-8; the bad bytes were read as U+FFFD']);
  assert.equal(broken.posts[0]?.title, '깨진\uFFFD');
});

test('feed: an unknown charset is one SourceError naming it', async () => {
  const error = await sourceError(parseFeed(utf8('<?xml version="1.0" encoding="x-klingon"?><rss/>'), undefined, { ...SEOUL, source: 'f.xml' }));
  assert.equal(error.kind, 'charset');
  assert.equal(error.message, 'feed f.xml: unknown character set "x-klingon"');
});

test('feed: an RSS 1.0 (RDF) feed is read too', async () => {
  const result = await parseFeed(fixture('rdf.xml'), undefined, SEOUL);
  assert.equal(result.blog?.title, 'RSS 1.0 블로그');
  assert.deepEqual(result.posts.map((p) => [p.key, p.title, p.date, p.category]), [['https://rdf.example.jp/entry/7', 'RDF 항목', '2024-04-01T10:00:00+09:00', '일기']]);
});

test('feed: an HTML page is "not a feed", and the feed it announces is the fix', async () => {
  const page = utf8('<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>블로그</body></html>');
  const error = await sourceError(parseFeed(page, 'text/html', { ...SEOUL, source: 'https://devlog.tistory.com/', base: 'https://devlog.tistory.com/' }));
  assert.equal(error.kind, 'not-a-feed');
  assert.equal(`${error.message}; ${error.hint}`, 'feed https://devlog.tistory.com/: an HTML page, not a feed; the page names its feed: blog import https://devlog.tistory.com/rss');
  const bare = await sourceError(parseFeed(utf8('<html><body><p>hi<br></body></html>'), undefined, SEOUL));
  assert.equal(bare.kind, 'not-a-feed');
});

test('feed: XML that is not a feed, text that is not XML, and an empty file are "not a feed"', async () => {
  const sitemap = await sourceError(parseFeed(utf8('<?xml version="1.0"?><urlset><url><loc>https://b.kr/</loc></url></urlset>'), undefined, { ...SEOUL, source: 's.xml' }));
  assert.equal(sitemap.message, 'feed s.xml: XML whose root is <urlset>, not an RSS or Atom feed');
  assert.equal((await sourceError(parseFeed(utf8('{"posts": []}'), undefined, SEOUL))).kind, 'not-a-feed');
  assert.equal((await sourceError(parseFeed(new Uint8Array(0), undefined, { ...SEOUL, source: 'e.xml' }))).message, 'feed e.xml: empty, not a feed');
  const json = await sourceError(parseFeed(utf8('{"version": "https://jsonfeed.org/version/1.1", "items": []}'), 'application/feed+json', { ...SEOUL, source: 'f.json' }));
  assert.equal(`${json.message}; ${json.hint}`, 'feed f.json: a JSON Feed, which blog does not read; give the blog\'s RSS or Atom feed instead');
});

test('feed: malformed XML is one SourceError with its line, not half a feed', async () => {
  const error = await sourceError(parseFeed(utf8('<rss><channel>\n<item><title>a</title>\n</channel></rss>'), undefined, { ...SEOUL, source: 'bad.xml' }));
  assert.equal(error.kind, 'malformed');
  assert.equal(error.message, 'feed bad.xml: malformed XML at line 3: Expected closing tag \'item\' (opened in line 2, col 1) instead of closing tag \'channel\'');
  assert.doesNotMatch(error.message, /\n/);
  const hostile = await sourceError(parseFeed(utf8('<rss><\x1b]0;owned\x07\x1b[2J></rss>'), undefined, { ...SEOUL, source: 'bad.xml' }));
  assert.match(hostile.message, /^feed bad\.xml: malformed XML at line 1: /);
  assert.doesNotMatch(hostile.message, /[\x00-\x1f\x7f-\x9f]|owned/, 'the parser\'s message quotes the tag: inert');
});

test('feed: entity bombs (nested and wide) and external entities fail at once with a SourceError', async () => {
  const lol = (n: number) => `&lol${n};`.repeat(10);
  const nested = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${lol(i)}">`).join('')}]><rss><channel><item><title>&lol9;</title><pubDate>2024-05-08</pubDate></item></channel></rss>`;
  const wide = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'x'.repeat(900)}">]><rss><channel><title>${'&a;'.repeat(2000)}</title></channel></rss>`;
  const external = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&xxe;</title><pubDate>2024-05-08</pubDate></item></channel></rss>';
  for (const [name, xml, reason] of [['nested', nested, /entity bomb/], ['wide', wide, /over the limits/], ['external', external, /External entities/]] as const) {
    const error = await sourceError(parseFeed(utf8(xml), undefined, SEOUL));
    assert.equal(error.kind, 'malformed', name);
    assert.match(error.message, reason, name);
  }
});

test('feed: thousands of &amp; and &lt; (escaped HTML, as Medium and Tistory write it) are no entity bomb', async () => {
  const html = '&lt;p&gt;a &amp;amp; b&lt;/p&gt;'.repeat(3000);
  const result = await parseFeed(rss(item(`<title>t &amp; u</title><pubDate>2024-05-08</pubDate><description>${html}</description>`)), undefined, SEOUL);
  assert.equal(result.posts[0]?.title, 't & u');
  assert.equal(result.posts[0]?.body.split('\n\n').length, 3000);
});

test('feed: a plain entity a feed declares for itself is still expanded', async () => {
  const xml = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY blog "개발 일지">]><rss><channel><title>&blog;</title><item><title>&blog; 1</title><pubDate>2024-05-08</pubDate></item></channel></rss>';
  const result = await parseFeed(utf8(xml), undefined, SEOUL);
  assert.equal(result.blog?.title, '개발 일지');
  assert.equal(result.posts[0]?.title, '개발 일지 1');
});

test('feed: an invalid timezone is a SourceError, not a crash', async () => {
  const error = await sourceError(parseFeed(fixture('atom.xml'), undefined, { timezone: 'Mars/Olympus' }));
  assert.equal(error.kind, 'timezone');
});

test('feed files: a missing file, a folder and a non-http address are SourceErrors; the file limit holds', async () => {
  assert.equal((await sourceError(readFeed(path.join(FIXTURES, 'nope.xml'), SEOUL))).kind, 'not-found');
  assert.equal((await sourceError(readFeed(FIXTURES, SEOUL))).kind, 'unreadable');
  assert.equal((await sourceError(readFeed('ftp://b.kr/rss', SEOUL))).kind, 'unsupported');
  assert.equal((await sourceError(readFeed(path.join(FIXTURES, 'tistory.xml'), { ...SEOUL, maxBytes: 100 }))).kind, 'too-large');
  const fifo = path.join(mkdtempSync(path.join(tmpdir(), 'blog-feed-')), 'feed.xml');
  execFileSync('mkfifo', [fifo]);
  const error = await sourceError(readFeed(fifo, SEOUL)).finally(() => rmSync(path.dirname(fifo), { recursive: true, force: true }));
  assert.equal(`${error.message}; ${error.hint}`, `feed ${fifo}: not a regular file but a FIFO (named pipe), not a feed file; give a feed file (.xml, .rss, .atom) or an http(s) address`);
  const read = await readFeed(path.join(FIXTURES, 'atom.xml'), SEOUL);
  assert.equal(read.posts.length, 3);
  assert.equal(read.validators, undefined);
});
