// The candidates for the word being completed, read from the registry: commands, options and
// their choices, and what an argument's or option's `complete` kind names (posts, categories,
// tags, files, shells, commands). The blog is opened (through `open`) only when a value needs it,
// with the --data the line already names, so completing a command name loads nothing but this.
import type { Blog } from '../core/blog.js';
import { COMMANDS, PROGRAM, type CommandSpec, type CompletionKind, type OptionSpec } from '../registry.js';
import { DIRECTIVE, SHELLS, type Candidate, type Completion } from './protocol.js';

/** Opens the blog the line names (`data`: the --data typed, else undefined); undefined when it cannot be read. */
export type OpenBlog = (data: string | undefined) => Promise<Blog | undefined>;

/** Posts offered for an empty word (newest first), and search hits offered for words. */
export const MAX_POSTS_LISTED = 200;
export const MAX_POSTS_FOUND = 20;

const NOTHING: Completion = { candidates: [], directive: DIRECTIVE.NO_FILES };

interface KnownOption {
  readonly names: readonly string[];
  readonly takesValue: boolean;
  readonly spec: OptionSpec;
}

// Commander adds these itself; the registry does not list them.
const HELP: OptionSpec = { flags: '-h, --help', description: 'show help' };
const VERSION: OptionSpec = { flags: '-V, --version', description: 'print the version' };

