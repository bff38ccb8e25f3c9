// Merging what a source holds into an index, without losing anything: a re-imported post keeps
// its id and slug, a changed one is updated, hand-edited fields the source does not give survive,
// posts of other sources are left alone, and what left the source is kept (a feed only holds its
// newest posts) or, for a folder and only when asked, removed. Pure: the caller reads and writes.
import { createHash } from 'node:crypto';
import { slugOrHash, uniqueSlug } from './slug.js';

/** A post as the index file holds it (any extra fields a person added are carried along). */
export interface IndexPost {
  id: number;
  slug: string;
  title: string;
  category: string;
  date: string;
  tags?: string[];
  summary?: string;
  url?: string;
  updated?: string;
  excerptOnly?: boolean;
  file?: string;
  body?: string;
  source?: { from: string; key: string; hash: string };
  [field: string]: unknown;
}

/** A post as a source gives it (src/sources/types.ts SourcePost), its `file` relative to the index. */
export interface IncomingPost {
  readonly key: string;
  readonly link?: string | undefined;
  readonly title: string;
  readonly date: string;
  readonly updated?: string | undefined;
  readonly category?: string | undefined;
  readonly tags: readonly string[];
  readonly summary?: string | undefined;
  readonly slug?: string | undefined;
  readonly body: string;
  readonly excerptOnly?: boolean | undefined;
  readonly file?: string | undefined;
}

export interface SyncInput {
  readonly posts: readonly IndexPost[];
  /** The highest id the index ever gave (its `lastId`). */
  readonly lastId?: number | undefined;
  /** The source, as its entry in the index's `sources` names it. */
  readonly from: string;
  readonly kind: 'folder' | 'feed';
  readonly incoming: readonly IncomingPost[];
  /** Remove posts whose files left a folder source. */
  readonly prune: boolean;
  /** Now, for `updated` when the source does not say. */
  readonly now: string;
}

/** One post in the report. */
export interface Change {
  readonly id: number;
  readonly slug: string;
  readonly title: string;
  readonly key: string;
}

export interface SyncReport {
  readonly added: Change[];
  readonly updated: Change[];
  readonly unchanged: Change[];
  /** Gone from the source, still in the index. */
  readonly kept: Change[];
  /** Gone from a folder source, removed with --prune. */
  readonly removed: Change[];
}

export interface SyncResult extends SyncReport {
  readonly posts: IndexPost[];
  readonly lastId: number;
  /** The posts whose Markdown must be written beside the index (a feed's), by slug. */
  readonly bodies: { readonly slug: string; readonly body: string }[];
}

/** Where a feed post's body goes, relative to the index. */
export const feedBodyFile = (slug: string) => `posts/${slug}.md`;

/** Category of a new post whose source names none. */
export const NO_CATEGORY = 'uncategorized';

/** A hash of everything the source says about a post: equal hashes, nothing to update. */
export function contentHash(post: IncomingPost): string {
  const fields = [post.title, post.date, post.updated ?? null, post.category ?? null, [...post.tags], post.summary ?? null,
    post.link ?? null, post.excerptOnly === true, post.slug ?? null, post.body];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 16);
}

/** A link compared without scheme, "www.", a trailing slash, a fragment, or case in the host. */
export function normaliseLink(link: string): string {
  try {
    const url = new URL(link);
    url.hash = '';
    const host = url.host.toLowerCase().replace(/^www\./, '');
    return `${host}${decodeURIComponent(url.pathname).replace(/\/+$/, '')}${url.search}`.normalize('NFC');
  } catch {
    return link.trim();
  }
}

const titleDate = (title: string, date: string) => `${title.normalize('NFC').trim()}\u0000${Date.parse(date)}`;
const changeOf = (post: IndexPost, key: string): Change => ({ id: post.id, slug: post.slug, title: post.title, key });

