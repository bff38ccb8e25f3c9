// The one list of commands: name, description, arguments, options, examples, how to load and run
// each, and the command lines that warm its V8 code cache. src/cli.ts builds the commander program
// from it, src/boot reads which command has a code cache of its own, scripts/build.mjs which
// caches to make; help and (later) completion read it too. Adding a command is one entry here.
// Shell completion (src/completion/) reads the names, descriptions, value kinds (`complete`) and
// choices here, so a new command completes without further work.
// This module is bundled into dist/boot.cjs as well: it imports no code but the width range (two
// constants), only types, and loads a command's module (with `import()`) only when that command runs.
import type { HelpTexts } from './commands/help.js';
import type { Blog } from './core/blog.js';
import type { Output } from './output.js';
import type { Settings } from './settings/index.js';
import { CONFIG_ACTIONS, CONFIG_KEYS } from './settings/schema.js';
import { isWidth, WIDTH_RULE } from './settings/width.js';

/** What a command runs with: the Output, the settings, and the index (opened on first use). */
export interface CommandContext {
  readonly out: Output;
  readonly settings: Settings;
  /** The index the settings name; an index with no posts is "nothing found" for every command. */
  blog(): Promise<Blog>;
  /** Why the config file could not be used, for a command that mends it (CommandSpec.mendsConfig). */
  readonly configProblem?: Error;
  /** The program's help texts, for `blog help`. */
  readonly help: HelpTexts;
}

/**
 * What a value completes to (src/completion/candidates.ts): post ids and slugs (the title as the
 * description), category paths, tags, file names, the shells `blog completion` knows, commands.
 */
export type CompletionKind = 'post' | 'category' | 'tag' | 'file' | 'shell' | 'command';

/** A value of an option or argument could not be used: the message says what it must be. */
export class ValueError extends Error {}

export interface OptionSpec {
  /** Commander's syntax: `-n, --limit <n>`, `--json`, `--no-pager`. */
  readonly flags: string;
  readonly description: string;
  /** Turns the text typed into the value; throws a ValueError. */
  readonly parse?: (value: string) => unknown;
  readonly choices?: readonly string[];
  readonly default?: string;
  /** What the option's value completes to (its choices complete without this). */
  readonly complete?: CompletionKind;
}

export interface ArgumentSpec {
  /** Commander's syntax: `<post...>`, `[path]`. */
  readonly syntax: string;
  readonly description: string;
  /** The values it takes, when they are few and fixed (they complete without `complete`). */
  readonly choices?: readonly string[];
  readonly complete?: CompletionKind;
}

export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  readonly arguments: readonly ArgumentSpec[];
  readonly options: readonly OptionSpec[];
  readonly examples: readonly string[];
  /**
   * Command lines run at build time to fill this command's own V8 code cache (src/boot); a
   * command without them shares the `other` cache. One cache per command: deserialising costs
   * time in proportion to a cache's size, and `list` should not pay for the search engine.
   */
  readonly warmUp?: readonly (readonly string[])[];
  /**
   * Runs even when the config file cannot be used (a value against its rules), with the settings
   * it would have without one and the problem in the context: `blog config` is how to mend it.
   */
  readonly mendsConfig?: boolean;
  /**
   * May keep the user at the terminal (a pager, the picker): on a terminal, a cache the run builds
   * is written before the command starts, not after it, or other runs would wait on the reader.
   */
  readonly holdsTerminal?: boolean;
  /** Loads the command's module and runs it with the arguments and options commander parsed. */
  run(context: CommandContext, args: readonly unknown[], options: Record<string, unknown>): Promise<void>;
}

/** Keeps each entry's own option and argument types, then forgets them for the list. */
function command<O, A extends readonly unknown[]>(spec: Omit<CommandSpec, 'run'> & {
  run(context: CommandContext, args: A, options: O): Promise<void>;
}): CommandSpec {
  return spec as CommandSpec;
}

