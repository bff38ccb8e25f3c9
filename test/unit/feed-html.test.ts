import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { HtmlTooDeep, loadHtmlToMarkdown, MAX_HTML_DEPTH, type HtmlToMarkdown } from '../../src/sources/feed/html.js';

let md: HtmlToMarkdown;
before(async () => {
  md = await loadHtmlToMarkdown();
});
const BASE = 'https://devlog.tistory.com/42';
const FORBIDDEN = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

test('feed HTML: Tistory\'s <pre data-ke-language> gives the code fence its language; the code is kept as written', () => {
  const out = md('<pre class="java" data-ke-language="java" data-ke-type="codeblock"><code>if (a &lt; b) {\n    run();\n}</code></pre>', BASE);
  assert.equal(out, '```java\nif (a < b) {\n    run();\n}\n```');
});

test('feed HTML: a language-x class (highlight.js, Prism, Hugo) names the language too; <br> in code is a line break', () => {
  assert.equal(md('<pre><code class="hljs language-kotlin">val a = 1<br>val b = 2</code></pre>', BASE), '```kotlin\nval a = 1\nval b = 2\n```');
  assert.equal(md('<pre class="brush: python">print(1)</pre>', BASE), '```python\nprint(1)\n```');
});

test('feed HTML: a language that is not a word is left out rather than written into the fence line', () => {
  assert.equal(md('<pre data-ke-language="java```\nrm -rf"><code>x</code></pre>', BASE), '```\nx\n```');
});

test('feed HTML: a Color Scripter table (older Korean blogs) becomes a code block of its lines, without line numbers or its badge', () => {
  const html = '<div class="colorscripter-code"><table class="colorscripter-code-table"><tr>'
    + '<td><div><div>1</div><div>2</div></div></td>'
    + '<td><div><div style="white-space:pre"><span style="color:#066de2">public</span>&nbsp;class&nbsp;A&nbsp;{</div><div style="white-space:pre">&nbsp;&nbsp;&nbsp;&nbsp;int&nbsp;x;&nbsp;}</div></div>'
    + '<div><a href="http://colorscripter.com/info#e">Colored by Color Scripter</a></div></td>'
    + '<td><a href="http://colorscripter.com/info#e"><span>cs</span></a></td></tr></table></div>';
  assert.equal(md(`<p>코드:</p>${html}<p>끝</p>`, BASE), '코드:\n\n```\npublic class A {\n    int x; }\n```\n\n끝');
});

test('feed HTML: code holding backticks gets a longer fence', () => {
  assert.equal(md('<pre><code>a ``` b</code></pre>', BASE), '````\na ``` b\n````');
});

test('feed HTML: a table without <thead> is a GFM table whose first row is the heading', () => {
  const out = md('<table style="border-collapse: collapse"><tbody><tr><td style="width: 50%">전파 속성</td><td>동작</td></tr><tr><td>REQUIRED</td><td>있으면 참여</td></tr></tbody></table>', BASE);
  assert.deepEqual(out.split('\n').map((line) => line.replace(/ +/g, ' ')), ['| 전파 속성 | 동작 |', '| --- | --- |', '| REQUIRED | 있으면 참여 |']);
});

test('feed HTML: a table with block content in its cells (a list, code) becomes paragraphs, never raw HTML', () => {
  const out = md('<table><tr><td><ul><li>하나</li></ul></td><td><pre><code>x</code></pre></td></tr></table>', BASE);
  assert.doesNotMatch(out, /<\/?(table|td|tr|div)/i);
  assert.match(out, /-\s+하나/);
  assert.match(out, /```\nx\n```/);
});

test('feed HTML: &nbsp; is a plain space, and Tistory\'s empty <p>&nbsp;</p> and <p><br></p> lines are one blank line', () => {
  const out = md('<p>스프링의&nbsp;트랜잭션</p><p>&nbsp;</p><p>&nbsp;</p><p>다음&nbsp;&nbsp;문단</p>', BASE);
  assert.equal(out, '스프링의 트랜잭션\n\n다음  문단');
  assert.doesNotMatch(out, /\u00a0/);
  assert.equal(md('<p>위</p><p><br></p><p><br /></p><div>&nbsp;<br></div><p>아래</p>', BASE), '위\n\n아래');
});

test('feed HTML: blank lines inside code are kept as written', () => {
  assert.equal(md('<pre data-ke-language="python"><code>a = 1\n\n\n\nb = 2&nbsp;</code></pre>', BASE), '```python\na = 1\n\n\n\nb = 2 \n```');
});

test('feed HTML: a <figure> image keeps its <figcaption> as a caption line, and as the alt text when it has none', () => {
  const out = md('<figure class="imageblock"><span><img src="//blog.kakaocdn.net/dn/a/img.png" loading="lazy"></span><figcaption>그림 1. 흐름</figcaption></figure>', BASE);
  assert.equal(out, '![그림 1. 흐름](https://blog.kakaocdn.net/dn/a/img.png)\n\n*그림 1. 흐름*');
});

