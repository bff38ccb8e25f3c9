// The picker's state and what it shows: a query, the results the source finds for it, the selected
// row and the scrolled preview. It knows no terminal: keys come in as Inputs, frames go out as
// lines (screen.ts draws them), so tests drive it in-process. The query is searched lazily, when a
// frame is made: keys that arrive together are all applied first and searched once.
import type { Range } from '../core/range.js';
import { highlightRanges, mergeRanges } from '../render/highlight.js';
import { sanitizeLine } from '../render/sanitize.js';
import type { Theme } from '../render/theme.js';
import { displayWidth, truncateToWidth } from '../render/text/width.js';
import type { Command, Input } from './keys.js';
import { layoutFor, type Layout, type Rect } from './layout.js';
import { LineEditor } from './line-editor.js';
import type { Frame } from './screen.js';
import { fitLine, tailToWidth } from './text.js';

/** One result as the list shows it. */
export interface Row {
  readonly id: number;
  /** YYYY-MM-DD. */
  readonly day: string;
  readonly category: string;
  readonly title: string;
  /** Matched parts of the title, to highlight. */
  readonly ranges: readonly Range[];
}

/** Results read by index: an empty query lists every post (100,000 of them) without making rows first. */
export interface Results {
  readonly length: number;
  row(index: number): Row;
}

/** Titles (with tags and summaries), or titles and the post bodies: Tab switches. */
export type Scope = 'title' | 'body';

export interface PickerSource {
  /** How many posts there are. */
  readonly count: number;
  /** The best `limit` results for a query; an empty query lists every post, newest first. */
  search(query: string, scope: Scope, limit: number): Results;
  /** Makes a scope searchable (reading the bodies takes a while); called before its first search. */
  prepare(scope: Scope): Promise<void>;
  /**
   * Prepares what the first searches would otherwise build on the first keys (run once the first
   * frame is up, while the user is still reading it).
   */
  warm?(): void;
  /** The selected post as `show` renders it at `width`, one entry per line. */
  preview(id: number, width: number): Promise<readonly string[]>;
}

/** What the picker asks its runner to do after a key. */
export type Intent = 'accept' | 'quit' | 'suspend' | 'redraw' | 'open';

export interface PickerOptions {
  theme: Theme;
  preview: boolean;
}

const SCOPE_LABEL: Record<Scope, string> = { title: 'titles', body: 'titles+bodies' };
const PROMPT = '> ';
const HINTS = 'Enter read · Tab titles/bodies · Ctrl-U/D scroll · Esc quit';
/**
 * Results asked for first; scrolling near their end asks for four times as many. A search ranks
 * fastest for few results: it stops early once that many posts match well (src/core/search/rank.ts).
 */
export const FIRST_RESULTS = 100;
/** Rendered previews kept: moving up and down the list comes back to the same posts. */
const PREVIEW_CACHE = 32;

export class Picker {
  readonly editor = new LineEditor();
  #scope: Scope = 'title';
  #results: Results = { length: 0, row: () => { throw new RangeError('no rows'); } };
  #searched: { query: string; scope: Scope; limit: number } | undefined;
  #limit = FIRST_RESULTS;
  #selected = 0;
  #top = 0;
  #previewTop = 0;
  #status = '';
  #preparing = false;
  readonly #previews = new Map<string, readonly string[] | 'pending'>();
  #listHeight = 1;
  #previewHeight = 1;
  /** Called when a frame should be made again without a key (a preview finished rendering): the session sets it. */
  onChange: () => void = () => {};

  constructor(private readonly source: PickerSource, private readonly options: PickerOptions) {}

  get scope(): Scope {
    return this.#scope;
  }

  /** The selected row, after searching what was typed. */
  selected(): Row | undefined {
    this.#refresh();
    return this.#selected < this.#results.length ? this.#results.row(this.#selected) : undefined;
  }

  /** Lets the source prepare its searches; keys typed meanwhile wait and are then applied together. */
  warm(): void {
    this.source.warm?.();
  }

  /** Sets the one-line status message, until the next key. */
  say(status: string): void {
    this.#status = status;
  }

  /** Applies one input; returns what the runner must do, if anything. */
  handle(input: Input): Intent | undefined {
    this.#status = '';
    if ('text' in input) {
      this.editor.insert(input.text);
      return undefined;
    }
    return this.#command(input.command);
  }

