// A feed item's HTML to Markdown, with turndown and the GFM plugin, plus rules for what blog
// engines emit: Tistory's code blocks name their language in data-ke-language, its tables have no
// <thead>, its images sit in <figure> with a <figcaption>, its empty lines are <p>&nbsp;</p>, and
// Korean addresses arrive percent-encoded. Scripts, styles, frames and embeds leave no trace.
// The result is NFC and inert (no escape sequences or control characters).
import type TurndownService from 'turndown';
import { sanitizeMarkdown } from '../../render/sanitize.js';

/**
 * HTML nested deeper than this is refused: the HTML parser and turndown both take time that grows
 * with the square of the depth (10,000 nested elements take a second, 100,000 a minute and a half).
 */
export const MAX_HTML_DEPTH = 500;

/** The HTML of one post is too deep to convert; the item is skipped with this reason. */
export class HtmlTooDeep extends Error {}

/** The slice of the DOM (turndown's domino) the rules read. */
interface DomNode {
  readonly nodeName: string;
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  readonly textContent: string | null;
  readonly data?: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomNode | null | undefined;
}

export type HtmlToMarkdown = (html: string, base: string | undefined) => string;

/** A converter, loading turndown and its GFM plugin the first time: only `blog import` of a feed needs them. */
export async function loadHtmlToMarkdown(): Promise<HtmlToMarkdown> {
  const [{ default: Turndown }, { gfm }] = await Promise.all([import('turndown'), import('@joplin/turndown-plugin-gfm')]);
  const context: { base: string | undefined } = { base: undefined };
  const service = makeService(Turndown, gfm, context);
  return (html, base) => {
    checkDepth(html);
    context.base = base;
    // Escape sequences go whole before parsing too: the HTML parser drops a raw ESC byte but not
    // the "[31m" after it, and decodes &#27; into one.
    return tidy(service.turndown(sanitizeMarkdown(html)));
  };
}

/** Elements whose content never shows. */
const INVISIBLE = ['script', 'style', 'iframe', 'noscript', 'object', 'embed', 'template', 'svg', 'canvas', 'video', 'audio', 'button', 'select', 'textarea', 'head', 'title', 'meta', 'link'] as const;

function makeService(Turndown: typeof TurndownService, gfm: TurndownService.Plugin, context: { base: string | undefined }): TurndownService {
  const service = new Turndown({
    headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*', strongDelimiter: '**', hr: '---',
    // An element turndown would keep as HTML gives its text instead: the body is Markdown to read, not markup.
    keepReplacement: (content, node) => (isBlock(node as unknown as DomNode) ? `\n\n${content}\n\n` : content),
  });
  service.use(gfm);
  service.remove([...INVISIBLE] as unknown as TurndownService.TagName[]);
  // Rules added later are tried first, so these win over turndown's and the plugin's.
  const rule = (key: string, filter: (node: DomNode) => boolean, replacement: (content: string, node: DomNode) => string) =>
    service.addRule(key, {
      filter: (node) => filter(node as unknown as DomNode),
      replacement: (content, node) => replacement(content, node as unknown as DomNode),
    });

  // Tables the plugin would keep as HTML (block content in cells): their cells become paragraphs.
  rule('layoutTable', (node) => /^(TABLE|TBODY|THEAD|TFOOT|TR|TD|TH)$/.test(node.nodeName) && hasBlockCell(tableOf(node)),
    (content) => `\n\n${content}\n\n`);
  // A table without a heading row: the plugin gives it an empty one; its first row reads better as one.
  rule('tableFirstRowHeading', (node) => {
    if (node.nodeName === 'TABLE') promoteFirstRow(node);
    return false; // Only prepares the table before the plugin's rules read it.
  }, (content) => content);
  rule('codeBlock', (node) => node.nodeName === 'PRE', (_content, node) => fenced(codeText(node), languageOf(node)));
  rule('image', (node) => node.nodeName === 'IMG', (_content, node) => image(node, context.base));
  rule('link', (node) => node.nodeName === 'A', (content, node) => link(content, node, context.base));
  // Tistory's link previews: a <figure data-ke-type="opengraph"> of boxes inside one link.
  rule('linkCard', (node) => node.nodeName === 'FIGURE' && node.getAttribute('data-ke-type') === 'opengraph', (_content, node) => {
    const url = safeUrl(node.getAttribute('data-og-url') ?? node.querySelector('a')?.getAttribute('href') ?? '', context.base);
    const title = oneLine(node.getAttribute('data-og-title') ?? node.querySelector('.og-title')?.textContent ?? url ?? '');
    return url ? `\n\n[${escapeLinkText(title || decodeForDisplay(url))}](${url})\n\n` : '';
  });
  rule('figcaption', (node) => node.nodeName === 'FIGCAPTION', (content) => {
    const caption = oneLine(content);
    return caption ? `\n\n*${caption}*\n\n` : '';
  });
  // Color Scripter, the code highlighter of older Korean blogs: a table of line numbers, code
  // lines (one <div> each) and a "cs" link. Only the code is kept, as a code block.
  rule('colorScripter', (node) => node.nodeName === 'DIV' && /\bcolorscripter-code\b/.test(node.getAttribute('class') ?? ''), (_content, node) => {
    const cells = Array.from(node.querySelector('tr')?.childNodes ?? []).filter((cell) => cell.nodeName === 'TD');
    const code = cells[1] ?? cells[0];
    if (!code) return '';
    const lines = Array.from(code.querySelector('div')?.childNodes ?? code.childNodes).filter((line) => line.nodeName === 'DIV')
      .map((line) => codeText(line));
    return fenced(lines.length > 0 ? lines.join('\n') : codeText(code), '');
  });
  // Tistory's "more" toggle button, whose text is not part of the post.
  rule('moreToggle', (node) => node.nodeName === 'A' && /\bbtn-toggle-moreless\b/.test(node.getAttribute('class') ?? ''), () => '');
  return service;
}

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'UL']);
const isBlock = (node: DomNode) => BLOCKS.has(node.nodeName);