const known = (specs: readonly OptionSpec[]): KnownOption[] =>
  specs.map((spec) => ({ names: spec.flags.split(/[\s,]+/).filter((word) => word.startsWith('-')), takesValue: /[<[]/.test(spec.flags), spec }));

/** The options valid at this point: the program's before a command, the command's and the program's after it. */
const optionsFor = (command: CommandSpec | undefined) =>
  known(command ? [...command.options, HELP, ...PROGRAM.options] : [...PROGRAM.options, HELP, VERSION]);

const find = (options: readonly KnownOption[], name: string) => options.find((option) => option.names.includes(name));

const DATA = find(known(PROGRAM.options), '--data')!;

/** Completes `words` (the line after `blog`; the last is the word being completed). */
export async function completeWords(words: readonly string[], open: OpenBlog): Promise<Completion> {
  const typed = words.slice(0, -1);
  const current = (words.at(-1) ?? '').normalize('NFC');
  let command: CommandSpec | undefined;
  let positionals = 0;
  let data: string | undefined;
  let pending: KnownOption | undefined;
  let operandsOnly = false;
  for (const word of typed) {
    if (pending) {
      if (pending.spec === DATA.spec) data = word;
      pending = undefined;
    } else if (!operandsOnly && word === '--') {
      operandsOnly = true;
    } else if (!operandsOnly && word.startsWith('-') && word !== '-') {
      const equals = word.indexOf('=');
      const option = find(optionsFor(command), equals > 0 ? word.slice(0, equals) : word);
      if (option?.spec === DATA.spec && equals > 0) data = word.slice(equals + 1);
      if (option?.takesValue && equals < 0) pending = option;
    } else if (!command && positionals === 0) {
      command = COMMANDS.find((spec) => spec.name === word);
      if (!command) return NOTHING;
    } else {
      positionals++;
    }
  }
  const blog = () => open(data);
  if (pending) return valuesOf(pending.spec, current, blog);
  if (!operandsOnly && current.startsWith('-')) {
    const equals = current.indexOf('=');
    if (current.startsWith('--') && equals > 0) {
      const option = find(optionsFor(command), current.slice(0, equals));
      if (!option?.takesValue) return NOTHING;
      const prefix = current.slice(0, equals + 1);
      const values = await valuesOf(option.spec, current.slice(equals + 1), blog);
      // A file name after `=` is left to the shell, which completes the part after `=` in bash and zsh.
      return { ...values, candidates: values.candidates.map((c) => ({ ...c, value: prefix + c.value })) };
    }
    return byPrefix(optionsFor(command).flatMap((option) => option.names.filter((name) => name.startsWith('--')).map((value) => ({ value, description: option.spec.description }))), current);
  }
  if (!command) return positionals === 0 ? byPrefix(commandCandidates(), current) : NOTHING;
  // A variadic `<post...>` completes only its first word: the others are more title words.
  const argument = command.arguments[positionals];
  if (argument?.choices) return byPrefix(argument.choices.map((value) => ({ value })), current);
  return argument?.complete ? kindOf(argument.complete, current, blog) : NOTHING;
}

function valuesOf(spec: OptionSpec, current: string, blog: () => Promise<Blog | undefined>): Promise<Completion> {
  if (spec.choices) return Promise.resolve(byPrefix(spec.choices.map((value) => ({ value })), current));
  return spec.complete ? kindOf(spec.complete, current, blog) : Promise.resolve(NOTHING);
}

const commandCandidates = (): Candidate[] => COMMANDS.map((spec) => ({ value: spec.name, description: spec.description }));

async function kindOf(kind: CompletionKind, current: string, open: () => Promise<Blog | undefined>): Promise<Completion> {
  switch (kind) {
    case 'file':
      return { candidates: [], directive: DIRECTIVE.FILES };
    case 'shell':
      return byPrefix(SHELLS.map((value) => ({ value })), current);
    case 'command':
      return byPrefix(commandCandidates(), current);
  }
  const blog = await open();
  if (!blog) return NOTHING;
  switch (kind) {
    case 'post':
      return postCandidates(blog, current);
    case 'category':
      return byMeaning([...flatten(blog.categories())].map((node) => ({ value: node.path, description: posts(node.total) })), current);
    case 'tag':
      return byMeaning(tagCandidates(blog), current);
  }
}

const posts = (n: number) => (n === 1 ? '1 post' : `${n} posts`);

function* flatten(nodes: ReturnType<Blog['categories']>): Generator<{ path: string; total: number }> {
  for (const node of nodes) {
    yield node;
    yield* flatten(node.children);
  }
}

function tagCandidates(blog: Blog): Candidate[] {
  const listing = blog.listing();
  const counts = new Map<string, number>();
  for (let position = 0; position < listing.count; position++) {
    for (const tag of listing.tags(position)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([value, n]) => ({ value, description: posts(n) }));
}

const byPrefix = (candidates: readonly Candidate[], current: string): Completion => ({
  candidates: candidates.filter((candidate) => candidate.value.startsWith(current)),
  directive: DIRECTIVE.NO_FILES,
});

/**
 * Names that start with the word; when none does, names one of whose parts (split at `/` and
 * spaces) starts with it ignoring case, as jamo (개바 for 개발) or as initial consonants (ㄱㅂ).
 * Those are MATCHED: the shell must not filter them by prefix again.
 */
async function byMeaning(candidates: readonly Candidate[], current: string): Promise<Completion> {
  const prefixed = byPrefix(candidates, current);
  if (prefixed.candidates.length > 0 || current === '') return prefixed;
  const { jamoString, toChoseong } = await import('../core/search/hangul.js');
  const want = current.toLowerCase();
  const wantJamo = jamoString(want);
  const matches = (part: string) => {
    const lower = part.toLowerCase();
    return lower.startsWith(want) || jamoString(lower).startsWith(wantJamo) || toChoseong(lower).text.startsWith(want);
  };
  const found = candidates.filter(({ value }) => [value, ...value.split(/[/\s]+/)].some(matches));
  return { candidates: found, directive: DIRECTIVE.NO_FILES | DIRECTIVE.MATCHED };
}

/**
 * Posts as their slug (ASCII, so the shell inserts something easy to edit) or id, described by
 * their title: for an empty word the newest; for the start of an id or slug those posts; for
 * anything else the search engine's hits (초성, Hangul, typos, kafka = 카프카), best first.
 */
async function postCandidates(blog: Blog, current: string): Promise<Completion> {
  // The listing's columns: a large blog's cache answers without parsing a post.
  const listing = blog.listing();
  const described = (position: number, value = listing.slug(position)): Candidate => ({ value, description: listing.title(position) });
  if (current === '') {
    return { candidates: Array.from({ length: Math.min(listing.count, MAX_POSTS_LISTED) }, (_, i) => described(i)), directive: DIRECTIVE.NO_FILES | DIRECTIVE.KEEP_ORDER };
  }
  const prefixed: Candidate[] = [];
  for (let position = 0; position < listing.count; position++) {
    const id = String(listing.id(position));
    if (id.startsWith(current)) prefixed.push(described(position, id));
    if (listing.slug(position).startsWith(current)) prefixed.push(described(position));
  }
  if (prefixed.length > 0) return { candidates: prefixed, directive: DIRECTIVE.NO_FILES | DIRECTIVE.KEEP_ORDER };
  const { isSearchable } = await import('../core/search/query.js');
  if (!isSearchable(current)) return NOTHING;
  const { search, searchIndexOf } = await import('../core/search/index.js');
  const { hits } = search(searchIndexOf(await blog.corpus(), blog.postAt, blog.aliases), current);
  const found = hits.filter((hit) => hit.missing === 0).slice(0, MAX_POSTS_FOUND).map(({ post }) => ({ value: post.slug, description: post.title }));
  return { candidates: found, directive: DIRECTIVE.NO_FILES | DIRECTIVE.KEEP_ORDER | DIRECTIVE.MATCHED };
}
