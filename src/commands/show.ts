// `blog show <post>`: one post, found by id, slug or title words, rendered for the terminal.
import { readPostBody } from '../store/body.js';
import type { Blog } from '../core/blog.js';
import type { Post } from '../core/post.js';
import { findPostByReference, toMetadata } from '../core/posts.js';
import { requireWords } from '../core/search/query.js';
import { excerpt, notFound } from '../errors.js';
import type { Output } from '../output.js';
import { renderPostText } from '../present/post-text.js';
import { sanitizeBlock } from '../render/sanitize.js';
import { createTheme } from '../render/theme.js';

export interface ShowOptions {
  raw?: boolean;
  json?: boolean;
  pager?: boolean;
  width?: number;
}

/** Most readers find lines longer than this hard to follow, however wide the terminal. */
const MAX_MEASURE = 100;
/** Piped output has no width to fit, but prose is still wrapped (not cut) for reading. */
const PIPED_MEASURE = 80;

export async function showCommand(blog: Blog, reference: string, options: ShowOptions, out: Output): Promise<void> {
  const post = await resolvePost(blog, reference, out);
  const body = await readPostBody(blog, post, out.note);
  if (options.json) {
    out.json({ ...toMetadata(post), body });
    return;
  }
  if (options.raw) {
    await out.page(sanitizeBlock(body), { pager: options.pager !== false });
    return;
  }
  const width = options.width ?? Math.min(out.width ?? PIPED_MEASURE, MAX_MEASURE);
  const text = await renderPostText(blog, post, body, { width, theme: out.theme, hyperlinks: await out.supportsHyperlinks() });
  await out.page(text, { pager: options.pager !== false });
}

/**
 * The post `reference` means: an id, a slug, or title words that clearly pick one post (see
 * clearBest). Anything less lists the candidates and is exit 1; a post is never opened on a guess.
 */
export async function resolvePost(blog: Blog, reference: string, out: Pick<Output, 'note'>): Promise<Post> {
  // An id or slug first: a slug of any length names its post; words are then held to the query's rules.
  const direct = findPostByReference(blog, reference);
  if (direct) return direct;
  requireWords(reference);
  // Loaded only here: an id or slug needs no search.
  const { clearBest, search, searchIndexOf } = await import('../core/search/index.js');
  const result = search(searchIndexOf(await blog.corpus(), blog.postAt, blog.aliases), reference);
  const { hits, query } = result;
  const byId = (id: number) => `name one by id, e.g. blog show ${id}`;
  if (hits.length === 0) {
    if (/^\d+$/.test(query)) throw notFound(`no post with id ${excerpt(query)}`, "give an id or slug from 'blog list', or try 'blog search'");
    const { postsMentioning, skippedBodiesNote } = await import('../store/body-search.js');
    const skipped: Post[] = [];
    const mentioned = await postsMentioning(blog, query, skipped, out.note);
    const note = skippedBodiesNote(skipped);
    if (note) out.note(note);
    if (mentioned.length === 0) throw notFound(`no post matches "${excerpt(query)}"`, "give an id or slug from 'blog list', or try 'blog search'");
    const { mentionWords } = await import('../core/search/mentions.js');
    const { renderExcerpt } = await import('../render/excerpt.js');
    const verb = mentioned.length === 1 ? '1 post mentions it' : `${mentioned.length} posts mention it`;
    throw notFound(`no title matches "${excerpt(query)}"; ${verb} in its body`, byId(mentioned[0]!.post.id),
      mentioned.slice(0, CANDIDATES).flatMap(({ post, mention }) => [
        candidate(post),
        renderExcerpt(mention.line, mention.text, mentionWords(query), CANDIDATE_WIDTH, createTheme(0)),
      ]));
  }
  const best = clearBest(hits, query);
  if (best) return best.post;
  const [first] = hits;
  const what = first!.missing > 0 ? `no post has every word of "${excerpt(query)}"`
    : first!.fuzzy > 0 ? `no title has "${excerpt(query)}"; ${hits.length === 1 ? "1 post has" : `${hits.length} posts have`} something close`
    : `"${excerpt(query)}" matches ${hits.length} posts`;
  throw notFound(what, byId(first!.post.id), hits.slice(0, CANDIDATES).map((hit) => candidate(hit.post)));
}

/** How many candidates an unclear reference lists, and the width of their lines (stderr has no width of its own). */
const CANDIDATES = 8;
const CANDIDATE_WIDTH = 80;

const candidate = (post: Post) => `  ${String(post.id).padStart(4)}  ${excerpt(post.title, CANDIDATE_WIDTH - 8)}`;
