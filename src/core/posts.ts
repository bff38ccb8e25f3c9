// Choosing posts: the filters and order of `list`, paging, and finding one post by id or slug.
// Posts are chosen by their newest-first position in the blog, reading only the fields needed.
import type { Post } from './post.js';

/** The fields of every post that tables show and `list` filters on, by newest-first position. */
export interface Listing {
  readonly count: number;
  id(position: number): number;
  /** As stored: lower case. */
  slug(position: number): string;
  /** The author's local date, YYYY-MM-DD. */
  day(position: number): string;
  category(position: number): string;
  title(position: number): string;
  tags(position: number): readonly string[];
}

/** A blog's posts by newest-first position (a Blog is one), for finding a post and its neighbours. */
export interface PostPositions {
  /** How many posts there are. */
  readonly count: number;
  /** The post at a newest-first position. */
  postAt(position: number): Post;
  /** The newest-first position of the post with this id, if there is one. */
  positionOfId(id: number): number | undefined;
  /** The newest-first position of the post with this slug (as stored: lower case), if there is one. */
  positionOfSlug(slug: string): number | undefined;
}

export type SortKey = 'date' | 'title';

export interface PostQuery {
  category?: string;
  tag?: string;
  year?: number;
  sort?: SortKey;
  reverse?: boolean;
}

/** Newest first; equal dates fall back to the higher id so the order is total and stable. */
export const byNewest = (a: Post, b: Post) => b.time - a.time || b.id - a.id;

/** `posts` newest first (byNewest), sorting keys in typed arrays: ten times faster on 100,000 posts. */
export function newestFirst<T extends Post>(posts: readonly T[]): T[] {
  const times = Float64Array.from(posts, (p) => p.time);
  const ids = Float64Array.from(posts, (p) => p.id);
  const order = Array.from(posts.keys()).sort((a, b) => times[b]! - times[a]! || ids[b]! - ids[a]!);
  return order.map((i) => posts[i]!);
}

// Creating an ICU collator for Korean costs milliseconds: only when sorting by title.
let titleCollator: Intl.Collator | undefined;

/** Normalises a user-typed category path: NFC, no surrounding or doubled slashes. */
export function normaliseCategoryPath(input: string): string {
  return input.normalize('NFC').split('/').map((s) => s.trim()).filter(Boolean).join('/');
}

const foldCase = (s: string) => s.normalize('NFC').toLowerCase();

/** True when a post filed under `path` is in `category` or one of its subcategories (case-insensitive). */
export function inCategory(path: string, category: string): boolean {
  const want = foldCase(normaliseCategoryPath(category));
  const have = foldCase(path);
  return want === '' || have === want || have.startsWith(`${want}/`);
}

/**
 * The newest-first positions of the posts that pass the query's filters, in its order: one pass
 * over the fields the filters need (none for the plain newest-first listing).
 */
export function selectPositions(listing: Listing, query: PostQuery): number[] {
  const tests: ((position: number) => boolean)[] = [];
  if (query.category !== undefined) {
    const category = query.category;
    const verdicts = new Map<string, boolean>(); // a blog has few categories: decide each once
    tests.push((position) => {
      const name = listing.category(position);
      let verdict = verdicts.get(name);
      if (verdict === undefined) verdicts.set(name, (verdict = inCategory(name, category)));
      return verdict;
    });
  }
  if (query.tag !== undefined) {
    const tag = foldCase(query.tag);
    tests.push((position) => listing.tags(position).some((t) => foldCase(t) === tag));
  }
  if (query.year !== undefined) {
    const year = query.year;
    tests.push((position) => Number(listing.day(position).slice(0, 4)) === year);
  }
  const selected: number[] = [];
  for (let position = 0; position < listing.count; position++) {
    if (tests.length === 0 || tests.every((test) => test(position))) selected.push(position);
  }
  if (query.sort === 'title') {
    const collator = (titleCollator ??= new Intl.Collator('ko', { sensitivity: 'base', numeric: true }));
    // Equal titles stay newest first: a lower position is a newer post.
    selected.sort((a, b) => collator.compare(listing.title(a), listing.title(b)) || a - b);
  }
  if (query.reverse) selected.reverse();
  return selected;
}

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  /** 0-based position of the first item within the whole selection. */
  offset: number;
  total: number;
}

/** Cuts one page of `limit` items; without a limit everything is one page. */
export function paginate<T>(items: readonly T[], limit: number | undefined, page = 1): Page<T> {
  const total = items.length;
  const size = limit ?? Math.max(total, 1);
  const pages = Math.max(1, Math.ceil(total / size));
  const offset = (page - 1) * size;
  return { items: items.slice(offset, offset + size), page, pages, offset, total };
}

/**
 * The post `reference` names by id ("7"), else by slug ("kafka-urp"); undefined when it names
 * none. Looked up by position, so a large blog's other posts are not read.
 */
export function findPostByReference(blog: Pick<PostPositions, 'positionOfId' | 'positionOfSlug' | 'postAt'>, reference: string): Post | undefined {
  const ref = reference.trim();
  // Digits past 2^53 - 1 would round to another id, so they name no post.
  const id = /^\d+$/.test(ref) ? Number(ref) : NaN;
  const position = (Number.isSafeInteger(id) ? blog.positionOfId(id) : undefined) ?? blog.positionOfSlug(ref.toLowerCase());
  return position === undefined ? undefined : blog.postAt(position);
}

/** The posts just before and after `post` by date, for "read on" hints: its neighbours in newest-first order. */
export function neighbours(blog: Pick<PostPositions, 'count' | 'positionOfId' | 'postAt'>, post: Post): { previous?: Post; next?: Post } {
  const at = blog.positionOfId(post.id);
  if (at === undefined) return {};
  return {
    ...(at + 1 < blog.count && { previous: blog.postAt(at + 1) }),
    ...(at > 0 && { next: blog.postAt(at - 1) }),
  };
}

/** What `--json` prints for a post in a listing: its metadata, without the body. */
export interface PostMetadata {
  id: number;
  slug: string;
  title: string;
  category: string;
  date: string;
  tags: string[];
  summary: string | null;
  /** Only when the index gives them. */
  url?: string;
  updated?: string;
  excerptOnly?: boolean;
}

export function toMetadata(post: Post): PostMetadata {
  const { id, slug, title, category, date, tags, url, updated, excerptOnly } = post;
  return {
    id, slug, title, category, date, tags, summary: post.summary ?? null,
    ...(url !== undefined && { url }), ...(updated !== undefined && { updated }), ...(excerptOnly !== undefined && { excerptOnly }),
  };
}
