// The commander program: global options, one command per subcommand, and the only place that
// turns errors into a message on stderr and an exit code.
import { Command, CommanderError, InvalidArgumentError, Option, type OptionValues } from 'commander';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CoreError } from './core/errors.js';
import { BlogError, excerpt, excerptPath, EXIT, notFound } from './errors.js';
import { createOutput, processTerminal, watchStdout, WriteError, type Terminal } from './output.js';
import { CACHE_WRITER_COMMAND, COMMANDS, COMPLETE_COMMAND, PROGRAM, ValueError, type CommandContext, type CommandSpec, type OptionSpec } from './registry.js';
import { describeCoreError } from './messages.js';
import { sanitizeLine } from './render/sanitize.js';
import { ConfigFileError } from './settings/config.js';
import { isDebug, loadSettings, resolveSettings, type Env, type Settings } from './settings/index.js';

interface GlobalOptions {
  data?: string;
  color: boolean;
}

/** What the CLI runs against: the process's environment and terminal, or a test's. */
export interface CliIo {
  readonly env: Env;
  readonly terminal: Terminal;
  /**
   * The command line (after `node`) of the process that writes a large index's cache
   * (bin/blog.js __write-cache); without it, this process writes the cache after its answer.
   */
  readonly cacheWriter?: readonly string[];
}

const processIo = (): CliIo => ({ env: process.env, terminal: processTerminal(), ...(process.argv[1] && { cacheWriter: [process.argv[1], CACHE_WRITER_COMMAND] }) });

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

const examples = (lines: readonly string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** A registry option as a commander Option; a ValueError from its parser becomes commander's "is invalid". */
function toOption(spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.description);
  const { parse } = spec;
  if (parse) {
    option.argParser((value: string) => {
      try {
        return parse(value);
      } catch (error) {
        throw error instanceof ValueError ? new InvalidArgumentError(error.message) : error;
      }
    });
  }
  if (spec.choices) option.choices(spec.choices);
  if (spec.default !== undefined) option.default(spec.default);
  return option;
}

/** Work a command leaves for after its answer is out: writing a cache it built. */
type Later = (() => Promise<void>)[];

/**
 * The program with every command, or only `only` (the command a command line runs: building the
 * others, which it never reaches, cost about 0.5 ms a start).
 */
export function buildProgram(io: CliIo = processIo(), version = packageVersion(), later: Later = [], only?: CommandSpec): Command {
  const program = new Command(PROGRAM.name)
    .description(PROGRAM.description)
    .version(version, '-V, --version', 'print the version');
  for (const option of PROGRAM.options) program.addOption(toOption(option));
  program
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    // Help and version go through the terminal (writeStdout) like everything else, so a full disk is reported.
    .configureOutput({ writeOut: io.terminal.write, writeErr: io.terminal.writeError, outputError: () => {} })
    .helpCommand(false)
    .showSuggestionAfterError(true)
    .addHelpText('after', examples(PROGRAM.examples));
  for (const spec of only ? [only] : COMMANDS) addCommand(program, spec, io, later);
  return program;
}

function addCommand(program: Command, spec: CommandSpec, io: CliIo, later: Later): void {
  const command = program.command(spec.name).description(spec.description);
  for (const argument of spec.arguments) command.argument(argument.syntax, argument.description);
  for (const option of spec.options) command.addOption(toOption(option));
  if (spec.examples.length > 0) command.addHelpText('after', examples(spec.examples));
  command.action(async (...received: unknown[]) => {
    const options = command.opts();
    const args = received.slice(0, -2);
    // On a terminal, a command that may keep the user there (a pager, the picker) writes a cache first.
    const deferred = spec.holdsTerminal === true && io.terminal.isTTY ? undefined : later;
    await spec.run(await contextFor(program, command, io, spec.mendsConfig === true, deferred), args, options);
  });
}

/** What a command runs with: its settings, an Output, the index they name (opened when asked for), the help texts. */
async function contextFor(program: Command, command: Command, io: CliIo, mendsConfig: boolean, later: Later | undefined): Promise<CommandContext> {
  const globals = command.optsWithGlobals<GlobalOptions & OptionValues>();
  const flags = { data: globals.data, color: globals.color };
  let settings: Settings;
  let configProblem: ConfigFileError | undefined;
  try {
    settings = await loadSettings(flags, io.env, BUNDLED_INDEX);
  } catch (error) {
    if (!mendsConfig || !(error instanceof ConfigFileError)) throw error;
    configProblem = error;
    settings = resolveSettings({ flags, env: io.env, config: undefined, bundledIndex: BUNDLED_INDEX });
  }
  const out = createOutput(settings, io.terminal);
  return {
    out,
    settings,
    ...(configProblem && { configProblem }),
    async blog() {
      const { openBlog, writerRunning } = await import('./store/blog.js');
      const cache = {
        cacheDir: settings.paths.cache,
        noCache: settings.noCache,
        // The answer first: a cache this run builds is written once the command is done.
        ...(later && { defer: (write: () => Promise<void>) => void later.push(write) }),
        ...(io.cacheWriter !== undefined && { writeApart: writerRunning(io.cacheWriter) }),
        ...(settings.debug && { debug: (message: string) => out.note(`debug: ${message}`) }),
      };
      const index = await openBlog(settings.data, cache, out.note, () => settings.timezone);
      // One rule for every command: nothing to show is "nothing found", and --json still prints [].
      if (index.count === 0) {
        if (command.opts().json && command.name() !== 'show') out.json([]);
        throw notFound(`the blog ${excerptPath(index.file)} has no posts yet`, 'add posts to its "posts" array');
      }
      return index;
    },
    help: {
      names: program.commands.map((c) => c.name()),
      print(name) {
        const target = name === undefined ? program : program.commands.find((c) => c.name() === name);
        target?.outputHelp();
        return target !== undefined;
      },
    },
  };
}

