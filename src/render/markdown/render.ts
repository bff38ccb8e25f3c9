// Markdown -> terminal text. marked parses and marked-terminal styles inline text; the block
// layout is ours, because marked-terminal wraps by string length (Hangul comes out twice too wide),
// prints list items' inline Markdown raw and lets tables overflow. Every block here is laid out
// by display columns within the width it is given. Loaded lazily by `show` only.
import chalk from 'chalk';
import { Marked, type MarkedExtension, type Tokens, type Token, type RendererObject } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { highlightCode, loadGrammars } from './code.js';
import { cjkFriendlyEmphasis } from './cjk-emphasis.js';
import { footnotes, type FootnoteDefinition, type FootnoteReference } from './footnotes.js';
import { htmlToText } from './html.js';
import { flattenDeepNesting, MAX_DEPTH } from './depth.js';
import { References } from './references.js';
import { renderTable } from './table.js';
import { keepOnlyOwnEscapes, sanitizeLine, sanitizeMarkdown } from '../sanitize.js';
import type { Theme } from '../theme.js';
import { stripEscapes, trimLineEnds } from '../text/escapes.js';
import { hyperlink } from '../text/hyperlink.js';
import { displayWidth, truncateToWidth } from '../text/width.js';
import { hang, wrapCode, wrapText } from '../text/wrap.js';

export interface MarkdownOptions {
  width: number;
  theme: Theme;
  /** Emit OSC 8 hyperlinks (the terminal supports them); otherwise links print as `text[1]` with `[1] url` lines. */
  hyperlinks?: boolean;
}

// A hard line break inside a paragraph; soft breaks become spaces when the paragraph is reflowed.
const HARD_BREAK = '\u2028';
const CODE_RULE = '│ ';
const QUOTE_BAR = '│ ';
// Starts a line that may be wider than the width: a reference's URL, which is never broken.
const WIDE_LINE = '\ufdd0';
// Bare URLs in table cells longer than this become references, so cells stay narrow.
const TABLE_URL = 20;

/** Renders untrusted Markdown to text in which no line is wider than `width` columns. */
export async function renderMarkdown(source: string, options: MarkdownOptions): Promise<string> {
  const markdown = flattenDeepNesting(expandTabs(sanitizeMarkdown(source.normalize('NFC')).replaceAll(WIDE_LINE, '')));
  const { marked, end } = createMarked(options);
  const tokens = marked.lexer(markdown);
  const infos: string[] = [];
  marked.walkTokens(tokens, (token) => {
    if (token.type === 'code') infos.push((token as Tokens.Code).lang ?? '');
  });
  await loadGrammars(infos, options.theme);
  const body = marked.parser(tokens) + end();
  const rendered = body.replace(/\n{3,}/g, '\n\n').replaceAll(HARD_BREAK, ' ').replace(/^\n+/, '').trimEnd();
  // Whatever a library let through, no line may be wider than asked (a URL line aside), and no foreign escape survives.
  const lines = keepOnlyOwnEscapes(rendered).split('\n').flatMap((line) => {
    if (line.startsWith(WIDE_LINE)) return [line.slice(WIDE_LINE.length)];
    return displayWidth(line) > options.width ? wrapCode(line, options.width, '') : [line];
  });
  return trimLineEnds(lines.join('\n'));
}

/** Tabs to spaces at tab stops of 4, as CommonMark counts them, so widths can be measured. */
export function expandTabs(text: string): string {
  return text.replace(/^[^\n]*\t[^\n]*$/gm, (line) => {
    let out = '';
    for (const char of line) out += char === '\t' ? ' '.repeat(4 - (out.length % 4)) : char;
    return out;
  });
}

