// `blog pick`: find a post as you type, with the same search as `blog search` and a preview
// rendered as `show` renders it; Enter reads it in the pager (or, with --print, prints its id).
// The terminal UI is in src/tui/; this file connects it to the blog, the search and the pager.
import type { Blog } from '../core/blog.js';
import { CoreError } from '../core/errors.js';
import { isSearchable } from '../core/search/query.js';
import { createSearchIndex, search, searchIndexOf, type SearchIndex } from '../core/search/index.js';
import { BlogError, notFound, usageError } from '../errors.js';
import { describeCoreError } from '../messages.js';
import type { Output } from '../output.js';
import { openPost } from '../present/open-post.js';
import { renderPostText } from '../present/post-text.js';
import { runPager } from '../render/pager.js';
import type { Theme } from '../render/theme.js';
import type { Settings } from '../settings/index.js';
import { readPostBody } from '../store/body.js';
import { readBodies } from '../store/body-search.js';
import { Picker, rowsOf, type PickerSource, type Results, type Scope } from '../tui/picker.js';
import { runPicker, type SessionHooks, type SessionIo } from '../tui/session.js';
import type { Post } from '../core/post.js';

export interface PickOptions {
  /** --no-preview: false. */
  preview?: boolean;
  /** Enter prints the post's id and exits instead of paging it. */
  print?: boolean;
}

/** Searches remembered for Backspace. */
const RECENT_QUERIES = 64;
/** The pager's width for a post, as `show` has it. */
const MAX_MEASURE = 100;

/** Ctrl-O: the post's address in a browser, as `blog open` does; the status line says what happened. */
export async function openRow(blog: Blog, id: number, settings: Settings): Promise<string> {
  try {
    const result = await openPost(postById(blog, id), settings);
    return 'opened' in result ? `opened ${result.opened}` : result.why === undefined ? `no browser here; the address: ${result.show}` : `${result.why}: ${result.show}`;
  } catch (error) {
    if (error instanceof BlogError) return error.message;
    throw error;
  }
}

export async function pickCommand(blog: Blog, options: PickOptions, out: Output, settings: Settings): Promise<void> {
  const io = await terminalIo(options.print === true);
  if (!io) throw usageError('blog pick needs a terminal for its input and output', "use 'blog search' in scripts");
  // Notes (a body that cannot be read) go to the status line: stderr would draw over the screen.
  const note = (message: string) => picker.say(message);
  const picker: Picker = new Picker(await blogSource(blog, note, out.theme), { theme: out.theme, preview: options.preview !== false });
  const hooks: SessionHooks = {
    print: options.print === true,
    onOpen: (row) => openRow(blog, row.id, settings),
    async read(row) {
      const argv = settings.pager;
      if (!argv) return 'no pager: set PAGER (PAGER=cat turns paging off)';
      const post = postById(blog, row.id);
      const body = await readPostBody(blog, post, note);
      const width = Math.min(io.output.columns, MAX_MEASURE);
      const text = await renderPostText(blog, post, body, { width, theme: out.theme, hyperlinks: await out.supportsHyperlinks() });
      // Without F, less stays open for a short post too (it would quit at once); the user's LESS still wins.
      const started = await runPager(`${text}\n`, argv, { LESS: 'R', ...settings.env });
      return started ? undefined : `the pager ${argv[0]} could not be started`;
    },
  };
  const session = runPicker(picker, io, hooks).finally(io.close);
  setImmediate(() => picker.warm());
  const chosen = await session;
  if (!options.print) return;
  if (!chosen) throw notFound('no post picked', "press Enter on a post to print its id");
  out.line(String(chosen.id));
}

/**
 * The terminal to draw on: stdin and stdout when both are one. With --print, stdout is usually a
 * pipe (`blog show "$(blog pick --print)"`): then, as fzf does, the picker draws on /dev/tty, and
 * reads it too when stdin is not a terminal. Undefined when there is no terminal to use.
 */
async function terminalIo(print: boolean): Promise<(SessionIo & { close(): void }) | undefined> {
  if (process.stdin.isTTY && process.stdout.isTTY) return { input: process.stdin, output: process.stdout, signals: process, close: () => {} };
  if (!print) return undefined;
  const { openSync } = await import('node:fs');
  const tty = await import('node:tty');
  try {
    const input = process.stdin.isTTY ? process.stdin : new tty.ReadStream(openSync('/dev/tty', 'r'));
    const output = process.stdout.isTTY ? process.stdout : new tty.WriteStream(openSync('/dev/tty', 'w'));
    const close = () => {
      if (input !== process.stdin) input.destroy();
      if (output !== process.stdout) output.destroy();
    };
    return { input, output, signals: process, close };
  } catch {
    return undefined; // no controlling terminal (a cron job, CI)
  }
}

function postById(blog: Blog, id: number): Post {
  const position = blog.positionOfId(id);
  if (position === undefined) throw new Error(`post ${id} is gone`);
  return blog.postAt(position);
}

/** The blog as the picker reads it: every post for an empty query, else the search's hits. */
export async function blogSource(blog: Blog, warn: (message: string) => void, theme: Theme): Promise<PickerSource> {
  const listing = blog.listing();
  const all: Results = {
    length: listing.count,
    row: (i) => ({ id: listing.id(i), day: listing.day(i), category: listing.category(i), title: listing.title(i), ranges: [] }),
  };
  const indexes: Partial<Record<Scope, SearchIndex>> = {
    title: searchIndexOf(await blog.corpus(), blog.postAt, blog.aliases),
  };
  // Backspace goes back to queries just searched: their results are kept (the oldest dropped first).
  const recent = new Map<string, Results>();
  return {
    count: listing.count,
    search(query, scope, limit) {
      if (!isSearchable(query)) return all;
      const index = indexes[scope] ?? indexes.title!;
      const key = `${index === indexes.title ? 'title' : 'body'}\n${limit}\n${query}`;
      const known = recent.get(key);
      if (known) return known;
      try {
        const { hits } = search(index, query, { limit, typing: true });
        const results = rowsOf(hits.map(({ post, titleRanges }) => ({
          id: post.id, day: post.date.slice(0, 10), category: post.category, title: post.title, ranges: titleRanges,
        })));
        recent.set(key, results);
        if (recent.size > RECENT_QUERIES) recent.delete(recent.keys().next().value!);
        return results;
      } catch (error) {
        // A word too long to search, say: the status line says so, in the CLI's words.
        throw error instanceof CoreError ? new Error(describeCoreError(error, 'pick').message) : error;
      }
    },
    warm() {
      // Each builds a form of the titles on first use: initial consonants, jamo (a syllable being
      // typed), and the jamo of titles and tags for typos (a word found nowhere as typed).
      for (const query of ['ㅋ', '캎', 'qzqx']) search(indexes.title!, query, { limit: 1, typing: true });
    },
    async prepare(scope) {
      if (indexes[scope]) return;
      const skipped: Post[] = [];
      const bodies = await readBodies(blog, skipped, warn);
      indexes.body = createSearchIndex(blog.posts(), { ...(blog.aliases && { aliases: blog.aliases }), bodies });
    },
    async preview(id, width) {
      const post = postById(blog, id);
      const body = await readPostBody(blog, post, warn);
      return (await renderPostText(blog, post, body, { width, theme, hyperlinks: false })).split('\n');
    },
  };
}
