// `blog search <query...>`: fuzzy title search, best first, matches highlighted.
import type { PostIndex } from '../core/index.js';
import { toMetadata } from '../core/posts.js';
import { searchPosts } from '../core/search.js';
import { notFound } from '../errors.js';
import type { Output } from '../output.js';
import { renderPostTable } from '../render/table.js';

export interface SearchOptions {
  limit?: number;
  json?: boolean;
}

export async function searchCommand(index: PostIndex, words: readonly string[], options: SearchOptions, out: Output): Promise<void> {
  const query = words.join(' ');
  const hits = searchPosts(index.posts, query, { ...(options.limit !== undefined && { limit: options.limit }) });
  if (hits.length === 0) {
    if (options.json) out.json([]);
    throw notFound(`no posts match "${query}"`, "try fewer or shorter words, or 'blog list' to see every post");
  }
  if (options.json) {
    out.json(hits.map((hit) => ({ ...toMetadata(hit.post), score: hit.score })));
    return;
  }
  const ranges = new Map(hits.map((hit) => [hit.post.id, hit.titleRanges]));
  out.line(renderPostTable(hits.map((hit) => hit.post), {
    width: out.width,
    theme: out.theme,
    highlights: (post) => ranges.get(post.id) ?? [],
  }));
  out.line(out.theme.muted(`${hits.length} ${hits.length === 1 ? 'result' : 'results'} for "${query}"`));
}