export function syncPosts(input: SyncInput): SyncResult {
  const { from, kind, now } = input;
  const mine = (post: IndexPost) => post.source?.from === from;
  // Posts of this source, or hand-written ones (no source) that a link or title and date can adopt.
  const candidates = input.posts.filter((post) => mine(post) || post.source === undefined);
  const byKey = new Map<string, IndexPost>();
  const byLink = new Map<string, IndexPost>();
  const byTitle = new Map<string, IndexPost>();
  for (const post of candidates) {
    if (post.source && mine(post)) byKey.set(post.source.key, post);
    if (post.url) byLink.set(normaliseLink(post.url), post);
    byTitle.set(titleDate(post.title, post.date), post);
  }
  const matched = new Map<IndexPost, IncomingPost>();
  const claimed = new Set<IndexPost>();
  const fresh: IncomingPost[] = [];
  const seenKeys = new Set<string>();
  const incomingKeys = new Set(input.incoming.map((item) => item.key));
  // A post of this source moves to another key (a renamed file) only when its own key is gone.
  const free = (post: IndexPost, key: string) =>
    !claimed.has(post) && (post.source === undefined || post.source.key === key || !incomingKeys.has(post.source.key));
  for (const item of input.incoming) {
    // A source that lists the same key twice: the first one counts.
    if (seenKeys.has(item.key)) continue;
    seenKeys.add(item.key);
    const found = [byKey.get(item.key), item.link ? byLink.get(normaliseLink(item.link)) : undefined, byTitle.get(titleDate(item.title, item.date))]
      .find((post) => post !== undefined && free(post, item.key));
    if (found) {
      claimed.add(found);
      matched.set(found, item);
    } else {
      fresh.push(item);
    }
  }
  const report: SyncReport = { added: [], updated: [], unchanged: [], kept: [], removed: [] };
  const bodies: { slug: string; body: string }[] = [];
  const slugs = new Set(input.posts.map((post) => post.slug));
  const posts: IndexPost[] = [];
  for (const post of input.posts) {
    const item = matched.get(post);
    if (item) {
      const hash = contentHash(item);
      if (post.source?.hash === hash && post.source.key === item.key) {
        report.unchanged.push(changeOf(post, item.key));
        posts.push(post);
        continue;
      }
      const next = merge(post, item, { from, key: item.key, hash }, kind);
      next.updated = item.updated ?? now;
      if (kind === 'feed') bodies.push({ slug: next.slug, body: item.body });
      report.updated.push(changeOf(next, item.key));
      posts.push(next);
    } else if (mine(post)) {
      if (kind === 'folder' && input.prune) {
        report.removed.push(changeOf(post, post.source!.key));
        continue;
      }
      report.kept.push(changeOf(post, post.source!.key));
      posts.push(post);
    } else {
      posts.push(post);
    }
  }
  let lastId = Math.max(input.lastId ?? 0, ...input.posts.map((post) => post.id), 0);
  for (const item of fresh) {
    const slug = uniqueSlug(item.slug ?? slugOrHash(item.title), slugs);
    slugs.add(slug);
    const post = merge({ id: ++lastId, slug, title: item.title, category: NO_CATEGORY, date: item.date }, item, { from, key: item.key, hash: contentHash(item) }, kind);
    if (item.updated !== undefined) post.updated = item.updated;
    if (kind === 'feed') bodies.push({ slug, body: item.body });
    report.added.push(changeOf(post, item.key));
    posts.push(post);
  }
  return { ...report, posts, lastId, bodies };
}

/** `post` with what `item` gives; what it leaves empty stays as it was (a hand-edited summary, tags, category). */
function merge(post: IndexPost, item: IncomingPost, source: IndexPost['source'], kind: 'folder' | 'feed'): IndexPost {
  const next: IndexPost = { ...post, title: item.title, date: item.date };
  if (item.category !== undefined && item.category !== '') next.category = item.category;
  if (item.tags.length > 0) next.tags = [...item.tags];
  if (item.summary !== undefined && item.summary.trim() !== '') next.summary = item.summary;
  if (item.link !== undefined) next.url = item.link;
  if (item.excerptOnly) next.excerptOnly = true;
  else delete next.excerptOnly;
  if (kind === 'feed') {
    delete next.body;
    next.file = feedBodyFile(next.slug);
  } else if (item.file !== undefined) {
    delete next.body;
    next.file = item.file;
  }
  next.source = source;
  return next;
}
