// Markdown -> terminal text. marked parses and marked-terminal styles inline text; the block
// layout is ours, because marked-terminal wraps by string length (Hangul comes out twice too wide),
// prints list items' inline Markdown raw and lets tables overflow. Every block here is laid out
// by display columns within the width it is given. Loaded lazily by `show` only.
import chalk from 'chalk';
import { Marked, type Tokens, type Token, type RendererObject } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { highlightCode, loadGrammars } from './code.js';
import { trimLineEnds } from './layout.js';
import { renderTable } from './markdown-table.js';
import { keepOnlyOwnEscapes, sanitizeMarkdown } from './sanitize.js';
import type { Theme } from './theme.js';
import { displayWidth } from './width.js';
import { hang, hyperlink, wrapCode, wrapText } from './wrap.js';

export interface MarkdownOptions {
  width: number;
  theme: Theme;
  /** Emit OSC 8 hyperlinks (the terminal supports them); otherwise links print as "text (url)". */
  hyperlinks?: boolean;
}

// A hard line break inside a paragraph; soft breaks become spaces when the paragraph is reflowed.
const HARD_BREAK = '\u2028';
const CODE_INDENT = '  ';
const QUOTE_BAR = '│ ';

/** Renders untrusted Markdown to text in which no line is wider than `width` columns. */
export async function renderMarkdown(source: string, options: MarkdownOptions): Promise<string> {
  const markdown = expandTabs(sanitizeMarkdown(source.normalize('NFC')));
  const marked = createMarked(options);
  const tokens = marked.lexer(markdown);
  const infos: string[] = [];
  marked.walkTokens(tokens, (token) => {
    if (token.type === 'code') infos.push((token as Tokens.Code).lang ?? '');
  });
  await loadGrammars(infos);
  const rendered = marked.parser(tokens).replace(/\n{3,}/g, '\n\n').replaceAll(HARD_BREAK, ' ').replace(/^\n+|\s+$/g, '');
  // Whatever a library let through, no line may be wider than asked, and no foreign escape survives.
  const lines = keepOnlyOwnEscapes(rendered).split('\n').flatMap((line) =>
    displayWidth(line) > options.width ? wrapCode(line, options.width, '') : [line]);
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

function createMarked({ width, theme, hyperlinks = false }: MarkdownOptions): Marked {
  // marked-terminal styles through chalk's shared instance; make it obey our colour level.
  chalk.level = theme.level;
  const c = theme.chalk;
  const widths = [width];
  const current = () => widths[widths.length - 1]!;
  /** Renders child blocks at a narrower width (inside a list item or a quote). */
  const within = <T>(inner: number, render: () => T): T => {
    widths.push(Math.max(8, inner));
    try {
      return render();
    } finally {
      widths.pop();
    }
  };
  const block = (lines: string[]) => `${lines.join('\n')}\n\n`;
  const unescape = (text: string) =>
    text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _);

  const renderer: RendererObject = {
    paragraph(token) {
      return block(reflow(this.parser.parseInline(token.tokens), current()));
    },
    heading(token) {
      const marker = `${'#'.repeat(token.depth)} `;
      const style = token.depth === 1 ? c.bold.magenta : token.depth === 2 ? c.bold.green : c.bold;
      const lines = reflow(this.parser.parseInline(token.tokens), current() - marker.length);
      return block(hang(lines.map((l) => style(l)), style(marker), ' '.repeat(marker.length)));
    },
    code(token) {
      const inner = current() - CODE_INDENT.length;
      const code = highlightCode(token.text.replace(/\n$/, ''), token.lang, theme);
      const lines = code.split('\n').flatMap((line) => wrapCode(line, inner, c.dim('↪ ')));
      return block(lines.map((line) => CODE_INDENT + line));
    },
    blockquote(token) {
      const body = within(current() - QUOTE_BAR.length, () => this.parser.parse(token.tokens)).trim();
      return block(body.split('\n').map((line) => c.dim(QUOTE_BAR) + c.italic(line)));
    },
    list(token) {
      const start = typeof token.start === 'number' ? token.start : 1;
      const markers = token.items.map((_, i) => (token.ordered ? `${start + i}. ` : '• '));
      const markerWidth = Math.max(...markers.map((m) => m.length));
      const items = token.items.map((item, i) => {
        const body = within(current() - markerWidth, () => renderItem(this.parser, item));
        const lines = body.split('\n');
        return hang(lines, c.dim(markers[i]!.padEnd(markerWidth)), ' '.repeat(markerWidth)).join('\n');
      });
      return `${items.join(token.loose ? '\n\n' : '\n')}\n\n`;
    },
    table(token) {
      const cell = (cellToken: Tokens.TableCell) => this.parser.parseInline(cellToken.tokens);
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
      // Raw HTML is shown as text (dimmed), never interpreted.
      if (token.block) return block(reflow(c.gray(token.text.trim()), current()));
      return c.gray(token.text);
    },
    text(token) {
      // Block-level text (tight list items) carries inline tokens that marked-terminal prints raw.
      if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
      return unescape(token.text);
    },
    br() {
      return HARD_BREAK;
    },
    checkbox(token) {
      return token.checked ? '[x] ' : '[ ] ';
    },
    codespan(token) {
      const text = unescape(token.text);
      return theme.level > 0 ? theme.code(text) : `\`${text}\``;
    },
    link(token) {
      const text = this.parser.parseInline(token.tokens);
      const url = token.href;
      if (hyperlinks) return hyperlink(c.blue.underline(text), url);
      const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
      return plain === url || `mailto:${plain}` === url ? c.blue.underline(url) : `${c.blue(text)} (${c.blue.underline(url)})`;
    },
    image(token) {
      const alt = token.text || 'image';
      const label = `${c.dim('[image:')} ${alt}${c.dim(']')}`;
      return hyperlinks ? hyperlink(label, token.href) : `${label} (${c.blue.underline(token.href)})`;
    },
  };

  /** A list item: each of its blocks at the item's width; tight text is wrapped like a paragraph. */
  function renderItem(parser: { parse(tokens: Token[]): string; parseInline(tokens: Token[]): string }, item: Tokens.ListItem): string {
    const parts = item.tokens.map((token) =>
      token.type === 'text' && 'tokens' in token && token.tokens
        ? reflow(parser.parseInline(token.tokens), current()).join('\n')
        : parser.parse([token]).replace(/\n{3,}/g, '\n\n').replace(/^\n+|\s+$/g, ''));
    return parts.filter((part) => part !== '').join(item.loose ? '\n\n' : '\n');
  }

  function reflow(inline: string, at: number): string[] {
    const text = inline.replace(/\n/g, ' ');
    return text.split(HARD_BREAK).flatMap((part) => wrapText(part.trim(), at));
  }

  return new Marked(
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
  );
}