  #command(command: Command): Intent | undefined {
    switch (command) {
      case 'backspace': this.editor.backspace(); return undefined;
      case 'deleteWord': this.editor.deleteWord(); return undefined;
      case 'clear': this.editor.clear(); return undefined;
      case 'up': return this.#move(-1);
      case 'down': return this.#move(1);
      case 'pageUp': return this.#move(-Math.max(1, this.#listHeight - 1));
      case 'pageDown': return this.#move(Math.max(1, this.#listHeight - 1));
      case 'first': return this.#move(-Infinity);
      case 'last': return this.#move(Infinity);
      case 'previewUp': this.#previewTop = Math.max(0, this.#previewTop - Math.max(1, this.#previewHeight >> 1)); return undefined;
      case 'previewDown': this.#previewTop += Math.max(1, this.#previewHeight >> 1); return undefined;
      case 'scope': void this.#switchScope(); return undefined;
      case 'accept': case 'quit': case 'suspend': case 'redraw': case 'open': return command;
    }
  }

  #move(by: number): undefined {
    this.#refresh();
    if (this.#hasMore() && this.#selected + by >= this.#results.length - this.#listHeight) {
      this.#limit = Math.max(this.#limit * 4, this.#selected + by + this.#listHeight);
      this.#refresh();
    }
    const last = this.#results.length - 1;
    const next = Math.max(0, Math.min(last, this.#selected + by));
    if (next !== this.#selected) this.#previewTop = 0;
    this.#selected = Math.max(0, next);
    return undefined;
  }

  async #switchScope(): Promise<void> {
    const next: Scope = this.#scope === 'title' ? 'body' : 'title';
    if (this.#preparing) return;
    this.#preparing = true;
    this.#status = next === 'body' ? 'reading the post bodies…' : '';
    try {
      await this.source.prepare(next);
      this.#scope = next;
    } catch (error) {
      this.#status = `cannot search bodies: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.#preparing = false;
      if (this.#status.startsWith('reading')) this.#status = '';
      this.onChange();
    }
  }

  /** Whether the search stopped at the limit: there may be more results. */
  #hasMore(): boolean {
    return this.#searched !== undefined && this.#searched.query !== '' && this.#results.length >= this.#searched.limit;
  }

  /**
   * Searches again when the query, scope or limit changed since the last search. A new query or
   * scope starts at the first row with the first limit; more results keep the selection.
   */
  #refresh(): void {
    const query = this.editor.text.trim();
    const searched = this.#searched;
    if (searched?.query === query && searched.scope === this.#scope && searched.limit === this.#limit) return;
    if (searched?.query === query && searched.scope === this.#scope) {
      this.#searched = { query, scope: this.#scope, limit: this.#limit };
      this.#results = this.#search(query);
      return;
    }
    this.#limit = FIRST_RESULTS;
    const previous = searched === undefined || this.#selected >= this.#results.length ? undefined : this.#results.row(this.#selected).id;
    this.#searched = { query, scope: this.#scope, limit: this.#limit };
    this.#results = this.#search(query);
    this.#selected = 0;
    this.#top = 0;
    if (previous === undefined || this.#results.length === 0 || this.#results.row(0).id !== previous) this.#previewTop = 0;
  }

  #search(query: string): Results {
    try {
      return this.source.search(query, this.#scope, this.#limit);
    } catch (error) {
      this.#status = error instanceof Error ? error.message : String(error);
      return { length: 0, row: () => { throw new RangeError('no rows'); } };
    }
  }

  /** The screen for a terminal of this size. */
  frame(columns: number, rows: number): Frame {
    this.#refresh();
    const layout = layoutFor(columns, rows, this.options.preview);
    this.#listHeight = Math.max(1, layout.list.height);
    this.#previewHeight = Math.max(1, layout.preview?.height ?? 1);
    const lines = Array.from({ length: layout.rows }, () => '');
    const { text, cursor } = this.#queryLine(layout.query.width);
    lines[0] = text;
    const list = this.#listLines(layout.list);
    const preview = layout.preview && this.#previewLines(layout.preview);
    for (let i = 0; i < layout.list.height; i++) {
      const row = layout.list.top + i;
      lines[row] = layout.preview?.side === 'right'
        ? `${list[i]} ${this.options.theme.muted('│')} ${preview![i]}`
        : list[i]!;
    }
    if (layout.preview?.side === 'below') {
      lines[layout.preview.top - 1] = this.#divider(layout.columns);
      for (let i = 0; i < layout.preview.height; i++) lines[layout.preview.top + i] = preview![i]!;
    }
    if (layout.status.height > 0) lines[layout.status.top] = this.#statusLine(layout.status.width);
    return { lines: lines.map((line) => fitLine(line, layout.columns)), cursor: { row: 0, column: cursor } };
  }

  /** The prompt and the query (its end, when it is wider than the screen), with the count on the right. */
  #queryLine(width: number): { text: string; cursor: number } {
    const room = Math.max(0, width - displayWidth(PROMPT) - 1);
    const query = this.editor.text;
    const shown = displayWidth(query) <= room ? query : `…${tailToWidth(query, room - 1)}`;
    const left = PROMPT + shown;
    const cursor = Math.min(width - 1, displayWidth(left));
    const count = `${this.#results.length}${this.#hasMore() ? '+' : ''}/${this.source.count} ${SCOPE_LABEL[this.#scope]}`;
    const gap = width - displayWidth(left) - displayWidth(count) - 1;
    const text = gap >= 2 ? `${left}${' '.repeat(gap)}${this.options.theme.muted(count)}` : left;
    return { text, cursor };
  }

  #listLines(rect: Rect): string[] {
    const { height, width } = rect;
    if (this.#selected < this.#top) this.#top = this.#selected;
    if (this.#selected >= this.#top + height) this.#top = this.#selected - height + 1;
    const rows: Row[] = [];
    for (let i = this.#top; i < Math.min(this.#results.length, this.#top + height); i++) rows.push(this.#results.row(i));
    const lines = rows.map((row, i) => this.#rowLine(row, this.#top + i === this.#selected, width, rows));
    if (this.#results.length === 0 && height > 0) {
      lines.push(this.options.theme.muted(this.editor.text.trim() === '' ? '  no posts' : '  no posts match; Tab searches the bodies too'));
    }
    while (lines.length < height) lines.push('');
    return lines.map((line) => fitLine(line, width));
  }

  /** `> 7  카프카 - URP, Under Min ISR   2024-08-30  개발/기술`: the date and category go first when narrow. */
  #rowLine(row: Row, selected: boolean, width: number, shown: readonly Row[]): string {
    const { theme } = this.options;
    const idWidth = Math.max(...shown.map((r) => String(r.id).length));
    const categoryWidth = Math.min(16, Math.max(...shown.map((r) => displayWidth(sanitizeLine(r.category)))));
    const fixed = 2 + idWidth + 2;
    const TITLE_MIN = 12;
    const withDate = width - fixed - 12 >= TITLE_MIN;
    const withCategory = withDate && width - fixed - 12 - categoryWidth - 2 >= TITLE_MIN;
    const titleWidth = Math.max(1, width - fixed - (withDate ? 12 : 0) - (withCategory ? categoryWidth + 2 : 0));
    const parts = [
      selected ? theme.heading('>') + ' ' : '  ',
      theme.id(String(row.id).padStart(idWidth)), '  ',
      this.#title(row, titleWidth),
    ];
    if (withDate) parts.push('  ', theme.date(row.day.slice(0, 10)));
    if (withCategory) parts.push('  ', theme.category(truncateToWidth(sanitizeLine(row.category), categoryWidth)));
    const line = parts.join('');
    return selected && theme.level > 0 ? theme.chalk.inverse(fitLine(line, width)) : line;
  }

  /** The title cut to `width` and padded to it, its matches highlighted (ranges of a title changed by sanitising are dropped). */
  #title(row: Row, width: number): string {
    const clean = sanitizeLine(row.title);
    const cut = truncateToWidth(clean, width);
    const kept = cut === clean ? clean : cut.slice(0, -1);
    const ranges = clean === row.title ? mergeRanges(row.ranges, kept.length) : [];
    const text = highlightRanges(kept, ranges, this.options.theme.match) + (cut === clean ? '' : '…');
    return text + ' '.repeat(Math.max(0, width - displayWidth(cut)));
  }

  #previewLines(rect: Rect): string[] {
    const row = this.selected();
    const empty = () => Array.from({ length: rect.height }, () => ' '.repeat(rect.width));
    if (!row) return empty();
    const width = Math.max(1, rect.width - 1);
    const key = `${row.id}:${width}`;
    const cached = this.#previews.get(key);
    if (cached === undefined) this.#render(key, row.id, width);
    if (cached === undefined || cached === 'pending') {
      const lines = empty();
      lines[0] = fitLine(this.options.theme.muted('…'), rect.width);
      return lines;
    }
    this.#previewTop = Math.max(0, Math.min(this.#previewTop, cached.length - rect.height));
    const lines = cached.slice(this.#previewTop, this.#previewTop + rect.height).map((line) => fitLine(line, rect.width));
    while (lines.length < rect.height) lines.push(' '.repeat(rect.width));
    return lines;
  }

  #render(key: string, id: number, width: number): void {
    this.#previews.set(key, 'pending');
    this.source.preview(id, width).then(
      (lines) => this.#previews.set(key, lines),
      (error: unknown) => this.#previews.set(key, [`cannot show this post: ${error instanceof Error ? error.message : String(error)}`]),
    ).finally(() => {
      // Oldest first in a Map: drop the oldest renderings beyond the cache's size.
      for (const old of this.#previews.keys()) {
        if (this.#previews.size <= PREVIEW_CACHE) break;
        if (old !== key) this.#previews.delete(old);
      }
      this.onChange();
    });
  }

  #divider(width: number): string {
    return this.options.theme.muted('─'.repeat(width));
  }

  #statusLine(width: number): string {
    const text = this.#status !== '' ? sanitizeLine(this.#status) : HINTS;
    return this.options.theme.muted(truncateToWidth(text, width));
  }
}

/** Results from an array of rows. */
export const rowsOf = (rows: readonly Row[]): Results => ({ length: rows.length, row: (i) => rows[i]! });

export type { Layout };