function tableOf(node: DomNode): DomNode | undefined {
  for (let at: DomNode | null = node; at; at = at.parentNode) if (at.nodeName === 'TABLE') return at;
  return undefined;
}

const blockCells = new WeakMap<DomNode, boolean>();
/** Cells holding lists, headings, code or quotes, which a GFM table cannot. */
function hasBlockCell(table: DomNode | undefined): boolean {
  if (!table) return false;
  let known = blockCells.get(table);
  if (known === undefined) {
    // domino answers undefined, not null, when nothing matches.
    known = Boolean(table.querySelector('ul, ol, pre, h1, h2, h3, h4, h5, h6, blockquote, hr, table'));
    blockCells.set(table, known);
  }
  return known;
}

/** Turns the first row's <td>s into <th>s when the table has no heading row (no <thead>, no <th> in the first row). */
function promoteFirstRow(table: DomNode): void {
  const rows = (table as unknown as { rows?: ArrayLike<DomNode & { cells: ArrayLike<DomNode> }> }).rows;
  const first = rows?.[0];
  if (!first || first.parentNode?.nodeName === 'THEAD' || (rows!.length < 2)) return;
  const cells = Array.from(first.childNodes).filter((cell) => cell.nodeName === 'TD' || cell.nodeName === 'TH');
  if (cells.length === 0 || cells.every((cell) => cell.nodeName === 'TH')) return;
  const doc = (table as unknown as { ownerDocument: { createElement(name: string): DomNode & { appendChild(child: DomNode): void; setAttribute(n: string, v: string): void } } }).ownerDocument;
  for (const cell of cells) {
    if (cell.nodeName === 'TH') continue;
    const heading = doc.createElement('th');
    for (const name of ['colspan', 'align', 'style']) {
      const value = cell.getAttribute(name);
      if (value !== null) heading.setAttribute(name, value);
    }
    while (cell.childNodes.length > 0) heading.appendChild(cell.childNodes[0]!);
    (cell.parentNode as unknown as { replaceChild(a: DomNode, b: DomNode): void }).replaceChild(heading, cell);
  }
}

/** The code of a <pre>, line breaks kept: text nodes, and <br> as a newline (some editors write them). */
function codeText(node: DomNode): string {
  let text = '';
  const walk = (at: DomNode) => {
    for (const child of Array.from(at.childNodes)) {
      if (child.nodeType === 3) text += child.data ?? '';
      else if (child.nodeName === 'BR') text += '\n';
      else if (!(INVISIBLE as readonly string[]).includes(child.nodeName.toLowerCase())) walk(child);
    }
  };
  walk(node);
  return text.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
}

/**
 * The language a <pre> names: Tistory's data-ke-language, a language-x / lang-x class on it or
 * its <code> (highlight.js, Prism, Hugo), SyntaxHighlighter's "brush: x", GitHub's highlight-source-x.
 */
