// `blog search <query...>`: title search that understands Korean, best first, matches highlighted.
// When titles, tags and summaries find nothing, the bodies are searched for the words as typed.
import { postsMentioning, readBodies, skippedBodiesNote } from '../store/body-search.js';
import type { Blog } from '../core/blog.js';
import type { Post } from '../core/post.js';
import type { Range } from '../core/range.js';
import { mentionIn, mentionWords, type Mention } from '../core/search/mentions.js';
import { toMetadata } from '../core/posts.js';
import { requireWords } from '../core/search/query.js';
import { createSearchIndex, search, searchIndexOf, type SearchResult } from '../core/search/index.js';
import { suggestQuery } from '../core/search/suggest.js';
import { excerpt, notFound, usageError } from '../errors.js';
import type { Output } from '../output.js';
import { renderExcerpt } from '../render/excerpt.js';
import { sanitizeLine } from '../render/sanitize.js';
import { renderFooter, renderPostTable } from '../render/table.js';

export interface SearchOptions {
  limit?: number;
  json?: boolean;
  /** "title" (titles, with tags and summaries counting less) or "body" (bodies too). */
  in?: string;
}

export const DEFAULT_LIMIT = 20;

/** The score of a post found only through its body: an exact match in the body (see core/search/scores.ts). */
const BODY_SCORE = 0.3;


interface Row {
  post: Post;
  score: number;
  matched: readonly string[];
  titleRanges: readonly Range[];
  mention?: Mention;
}

export async function searchCommand(blog: Blog, words: readonly string[], options: SearchOptions, out: Output): Promise<void> {
  const scope = options.in ?? 'title';
  if (scope !== 'title' && scope !== 'body') throw usageError(`--in must be "title" or "body", not "${excerpt(scope)}"`);
  const query = words.join(' ');
  requireWords(query);
  const aliases = blog.aliases && { aliases: blog.aliases };
  const skipped: Post[] = [];
  const bodies = scope === 'body' ? await readBodies(blog, skipped, out.note) : undefined;
  reportSkipped(skipped, out);
  const searchIndex = bodies
    ? createSearchIndex(blog.posts(), { ...aliases, bodies })
    : searchIndexOf(await blog.corpus(), blog.postAt, blog.aliases);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const result = search(searchIndex, query, { limit });
  if (result.hits.length === 0 && !bodies) {
    // Nothing in titles, tags or summaries: the bodies may mention the words as typed.
    const mentioned = (await postsMentioning(blog, result.query, skipped, out.note)).slice(0, limit);
    reportSkipped(skipped, out);
    if (mentioned.length > 0) {
      const verb = mentioned.length === 1 ? '1 post mentions it' : `${mentioned.length} posts mention it`;
      const heading = `no title matches "${excerpt(result.query)}"; ${verb}:`;
      const rows = mentioned.map(({ post, mention }) => ({ post, score: BODY_SCORE, matched: ['body'], titleRanges: [], mention }));
      printRows(rows, result, options, out, { heading, words: mentionWords(result.query) });
      return;
    }
  }
  if (result.hits.length === 0) {
    if (options.json) out.json([]);
    const suggestion = suggestQuery(searchIndex, result.query);
    throw notFound(`no posts match "${excerpt(result.query)}"`, suggestion !== undefined
      ? `did you mean "${suggestion}"? try 'blog search ${suggestion}'`
      : "try fewer or shorter words, or 'blog list' to see every post");
  }
  // A hit of --in body may have matched another spelling of a word (kafka for 카프카).
  const wanted = [...new Set(mentionWords(result.query).flatMap((word) => [word, ...searchIndex.aliases(word)]))];
  const rows = result.hits.map((hit): Row => {
    const body = bodies?.get(hit.post.id);
    const mention = body === undefined ? undefined : mentionIn(body, wanted, { atWordStart: false, every: false });
    return { post: hit.post, score: hit.score, matched: hit.fields, titleRanges: hit.titleRanges, ...(mention && { mention }) };
  });
  const count = `${rows.length} ${rows.length === 1 ? 'result' : 'results'}`;
  const more = rows.length === limit ? ` (the best ${limit}; -n for more)` : '';
  printRows(rows, result, options, out, { footer: `${count} for "${result.query}"${more}`, words: wanted });
}

function printRows(rows: readonly Row[], result: SearchResult, options: SearchOptions, out: Output,
  text: { heading?: string; footer?: string; words: readonly string[] }): void {
  const note = conversionNote(result);
  if (options.json) {
    for (const line of [text.heading, note]) if (line) out.note(line);
    out.json(rows.map((row) => ({
      ...toMetadata(row.post),
      score: row.score,
      matched: row.matched,
      ...(row.mention && { line: row.mention.line, excerpt: sanitizeLine(row.mention.text).trim() }),
    })));
    return;
  }
  if (text.heading) out.line(renderFooter(text.heading, out.width, out.theme));
  const ranges = new Map(rows.map((row) => [row.post.id, row.titleRanges]));
  const table = renderPostTable(rows.map((row) => row.post), {
    width: out.width,
    theme: out.theme,
    highlights: (post) => ranges.get(post.id) ?? [],
  });
  out.line(withExcerpts(table, rows, text.words, out));
  if (text.footer) out.line(renderFooter(text.footer, out.width, out.theme));
  if (note) out.line(renderFooter(note, out.width, out.theme));
}

/** The table with each hit's body line under its row (the table has a header line, then one line per row). */
function withExcerpts(table: string, rows: readonly Row[], words: readonly string[], out: Output): string {
  if (!rows.some((row) => row.mention)) return table;
  const [header, ...lines] = table.split('\n');
  return [header, ...lines.flatMap((line, i) => {
    const mention = rows[i]?.mention;
    return mention ? [line, renderExcerpt(mention.line, mention.text, words, out.width, out.theme)] : [line];
  })].join('\n');
}

function reportSkipped(skipped: readonly Post[], out: Output): void {
  const note = skippedBodiesNote(skipped);
  if (note) out.note(note);
}

function conversionNote(result: SearchResult): string | undefined {
  return result.convertedFrom === undefined
    ? undefined
    : `"${result.convertedFrom}" read as "${result.query}" (typed with the keyboard in Latin mode)`;
}
