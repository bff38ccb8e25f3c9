// Title search that understands Korean. Each query word is matched against every post in stages:
// as typed (also without spaces), through other spellings of the same term (kafka -> 카프카),
// as initial consonants (ㅋㅍㅋ), and only then fuzzily on jamo with fuse.js, so a typo inside a
// syllable costs one jamo. Pure: returns ranked hits with title ranges to highlight.
import Fuse from 'fuse.js';
import { buildAliasLookup, type AliasLookup } from './aliases.js';
import { fromKoreanLayout, hasHangul, isChoseongWord, jamoString } from './hangul.js';
import type { Post } from './index.js';
import { byNewest } from './posts.js';
import { lowerSameLength, mapRange, SearchableText } from './searchable.js';

/** [start, end) character offsets into a post's title. */
export type Range = readonly [start: number, end: number];

export type Field = 'title' | 'tags' | 'summary' | 'body';

export interface SearchHit {
  post: Post;
  /** Lower is better: 0 is every word found as typed at the start of a title word. Stable between runs. */
  score: number;
  /** Matched parts of the title, for highlighting. */
  titleRanges: Range[];
  /** Where the words were found. */
  fields: Field[];
  /** Query words not found in this post. */
  missing: number;
  /** Query words found only with typos. */
  fuzzy: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** The query as searched: NFC, spaces collapsed, converted from a Latin keyboard layout if that worked better. */
  query: string;
  /** The query as typed, when it was read as Hangul typed on a Latin layout (vkdlTjs -> 파이썬). */
  convertedFrom?: string;
}

export interface SearchOptions {
  limit?: number;
}

export interface SearchIndex {
  readonly posts: readonly Post[];
  readonly aliases: AliasLookup;
  readonly titles: readonly SearchableText[];
  readonly tags: readonly (readonly SearchableText[])[];
  readonly summaries: readonly (SearchableText | undefined)[];
  readonly bodies: readonly (SearchableText | undefined)[] | undefined;
  /** fuse.js over the titles' jamo, built on first use: exact stages often make it unnecessary. */
  readonly titleFuse: () => Fuse<string>;
  readonly tagFuse: () => { fuse: Fuse<string>; owners: number[]; texts: SearchableText[] };
}

// Score bands: every exact stage beats every fuzzy match; a title beats tags beats summary beats body.
const STAGE = { wordStart: 0, inside: 0.02, compact: 0.03, jamo: 0.04, choseong: 0.05, compactChoseong: 0.06, fuzzy: 0.2 } as const;
const FIELD_PENALTY: Record<Field, number> = { title: 0, tags: 0.1, summary: 0.2, body: 0.3 };
const ALIAS_PENALTY = 0.01;
// Two typos in a six-jamo word (카프카 is ㅋㅏㅍㅡㅋㅏ), one in a five-letter one.
const FUZZY_THRESHOLD = 0.34;
const MIN_FUZZY_LENGTH = 4;

const fuseOver = (texts: readonly string[]) =>
  new Fuse(texts, {
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    // Scores stay errors/length, not weighed by field length, and comparable across titles.
    ignoreFieldNorm: true,
    isCaseSensitive: true,
    shouldSort: false,
    threshold: FUZZY_THRESHOLD,
    minMatchCharLength: 2,
  });

export function createSearchIndex(
  posts: readonly Post[],
  options: { aliases?: Readonly<Record<string, readonly string[]>>; bodies?: ReadonlyMap<number, string> } = {},
): SearchIndex {
  const titles = posts.map((post) => new SearchableText(post.title));
  const tags = posts.map((post) => post.tags.map((tag) => new SearchableText(tag)));
  let titleFuse: Fuse<string> | undefined;
  let tagFuse: ReturnType<SearchIndex['tagFuse']> | undefined;
  return {
    posts,
    aliases: buildAliasLookup(options.aliases),
    titles,
    tags,
    summaries: posts.map((post) => (post.summary === undefined ? undefined : new SearchableText(post.summary))),
    bodies: options.bodies && posts.map((post) => {
      const body = options.bodies?.get(post.id);
      return body === undefined ? undefined : new SearchableText(body.normalize('NFC'));
    }),
    titleFuse: () => (titleFuse ??= fuseOver(titles.map((t) => t.jamo.text))),
    tagFuse: () => {
      if (!tagFuse) {
        const owners = tags.flatMap((list, owner) => list.map(() => owner));
        const texts = tags.flat();
        tagFuse = { fuse: fuseOver(texts.map((t) => t.jamo.text)), owners, texts };
      }
      return tagFuse;
    },
  };
}

/** Normalises what a person typed: NFC, trimmed, inner white space collapsed. */
export function normaliseQuery(query: string): string {
  return query.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * Searches the index for `query`, best first. A Latin query that finds nothing convincing is
 * retried as the Hangul it would be on a Korean keyboard layout.
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  const typed = normaliseQuery(query);
  const hits = rank(index, typed, options);
  if (!hasHangul(typed) && !isConvincing(hits)) {
    const converted = fromKoreanLayout(typed);
    if (converted !== undefined && /^[가-힣 ]+$/.test(converted)) {
      const retry = rank(index, converted, options);
      if (isConvincing(retry) || (hits.length === 0 && retry.length > 0)) {
        return { hits: retry, query: converted, convertedFrom: typed };
      }
    }
  }
  return { hits, query: typed };
}