// Past 2^53 - 1, digits would round to another number (99999999999999999999 read as 1e20).
const positiveInt = (what: string) => (value: string) => {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && Number.isSafeInteger(n))) throw new ValueError(`${what} must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER}`);
  return n;
};
const year = (value: string) => {
  if (!/^\d{4}$/.test(value)) throw new ValueError('the year must have four digits, like 2024');
  return Number(value);
};
const width = (value: string) => {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!isWidth(n)) throw new ValueError(`the width must be ${WIDTH_RULE}`);
  return n;
};

/** The paging and order options `list` and `category PATH` share. */
const PAGE_OPTIONS: readonly OptionSpec[] = [
  { flags: '-n, --limit <n>', description: 'at most n posts per page', parse: positiveInt('--limit') },
  { flags: '--page <n>', description: 'which page of --limit posts', parse: positiveInt('--page') },
  { flags: '--sort <key>', description: 'order by date (newest first, the default) or title', choices: ['date', 'title'] },
  { flags: '--reverse', description: 'reverse the order' },
  { flags: '--json', description: 'print JSON for scripts' },
];

/** The program itself: its description, global options and examples. */
export const PROGRAM = {
  name: 'blog',
  description: 'Read a blog from your shell: list, show, search, pick as you type, browse categories; import your own from a Markdown folder or a feed.',
  options: [
    { flags: '--data <path>', description: 'the post index, or a folder holding its posts.json (default: $BLOG_DATA, the config file\'s "data", else the bundled sample blog)', complete: 'file' },
    { flags: '--no-color', description: 'no colours, even on a terminal (NO_COLOR=1 does the same)' },
  ] satisfies OptionSpec[],
  examples: ['blog list', 'blog show 7', 'blog search 카프카', 'blog category 개발', 'blog pick', 'blog import ~/my-blog/content/posts', 'blog --data ~/my-blog/posts.json list --json'],
} as const;