function createMarked({ width, theme, hyperlinks = false }: MarkdownOptions): { marked: Marked; end: () => string } {
  // marked-terminal styles through chalk's shared instance; make it obey our colour level.
  chalk.level = theme.level;
  const c = theme.chalk;
  const widths = [width];
  const current = () => widths[widths.length - 1]!;
  let quoteDepth = 0;
  /** Renders child blocks at a narrower width (inside a list item or a quote). */
  const within = <T>(inner: number, render: () => T): T => {
    widths.push(Math.max(8, inner));
    try {
      return render();
    } finally {
      widths.pop();
    }
  };
  const block = (lines: string[]) => (lines.length > 0 ? `${lines.join('\n')}\n\n` : '');
  const refs = new References();
  const notes = new Map<string, FootnoteDefinition>();
  const reference = (n: number) => c.dim(`[${n}]`);
  /** The URL lines of the links used since the last call (at a section's end). */
  const referenceLines = () =>
    block(refs.takePending().map(([n, url]) => `${WIDE_LINE}${reference(n)} ${c.blue.underline(url)}`));
  const unescape = (text: string) =>
    text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _);

  const renderer: RendererObject = {
    paragraph(token) {
      return block(reflow(this.parser.parseInline(token.tokens), current()));
    },
    heading(token) {
      // A top-level heading starts a section: the previous section's links are listed first.
      const before = widths.length === 1 ? referenceLines() : '';
      const marker = `${'#'.repeat(token.depth)} `;
      const style = token.depth === 1 ? c.bold.magenta : token.depth === 2 ? c.bold.green : c.bold;
      const lines = reflow(this.parser.parseInline(token.tokens), current() - displayWidth(marker));
      return before + block(hang(lines.map((l) => style(l)), style(marker)));
    },
    code(token) {
      const code = highlightCode(token.text.replace(/\n$/, ''), token.lang, theme);
      const lines = code.split('\n').flatMap((line) => wrapCode(line, current() - displayWidth(CODE_RULE), c.dim('↪ ')));
      // A label line opens every block, so two blocks in a row (code, then its output) stay apart.
      const language = sanitizeLine(token.lang?.trim().split(/\s/)[0] ?? '');
      const label = c.dim(truncateToWidth(language ? `┌─ ${language}` : '┌─', current()));
      return block([label, ...lines.map((line) => c.dim(CODE_RULE) + line)]);
    },
    blockquote(token) {
      // The source is flattened past MAX_DEPTH (depth.ts), but that parse is an approximation of
      // CommonMark's: a quote deeper than that still adds no bar of its own.
      if (quoteDepth >= MAX_DEPTH) return this.parser.parse(token.tokens);
      quoteDepth++;
      try {
        const body = within(current() - displayWidth(QUOTE_BAR), () => this.parser.parse(token.tokens)).trim();
        return block(body.split('\n').map((line) => c.dim(QUOTE_BAR) + c.italic(line)));
      } finally {
        quoteDepth--;
      }
    },
    list(token) {
      const start = typeof token.start === 'number' ? token.start : 1;
      const box = (item: Tokens.ListItem) => (item.task ? (item.checked ? '☑ ' : '☐ ') : '');
      const markers = token.items.map((item, i) => (token.ordered ? `${start + i}. ` : item.task ? '' : '• ') + box(item));
      const markerWidth = markers.reduce((max, marker) => Math.max(max, displayWidth(marker)), 0);
      const items = token.items.map((item, i) => {
        const body = within(current() - markerWidth, () => renderItem(this.parser, item));
        const lines = body.split('\n');
        const marker = markers[i]! + ' '.repeat(markerWidth - displayWidth(markers[i]!));
        return hang(lines, c.dim(marker)).join('\n');
      });
      return `${items.join(token.loose ? '\n\n' : '\n')}\n\n`;
    },
    table(token) {
      const cell = (cellToken: Tokens.TableCell) => within(TABLE_URL, () => this.parser.parseInline(cellToken.tokens));
      return block(renderTable({
        header: token.header.map(cell),
        rows: token.rows.map((row) => row.map(cell)),
        align: token.align,
      }, current(), theme));
    },
    hr() {
      return block([c.dim('─'.repeat(current()))]);
    },
    html(token) {
      // Raw HTML shows as its text (a <br> breaks the line); tags never reach the terminal.
      const text = htmlToText(token.text);
      if (token.block) return block(text.split('\n').filter((line) => line !== '').flatMap((line) => wrapText(line, current())));
      return text.replaceAll('\n', HARD_BREAK);
    },
    text(token) {
      // Block-level text (tight list items) carries inline tokens that marked-terminal prints raw.
      if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
      return unescape(token.text);
    },
    br() {
      return HARD_BREAK;
    },
    checkbox() {
      return ''; // the list item's marker shows it
    },
    codespan(token) {
      const text = unescape(token.text);
      return theme.level > 0 ? theme.code(text) : `\`${text}\``;
    },
    link(token) {
      const text = this.parser.parseInline(token.tokens);
      const url = token.href;
      if (hyperlinks) return hyperlink(c.blue.underline(text), url);
      const plain = stripEscapes(text);
      if (plain === url || `mailto:${plain}` === url || `http://${plain}` === url) {
        // A bare URL is its own text: shown whole when it fits a line, wrapping moves it there.
        if (displayWidth(plain) <= current()) return c.blue.underline(plain);
        const mark = reference(refs.link(url));
        return c.blue.underline(truncateToWidth(plain, Math.max(1, current() - displayWidth(mark)))) + mark;
      }
      return c.blue(text) + reference(refs.link(url));
    },
    image(token) {
      const alt = token.text || 'image';
      const label = `${c.dim('[image:')} ${alt}${c.dim(']')}`;
      return hyperlinks ? hyperlink(label, token.href) : label + reference(refs.link(token.href));
    },
  };

  const footnoteRenderers: MarkedExtension = {
    extensions: [
      { name: 'footnoteReference', renderer: (token) => reference(refs.note((token as FootnoteReference).label)) },
      { name: 'footnoteDefinition', renderer: () => '' },
    ],
  };

  /** The end of the post: the last section's links, then the footnotes (and their links). */
  function end(): string {
    let out = referenceLines();
    const noteLines: string[] = [];
    // Rendering a note may number another one (a note that refers to a note): the list grows.
    for (let i = 0; i < refs.notes.length; i++) {
      const label = refs.notes[i]!;
      const marker = `[${refs.note(label)}] `;
      const body = within(current() - displayWidth(marker), () => marked.parser(notes.get(label)!.tokens))
        .replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').trimEnd();
      noteLines.push(...hang(body.split('\n'), c.dim(marker)));
    }
    if (noteLines.length > 0) out += block([c.dim('─'.repeat(Math.min(width, 20))), ...noteLines]);
    return out + referenceLines();
  }

  /** A list item: each of its blocks at the item's width; tight text is wrapped like a paragraph. */
  function renderItem(parser: { parse(tokens: Token[]): string; parseInline(tokens: Token[]): string }, item: Tokens.ListItem): string {
    const parts = item.tokens.filter((token) => token.type !== 'checkbox').map((token) =>
      token.type === 'text' && 'tokens' in token && token.tokens
        ? reflow(parser.parseInline(token.tokens), current()).join('\n')
        : parser.parse([token]).replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').trimEnd());
    return parts.filter((part) => part !== '').join(item.loose ? '\n\n' : '\n');
  }

  function reflow(inline: string, at: number): string[] {
    const text = inline.replace(/\n/g, ' ');
    return text.split(HARD_BREAK).flatMap((part) => wrapText(part.trim(), at));
  }

  const marked = new Marked(
    markedTerminal({
      width,
      reflowText: false,
      emoji: false,
      strong: c.bold,
      em: c.italic,
      del: c.dim.strikethrough,
      html: c.gray,
      text: (s: string) => s,
    }),
    { renderer, gfm: true },
    cjkFriendlyEmphasis(),
    footnotes(notes),
    footnoteRenderers,
  );
  return { marked, end };
}