/** Convenience for one-off searches (tests, `show`): builds the index and returns the hits. */
export function searchPosts(posts: readonly Post[], query: string, options: SearchOptions & { aliases?: Record<string, string[]> } = {}): SearchHit[] {
  return search(createSearchIndex(posts, options.aliases ? { aliases: options.aliases } : {}), query, options).hits;
}

const isConvincing = (hits: readonly SearchHit[]) => hits[0] !== undefined && hits[0].missing === 0 && hits[0].fuzzy === 0;

interface Variant {
  text: string;
  compact: string;
  alias: boolean;
}

interface WordMatch {
  score: number;
  fuzzy: boolean;
  field: Field;
  titleRanges: Range[];
}

/** Per query word: the best match in each post that has one. */
type WordMatches = Map<number, WordMatch>;

function rank(index: SearchIndex, query: string, options: SearchOptions): SearchHit[] {
  const words = lowerSameLength(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const perWord = words.map((word) => exactMatches(index, word));
  // Exact matches always outrank fuzzy ones, so when enough posts match every word exactly the
  // fuzzy stage (the expensive one) cannot change the first `limit` hits and is skipped.
  const fullyExact = countPostsInAll(perWord);
  if (options.limit === undefined || fullyExact < options.limit) {
    words.forEach((word, i) => addFuzzyMatches(index, word, perWord[i]!));
  }
  const hits = combine(index, perWord);
  return options.limit === undefined ? hits : hits.slice(0, options.limit);
}

function countPostsInAll(perWord: readonly WordMatches[]): number {
  const [first, ...rest] = perWord;
  if (!first) return 0;
  let count = 0;
  for (const post of first.keys()) if (rest.every((m) => m.has(post))) count++;
  return count;
}

function variantsOf(index: SearchIndex, word: string): Variant[] {
  const variant = (text: string, alias: boolean): Variant => ({ text, compact: text.replace(/\s+/g, ''), alias });
  return [variant(word, false), ...index.aliases(word).map((alias) => variant(alias, true))];
}

function exactMatches(index: SearchIndex, word: string): WordMatches {
  const matches: WordMatches = new Map();
  // Initial consonants are compared with titles only: that is what people abbreviate.
  const choseong = isChoseongWord(word);
  // Lone jamo mean a syllable still being typed (카ㅍ): compare jamo, not syllables.
  const partial = !choseong && /[\u3131-\u318e]/.test(word) ? jamoString(word) : undefined;
  const variants = variantsOf(index, word);
  const offer = (post: number, candidate: WordMatch) => {
    const current = matches.get(post);
    if (!current || candidate.score < current.score) {
      matches.set(post, current?.field === 'title' && candidate.field !== 'title'
        ? { ...candidate, titleRanges: current.titleRanges } : candidate);
    }
  };
  index.posts.forEach((_, post) => {
    for (const variant of variants) {
      const penalty = variant.alias ? ALIAS_PENALTY : 0;
      const title = exactIn(index.titles[post]!, variant, choseong, partial);
      if (title) offer(post, { score: title.score + penalty, fuzzy: false, field: 'title', titleRanges: title.ranges });
      for (const tag of index.tags[post]!) {
        const hit = exactIn(tag, variant, false, partial);
        if (hit) offer(post, { score: hit.score + FIELD_PENALTY.tags + penalty, fuzzy: false, field: 'tags', titleRanges: [] });
      }
      const summary = index.summaries[post];
      const inSummary = summary && exactIn(summary, variant, false, undefined);
      if (inSummary) offer(post, { score: inSummary.score + FIELD_PENALTY.summary + penalty, fuzzy: false, field: 'summary', titleRanges: [] });
      const body = index.bodies?.[post];
      if (body && body.lower.includes(variant.text)) {
        offer(post, { score: FIELD_PENALTY.body + penalty, fuzzy: false, field: 'body', titleRanges: [] });
      }
    }
  });
  return matches;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The best exact-stage match of `variant` in `text`, with the original ranges it covers. */
function exactIn(text: SearchableText, variant: Variant, choseong: boolean, partialJamo: string | undefined): { score: number; ranges: Range[] } | undefined {
  const at = text.lower.indexOf(variant.text);
  if (at >= 0) {
    const ranges: Range[] = [];
    let wordStart = false;
    for (let i = at; i >= 0; i = text.lower.indexOf(variant.text, i + variant.text.length)) {
      ranges.push([i, i + variant.text.length]);
      wordStart ||= i === 0 || !WORD_CHAR.test(text.lower[i - 1]!);
    }
    return { score: wordStart ? STAGE.wordStart : STAGE.inside, ranges };
  }
  if (variant.compact.length > 1) {
    const found = text.compact.text.indexOf(variant.compact);
    if (found >= 0) return { score: STAGE.compact, ranges: [mapRange(text.compact, found, found + variant.compact.length)] };
  }
  if (partialJamo !== undefined && !variant.alias) {
    const found = text.jamo.text.indexOf(partialJamo);
    if (found >= 0) return { score: STAGE.jamo, ranges: [mapRange(text.jamo, found, found + partialJamo.length)] };
  }
  if (choseong && !variant.alias) {
    const spaced = text.choseong.text.indexOf(variant.text);
    if (spaced >= 0) return { score: STAGE.choseong, ranges: [mapRange(text.choseong, spaced, spaced + variant.text.length)] };
    const compact = text.compactChoseong.text.indexOf(variant.compact);
    if (compact >= 0) return { score: STAGE.compactChoseong, ranges: [mapRange(text.compactChoseong, compact, compact + variant.compact.length)] };
  }
  return undefined;
}

/** Typo-tolerant matches on jamo for posts where the word was not found exactly. */
function addFuzzyMatches(index: SearchIndex, word: string, matches: WordMatches): void {
  if (isChoseongWord(word)) return;
  const pattern = jamoString(word);
  // Below four jamo or letters, one typo is a quarter of the word: too loose to be useful.
  if (pattern.length < MIN_FUZZY_LENGTH) return;
  const fuzzyScore = (fuseScore: number | undefined, field: Field) =>
    STAGE.fuzzy + (fuseScore ?? FUZZY_THRESHOLD) * 0.8 + FIELD_PENALTY[field];
  const offer = (post: number, candidate: WordMatch) => {
    const current = matches.get(post);
    if (current && !current.fuzzy) return;
    if (!current || candidate.score < current.score) matches.set(post, candidate);
  };
  for (const result of index.titleFuse().search(pattern)) {
    const jamo = index.titles[result.refIndex]!.jamo;
    const ranges = (result.matches ?? []).flatMap((m) => m.indices.map(([s, e]): Range => mapRange(jamo, s, e + 1)));
    offer(result.refIndex, { score: fuzzyScore(result.score, 'title'), fuzzy: true, field: 'title', titleRanges: ranges });
  }
  const tags = index.tagFuse();
  for (const result of tags.fuse.search(pattern)) {
    offer(tags.owners[result.refIndex]!, { score: fuzzyScore(result.score, 'tags'), fuzzy: true, field: 'tags', titleRanges: [] });
  }
}

function combine(index: SearchIndex, perWord: readonly WordMatches[]): SearchHit[] {
  const touched = new Set<number>();
  for (const matches of perWord) for (const post of matches.keys()) touched.add(post);
  const hits: SearchHit[] = [];
  for (const post of touched) {
    let total = 0;
    let missing = 0;
    let fuzzy = 0;
    const fields = new Set<Field>();
    const titleRanges: Range[] = [];
    for (const matches of perWord) {
      const match = matches.get(post);
      if (!match) {
        missing++;
        total += 1;
        continue;
      }
      total += match.score;
      if (match.fuzzy) fuzzy++;
      fields.add(match.field);
      titleRanges.push(...match.titleRanges);
    }
    hits.push({ post: index.posts[post]!, score: roundScore(total / perWord.length), titleRanges, fields: [...fields], missing, fuzzy });
  }
  // Posts that have every word, when there are any, are all a person wants to see.
  const complete = hits.some((hit) => hit.missing === 0) ? hits.filter((hit) => hit.missing === 0) : hits;
  return complete.sort(compareHits);
}

/** Fewer missing words, then fewer typos, then the score; ties go to the newer post. */
export const compareHits = (a: SearchHit, b: SearchHit) =>
  a.missing - b.missing || a.fuzzy - b.fuzzy || a.score - b.score || byNewest(a.post, b.post);

/** Rounded so that floating-point noise cannot reorder hits or change JSON between runs. */
const roundScore = (score: number) => Math.round(score * 1e4) / 1e4;

/** How much better (lower) the best score must be than the runner-up to count as clearly meant. */
const CLEAR_MARGIN = 0.1;

/**
 * The post a free-text reference clearly means: an exact title, the only hit, or a hit that is
 * ahead of the runner-up in kind (fewer missing words or typos) or by a margin. Undefined otherwise.
 */
export function clearBest(hits: readonly SearchHit[], query: string): SearchHit | undefined {
  const [best, second] = hits;
  if (!best) return undefined;
  const wanted = lowerSameLength(normaliseQuery(query));
  const exact = hits.filter((hit) => lowerSameLength(hit.post.title) === wanted);
  if (exact.length === 1) return exact[0];
  if (!second) return best;
  const aheadInKind = best.missing < second.missing || (best.missing === second.missing && best.fuzzy < second.fuzzy);
  return aheadInKind || second.score - best.score >= CLEAR_MARGIN ? best : undefined;
}
