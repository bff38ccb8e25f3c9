// The commander program: global options, one command per subcommand, and the only place that
// turns errors into a message on stderr and an exit code.
import { Command, CommanderError, InvalidArgumentError, Option, type OptionValues } from 'commander';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CoreError } from './core/errors.js';
import { BlogError, EXIT, notFound, usageError } from './errors.js';
import { describeCoreError } from './messages.js';
import type { Blog } from './core/blog.js';
import type { CategoryOptions } from './commands/category.js';
import type { ListOptions } from './commands/list.js';
import type { SearchOptions } from './commands/search.js';
import type { ShowOptions } from './commands/show.js';
import { createProcessOutput, watchStdout, WriteError, writeStdout, type Output } from './output.js';
import { sanitizeLine } from './render/sanitize.js';

interface GlobalOptions {
  data?: string;
  color: boolean;
}

// This file runs as dist/blog.cjs (or src/cli.ts under tests): the package root is one folder up.
const PACKAGE_ROOT = path.join(__dirname, '..');

/** The bundled sample blog, found next to the installed package rather than the working directory. */
export const BUNDLED_INDEX = path.join(PACKAGE_ROOT, 'data', 'posts.json');

// The build writes the version in; under the tests (no build) it is read from package.json.
declare const BLOG_VERSION: string | undefined;

function packageVersion(): string {
  if (typeof BLOG_VERSION === 'string') return BLOG_VERSION;
  const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export function indexPath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return option ?? (env.BLOG_DATA || BUNDLED_INDEX);
}

const positiveInt = (what: string) => (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`${what} must be a positive whole number`);
  return Number(value);
};
const year = (value: string) => {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('the year must have four digits, like 2024');
  return Number(value);
};
const width = (value: string) => {
  const n = positiveInt('the width')(value);
  if (n < 20) throw new InvalidArgumentError('the width must be at least 20 columns');
  return n;
};

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

export function buildProgram(version = packageVersion()): Command {
  const program = new Command('blog')
    .description('Read a blog from your shell: list, show, search and browse categories.')
    .version(version, '-V, --version', 'print the version')
    .option('--data <file>', 'the post index (default: $BLOG_DATA, else the bundled sample blog)')
    .option('--no-color', 'no colours, even on a terminal (NO_COLOR=1 does the same)')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    // Help and version go through writeStdout like everything else, so a full disk is reported.
    .configureOutput({ writeOut: writeStdout, outputError: () => {} })
    .helpCommand(false)
    .showSuggestionAfterError(true)
    .addHelpText('after', examples('blog list', 'blog show 7', 'blog search 카프카', 'blog category 개발', 'blog --data ~/my-blog/posts.json list --json'));

  withPageOptions(program.command('list')
    .description('list posts as a table, newest first'))
    .option('-c, --category <path>', 'only this category and its subcategories')
    .option('--tag <tag>', 'only posts with this tag')
    .option('--year <yyyy>', 'only posts of this year', year)
    .addHelpText('after', examples('blog list -n 5', 'blog list --category 개발/기술', 'blog list --tag kafka --year 2024', 'blog list --sort title --reverse'))
    .action(withIndex<ListOptions, []>(async (index, out, options) => (await import('./commands/list.js')).listCommand(index, options, out)));

  program.command('show')
    .description('show one post, by id, slug or title words')
    .argument('<post...>', 'an id, a slug, or words from the title')
    .option('--raw', 'print the Markdown source')
    .option('--no-pager', 'never page, even on a terminal')
    .option('--width <n>', 'wrap the text at n columns', width)
    .option('--json', 'print the post and its body as JSON')
    .addHelpText('after', examples('blog show 7', 'blog show kafka-urp-under-min-isr', 'blog show 주키퍼', 'blog show 카프카 urp', 'blog show 3 --raw | less'))
    .action(withIndex<ShowOptions, [string[]]>(async (index, out, options, words) => (await import('./commands/show.js')).showCommand(index, words.join(' '), options, out)));

  program.command('search')
    .description('search titles: typos, 초성 (ㅋㅍㅋ), spacing, Hangul/English names (kafka = 카프카)')
    .argument('<query...>', 'words to look for')
    .option('-n, --limit <n>', 'at most n results (default 20)', positiveInt('--limit'))
    .addOption(new Option('--in <scope>', 'title: titles, tags and summaries; body: the post bodies too').choices(['title', 'body']).default('title'))
    .option('--json', 'print JSON with scores, best first')
    .addHelpText('after', examples('blog search 카프카', 'blog search ㅋㅍㅋ', 'blog search python 데코레이터 -n 3', 'blog search vkdlTjs', 'blog search --in body min.insync.replicas', 'blog search clickhouse --json'))
    .action(withIndex<SearchOptions, [string[]]>(async (index, out, options, words) => (await import('./commands/search.js')).searchCommand(index, words, options, out)));

  withPageOptions(program.command('category')
    .description('the category tree with post counts, or the posts of one category')
    .argument('[path]', 'a category path like 개발/기술, or its last part'))
    .addHelpText('after', examples('blog category', 'blog category 개발/기술', 'blog category 개발 -n 10 --page 2', 'blog category 기술 --sort title', 'blog category --json'))
    .action(withIndex<CategoryOptions, [string | undefined]>(async (index, out, options, path) => (await import('./commands/category.js')).categoryCommand(index, path, options, out)));

  // Our own help command: commander's prints the whole help, exit 1, for `blog help nope`.
  program.command('help')
    .description('show help for a command')
    .argument('[command]', 'the command to explain')
    .action(async (name: string | undefined) => {
      if (name === undefined) return void program.outputHelp();
      const names = program.commands.map((c) => c.name());
      const command = program.commands.find((c) => c.name() === name);
      if (command) return void command.outputHelp();
      const { closest } = await import('./core/closest.js');
      const near = closest(name, names);
      throw usageError(`unknown command '${name}'`, `${near ? `did you mean ${near}? ` : ''}see 'blog --help'`);
    });

  return program;
}

