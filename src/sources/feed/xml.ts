// Feed text to a tree with fast-xml-parser, and which kind of feed it is. Hostile input is the
// normal case for text from the internet: entity definitions are capped (a "billion laughs"
// fails at once), external entities are refused by the parser, nesting is capped, and text that
// is not well-formed XML is refused with its line rather than half-read.
import type { X2jOptions } from 'fast-xml-parser';
import { SourceError } from '../errors.js';

export type XmlNode = Record<string, unknown>;

export interface FeedTree {
  readonly kind: 'rss' | 'atom' | 'rdf';
  /** RSS <channel>, Atom <feed>, RDF <channel>. */
  readonly channel: XmlNode;
  readonly items: readonly XmlNode[];
}

/** Elements always read as lists, even when a feed has one of them. */
const LISTS = new Set(['item', 'entry', 'category', 'link']);

/** The entity limits, stated here rather than left to the parser's defaults. */
export const ENTITY_LIMITS = {
  /** Entities a DOCTYPE may declare: feeds declare none. */
  maxEntityCount: 50,
  maxEntitySize: 1000,
  /** References to declared entities in the whole document, and the characters they add. */
  maxTotalExpansions: 1000,
  maxExpandedLength: 100_000,
} as const;

/** Deeper nesting of XML elements is refused (a feed needs five; Atom XHTML content is kept as text). */
export const MAX_XML_DEPTH = 100;

export async function parseXml(text: string, source: string): Promise<FeedTree> {
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '');
  if (/^\s*(<!--[\s\S]*?-->\s*)*<!doctype\s+html|^\s*<html[\s>]/i.test(head) || (!/^\s*</.test(head) && /<html[\s>]/i.test(head))) {
    throw notAFeed(source, text);
  }
  if (head.trim() === '') throw new SourceError('not-a-feed', source, 'empty, not a feed', 'give the address of an RSS or Atom feed');
  if (/^\s*\{[\s\S]*jsonfeed\.org/.test(head)) {
    throw new SourceError('not-a-feed', source, 'a JSON Feed, which blog does not read', 'give the blog\'s RSS or Atom feed instead');
  }
  if (!/^\s*</.test(head)) throw new SourceError('not-a-feed', source, 'not a feed but text that is not XML', 'give the address of an RSS or Atom feed');
  const checked = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (checked !== true) {
    const { msg, line } = checked.err;
    if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<html[\s>]/i.test(head)) throw notAFeed(source, text);
    throw new SourceError('malformed', source, `malformed XML at line ${line}: ${msg.slice(0, 120).replace(/\.$/, '')}`, 'the feed is broken; try again later, or tell its owner');
  }
  refuseNestedEntities(text, source);
  const options: X2jOptions & { processEntities: { appliesTo: string } } = {
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    htmlEntities: true,
    maxNestedTags: MAX_XML_DEPTH,
    isArray: (name) => LISTS.has(name),
    // Atom XHTML content is HTML: kept as its source text rather than parsed as XML elements.
    stopNodes: ['feed.entry.content', 'feed.entry.summary'],
    // `appliesTo: 'external'`: the limits count references to entities the document declares; the
    // predefined ones (&amp; &lt;) and character references are not expansions and are not counted.
    processEntities: { enabled: true, ...ENTITY_LIMITS, appliesTo: 'external' },
  };
  let tree: XmlNode;
  try {
    tree = new XMLParser(options).parse(text) as XmlNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/entit/i.test(message)) {
      throw new SourceError('malformed', source, `its XML declares entities over the limits (${message.replace(/^\[\w+\]\s*/, '').slice(0, 100)})`, 'feeds need no entity declarations; tell the feed\'s owner');
    }
    throw new SourceError('malformed', source, `malformed XML: ${message.slice(0, 120)}`, 'the feed is broken; try again later, or tell its owner');
  }
  return feedOf(tree, source, text);
}

/**
 * An entity defined by other entities is how a "billion laughs" grows; the parser would leave
 * such references as they are (unexpanded "&lol9;" as a title), so the feed is refused instead.
 */
function refuseNestedEntities(text: string, source: string): void {
  const subset = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i.exec(text.slice(0, 1024 ** 2))?.[1];
  if (subset && /<!ENTITY\s+(?:%\s+)?[^\s>]+\s+(?:"[^"]*[&%][^"]*"|'[^']*[&%][^']*')/i.test(subset)) {
    throw new SourceError('malformed', source, 'its XML defines entities by other entities (an entity bomb)', 'feeds need no entity declarations; tell the feed\'s owner');
  }
}

function feedOf(tree: XmlNode, source: string, text: string): FeedTree {
  const rss = node(tree.rss);
  if (rss) {
    const channel = node(rss.channel) ?? {};
    return { kind: 'rss', channel, items: nodes(channel.item) };
  }
  const atom = node(tree.feed);
  if (atom) return { kind: 'atom', channel: atom, items: nodes(atom.entry) };
  const rdf = node(tree['rdf:RDF']);
  if (rdf) return { kind: 'rdf', channel: node(rdf.channel) ?? {}, items: nodes(rdf.item) };
  if (node(tree.html)) throw notAFeed(source, text);
  const root = Object.keys(tree).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  throw new SourceError('not-a-feed', source,
    root === undefined ? 'an empty document, not a feed' : `XML whose root is <${root.slice(0, 40)}>, not an RSS or Atom feed`,
    'give the address of an RSS or Atom feed');
}

/** An HTML page, with the feed it announces (`<link rel="alternate" type="application/rss+xml">`) as the fix. */
function notAFeed(source: string, html: string): SourceError {
  const announced = announcedFeed(html, source);
  return new SourceError('not-a-feed', source, 'an HTML page, not a feed',
    announced ? `the page names its feed: blog import ${announced}` : 'give the address of the blog\'s RSS or Atom feed (for Tistory, https://NAME.tistory.com/rss)');
}

function announcedFeed(html: string, base: string): string | undefined {
  for (const [tag] of html.slice(0, 200_000).matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?alternate/i.test(tag) || !/\btype\s*=\s*["']?application\/(rss|atom)\+xml/i.test(tag)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = href?.[1] ?? href?.[2] ?? href?.[3];
    if (!value) continue;
    try {
      const url = new URL(value.replace(/&amp;/g, '&'), /^https?:/i.test(base) ? base : undefined);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not an address: look at the next link.
    }
  }
  return undefined;
}

const node = (value: unknown): XmlNode | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : undefined;

/** A list element's values that are elements (an empty <item/> parses as ""). */
const nodes = (value: unknown): XmlNode[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => node(v) ?? {});

/** The text of an element: a string, or the #text of one with attributes; undefined when empty. */
export function textOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const text = typeof first === 'string' || typeof first === 'number' ? String(first) : typeof node(first)?.['#text'] === 'string' ? (node(first)!['#text'] as string) : undefined;
  return text === undefined || text.trim() === '' ? undefined : text;
}

export const attributeOf = (value: unknown, name: string): string | undefined => {
  const attribute = node(value)?.[`@_${name}`];
  return typeof attribute === 'string' ? attribute : undefined;
};