export const COMMANDS: readonly CommandSpec[] = [
  command<import('./commands/list.js').ListOptions, []>({
    name: 'list',
    description: 'list posts as a table, newest first',
    arguments: [],
    options: [
      ...PAGE_OPTIONS,
      { flags: '-c, --category <path>', description: 'only this category and its subcategories', complete: 'category' },
      { flags: '--tag <tag>', description: 'only posts with this tag', complete: 'tag' },
      { flags: '--year <yyyy>', description: 'only posts of this year', parse: year },
    ],
    examples: ['blog list -n 5', 'blog list --category 개발/기술', 'blog list --tag kafka --year 2024', 'blog list --sort title --reverse'],
    warmUp: [['list'], ['list', '-n', '2', '--json']],
    run: async (context, [], options) => (await import('./commands/list.js')).listCommand(await context.blog(), options, context.out),
  }),
  command<import('./commands/show.js').ShowOptions, [string[]]>({
    name: 'show',
    description: 'show one post, by id, slug or title words',
    holdsTerminal: true,
    arguments: [{ syntax: '<post...>', description: 'an id, a slug, or words from the title', complete: 'post' }],
    options: [
      { flags: '--raw', description: 'print the Markdown source' },
      { flags: '--no-pager', description: 'never page, even on a terminal' },
      { flags: '--width <n>', description: 'wrap the text at n columns', parse: width },
      { flags: '--json', description: 'print the post and its body as JSON' },
    ],
    examples: ['blog show 7', 'blog show kafka-urp-under-min-isr', 'blog show 주키퍼', 'blog show 카프카 urp', 'blog show 3 --raw | less'],
    warmUp: [['show', '7', '--no-pager'], ['show', '주키퍼', '--no-pager']],
    run: async (context, [words], options) => (await import('./commands/show.js')).showCommand(await context.blog(), words.join(' '), options, context.out, context.settings),
  }),
  command<import('./commands/search.js').SearchOptions, [string[]]>({
    name: 'search',
    description: 'search titles: typos, 초성 (ㅋㅍㅋ), spacing, Hangul/English names (kafka = 카프카)',
    arguments: [{ syntax: '<query...>', description: 'words to look for' }],
    options: [
      { flags: '-n, --limit <n>', description: 'at most n results (default 20)', parse: positiveInt('--limit') },
      { flags: '--in <scope>', description: 'title: titles, tags and summaries; body: the post bodies too', choices: ['title', 'body'], default: 'title' },
      { flags: '--json', description: 'print JSON with scores, best first' },
    ],
    examples: ['blog search 카프카', 'blog search ㅋㅍㅋ', 'blog search python 데코레이터 -n 3', 'blog search vkdlTjs', 'blog search --in body min.insync.replicas', 'blog search clickhouse --json'],
    warmUp: [['search', '카프카'], ['search', 'ㅋㅍㅋ 카프가', '--json']],
    run: async (context, [words], options) => (await import('./commands/search.js')).searchCommand(await context.blog(), words, options, context.out),
  }),
  command<import('./commands/category.js').CategoryOptions, [string | undefined]>({
    name: 'category',
    description: 'the category tree with post counts, or the posts of one category',
    arguments: [{ syntax: '[path]', description: 'a category path like 개발/기술, or its last part', complete: 'category' }],
    options: PAGE_OPTIONS,
    examples: ['blog category', 'blog category 개발/기술', 'blog category 개발 -n 10 --page 2', 'blog category 기술 --sort title', 'blog category --json'],
    warmUp: [['category'], ['category', '개발']],
    run: async (context, [path], options) => (await import('./commands/category.js')).categoryCommand(await context.blog(), path, options, context.out),
  }),
  command<import('./commands/open.js').OpenOptions, [string[]]>({
    name: 'open',
    description: "open a post's web address in the browser ($BROWSER, else the system's), or print it",
    arguments: [{ syntax: '<post...>', description: 'an id, a slug, or words from the title', complete: 'post' }],
    options: [{ flags: '--print', description: 'print the address instead of opening it (also over SSH or without a display)' }],
    examples: ['blog open 7', 'blog open 카프카 urp', 'blog open 7 --print'],
    run: async (context, [words], options) =>
      (await import('./commands/open.js')).openCommand(await context.blog(), words.join(' '), options, context.settings, context.out),
  }),
  command<import('./commands/config.js').ConfigOptions, [string, string | undefined, string | undefined]>({
    name: 'config',
    description: 'show or change the settings in the config file: get, set, unset, list, path',
    arguments: [
      { syntax: '<action>', description: 'get KEY, set KEY VALUE, unset KEY, list (every key, its value in force and where it comes from) or path (the config file)', choices: CONFIG_ACTIONS },
      { syntax: '[key]', description: 'a config key (blog config list shows them all)', choices: Object.keys(CONFIG_KEYS) },
      { syntax: '[value]', description: 'for set: the new value (quote it when it has spaces)' },
    ],
    options: [
      { flags: '--effective', description: 'get: the value in force (from a flag, the environment, the file or the default), not only the file\'s' },
      { flags: '--json', description: 'print JSON for scripts' },
    ],
    examples: ['blog config list', 'blog config set data ~/blog/posts.json', "blog config set pager 'less -S'", 'blog config get width', 'blog config get data --effective', 'blog config unset color', 'blog config path'],
    mendsConfig: true,
    run: async (context, [action, key, value], options) =>
      (await import('./commands/config.js')).configCommand(action, [key, value], options, context.settings, context.out, context.configProblem),
  }),
  command<import('./commands/import.js').ImportOptions, [string | undefined]>({
    name: 'import',
    description: 'import a Markdown folder or an RSS/Atom feed into an index, or update it; no source: re-import the index\'s sources',
    arguments: [{ syntax: '[source]', description: 'a folder of Markdown files, a feed file (.xml, .rss, .atom) or an http(s):// feed address', complete: 'file' }],
    options: [
      { flags: '--dry-run', description: 'say what would change, write nothing' },
      { flags: '--json', description: 'print what changed as JSON' },
      { flags: '--prune', description: 'remove posts whose files left the folder (feeds never lose posts)' },
      { flags: '--set-default', description: 'make this index the one blog reads by default' },
      { flags: '--timezone <zone>', description: 'the time zone of dates without an offset (default: the zone the source was first imported in, else the config\'s "timezone", else the system\'s)' },
    ],
    examples: ['blog import ~/blog/content/posts', 'blog import https://example.tistory.com/rss --set-default', 'blog import --dry-run', 'blog import ./_posts --timezone Asia/Seoul --json'],
    run: async (context, [source], options) => (await import('./commands/import.js')).importCommand(source, options, context.out, context.settings),
  }),
  command<import('./commands/pick.js').PickOptions, []>({
    name: 'pick',
    holdsTerminal: true,
    description: 'find a post as you type, with a preview; Enter reads it (a bare `blog` on a terminal opens this)',
    arguments: [],
    options: [
      { flags: '--no-preview', description: 'no preview pane (there is none under 60 columns either)' },
      { flags: '--print', description: "Enter prints the post's id and exits (Esc: exit 1), for scripts: blog show \"$(blog pick --print)\"" },
    ],
    examples: ['blog pick', 'blog pick --no-preview', 'blog show "$(blog pick --print)"'],
    run: async (context, [], options) => (await import('./commands/pick.js')).pickCommand(await context.blog(), options, context.out, context.settings),
  }),
  command<object, [string | undefined]>({
    name: 'help',
    description: 'show help for a command',
    arguments: [{ syntax: '[command]', description: 'the command to explain', complete: 'command' }],
    options: [],
    examples: [],
    run: async (context, [name]) => (await import('./commands/help.js')).helpCommand(name, context.help),
  }),
  command<object, [string]>({
    name: 'completion',
    description: 'print the shell completion script for bash, zsh or fish',
    arguments: [{ syntax: '<shell>', description: 'bash, zsh or fish', complete: 'shell' }],
    options: [],
    examples: ['blog completion bash > ~/.local/share/bash-completion/completions/blog', 'blog completion fish > ~/.config/fish/completions/blog.fish'],
    run: async (context, [shell]) => (await import('./commands/completion.js')).completionCommand(shell, context.out),
  }),
];