test('feed HTML: relative and lazy-loaded image addresses are resolved; data: images and tracking pixels dropped', () => {
  assert.equal(md('<img data-src="/img/a.png" alt="a">', BASE), '![a](https://devlog.tistory.com/img/a.png)');
  assert.equal(md('<p>x<img src="data:image/png;base64,AAAA" alt="b"></p>', BASE), 'x');
  assert.equal(md('<p>끝<img src="https://medium.com/_/stat?x=1" width="1" height="1" alt=""></p>', BASE), '끝');
});

test('feed HTML: a percent-encoded Korean address shown as link text is decoded for reading; the link still works', () => {
  const url = 'https://ko.wikipedia.org/wiki/%ED%8A%B8%EB%9E%9C%EC%9E%AD%EC%85%98';
  assert.equal(md(`<p><a href="${url}">${url}</a></p>`, BASE), `[https://ko.wikipedia.org/wiki/트랜잭션](${url})`);
});

test('feed HTML: decoding link text never decodes ASCII escapes that would change the Markdown', () => {
  const out = md('<a href="https://x.kr/a">a%5D(javascript:alert(1))%ED%95%9C</a>', BASE);
  assert.equal(out, '[a%5D(javascript:alert(1))한](https://x.kr/a)');
});

test('feed HTML: javascript: links keep only their text; addresses with spaces or parentheses are escaped', () => {
  assert.equal(md('<a href="javascript:alert(1)">누르기</a>', BASE), '누르기');
  assert.equal(md('<a href="https://x.kr/a (b)">링크</a>', BASE), '[링크](https://x.kr/a%20%28b%29)');
});

test('feed HTML: no script, style, iframe, noscript, object or embed content survives', () => {
  const out = md('<p>본문</p><script>track("s1")</script><style>.x{color:red}</style><iframe src="https://youtube.com/embed/x">f1</iframe>'
    + '<noscript>n1</noscript><object data="x.swf">o1</object><embed src="x.swf"><template>t1</template>', BASE);
  assert.equal(out, '본문');
});

test('feed HTML: Tistory\'s link cards become one link, its "more" button no text', () => {
  const card = '<figure data-ke-type="opengraph" data-og-title="카프카 문서" data-og-url="https://kafka.apache.org/documentation/"><a href="https://kafka.apache.org/documentation/"><div class="og-text"><p class="og-title">카프카 문서</p><p class="og-desc">설명</p></div></a></figure>';
  assert.equal(md(card, BASE), '[카프카 문서](https://kafka.apache.org/documentation/)');
  assert.equal(md('<div data-ke-type="moreLess"><a class="btn-toggle-moreless">더보기</a><div class="moreless-content"><p>숨은 글</p></div></div>', BASE), '숨은 글');
});

test('feed HTML: the Markdown is NFC, without escape sequences or control characters (raw or as references)', () => {
  const out = md('<p>\u1100\u1161\u11a8 a\x1b[31mred\x1b[0m b&#27;]0;title&#7; c\x07\x9b2J</p>', BASE);
  assert.equal(out, '각 ared b c');
});

test('feed HTML: HTML nested deeper than the limit is refused at once, not converted for minutes', () => {
  const deep = '<div>'.repeat(MAX_HTML_DEPTH + 1) + 'x' + '</div>'.repeat(MAX_HTML_DEPTH + 1);
  assert.throws(() => md(deep, BASE), HtmlTooDeep);
  assert.throws(() => md('<b>'.repeat(100_000), BASE), HtmlTooDeep);
  const unclosed = '<p>문단'.repeat(2000);
  assert.match(md(unclosed, BASE), /문단/, 'a thousand unclosed <p> are not deep');
});

test('feed HTML: random HTML gives inert Markdown or HtmlTooDeep, nothing else', () => {
  const tag = fc.constantFrom('p', 'div', 'pre', 'code', 'table', 'tr', 'td', 'a href="javascript:x"', 'a href="%ED%95%9C"', 'img src="x"', 'figure', 'figcaption', 'script', 'iframe', 'ul', 'li', 'b', 'span');
  const piece = fc.oneof(
    tag.map((t) => `<${t}>`), tag.map((t) => `</${t.split(' ')[0]}>`), fc.string(), fc.constantFrom('&nbsp;', '&#27;', '\x1b[2J', '\x9b', '&#x9b;', '\u202e', '```'),
  );
  fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
    let out: string;
    try {
      out = md(pieces.join(''), BASE);
    } catch (error) {
      return error instanceof HtmlTooDeep;
    }
    return !FORBIDDEN.test(out.replace(/[\n\t]/g, '')) && out === out.normalize('NFC');
  }), { numRuns: 300 });
});
