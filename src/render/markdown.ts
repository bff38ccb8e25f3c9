// Markdown -> terminal text with marked + marked-terminal. Imported lazily by `show` only: this
// stack is the heaviest part of the program to load.
import chalk from 'chalk';
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';
import wrapAnsi from 'wrap-ansi';
import { keepOnlyOwnEscapes, sanitizeMarkdown } from './sanitize.js';
import { trimLineEnds } from './layout.js';
import type { Theme } from './theme.js';
import { displayWidth } from './width.js';

export interface MarkdownOptions {
  width: number;
  theme: Theme;
}

/** Renders untrusted Markdown to text no wider than `width` columns (tables aside). */
export function renderMarkdown(source: string, { width, theme }: MarkdownOptions): string {
  // marked-terminal and its highlighter style through chalk's shared instance; make it obey our level.
  chalk.level = theme.level;
  const c = theme.chalk;
  const marked = new Marked(
    markedTerminal({
      width,
      reflowText: false,
      showSectionPrefix: true,
      emoji: false,
      tab: 2,
      code: c.yellow,
      blockquote: c.gray.italic,
      html: c.gray,
      heading: c.green.bold,
      firstHeading: c.magenta.bold,
      hr: (s: string) => c.dim(s.replace(/-+/, '─'.repeat(Math.min(width, 100)))),
      listitem: (s: string) => s,
      table: (s: string) => s,
      paragraph: (s: string) => s,
      strong: c.bold,
      em: c.italic,
      codespan: c.yellow,
      del: c.dim.strikethrough,
      link: c.blue,
      href: c.blue.underline,
      tableOptions: theme.level > 0 ? {} : { style: { head: [], border: [] } },
    }),
  );
  const rendered = marked.parse(sanitizeMarkdown(source), { async: false });
  return trimLineEnds(keepOnlyOwnEscapes(wrapLines(rendered.replace(/\n{3,}/g, '\n\n').trimEnd(), width)));
}

const TABLE_LINE = /^\s*(?:\x1b\[[0-9;]*m)*[┌├└│]/;

/** Wraps each over-wide line by display columns, keeping its indentation on continuation lines. */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (displayWidth(line) <= width || TABLE_LINE.test(line)) return line;
      // Continuation lines of a list item line up with its text, not its bullet.
      const indent = (/^ *(?:(?:[*+-]|\d+\.) )?/.exec(line)?.[0] ?? '').replace(/\S/g, ' ');
      const room = Math.max(8, width - indent.length);
      return wrapAnsi(line.slice(indent.length), room, { hard: true, trim: true })
        .split('\n')
        .map((part, i) => (i === 0 ? line.slice(0, indent.length) : indent) + part)
        .join('\n');
    })
    .join('\n');
}