/** The command lines that warm the code cache shared by commands without one of their own (help, version). */
export const OTHER_WARM_UP: readonly (readonly string[])[] = [['--help'], ['--version']];

/**
 * The shells' hidden entry point (src/completion/protocol.ts): src/boot runs it from its own bundle,
 * dist/complete.cjs, with a code cache of that name, before and without the CLI.
 */
export const COMPLETE_COMMAND = '__complete';

/**
 * The hidden entry point of the process that writes a large index's cache while the run that read
 * the index has already answered (src/store/cache-apart.ts); it has no code cache of its own.
 */
export const CACHE_WRITER_COMMAND = '__write-cache';

/** Tabs after a command name, a post (an empty word, 초성), a tag and a category part. */
const COMPLETE_WARM_UP = [['li'], ['show', ''], ['show', 'ㅋㅍ'], ['list', '--tag', ''], ['category', '기']].map((words) => [COMPLETE_COMMAND, ...words]);

/** Each code cache (src/boot) and the command lines that fill it: one per command that has warm-ups, `other`, and `__complete`. */
export const CODE_CACHES: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ...COMMANDS.flatMap((spec) => (spec.warmUp ? [[spec.name, spec.warmUp] as const] : [])),
  ['other', OTHER_WARM_UP],
  [COMPLETE_COMMAND, COMPLETE_WARM_UP],
]);

/** The code cache a command line of dist/blog.cjs uses: that of the first word naming a command with its own, else `other`. */
export function codeCacheOf(argv: readonly string[]): string {
  return argv.find((arg) => arg !== 'other' && arg !== COMPLETE_COMMAND && CODE_CACHES.has(arg)) ?? 'other';
}
