// A blog as the commands see it: its posts newest first, loaded all at once or by position, the
// fields listings show, its categories and its search corpus. Every Blog is built by makeBlog from
// a BlogSource: a loaded index here (blogOf), or the derived cache of a large index
// (src/store/cache.ts), so a listing, a search or one post behaves the same whichever it came from.
import { buildCategoryTree, type CategoryNode } from './categories.js';
import type { Post, PostIndex } from './post.js';
import { newestFirst, type Listing, type PostPositions } from './posts.js';
import type { Corpus } from './search/corpus.js';

/** Where a blog's posts were read from: the index itself, or the derived cache of a large index. */
export type BlogOrigin = 'index' | 'cache';

export interface Blog extends Omit<PostIndex, 'posts'>, PostPositions {
  readonly origin: BlogOrigin;
  /** Every post, newest first (parses them all). */
  posts(): readonly Post[];
  /** The posts at these newest-first positions, in that order, without parsing the others. */
  postsAt(positions: readonly number[]): Post[];
  /** What listings show and filter on, without parsing whole posts. */
  listing(): Listing;
  categories(): CategoryNode[];
  /** Titles, tags and summaries for search, in newest-first order (loads the search code). */
  corpus(): Promise<Corpus>;
}

/**
 * What a Blog is made from, by newest-first position: only what differs between storages.
 * makeBlog adds the rest (count, whole-blog reads, memoising) once for all of them.
 */
export interface BlogSource {
  readonly origin: BlogOrigin;
  readonly info: Omit<PostIndex, 'posts'>;
  readonly listing: Listing;
  /** Every post, when the source holds them all already. */
  readonly posts?: readonly Post[];
  /** The posts at these positions, parsing only those. */
  read(positions: readonly number[]): Post[];
  positionOfId(id: number): number | undefined;
  positionOfSlug(slug: string): number | undefined;
  categories(): CategoryNode[];
  corpus(): Promise<Corpus>;
}

/** The one Blog factory. */
export function makeBlog(source: BlogSource): Blog {
  const { listing } = source;
  let all = source.posts;
  let tree: CategoryNode[] | undefined;
  let corpus: Corpus | undefined;
  // Once every post is parsed, serve positions from memory rather than the source.
  const postsAt = (positions: readonly number[]) => (all ? positions.map((position) => all![position]!) : source.read(positions));
  return {
    ...source.info,
    origin: source.origin,
    count: listing.count,
    posts: () => (all ??= source.read(Array.from({ length: listing.count }, (_, i) => i))),
    postAt: (position) => postsAt([position])[0]!,
    postsAt,
    positionOfId: (id) => source.positionOfId(id),
    positionOfSlug: (slug) => source.positionOfSlug(slug),
    listing: () => listing,
    categories: () => (tree ??= source.categories()),
    corpus: async () => (corpus ??= await source.corpus()),
  };
}

/** A blog held in memory, from a loaded index. */
export function blogOf(index: PostIndex): Blog {
  const { posts, ...info } = index;
  const ordered = newestFirst(posts);
  const found = (position: number) => (position < 0 ? undefined : position);
  return makeBlog({
    origin: 'index',
    info,
    posts: ordered,
    read: (positions) => positions.map((position) => ordered[position]!),
    positionOfId: (id) => found(ordered.findIndex((post) => post.id === id)),
    positionOfSlug: (slug) => found(ordered.findIndex((post) => post.slug === slug)),
    listing: {
      count: ordered.length,
      id: (position) => ordered[position]!.id,
      day: (position) => ordered[position]!.date.slice(0, 10),
      category: (position) => ordered[position]!.category,
      title: (position) => ordered[position]!.title,
      slug: (position) => ordered[position]!.slug,
      tags: (position) => ordered[position]!.tags,
    },
    categories: () => buildCategoryTree(ordered),
    corpus: async () => (await import('./search/corpus.js')).Corpus.of(ordered),
  });
}