/** The paging and order options `list` and `category PATH` share. */
function withPageOptions(command: Command): Command {
  return command
    .option('-n, --limit <n>', 'at most n posts per page', positiveInt('--limit'))
    .option('--page <n>', 'which page of --limit posts', positiveInt('--page'))
    .addOption(new Option('--sort <key>', 'order by date (newest first, the default) or title').choices(['date', 'title']))
    .option('--reverse', 'reverse the order')
    .option('--json', 'print JSON for scripts');
}

type Handler<O extends OptionValues, A extends unknown[]> = (blog: Blog, out: Output, options: O, ...args: A) => Promise<void>;

/** Wraps a command action: loads the index named by the global options and makes the Output. */
function withIndex<O extends OptionValues, A extends unknown[]>(handler: Handler<O, A>) {
  return async function (this: Command, ...received: unknown[]) {
    const command = received[received.length - 1] as Command;
    const globals = command.optsWithGlobals<GlobalOptions & OptionValues>();
    const args = received.slice(0, -2) as A;
    const { openBlog } = await import('./store/blog.js');
    const index = await openBlog(indexPath(globals.data, process.env));
    const out = createProcessOutput({ noColor: globals.color === false });
    // One rule for every command: nothing to show is "nothing found", and --json still prints [].
    if (index.count === 0) {
      if (command.opts().json && command.name() !== 'show') out.json([]);
      throw notFound(`the blog ${index.file} has no posts yet`, 'add posts to its "posts" array');
    }
    await handler(index, out, command.opts<O>(), ...args);
  };
}

/** Runs the CLI; never throws. Sets process.exitCode. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  const help = helpCommand(program, argv.slice(2));
  // A failed write is reported once and its exit code stands, whatever the command does next.
  let writeFailed = false;
  const fail = (error: unknown) => {
    if (error instanceof WriteError) {
      if (writeFailed) return;
      writeFailed = true;
    }
    const code = report(error, help);
    process.exitCode = writeFailed ? EXIT.IO : code;
  };
  watchStdout(fail);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    fail(error);
  }
}

/** "blog list --help" when the user was running `list`, else "blog --help". */
function helpCommand(program: Command, args: readonly string[]): string {
  const name = args.find((arg) => arg !== 'help' && program.commands.some((c) => c.name() === arg));
  return name ? `blog ${name} --help` : 'blog --help';
}

/**
 * Commander's message as one clause: "too many arguments for 'show'. Expected 1 argument but got
 * 2." becomes "too many arguments for 'show': expected 1 argument but got 2", and its "(Did you
 * mean list?)" line comes back separately, so the line reads "blog: <problem>; <what to do>".
 */
export function commanderProblem(message: string): { problem: string; suggestion?: string } {
  let suggestion: string | undefined;
  const text = message
    .replace(/^error: /, '')
    .replace(/\s*\(Did you mean (.+?)\?\)\s*$/s, (_, near: string) => {
      suggestion = near;
      return '';
    })
    // Greedy: a value the user typed comes earlier in the message than commander's own sentence.
    .replace(/^(.*) is invalid\. (.)/s, (_, head: string, first: string) => `${head} is invalid: ${first.toLowerCase()}`)
    .replace(/^(too many arguments(?: for '[^']*')?)\. Expected/, '$1: expected')
    .replace(/\.$/, '');
  return { problem: text, ...(suggestion !== undefined && { suggestion }) };
}

function report(thrown: unknown, help: string): number {
  const say = (line: string) => process.stderr.write(`${sanitizeLine(line)}\n`);
  const error = thrown instanceof CoreError ? describeCoreError(thrown, /^blog (\S+) --help$/.exec(help)?.[1]) : thrown;
  if (error instanceof CommanderError) {
    if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.OK;
    if (error.code === 'commander.help') return EXIT.USAGE; // `blog` alone: help went to stderr
    const { problem, suggestion } = commanderProblem(error.message);
    say(`blog: ${problem}; ${suggestion === undefined ? '' : `did you mean ${suggestion}? `}see '${help}'`);
    return EXIT.USAGE;
  }
  if (error instanceof BlogError) {
    say(`blog: ${error.message}${error.hint ? `; ${error.hint}` : ''}`);
    for (const line of error.details) say(line);
    return error.exitCode;
  }
  say(`blog: unexpected error: ${error instanceof Error ? error.message : String(error)}; this is a bug, please report it with the output of BLOG_DEBUG=1`);
  if (process.env.BLOG_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return EXIT.INTERNAL;
}
