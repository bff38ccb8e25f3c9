// `blog search <query...>`: title search that understands Korean, best first, matches highlighted.
import { readBodies } from '../core/body.js';
import type { Blog } from '../core/blog.js';
import { toMetadata } from '../core/posts.js';
import { createSearchIndex, search, searchIndexOf, type SearchResult } from '../core/search.js';
import { suggestQuery } from '../core/suggest.js';
import { notFound, usageError } from '../errors.js';
import type { Output } from '../output.js';
import { sanitizeLine } from '../render/sanitize.js';
import { renderFooter, renderPostTable } from '../render/table.js';

export interface SearchOptions {
  limit?: number;
  json?: boolean;
  /** "title" (titles, with tags and summaries counting less) or "body" (bodies too). */
  in?: string;
}

export const DEFAULT_LIMIT = 20;

export async function searchCommand(blog: Blog, words: readonly string[], options: SearchOptions, out: Output): Promise<void> {
  const scope = options.in ?? 'title';
  if (scope !== 'title' && scope !== 'body') throw usageError(`--in must be "title" or "body", not "${scope}"`);
  const aliases = blog.aliases && { aliases: blog.aliases };
  const searchIndex = scope === 'body'
    ? createSearchIndex(blog.posts(), { ...aliases, bodies: await readBodiesOrWarn(blog) })
    : searchIndexOf(await blog.corpus(), blog.postAt, blog.aliases);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const result = search(searchIndex, words.join(' '), { limit });
  const note = conversionNote(result);
  if (result.hits.length === 0) {
    if (options.json) out.json([]);
    const suggestion = suggestQuery(searchIndex, result.query);
    const bodies = scope === 'title' ? ', or search the bodies too with --in body' : '';
    throw notFound(`no posts match "${result.query}"`, suggestion !== undefined
      ? `did you mean "${suggestion}"? try 'blog search ${suggestion}'${bodies}`
      : `try fewer or shorter words${bodies}, or 'blog list' to see every post`);
  }
  if (options.json) {
    if (note) process.stderr.write(`blog: ${note}\n`);
    out.json(result.hits.map((hit) => ({ ...toMetadata(hit.post), score: hit.score, matched: hit.fields })));
    return;
  }
  const ranges = new Map(result.hits.map((hit) => [hit.post.id, hit.titleRanges]));
  out.line(renderPostTable(result.hits.map((hit) => hit.post), {
    width: out.width,
    theme: out.theme,
    highlights: (post) => ranges.get(post.id) ?? [],
  }));
  const count = `${result.hits.length} ${result.hits.length === 1 ? 'result' : 'results'}`;
  const more = result.hits.length === limit ? ` (the best ${limit}; -n for more)` : '';
  out.line(renderFooter(`${count} for "${result.query}"${more}`, out.width, out.theme));
  if (note) out.line(renderFooter(note, out.width, out.theme));
}

/** The bodies to search; the posts whose body file cannot be read are searched without it, and we say so. */
async function readBodiesOrWarn(blog: Blog): Promise<Map<number, string>> {
  const { bodies, unreadable } = await readBodies(blog, blog.posts());
  if (unreadable.length > 0) {
    const files = unreadable.length <= 3 ? unreadable.join(', ') : `${unreadable.slice(0, 3).join(', ')} and ${unreadable.length - 3} more`;
    const posts = unreadable.length === 1 ? 'that post was' : 'those posts were';
    process.stderr.write(`${sanitizeLine(`blog: cannot read ${unreadable.length === 1 ? 'a body file' : `${unreadable.length} body files`}: ${files}; ${posts} searched without ${unreadable.length === 1 ? 'its body' : 'their bodies'}`)}\n`);
  }
  return bodies;
}

function conversionNote(result: SearchResult): string | undefined {
  return result.convertedFrom === undefined
    ? undefined
    : `"${result.convertedFrom}" read as "${result.query}" (typed with the keyboard in Latin mode)`;
}