function languageOf(pre: DomNode): string {
  const code = Array.from(pre.childNodes).find((child) => child.nodeName === 'CODE');
  const candidates = [
    pre.getAttribute('data-ke-language'), code?.getAttribute('data-ke-language'), pre.getAttribute('data-language'), code?.getAttribute('data-language'),
    classLanguage(code?.getAttribute('class')), classLanguage(pre.getAttribute('class')), classLanguage(pre.parentNode?.getAttribute?.('class') ?? null),
  ];
  for (const candidate of candidates) {
    const language = candidate?.trim().toLowerCase();
    // Only a word: the info string must not end the fence or carry markup.
    if (language && /^[a-z0-9][\w+#.-]{0,30}$/.test(language) && !['plaintext', 'text', 'none', 'nohighlight'].includes(language)) return language;
  }
  return '';
}

function classLanguage(value: string | null | undefined): string | undefined {
  return /\b(?:language|lang)-([\w+#.-]+)/.exec(value ?? '')?.[1] ?? /\bbrush:\s*([\w+#.-]+)/.exec(value ?? '')?.[1] ?? /\bhighlight-(?:text|source)-([a-z0-9]+)/.exec(value ?? '')?.[1];
}

/** A fenced block whose fence is longer than any run of backticks in the code. */
function fenced(code: string, language: string): string {
  const longest = Math.max(0, ...Array.from(code.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `\n\n${fence}${language}\n${code}\n${fence}\n\n`;
}

function image(node: DomNode, base: string | undefined): string {
  // Lazy-loading images keep the real address in a data attribute.
  const source = ['src', 'data-src', 'data-original', 'data-lazy-src', 'data-url'].map((name) => node.getAttribute(name)).find((value) => value && !/^\s*data:/i.test(value));
  const url = source ? safeUrl(source, base) : undefined;
  // A 1x1 image is a tracking pixel (Medium ends every post with one), not part of the post.
  const tiny = ['width', 'height'].every((name) => Number(node.getAttribute(name) ?? NaN) <= 1);
  if (!url || tiny) return '';
  let alt = oneLine(node.getAttribute('alt') ?? '');
  if (!alt) {
    // In a figure, the caption says what the image is.
    for (let at = node.parentNode; at; at = at.parentNode) {
      if (at.nodeName === 'FIGURE') {
        alt = oneLine(at.querySelector('figcaption')?.textContent ?? '');
        break;
      }
    }
  }
  return `![${escapeLinkText(alt)}](${url})`;
}

function link(content: string, node: DomNode, base: string | undefined): string {
  const text = oneLine(content);
  const href = node.getAttribute('href');
  const url = href ? safeUrl(href, base) : undefined;
  if (!url) return text;
  if (!text) return '';
  // An address shown as the link's text reads better decoded: …/%EC%B9%B4 shows as …/카.
  return `[${decodeForDisplay(text)}](${url})`;
}

/** An absolute http(s) or mailto address, percent-encoded where Markdown would misread it; undefined for others (javascript:, data:). */
function safeUrl(raw: string, base: string | undefined): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return undefined;
  return url.href.replace(/[()<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Runs of percent-encoded bytes of 0x80 and up (UTF-8 beyond ASCII), decoded: ASCII escapes such as %5D stay, so the text cannot change its Markdown. */
function decodeForDisplay(text: string): string {
  return text.replace(/(?:%[89a-f][0-9a-f])+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const escapeLinkText = (text: string) => text.replace(/[[\]\\]/g, '\\$&');

/** Refuses HTML nested deeper than MAX_HTML_DEPTH, counting elements that must be closed. */
function checkDepth(html: string): void {
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (OPTIONAL_END.has(name) || VOID.has(name) || m[3] === '/') continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_HTML_DEPTH) throw new HtmlTooDeep(`HTML nested more than ${MAX_HTML_DEPTH} elements deep`);
  }
}

// Elements that close by themselves: a post with a thousand unclosed <p> is not deep.
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'option', 'optgroup', 'rt', 'rp', 'colgroup', 'html', 'head', 'body']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * The finishing pass: NFC, no-break spaces as plain spaces, lines of only spaces emptied and runs
 * of blank lines squeezed to one (outside code blocks, whose lines are kept as written), and
 * nothing a terminal would act on.
 */
function tidy(markdown: string): string {
  const lines = sanitizeMarkdown(markdown.normalize('NFC')).split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  for (const raw of lines) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && raw.trim() === marker) fence = undefined;
      out.push(raw.replace(/\u00a0/g, ' '));
      continue;
    }
    if (marker) fence = marker;
    const line = raw.replace(/\u00a0/g, ' ').replace(/\s+$/, (trailing) => (/ {2}$/.test(trailing) && raw.trim() !== '' ? '  ' : ''));
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
