// Shared test helpers: posts built in the test, a recording Output, temp blogs and a runner for the real binary.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Post } from '../src/core/post.js';
import { runCli, type CliIo } from '../src/cli.js';
import { noteLine, type Output, type Terminal } from '../src/output.js';
import { createTheme } from '../src/render/theme.js';
import { CoreError } from '../src/core/errors.js';
import { describeCoreError } from '../src/messages.js';
import { isRunning } from '../src/store/atomic-write.js';
import { lockHolder } from '../src/store/cache-folder.js';

export const ROOT = path.resolve(__dirname, '..');
export const BIN = path.join(ROOT, 'bin', 'blog.js');

let nextId = 1;
/** A valid post with sensible defaults; override what the test is about. */
export function makePost(overrides: Partial<Post> = {}): Post {
  const id = overrides.id ?? nextId++;
  const date = overrides.date ?? '2024-01-01T09:00:00+09:00';
  return {
    id,
    slug: `post-${id}`,
    title: `Post ${id}`,
    category: '개발',
    tags: [],
    body: `body of ${id}`,
    ...overrides,
    date,
    time: Date.parse(date),
  };
}

export interface RecordingOutput extends Output {
  readonly text: string;
  /** What went to stderr: the notes, as the terminal would show them. */
  readonly stderr: string;
  readonly paged: { text: string; pager: boolean }[];
}

/**
 * An Output that records what a command writes, at a fixed width and colour level; 'piped' is
 * stdout that is not a terminal with COLUMNS unset (no width to fit).
 */
export function recordingOutput(width: number | 'piped' = 80, level: 0 | 1 | 2 | 3 = 0): RecordingOutput {
  const chunks: string[] = [];
  const notes: string[] = [];
  const paged: { text: string; pager: boolean }[] = [];
  return {
    isTTY: false,
    width: width === 'piped' ? undefined : width,
    theme: createTheme(level),
    get text() { return chunks.join(''); },
    get stderr() { return notes.join(''); },
    paged,
    line: (text = '') => { chunks.push(`${text}\n`); },
    json: (value) => { chunks.push(`${JSON.stringify(value, null, 2)}\n`); },
    note: (message) => { notes.push(noteLine(message)); },
    statusWidth: undefined,
    status: () => {},
    supportsHyperlinks: async () => false,
    async page(text, { pager = true } = {}) {
      paged.push({ text, pager });
      chunks.push(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}

/** Writes a blog (index plus files) into a fresh temp folder; returns the index path. */
export function writeBlog(index: unknown, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-test-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const file = path.join(dir, 'posts.json');
  writeFileSync(file, typeof index === 'string' ? index : JSON.stringify(index, null, 2));
  return file;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** A config folder with no config file in it, so that the tests never read the developer's own. */
const NO_CONFIG = mkdtempSync(path.join(tmpdir(), 'blog-no-config-'));

/** A cache folder of the tests' own, so that they never write into the developer's (rendered posts, code caches). */
const TEST_CACHE = path.join(mkdtempSync(path.join(tmpdir(), 'blog-test-cache-')), 'blog');

/** The environment the tests run blog with: no terminal, NO_COLOR set and 80 columns unless `env` says otherwise. */
export function testEnv(env: Record<string, string | undefined> = {}): Record<string, string> {
  const base: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', COLUMNS: '80', XDG_CONFIG_HOME: NO_CONFIG, BLOG_CACHE_DIR: TEST_CACHE };
  for (const name of ['FORCE_COLOR', 'BLOG_DATA', 'PAGER', 'BLOG_NO_CACHE', 'BLOG_DEBUG', 'FORCE_HYPERLINK']) delete base[name];
  const merged = { ...base, ...env };
  return Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined));
}

/** Runs the real bin/blog.js, with testEnv(env). */
export function runBlog(args: readonly string[], env: Record<string, string | undefined> = {}, input?: string): RunResult {
  const cleanEnv = testEnv(env);
  const result = spawnSync(process.execPath, [BIN, ...args], { env: cleanEnv, encoding: 'utf8', input: input ?? '', timeout: 20_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/**
 * Resolves once no lock in `cacheDir` names a live process: a run through bin/ that read
 * a large index hands its cache to a writer process of its own (src/store/cache-apart.ts), which
 * may still be at work when the run exits. Fails after `boundMs`.
 */
export async function waitForCacheWriters(cacheDir: string, boundMs = 20_000): Promise<void> {
  const until = Date.now() + boundMs;
  const writing = () => existsSync(cacheDir) && readdirSync(cacheDir).some((name) => {
    const holder = name.endsWith('.lock') ? lockHolder(path.join(cacheDir, name)) : undefined;
    return holder !== undefined && isRunning(holder);
  });
  while (writing()) {
    assert.ok(Date.now() < until, `a cache writer still holds a lock in ${cacheDir} after ${boundMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A minimal valid index with the given posts (inline bodies). */
export function indexOf(posts: object[]): { posts: object[] } {
  return { posts };
}

export const validPost = (overrides: Record<string, unknown> = {}) => ({
  id: 1,
  slug: 'hello',
  title: '안녕하세요',
  category: '일상',
  date: '2024-01-02T03:04:05+09:00',
  body: '# 제목\n\n본문',
  ...overrides,
});

export interface RecordingTerminal extends Terminal {
  readonly stdout: string;
  readonly stderr: string;
}

/** A Terminal that records stdout and stderr: not a terminal unless `tty` gives its size. */
export function recordingTerminal(tty?: { columns: number; rows: number; depth?: number; errorColumns?: number }): RecordingTerminal {
  let stdout = '';
  let stderr = '';
  return {
    isTTY: tty !== undefined,
    columns: tty?.columns,
    rows: tty?.rows,
    errorColumns: tty?.errorColumns,
    colorDepth: () => tty?.depth ?? 1,
    write: (text) => void (stdout += text),
    writeError: (text) => void (stderr += text),
    get stdout() { return stdout; },
    get stderr() { return stderr; },
  };
}

/** A CLI to run in this process: the source (src/cli.ts) or the bundle users run (dist/blog.cjs). */
export type Cli = (argv: readonly string[], io: CliIo) => Promise<number>;
export const SOURCE_CLI: Cli = runCli;
export const BUNDLED_CLI: Cli = (argv, io) => (require(path.join(ROOT, 'dist', 'blog.cjs')) as { runCli: Cli }).runCli(argv, io);
/** Both, for tests that must hold for the code users run as well as for the source. */
export const CLIS: readonly [name: string, cli: Cli][] = [['source', SOURCE_CLI], ['bundle', BUNDLED_CLI]];

/** Runs `blog ARGS` in this process with testEnv(env), recording what it writes: like runBlog, without a process. */
export async function runInProcess(args: readonly string[], env: Record<string, string | undefined> = {},
  options: { cli?: Cli; tty?: { columns: number; rows: number; depth?: number; errorColumns?: number } } = {}): Promise<RunResult> {
  const terminal = recordingTerminal(options.tty);
  const status = await (options.cli ?? SOURCE_CLI)(['node', 'blog', ...args], { env: testEnv(env), terminal });
  return { stdout: terminal.stdout, stderr: terminal.stderr, status };
}

/** What a person is told for an error a command threw: the core's typed errors in the CLI's words. */
export function asUserError(error: unknown, command?: string): unknown {
  return error instanceof CoreError ? describeCoreError(error, command) : error;
}

/** The error `promise` rejects with, which must be an instance of `type`. */
export async function rejectionOf<E extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof type, `expected a ${type.name}, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected a ${type.name}, got a result`);
}
