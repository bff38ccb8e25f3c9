// One feed item (RSS <item>, Atom <entry>, RSS 1.0 <item>) to a SourcePost, or the reason it is skipped.
import { sanitizeLine } from '../../render/sanitize.js';
import type { SkippedItem, SourcePost } from '../types.js';
import { parseFeedDate } from './dates.js';
import { HtmlTooDeep, type HtmlToMarkdown } from './html.js';
import { attributeOf, textOf, type XmlNode } from './xml.js';

export interface ItemContext {
  readonly kind: 'rss' | 'atom' | 'rdf';
  readonly timezone: string;
  readonly toMarkdown: HtmlToMarkdown;
  /** The blog's address: relative links in items resolve against it. */
  readonly base: string | undefined;
}

/** How much of a separate description becomes the post's summary. */
const SUMMARY_LENGTH = 300;

export function readItem(item: XmlNode, index: number, context: ItemContext): SourcePost | SkippedItem {
  const atom = context.kind === 'atom';
  // An RSS guid is the post's address unless it says isPermaLink="false" (RSS 2.0).
  const permalink = attributeOf(item.guid, 'isPermaLink') === 'false' ? undefined : absolute(textOf(item.guid), undefined);
  const link = atom ? atomLink(item.link, context.base) : absolute(textOf(item.link), context.base) ?? permalink;
  const rawTitle = atom ? atomText(item.title) : textOf(item.title);
  const title = rawTitle === undefined ? '' : line(rawTitle);
  const where = title || link || `item ${index + 1}`;
  if (!title) return { where, reason: 'it has no title' };

  const dateText = atom ? textOf(item.published) ?? textOf(item.updated) : textOf(item.pubDate) ?? textOf(item['dc:date']);
  if (dateText === undefined) return { where, reason: 'it has no date' };
  const date = parseFeedDate(dateText, context.timezone);
  if (date === undefined) return { where, reason: `its date "${line(dateText).slice(0, 60)}" is not a date this reads (RFC 822 or ISO 8601)` };
  const updatedText = atom && textOf(item.published) !== undefined ? textOf(item.updated) : textOf(item['atom:updated']) ?? textOf(item['dc:modified']);
  const updated = updatedText === undefined ? undefined : parseFeedDate(updatedText, context.timezone);

  const content = contentOf(item, atom);
  let body: string;
  let summary: string | undefined;
  try {
    body = content.html === undefined ? '' : context.toMarkdown(content.html, link ?? context.base);
    summary = content.summaryHtml === undefined ? undefined : clip(line(context.toMarkdown(content.summaryHtml, link ?? context.base)));
  } catch (error) {
    if (error instanceof HtmlTooDeep) return { where, reason: `its ${error.message}` };
    // turndown or its HTML parser failing on one post must not end the import of the others.
    return { where, reason: `its HTML could not be read (${line(error instanceof Error ? error.message : String(error)).slice(0, 80)})` };
  }

  const { category, tags } = categoriesOf(item, atom);
  const guid = atom ? textOf(item.id) : textOf(item.guid) ?? attributeOf(item, 'rdf:about');
  const key = line(guid ?? link ?? `${title}|${date}`);
  return {
    key,
    ...(link === undefined ? {} : { link }),
    title,
    date,
    ...(updated === undefined || updated === date ? {} : { updated }),
    ...(category === undefined ? {} : { category }),
    tags,
    ...(summary ? { summary } : {}),
    body,
    ...(content.excerptOnly(body) ? { excerptOnly: true } : {}),
  };
}

export const isSkipped = (value: SourcePost | SkippedItem): value is SkippedItem => 'reason' in value;

interface Content {
  readonly html: string | undefined;
  /** A description beside the full content: the post's summary. */
  readonly summaryHtml: string | undefined;
  readonly excerptOnly: (markdown: string) => boolean;
}

/**
 * The post's HTML: RSS content:encoded, else description; Atom content, else summary.
 *
 * Whether it is only an excerpt. Full content (content:encoded, Atom <content>) is the post, except
 * Tistory's notice for a protected post. A description or Atom summary alone is the post when it
 * carries the post's markup, as Tistory, Velog and WordPress's "full text" feeds do; it is an
 * excerpt when it says so (Tistory's protected-post notice, a "read more"), ends in an ellipsis
 * (Tistory's and WordPress's partial feeds cut the text and add "..." or "…"), is plain text of at
 * most 500 characters (a synopsis, not a post), or is an Atom <summary> (the spec's meaning of it).
 * An item with neither (a title and a link, or an Atom <content src=...> whose text is elsewhere)
 * is an excerpt too: the post is on the web.
 */
function contentOf(item: XmlNode, atom: boolean): Content {
  if (atom) {
    const content = atomHtml(item.content);
    const summary = atomHtml(item.summary);
    if (content !== undefined) return { html: content, summaryHtml: summary, excerptOnly: (md) => PROTECTED.test(md) };
    return { html: summary, summaryHtml: undefined, excerptOnly: () => true };
  }
  const full = textOf(item['content:encoded']);
  const description = textOf(item.description);
  if (full !== undefined) return { html: full, summaryHtml: description, excerptOnly: (md) => PROTECTED.test(md) };
  return {
    html: description,
    summaryHtml: undefined,
    // The end as read: a link's text without its address ("[더보기](https://...)").
    excerptOnly: (md) => description === undefined || PROTECTED.test(md)
      || /(\.{3}|…|더\s*보기|read more|continue reading)\W*$/i.test(md.replace(/\]\([^)]*\)/g, ']').trim())
      || (!/<[a-z][^>]*>/i.test(description) && md.length <= 500),
  };
}

