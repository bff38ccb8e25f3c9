// `blog import [source]`: read a Markdown folder or a feed into an index (or update it), and
// re-import every source an index records. Reading is the sources' job (src/sources), merging the
// core's (src/core/sync.ts), writing the store's (src/store/import-write.ts); this file decides
// where the index goes and says what happened.
import { statSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../core/front-matter.js';
import { slugify } from '../core/slug.js';
import type { IndexSource } from '../core/schema.js';
import { feedBodyFile, syncPosts, type Change, type IncomingPost, type IndexPost } from '../core/sync.js';
import { BlogError, excerptPath, EXIT, usageError } from '../errors.js';
import type { Output } from '../output.js';
import { renderProgress } from '../render/progress.js';
import { sanitizeLine } from '../render/sanitize.js';
import type { Settings } from '../settings/index.js';
import { isTimeZone } from '../settings/schema.js';
import { SourceError } from '../sources/errors.js';
import type { SkippedItem, SourceResult } from '../sources/types.js';
import { INDEX_FILE, indexTargetOf } from '../store/blog.js';
import { readIndexForImport } from '../store/import-read.js';
import { writeImport, type FileWriter } from '../store/import-write.js';
import { isInside, validateIndex } from '../store/validate.js';

export interface ImportOptions {
  dryRun?: boolean;
  json?: boolean;
  prune?: boolean;
  setDefault?: boolean;
  timezone?: string;
}

/** A source as the command line or the index names it. */
interface Source {
  readonly kind: 'folder' | 'feed';
  /** As the index records it: a folder relative to the index, a feed's address or absolute file. */
  readonly location: string;
  /** What to read: an absolute folder or file, or an address. */
  readonly target: string;
}

/** Feed files are recognised by their extension; anything else that is a file is refused. */
const FEED_FILE = /\.(xml|rss|atom)$/i;
/** At least this many files before a progress bar is worth drawing. */
const PROGRESS_FROM = 20;

/** What tests replace: how files are written, and the feed reader. */
export interface ImportIo {
  readonly write?: FileWriter;
  readonly readFeed?: typeof import('../sources/feed/index.js').readFeed;
}

export async function importCommand(sourceArg: string | undefined, options: ImportOptions, out: Output, settings: Settings,
  io: ImportIo = {}): Promise<void> {
  const zone = options.timezone ?? settings.timezone;
  if (!isTimeZone(zone)) throw usageError(`unknown time zone "${zone}"`, 'give an IANA name, like Asia/Seoul or UTC');
  const given = sourceArg === undefined ? undefined : classify(sourceArg);
  const indexFile = targetIndex(given, settings);
  const root = path.dirname(indexFile);
  if (given?.kind === 'folder' && given.target !== root && !isInside(root, path.relative(root, given.target))) {
    throw usageError(`the index ${excerptPath(indexFile)} must be in the folder ${excerptPath(given.target)} or a folder above it, since it points to the files there`,
      `leave out --data (the index then goes to ${path.join(given.target, INDEX_FILE)}), or name an index higher up`);
  }
  const old = await readIndexForImport(indexFile, () => zone);
  const recorded = old?.raw.sources ?? [];
  const sources: Source[] = given
    ? [{ ...given, location: given.kind === 'folder' ? path.relative(root, given.target).split(path.sep).join('/') || '.' : given.target }]
    : recorded.map((entry) => ({ kind: entry.kind, location: entry.location, target: entry.kind === 'folder' ? path.resolve(root, entry.location) : entry.location }));
  if (sources.length === 0) {
    throw usageError(old ? `the index ${excerptPath(indexFile)} records no sources to re-import` : `there is no index at ${excerptPath(indexFile)} to re-import`,
      'name one: blog import FOLDER, FILE.xml or https://…/feed');
  }

  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  let posts: IndexPost[] = old ? [...old.raw.posts] : [];
  let lastId = old?.raw.lastId;
  const entries = new Map<string, IndexSource>(recorded.map((entry) => [entry.location, entry]));
  const report = { added: [] as Change[], updated: [] as Change[], unchanged: [] as Change[], kept: [] as Change[], removed: [] as Change[] };
  const skipped: SkippedItem[] = [];
  const errors: SkippedItem[] = [];
  const warnings: string[] = [];
  const bodies = new Map<string, string>();
  let blogInfo: SourceResult['blog'];
  let failedSources = 0;
  // A source keeps the zone it was first read in: a re-import without --timezone, or after the
  // configured zone changed, must not move every date (and mark every post updated).
  const zoneOf = (source: Source) => {
    const recordedZone = entries.get(source.location)?.timezone;
    return options.timezone ?? (recordedZone !== undefined && isTimeZone(recordedZone) ? recordedZone : zone);
  };
  for (const source of sources) {
    let result: SourceResult;
    try {
      result = await readSource(source, zoneOf(source), entries.get(source.location), out, io);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      if (sources.length === 1) throw error;
      failedSources++;
      errors.push({ where: source.location, reason: error.hint === undefined ? error.message : `${error.message}; ${error.hint}` });
      continue;
    } finally {
      out.status('');
    }
    warnings.push(...result.warnings);
    for (const item of result.skipped) (item.draft ? skipped : errors).push(item);
    if (result.posts.length === 0 && !result.notModified && result.skipped.some((item) => !item.draft)) {
      if (sources.length === 1) {
        for (const item of errors) out.note(`skipped ${item.where}: ${item.reason}`);
        throw new BlogError(`nothing could be imported from ${excerptPath(source.target)}: ${errors.length} ${errors.length === 1 ? 'file has' : 'files have'} problems (above)`,
          EXIT.USAGE, 'fix them and run the import again');
      }
      failedSources++;
      continue;
    }
    blogInfo ??= result.blog;
    const previous = entries.get(source.location);
    entries.set(source.location, {
      kind: source.kind,
      location: source.location,
      ...(result.validators?.etag !== undefined ? { etag: result.validators.etag } : previous?.etag !== undefined && result.notModified ? { etag: previous.etag } : {}),
      ...(result.validators?.lastModified !== undefined ? { lastModified: result.validators.lastModified }
        : previous?.lastModified !== undefined && result.notModified ? { lastModified: previous.lastModified } : {}),
      timezone: zoneOf(source),
      importedAt: now,
    });
    if (result.notModified) {
      for (const post of posts) if (post.source?.from === source.location) report.unchanged.push({ id: post.id, slug: post.slug, title: post.title, key: post.source.key });
      continue;
    }
    const incoming: IncomingPost[] = result.posts.map((post) => ({
      ...post,
      file: post.file === undefined ? undefined : path.relative(root, post.file).split(path.sep).join('/'),
    }));
    const synced = syncPosts({ posts, lastId, from: source.location, kind: source.kind, incoming, prune: options.prune === true, now });
    posts = synced.posts;
    lastId = synced.lastId;
    for (const key of ['added', 'updated', 'unchanged', 'kept', 'removed'] as const) report[key].push(...synced[key]);
    for (const { slug, body } of synced.bodies) bodies.set(path.join(root, feedBodyFile(slug)), guardBody(body));
  }
  if (failedSources === sources.length) {
    for (const item of errors) out.note(`skipped ${item.where}: ${item.reason}`);
    throw new BlogError(`nothing could be imported: every source failed`, EXIT.USAGE, 'see the lines above');
  }

  const index = buildIndex(old?.raw, posts, lastId, [...entries.values()], blogInfo);
  const text = `${JSON.stringify(index, null, 2)}\n`;
  // The index about to be written must read back: a bug here must never replace a good index.
  try {
    validateIndex(JSON.parse(text), indexFile, () => zone);
  } catch (error) {
    throw new BlogError(`the import made an index that does not validate (${(error as Error).message}); nothing was written`, EXIT.INTERNAL, 'this is a bug, please report it');
  }
  const changed = old === undefined || text !== old.text && !sameButTimes(old.raw, index);
  if (!options.dryRun && changed) {
    writeImport({ index: indexFile, text, previous: old?.bytes, bodies: [...bodies].map(([file, body]) => ({ file, text: body })) }, io.write);
  }

  for (const warning of warnings) out.note(`warning: ${warning}`);
  for (const item of skipped) out.note(`skipped ${item.where}: ${item.reason}`);
  for (const item of errors) out.note(`skipped ${item.where}: ${item.reason}`);
  const isDefault = settings.origins.data.source === 'config' && indexTargetOf(settings.data) === indexFile;
  if (options.json) {
    out.json({ index: indexFile, dryRun: options.dryRun === true, ...report, skipped, errors, warnings });
  } else {
    printSummary(out, { indexFile, dryRun: options.dryRun === true, changed, report, skipped: skipped.length, errors: errors.length });
  }
  if (!options.dryRun && !isDefault) {
    if (options.setDefault) {
      const { updateConfig } = await import('../store/config-file.js');
      const file = await updateConfig(settings.paths.config, 'data', indexFile);
      out.note(`${excerptPath(indexFile)} is now the default index (set in ${file})`);
    } else if (!options.json) {
      out.line('');
      out.line(`To read it by default: blog config set data ${shellQuote(indexFile)}`);
    }
  }
  if (errors.length > 0) {
    throw new BlogError(`${errors.length} ${errors.length === 1 ? 'item was' : 'items were'} not imported (listed above)`, EXIT.NOT_FOUND, 'fix them and run blog import again');
  }
}

/** What `source` names: an address or a feed file is a feed, a folder is a Markdown folder. */
function classify(source: string): Omit<Source, 'location'> {
  if (/^https?:\/\//i.test(source)) return { kind: 'feed', target: source };
  const target = path.resolve(source);
  let stat;
  try {
    stat = statSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BlogError(code === 'ENOENT' ? `no such folder or file: ${excerptPath(target)}` : `cannot read ${excerptPath(target)} (${code})`,
      EXIT.USAGE, 'give a folder of Markdown files, a feed file (.xml, .rss, .atom) or an http(s):// feed address');
  }
  if (stat.isDirectory()) return { kind: 'folder', target };
  if (stat.isFile() && FEED_FILE.test(target)) return { kind: 'feed', target };
  throw usageError(`${excerptPath(target)} is neither a folder nor a feed file`, 'give a folder of Markdown files, a feed file (.xml, .rss, .atom) or an http(s):// feed address');
}

/**
 * The index to write: the one --data, BLOG_DATA or the config names (a folder means its
 * posts.json), else the folder's own posts.json, else one under the data folder named after the
 * feed. Never the bundled sample.
 */
function targetIndex(source: Omit<Source, 'location'> | undefined, settings: Settings): string {
  // "default": nothing named an index, so data is the bundled sample, which is never written.
  if (settings.origins.data.source !== 'default') return notBundled(indexTargetOf(settings.data), settings);
  if (source === undefined) throw usageError('no index to re-import: none is configured', 'name a source (blog import FOLDER|FEED), or an index with --data');
  if (source.kind === 'folder') return notBundled(path.join(source.target, INDEX_FILE), settings);
  return path.join(settings.paths.data, feedName(source.target), INDEX_FILE);
}


function notBundled(file: string, settings: Settings): string {
  if (file === path.resolve(settings.bundledIndex)) {
    throw usageError('blog import never writes into the bundled sample blog', 'name another index with --data');
  }
  return file;
}

/** A stable ASCII folder name for a feed: its host and path (`medium.com-feed-kakao`), or a feed file's name. */
export function feedName(target: string): string {
  if (/^https?:\/\//i.test(target)) {
    const url = new URL(target);
    const rest = slugify(url.pathname.replace(/\/(feed|rss|atom)(\.xml)?\/?$|\.(xml|rss|atom)$/i, '').replace(/\//g, '-'));
    const host = url.hostname.replace(/^www\./, '');
    return rest === undefined ? host : `${host}-${rest}`;
  }
  return slugify(path.basename(target).replace(FEED_FILE, '')) ?? 'feed';
}

async function readSource(source: Source, timezone: string, recorded: IndexSource | undefined, out: Output, io: ImportIo): Promise<SourceResult> {
  if (source.kind === 'feed') {
    const readFeed = io.readFeed ?? (await import('../sources/feed/index.js')).readFeed;
    const validators = recorded && { ...(recorded.etag !== undefined && { etag: recorded.etag }), ...(recorded.lastModified !== undefined && { lastModified: recorded.lastModified }) };
    return readFeed(source.target, { timezone, ...(validators && { validators }) });
  }
  const { readFolder } = await import('../sources/folder/index.js');
  let drawn = '';
  return readFolder(source.target, {
    timezone,
    progress(done, total) {
      const width = out.statusWidth;
      if (width === undefined || total < PROGRESS_FROM) return;
      const line = renderProgress(`importing ${source.location}`, done, total, width);
      if (line !== drawn) out.status((drawn = line));
    },
  });
}

/** A feed's Markdown that starts like front matter gets a blank line first, so that reading it back never cuts it. */
const guardBody = (body: string) => (splitFrontMatter(body).kind === 'none' ? body : `\n${body}`);

type RawIndex = NonNullable<Awaited<ReturnType<typeof readIndexForImport>>>['raw'];

/** The new index: the old one's fields (hand-edited aliases, blog) as they were, with the new posts and sources. */
function buildIndex(old: RawIndex | undefined, posts: IndexPost[], lastId: number | undefined, sources: IndexSource[], blog: SourceResult['blog']): RawIndex {
  const info = old?.blog ?? (blog?.title ? { title: blog.title, ...(blog.url && { url: blog.url }), ...(blog.description && { description: blog.description }) } : undefined);
  return { ...old, ...(info && { blog: info }), posts, sources, ...(lastId !== undefined && { lastId }) };
}

/** Whether two indexes differ only in when their sources were imported. */
function sameButTimes(a: RawIndex, b: RawIndex): boolean {
  const strip = (index: RawIndex) => JSON.stringify({ ...index, sources: index.sources?.map(({ importedAt: _, ...rest }) => rest) });
  return strip(a) === strip(b);
}

function printSummary(out: Output, facts: { indexFile: string; dryRun: boolean; changed: boolean; report: Record<'added' | 'updated' | 'unchanged' | 'kept' | 'removed', Change[]>; skipped: number; errors: number }): void {
  const { report } = facts;
  const verb = facts.dryRun ? 'Would import into' : facts.changed ? 'Imported into' : 'Nothing changed in';
  out.line(sanitizeLine(`${verb} ${facts.indexFile}:`));
  out.line(`  ${report.added.length} added, ${report.updated.length} updated, ${report.unchanged.length} unchanged, ${report.kept.length} kept, ${report.removed.length} removed, ${facts.skipped + facts.errors} skipped`);
  const LISTED = 20;
  const list = (label: string, changes: Change[], why = '') => {
    // Titles come from the source: made inert like every title blog prints.
    for (const change of changes.slice(0, LISTED)) out.line(`  ${label} ${String(change.id).padStart(4)}  ${sanitizeLine(change.title)}${why}`);
    if (changes.length > LISTED) out.line(`  ${label}   … and ${changes.length - LISTED} more`);
  };
  list('added  ', report.added);
  list('updated', report.updated);
  list('removed', report.removed);
  list('kept   ', report.kept, ' (gone from the source; --prune removes a folder\'s)');
}

/** `text` as one shell word. */
const shellQuote = (text: string) => (/^[\w./~:@%+=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);
