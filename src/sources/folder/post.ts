// One Markdown file's front matter and body as a SourcePost, reading each key the way the
// generators that write it mean it (Hugo, Jekyll, Astro, Zola, Hexo, Obsidian).
import { instantIso, readDate } from '../../core/dates.js';
import { isWebAddress, MAX_CATEGORY_DEPTH } from '../../core/rules.js';
import { slugify, slugOrHash } from '../../core/slug.js';
import type { SourcePost } from '../types.js';
import type { Matter } from './matter.js';

export interface FileFacts {
  /** Path relative to the folder, NFC, "/"-separated: the post's key. */
  readonly key: string;
  /** The file on disk (its name as the file system has it, maybe NFD). */
  readonly file: string;
  readonly mtimeMs: number;
}

export type PostOrProblem = { post: SourcePost } | { draft: string } | { problem: string };

const DATE_KEYS = ['date', 'pubDate', 'publishDate'];
const UPDATED_KEYS = ['lastmod', 'updated', 'updatedDate', 'last_modified_at'];
const SUMMARY_KEYS = ['summary', 'description', 'excerpt'];
const JEKYLL_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)$/;

const present = (value: unknown) => value !== undefined && value !== null && value !== '';
const firstOf = (data: Matter, keys: readonly string[]) => keys.map((key) => [key, data[key]] as const).find(([, value]) => present(value));
const asText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).normalize('NFC').trim() : undefined);
const taxonomy = (data: Matter, name: string) => {
  const taxonomies = data.taxonomies;
  return typeof taxonomies === 'object' && taxonomies !== null ? (taxonomies as Matter)[name] : undefined;
};

/** A front matter date (text, or a TOML date) read in `zone`. */
function dateOf(value: unknown, zone: string): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : readDate(value.toISOString(), zone);
  return typeof value === 'string' ? readDate(value, zone) : undefined;
}

/** The file name without its extension, its Jekyll date, or (for a Hugo page bundle's index.md) the folder's name. */
function baseName(key: string): { name: string; jekyllDate?: string } {
  const parts = key.split('/');
  let name = parts[parts.length - 1]!.replace(/\.(md|markdown|mdx)$/i, '');
  if (/^index$/i.test(name) && parts.length > 1) name = parts[parts.length - 2]!;
  const jekyll = JEKYLL_NAME.exec(name);
  return jekyll ? { name: jekyll[2]!, jekyllDate: jekyll[1]! } : { name };
}

/** Body text outside fenced and inline code, for inline tags and the first heading. */
function outsideCode(body: string): string {
  return body.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1[ \t]*$|(?![\s\S]))/gm, '').replace(/(`+)[^`\n]*?\1/g, '');
}

/** Obsidian's inline tags: `#태그`, `#a/b`; not headings (`# x`), not anchors, not `#123`. */
export function inlineTags(body: string): string[] {
  const tags: string[] = [];
  for (const m of outsideCode(body).matchAll(/(?<=^|\s)#([\p{L}\p{N}_/-]+)/gmu)) {
    const tag = m[1]!.replace(/\/+$/, '');
    if (/\p{L}|_/u.test(tag)) tags.push(tag);
  }
  return tags;
}

function listOf(value: unknown, splitWords: boolean): string[] {
  if (Array.isArray(value)) return value.map(asText).filter((s): s is string => s !== undefined && s !== '');
  const text = asText(value);
  if (text === undefined || text === '') return [];
  if (!splitWords) return [text];
  return text.split(text.includes(',') ? /\s*,\s*/ : /\s+/).filter((s) => s !== '');
}

function categoryOf(data: Matter): string | undefined {
  // Jekyll: `categories` is a list or a space-separated string; `category` is one name.
  const segments = present(data.categories) ? listOf(data.categories, true)
    : present(data.category) ? listOf(data.category, false)
    : listOf(taxonomy(data, 'categories'), false);
  // The index allows so many levels: a longer list is cut rather than the post refused.
  const path = segments.flatMap((s) => s.split('/')).map((s) => s.trim()).filter((s) => s !== '').slice(0, MAX_CATEGORY_DEPTH).join('/');
  return path === '' ? undefined : path;
}

export function toSourcePost(data: Matter, body: string, facts: FileFacts, zone: string): PostOrProblem {
  if (data.draft === true || data.draft === 'true') return { draft: 'draft: true' };
  if (data.published === false || data.published === 'false') return { draft: 'published: false' };
  const { name, jekyllDate } = baseName(facts.key);
  const text = body.normalize('NFC');
  const dateEntry = firstOf(data, DATE_KEYS);
  let date: string | undefined;
  if (dateEntry) {
    date = dateOf(dateEntry[1], zone);
    if (date === undefined) return { problem: `${dateEntry[0]} ${JSON.stringify(String(dateEntry[1])).slice(0, 60)} is not a date; write it like 2024-05-08 or 2024-05-08T10:00:00+09:00` };
  } else {
    // No date anywhere: when the file was last saved, which is the best the file system knows.
    date = jekyllDate !== undefined ? readDate(jekyllDate, zone) : instantIso(facts.mtimeMs, zone);
    if (date === undefined) return { problem: `the file name's date ${jekyllDate} is not a date` };
  }
  const updatedEntry = firstOf(data, UPDATED_KEYS);
  const updated = updatedEntry ? dateOf(updatedEntry[1], zone) : undefined;
  const heading = /^#[ \t]+(.+?)[ \t]*#*[ \t]*$/m.exec(outsideCode(text))?.[1];
  const title = asText(data.title) || heading?.trim() || name.normalize('NFC');
  const tags = [...listOf(present(data.tags) ? data.tags : taxonomy(data, 'tags'), true), ...inlineTags(text)]
    .map((tag) => tag.replace(/^#/, ''))
    .filter((tag, i, all) => tag !== '' && all.indexOf(tag) === i);
  const summary = firstOf(data, SUMMARY_KEYS);
  const link = [data.url, data.permalink].map(asText).find((value) => value !== undefined && isWebAddress(value));
  const slug = (asText(data.slug) && slugify(asText(data.slug)!)) || slugify(name) || slugOrHash(facts.key);
  const category = categoryOf(data);
  return {
    post: {
      key: facts.key,
      title,
      date,
      ...(updated !== undefined && { updated }),
      ...(category !== undefined && { category }),
      tags,
      ...(summary && asText(summary[1]) && { summary: asText(summary[1])! }),
      ...(link !== undefined && { link }),
      slug,
      body: text,
      file: facts.file,
    },
  };
}