/** Tistory's text for a post behind a password, and for one partly public. */
const PROTECTED = /보호되어 있는 글입니다|비밀번호를 입력/;

function categoriesOf(item: XmlNode, atom: boolean): { category: string | undefined; tags: string[] } {
  // RSS 1.0 names its subjects with Dublin Core.
  const values = item.category ?? item['dc:subject'];
  const names = (Array.isArray(values) ? (values as unknown[]) : values === undefined ? [] : [values])
    .map((value) => (atom ? attributeOf(value, 'label') ?? attributeOf(value, 'term') : textOf(value)))
    .map((name) => (name === undefined ? '' : line(name)))
    .filter((name) => name !== '');
  const [first, ...rest] = names;
  // Naver blog lists its tags in one comma-separated <tag>.
  const listed = (textOf(item.tag) ?? '').split(',').map((tag) => line(tag)).filter(Boolean);
  rest.push(...listed);
  // "개발/기술", "개발 > 기술": a path; empty segments ("개발//기술", "/개발") dropped.
  const category = first?.split(/\s*[/>»›]\s*/).map((segment) => segment.trim()).filter(Boolean).join('/') || undefined;
  const tags = [...new Set(rest)].filter((tag) => tag !== first);
  return { category, tags };
}

/** Atom's <link rel="alternate" href> (rel defaults to alternate), resolved against the blog's address. */
export function atomLink(links: unknown, base: string | undefined): string | undefined {
  const list = Array.isArray(links) ? links : links === undefined ? [] : [links];
  const alternate = list.find((l) => (attributeOf(l, 'rel') ?? 'alternate') === 'alternate' && attributeOf(l, 'href')) ?? list.find((l) => attributeOf(l, 'href'));
  return absolute(attributeOf(alternate, 'href') ?? textOf(alternate), base);
}

/** An http(s) address, resolved against `base`; undefined for anything else. */
export function absolute(value: string | undefined, base: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An Atom text construct as HTML. The content and summary elements are kept as their source (see
 * xml.ts): XHTML is HTML as it stands; type="html" is escaped HTML (or CDATA); text is text.
 */
function atomHtml(value: unknown): string | undefined {
  const raw = textOf(value);
  if (raw === undefined) return undefined;
  const type = attributeOf(value, 'type') ?? 'text';
  if (type === 'xhtml') return raw.replace(/^\s*<div\b[^>]*>([\s\S]*)<\/div>\s*$/, '$1');
  const text = unescapeXml(raw);
  return type === 'html' || type === 'text/html' ? text : escapeHtml(text).replace(/\n/g, '<br>');
}

/** An Atom title: text, or HTML whose tags go. */
function atomText(value: unknown): string | undefined {
  const text = textOf(value);
  if (text === undefined) return undefined;
  return attributeOf(value, 'type') === 'html' ? decodeHtmlText(text.replace(/<[^>]*>/g, '')) : text;
}

/** Raw XML character data: CDATA sections as they are, the five predefined entities and character references decoded. */
function unescapeXml(raw: string): string {
  return raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/).map((part) =>
    part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeHtmlText(part)).join('');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decodeHtmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const point = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** One-line text: NFC, inert, spaces collapsed, HTML's named characters that the XML parser left as written decoded. */
export const line = (text: string) => sanitizeLine(decodeLeftOver(text).normalize('NFC')).replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * Named HTML characters that titles carry outside CDATA (not XML, but common) and that the XML
 * parser's table lacks: "&middot;" can only mean "·". The XML five are not here: they were decoded once already.
 */
const LEFT_OVER: Record<string, string> = {
  middot: '·', times: '×', divide: '÷', plusmn: '±', micro: 'µ', prime: '′', Prime: '″', lsaquo: '‹', rsaquo: '›', sbquo: '‚', bdquo: '„',
  dagger: '†', Dagger: '‡', permil: '‰', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', rArr: '⇒', lArr: '⇐', hArr: '⇔',
  hearts: '♥', spades: '♠', clubs: '♣', diams: '♦', star: '☆', starf: '★', check: '✓', cross: '✗', ne: '≠', le: '≤', ge: '≥', infin: '∞',
  euro: '€', yen: '¥', pound: '£', cent: '¢', iexcl: '¡', iquest: '¿', shy: '', zwj: '\u200d', zwnj: '\u200c', ensp: ' ', emsp: ' ', thinsp: ' ',
  eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü',
  szlig: 'ß', ccedil: 'ç', ntilde: 'ñ', oacute: 'ó', iacute: 'í', uacute: 'ú', aring: 'å', oslash: 'ø', aelig: 'æ',
};
const decodeLeftOver = (text: string) => (text.includes('&') ? text.replace(/&([a-zA-Z]+);/g, (whole, name: string) => LEFT_OVER[name] ?? whole) : text);

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length <= SUMMARY_LENGTH ? text : `${chars.slice(0, SUMMARY_LENGTH - 1).join('').trimEnd()}…`;
}