/**
 * One run of the CLI: errors are reported as they come, the first failed write once, and its
 * exit code (74) stands whatever the command does next.
 */
function session(argv: readonly string[], io: CliIo) {
  const later: Later = [];
  const program = buildProgram(io, undefined, later, commandRun(argv.slice(2)));
  const command = commandNamed(program, argv.slice(2));
  let writeFailed = false;
  let code: number = EXIT.OK;
  const fail = (error: unknown) => {
    if (error instanceof WriteError) {
      if (writeFailed) return;
      writeFailed = true;
    }
    const reported = report(error, command, io);
    code = writeFailed ? EXIT.IO : reported;
  };
  return {
    fail,
    get code() {
      return code;
    },
    async run(): Promise<number> {
      try {
        // The shells' hidden entry point, before commander: its words are a command line, not options (src/boot does the same).
        if (argv[2] === CACHE_WRITER_COMMAND) {
          const [file, cacheDir] = argv.slice(3);
          if (file !== undefined && cacheDir !== undefined) await (await import('./store/cache-apart.js')).writeHandedCache(file, cacheDir);
          return code;
        }
        if (argv[2] === COMPLETE_COMMAND) {
          await (await import('./completion/run.js')).printCompletions(argv.slice(3), io.env, io.terminal.write, BUNDLED_INDEX, io.cacheWriter);
          return code;
        }
        await program.parseAsync(argv);
      } catch (error) {
        fail(error);
      }
      // After the answer, whatever it was (nothing found too); these tasks report no errors.
      for (const task of later.splice(0)) {
        try {
          await task();
        } catch {
          // a cache left unwritten is no failure: the next run builds it
        }
      }
      return code;
    },
  };
}

/** Runs the CLI on `argv` (node, script, args...) against `io`; never throws; resolves to the exit code. */
export function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  return session(argv, io).run();
}

/** Runs the CLI in this process; never throws. Sets process.exitCode. */
export async function main(argv: string[]): Promise<void> {
  // A bare `blog` on a terminal opens the picker; piped or redirected, it prints help as before.
  const interactive = argv.length === 2 && process.stdin.isTTY === true && process.stdout.isTTY === true;
  const run = session(interactive ? [...argv, 'pick'] : argv, processIo());
  // Failed writes to stdout are mostly reported a moment later, as events, maybe after the command.
  watchStdout((error) => {
    run.fail(error);
    process.exitCode = run.code;
  });
  process.exitCode = await run.run();
}

/**
 * The command `args` run when nothing but the global options --data and --no-color comes before
 * it; undefined otherwise, and for `help`: help, version and a misspelt command need them all.
 */
function commandRun(args: readonly string[]): CommandSpec | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--data') i++;
    else if (arg !== '--no-color' && !arg.startsWith('--data=')) return arg === 'help' ? undefined : COMMANDS.find((spec) => spec.name === arg);
  }
  return undefined;
}

/** The subcommand the user ran (`list`), if any. */
function commandNamed(program: Command, args: readonly string[]): string | undefined {
  return args.find((arg) => arg !== 'help' && program.commands.some((c) => c.name() === arg));
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
    // What the user typed is repeated cut short: an argument may be megabytes long.
    .replace(/^(option '[^']*' argument ')(.*)(' is invalid\.)/s, (_, head: string, value: string, tail: string) => `${head}${excerpt(value)}${tail}`)
    .replace(/^(unknown (?:command|option) ')(.*)'$/s, (_, head: string, value: string) => `${head}${excerpt(value)}'`)
    // Greedy: a value the user typed comes earlier in the message than commander's own sentence.
    .replace(/^(.*) is invalid\. (.)/s, (_, head: string, first: string) => `${head} is invalid: ${first.toLowerCase()}`)
    .replace(/^(too many arguments(?: for '[^']*')?)\. Expected/, '$1: expected')
    .replace(/\.$/, '');
  return { problem: text, ...(suggestion !== undefined && { suggestion }) };
}

function report(thrown: unknown, command: string | undefined, io: CliIo): number {
  const say = (line: string) => io.terminal.writeError(`${sanitizeLine(line)}\n`);
  const error = thrown instanceof CoreError ? describeCoreError(thrown, command) : thrown;
  // "blog list --help" when the user was running `list`, else "blog --help".
  const help = command ? `blog ${command} --help` : 'blog --help';
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
  if (isDebug(io.env) && error instanceof Error && error.stack) io.terminal.writeError(`${error.stack}\n`);
  return EXIT.INTERNAL;
}
