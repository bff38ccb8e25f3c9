// Title search that understands Korean. Each query word is matched against every post in stages:
// as typed (also without spaces), through other spellings of the same term (kafka -> 카프카),
// as initial consonants (ㅋㅍㅋ, also of a term's Hangul spelling), and only then with typos on
// jamo (typo.ts), so a typo inside a syllable costs one jamo and a typo must be close for the
// word's length. Pure: returns ranked hits with title ranges to highlight.
import { buildAliasLookup, type AliasLookup } from './aliases.js';
import { fromKoreanLayout, hasHangul, isChoseongWord, jamoString, PARTICLE_PATTERN, withoutParticle } from './hangul.js';
import type { Post } from './post.js';
import { byNewest, newestFirst } from './posts.js';
import { Corpus, lowerSameLength, postAt, segment, TAG_SEPARATOR, type DerivedField, type JoinedField } from './corpus.js';
import { canReach, typoBudget, typoMatcher } from './typo.js';

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
  /** The slips those typos add up to (see typo.ts): 0 when every word was found as typed. */
  typos: number;
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
  /** For tests: false runs typo matching on every post (see addFuzzyMatches). */
  prefilter?: boolean;
}

export interface SearchIndex {
  /** Posts in newest-first order; hits refer to them by position. */
  readonly count: number;
  readonly corpus: Corpus;
  readonly aliases: AliasLookup;
  /** The post at a position (newest first). */
  readonly post: (position: number) => Post;
  /** Each title in jamo, made on first use: exact stages often make typo matching unnecessary. */
  readonly titleJamo: () => string[];
  /** Every tag in jamo, and the post each belongs to. */
  readonly tagJamo: () => { tags: string[]; owners: number[] };
}

// Score bands: every exact stage beats every fuzzy match; a title beats tags beats summary beats body.
const STAGE = { wordStart: 0, inside: 0.02, compact: 0.03, jamo: 0.04, choseong: 0.05, compactChoseong: 0.06, fuzzy: 0.2 } as const;
const FIELD_PENALTY: Record<Field, number> = { title: 0, tags: 0.1, summary: 0.2, body: 0.3 };
const ALIAS_PENALTY = 0.01;
/** For the word without its particle (카프카를 -> 카프카): found so, it ranks below the word itself. */
const PARTICLE_PENALTY = 0.02;

/** A search index over a corpus whose post i is `post(i)` (newest first). */
export function searchIndexOf(corpus: Corpus, post: (position: number) => Post, aliases?: Readonly<Record<string, readonly string[]>>): SearchIndex {
  let titleJamo: string[] | undefined;
  let tagJamo: ReturnType<SearchIndex['tagJamo']> | undefined;
  const segments = (field: JoinedField) => Array.from({ length: corpus.count }, (_, i) => segment(field, i));
  return {
    count: corpus.count,
    corpus,
    aliases: buildAliasLookup(aliases),
    post,
    titleJamo: () => (titleJamo ??= segments(corpus.jamo('title'))),
    tagJamo: () => {
      if (!tagJamo) {
        const perPost = segments(corpus.jamo('tags')).map((tags) => (tags === '' ? [] : tags.split(TAG_SEPARATOR)));
        tagJamo = { tags: perPost.flat(), owners: perPost.flatMap((tags, owner) => tags.map(() => owner)) };
      }
      return tagJamo;
    },
  };
}

export function createSearchIndex(
  posts: readonly Post[],
  options: { aliases?: Readonly<Record<string, readonly string[]>>; bodies?: ReadonlyMap<number, string> } = {},
): SearchIndex {
  const ordered = newestFirst(posts);
  return searchIndexOf(Corpus.of(ordered, options.bodies), (i) => ordered[i]!, options.aliases);
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
  const converted = hasHangul(typed) ? undefined : fromKoreanLayout(typed);
  // Whether the words as typed convince is known from the exact stages alone (a convincing first
  // hit has no typo), so the Hangul reading is tried before paying for typo matching.
  if (converted !== undefined && readsAsHangul(index, typed, converted) && !isConvincing(rank(index, typed, { ...options, fuzzy: false }))) {
    const retry = rank(index, converted, options);
    if (isConvincing(retry)) return { hits: retry, query: converted, convertedFrom: typed };
    const hits = rank(index, typed, options);
    return hits.length === 0 && retry.length > 0 ? { hits: retry, query: converted, convertedFrom: typed } : { hits, query: typed };
  }
  return { hits: rank(index, typed, options), query: typed };
}

/** Convenience for one-off searches (tests, `show`): builds the index and returns the hits. */
export function searchPosts(posts: readonly Post[], query: string, options: SearchOptions & { aliases?: Record<string, string[]> } = {}): SearchHit[] {
  return search(createSearchIndex(posts, options.aliases ? { aliases: options.aliases } : {}), query, options).hits;
}

const isConvincing = (hits: readonly SearchHit[]) => hits[0] !== undefined && hits[0].missing === 0 && hits[0].fuzzy === 0;

/**
 * Whether Latin letters were plausibly meant as Hangul: every word becomes whole syllables, at least
 * two (a short English word such as go or do also spells one syllable, 해, 애), and none is a known term.
 */
const readsAsHangul = (index: SearchIndex, typed: string, converted: string) =>
  converted.split(' ').every((word) => /^[가-힣]{2,}$/.test(word)) &&
  typed.split(' ').every((word) => index.aliases(word).length === 0);

interface Variant {
  text: string;
  compact: string;
  /** `compact` with any spaces allowed between its characters, made once for every field. */
  spaced: RegExp;
  /** Another spelling of the word (kafka for 카프카), not the word as typed. */
  alias: boolean;
  /** Added to the score of every match of this spelling. */
  penalty: number;
  /** For a word without its particle: where it stands as a whole word, maybe with a particle of its own. */
  whole?: RegExp;
}

interface WordMatch {
  score: number;
  fuzzy: boolean;
  typos: number;
  field: Field;
  /** The matched title characters, worked out only for the hits shown. */
  titleRanges: () => Range[];
}

const none = (): Range[] => [];

/** Per query word: the best match in each post (by position) that has one. */
type WordMatches = Map<number, WordMatch>;

interface RankedHit extends Omit<SearchHit, 'post' | 'titleRanges'> {
  position: number;
  titleRanges: () => Range[];
}

function rank(index: SearchIndex, query: string, options: SearchOptions & { fuzzy?: boolean }): SearchHit[] {
  const words = lowerSameLength(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const perWord: WordMatches[] = words.map(() => new Map());
  const variants = words.map((word) => variantsOf(index, word));
  const limit = options.limit ?? Infinity;
  // Fields are searched best first. A match in a later field can only give a post a mean score
  // of at least that field's penalty over the number of words, so once `limit` posts have every
  // word at a better score, the later fields cannot change the first `limit` hits: skip them.
  for (const field of EXACT_FIELDS) {
    if (field === 'body' && !index.corpus.body) break;
    if (countPostsInAll(perWord, FIELD_PENALTY[field] / words.length) >= limit) break;
    words.forEach((word, i) => exactMatchesIn(index, field, word, variants[i]!, perWord[i]!));
  }
  // Every exact match outranks every fuzzy one (fewer typos first), so the same holds for the
  // fuzzy stage, the expensive one: it runs only while fewer than `limit` posts have every word.
  if (options.fuzzy !== false && countPostsInAll(perWord, Infinity) < limit) {
    words.forEach((word, i) => {
      addFuzzyMatches(index, word, perWord[i]!, options);
      const noun = withoutParticle(word);
      if (noun !== undefined) addFuzzyMatches(index, noun, perWord[i]!, options);
    });
  }
  const ranked = combine(perWord);
  const shown = options.limit === undefined ? ranked : ranked.slice(0, options.limit);
  return shown.map(({ position, titleRanges, ...hit }) => ({ post: index.post(position), ...hit, titleRanges: titleRanges() }));
}

const EXACT_FIELDS: readonly Field[] = ['title', 'tags', 'summary', 'body'];

/** Posts that every word matched (exactly) with a mean score below `below`. */
function countPostsInAll(perWord: readonly WordMatches[], below: number): number {
  const [first, ...rest] = perWord;
  if (!first) return 0;
  let count = 0;
  for (const [post, match] of first) {
    let total = match.score;
    let all = true;
    for (const matches of rest) {
      const other = matches.get(post);
      if (!other) {
        all = false;
        break;
      }
      total += other.score;
    }
    if (all && total / perWord.length < below) count++;
  }
  return count;
}

function variantsOf(index: SearchIndex, word: string): Variant[] {
  const variant = (text: string, penalty: number): Variant => {
    const compact = text.replace(/\s+/g, '');
    return { text, compact, spaced: spaced(compact), alias: penalty > 0, penalty };
  };
  const others = index.aliases(word).map((alias) => variant(alias, ALIAS_PENALTY));
  // ㅋㄹㅎㅇㅅ are the initial consonants of 클릭하우스, so they reach ClickHouse through the dictionary
  // too, ranked with initial consonants of a title.
  const byChoseong = isChoseongWord(word)
    ? index.aliases.byChoseong(word).map((spelling) => variant(spelling, STAGE.choseong + ALIAS_PENALTY))
    : [];
  const noun = withoutParticle(word);
  // 카프카를 is 카프카 only where 카프카 is a whole word: 카프가 is a typo of 카프카, not 카프 and 가.
  const nouns = noun === undefined ? [] : [noun, ...index.aliases(noun)].map((spelling, i) => ({
    ...variant(spelling, PARTICLE_PENALTY + (i > 0 ? ALIAS_PENALTY : 0)),
    whole: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(spelling)}(?=(?:${PARTICLE_PATTERN})?(?![\\p{L}\\p{N}]))`, 'gu'),
  }));
  return [variant(word, 0), ...others, ...byChoseong, ...nouns];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Ranges are computed only if asked for: only the hits shown need them. */
type Found = (post: number, score: number, ranges: () => Range[]) => void;

/**
 * Every post in which `needle` occurs in `field`, and whether an occurrence starts a word. Scans
 * the joined field with indexOf and skips to the next post once the answer is known.
 */
function occurrences(field: JoinedField, needle: string): Map<number, boolean> {
  const found = new Map<number, boolean>();
  if (needle === '') return found;
  const { text, starts } = field;
  let post = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at)) {
    if (at >= starts[post + 1]!) post = postAt(field, at);
    const wordStart = at === starts[post] || !WORD_CHAR.test(text[at - 1]!);
    if (wordStart) {
      found.set(post, true);
      at = starts[post + 1]!; // nothing more to learn in this post
    } else {
      if (!found.has(post)) found.set(post, false);
      at += needle.length;
    }
  }
  return found;
}

/** All occurrences of `needle` in one text, for highlighting a hit that is shown. */
function rangesIn(text: string, needle: string): Range[] {
  const ranges: Range[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
  return ranges;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for `needle` with any spaces (not newlines) between its characters: 분산테이블 finds 분산 테이블. */
const spaced = (needle: string) => new RegExp([...needle].map(escapeRegExp).join('[^\\S\\n]*'), 'g');

/** First match per post of `pattern` in a field whose offsets equal the original's. */
function patternOccurrences(field: JoinedField, pattern: RegExp, each: (post: number, range: Range) => void): void {
  let post = -1;
  for (const match of field.text.matchAll(pattern)) {
    if (post >= 0 && match.index < field.starts[post + 1]!) continue;
    post = postAt(field, match.index);
    const local = match.index - field.starts[post]!;
    each(post, [local, local + match[0].length]);
  }
}

/** First occurrence per post of `needle` in a derived field, as a range of the original field. */
function mappedOccurrences(derived: DerivedField, needle: string, each: (post: number, range: () => Range) => void): void {
  const seen = new Set<number>();
  for (let at = derived.text.indexOf(needle); at >= 0; at = derived.text.indexOf(needle, at + 1)) {
    const post = postAt(derived, at);
    if (seen.has(post)) continue;
    seen.add(post);
    const local = at - derived.starts[post]!;
    each(post, () => derived.toOriginal(post, local, local + needle.length));
  }
}

/**
 * The exact stages for one field, each post reported once with its best stage: as typed (start
 * of a word beats inside one), across spaces, on jamo for a syllable still being typed, and (titles
 * only) as initial consonants.
 */
function exactInField(corpus: Corpus, name: 'title' | 'tags' | 'summary', variant: Variant, found: Found, options: { choseong?: boolean; partial?: string }): void {
  const field = corpus[name];
  const done = new Set<number>();
  for (const [post, wordStart] of occurrences(field, variant.text)) {
    done.add(post);
    found(post, wordStart ? STAGE.wordStart : STAGE.inside, () => rangesIn(segment(field, post), variant.text));
  }
  const later = (score: number) => (post: number, range: () => Range) => {
    if (done.has(post)) return;
    done.add(post);
    found(post, score, () => [range()]);
  };
  const direct = (score: number) => (post: number, range: Range) => later(score)(post, () => range);
  if (name !== 'summary' && variant.compact.length > 1) {
    patternOccurrences(field, variant.spaced, direct(STAGE.compact));
  }
  if (options.partial !== undefined && name !== 'summary') {
    mappedOccurrences(corpus.jamo(name), options.partial, later(STAGE.jamo));
  }
  if (options.choseong && name === 'title') {
    // Initial consonants stand one for one for syllables, so offsets are the titles' own.
    const choseong = corpus.choseong();
    for (const [post] of occurrences(choseong, variant.text)) {
      const text = segment(choseong, post);
      direct(STAGE.choseong)(post, rangesIn(text, variant.text)[0]!);
    }
    patternOccurrences(choseong, variant.spaced, direct(STAGE.compactChoseong));
  }
}

/** The exact stages of one word in one field, recorded in `matches` where they beat what is there. */
function exactMatchesIn(index: SearchIndex, field: Field, word: string, variants: readonly Variant[], matches: WordMatches): void {
  // Initial consonants are compared with titles only: that is what people abbreviate.
  const choseong = isChoseongWord(word);
  // Lone jamo mean a syllable still being typed (카ㅍ): compare jamo, not syllables.
  const partial = !choseong && /[\u3131-\u318e]/.test(word) ? jamoString(word) : undefined;
  const { corpus } = index;
  for (const variant of variants) {
    const penalty = FIELD_PENALTY[field] + variant.penalty;
    const offer = (post: number, score: number, ranges: () => Range[]) => {
      const current = matches.get(post);
      if (!current || score + penalty < current.score) {
        matches.set(post, { score: score + penalty, fuzzy: false, typos: 0, field, titleRanges: field === 'title' ? ranges : none });
      }
    };
    if (variant.whole) {
      const text = field === 'body' ? corpus.body! : corpus[field];
      patternOccurrences(text, variant.whole, (post, range) => offer(post, STAGE.wordStart, () => [range]));
    } else if (field === 'body') {
      for (const post of occurrences(corpus.body!, variant.text).keys()) offer(post, 0, none);
    } else {
      const own = variant.alias || field === 'summary' ? {} : { choseong: choseong && field === 'title', ...(partial !== undefined && { partial }) };
      exactInField(corpus, field, variant, offer, own);
    }
  }
}

/**
 * Matches with typos, on jamo, for posts where the word was not found exactly: the word against
 * the words of each title and tag (typo.ts). Texts that lack too many of the word's jamo to be
 * within reach are dropped by a quick count first; the results are the same without that.
 */
function addFuzzyMatches(index: SearchIndex, word: string, matches: WordMatches, options: SearchOptions): void {
  if (isChoseongWord(word)) return;
  const pattern = jamoString(word);
  const budget = typoBudget(pattern.length);
  if (budget === 0) return;
  const reachable = options.prefilter === false ? () => true : canReach(pattern, budget);
  const match = typoMatcher(pattern, budget);
  const fuzzyScore = (typos: number, field: Field) => STAGE.fuzzy + (typos / pattern.length) * 0.8 + FIELD_PENALTY[field];
  const offer = (post: number, candidate: WordMatch) => {
    const current = matches.get(post);
    if (current && !current.fuzzy) return;
    if (!current || candidate.score < current.score) matches.set(post, candidate);
  };
  const jamo = index.corpus.jamo('title');
  index.titleJamo().forEach((text, post) => {
    const found = reachable(text) ? match(text) : undefined;
    if (!found) return;
    const ranges = (): Range[] => (found.end > found.start ? [jamo.toOriginal(post, found.start, found.end)] : []);
    offer(post, { score: fuzzyScore(found.cost, 'title'), fuzzy: true, typos: found.cost, field: 'title', titleRanges: ranges });
  });
  const { tags, owners } = index.tagJamo();
  tags.forEach((tag, i) => {
    const found = reachable(tag) ? match(tag) : undefined;
    if (found) offer(owners[i]!, { score: fuzzyScore(found.cost, 'tags'), fuzzy: true, typos: found.cost, field: 'tags', titleRanges: none });
  });
}

function combine(perWord: readonly WordMatches[]): RankedHit[] {
  const touched = new Set<number>();
  for (const matches of perWord) for (const post of matches.keys()) touched.add(post);
  const hits: RankedHit[] = [];
  for (const position of touched) {
    let total = 0;
    let missing = 0;
    let fuzzy = 0;
    let typos = 0;
    const fields = new Set<Field>();
    const titleRanges: (() => Range[])[] = [];
    for (const matches of perWord) {
      const match = matches.get(position);
      if (!match) {
        missing++;
        total += 1;
        continue;
      }
      total += match.score;
      if (match.fuzzy) fuzzy++;
      typos += match.typos;
      fields.add(match.field);
      titleRanges.push(match.titleRanges);
    }
    hits.push({ position, score: roundScore(total / perWord.length), titleRanges: () => titleRanges.flatMap((r) => r()), fields: [...fields], missing, fuzzy, typos });
  }
  // Posts that have every word, when there are any, are all a person wants to see.
  const complete = hits.some((hit) => hit.missing === 0) ? hits.filter((hit) => hit.missing === 0) : hits;
  // Positions are newest first, so the lower position wins a tie.
  return complete.sort((a, b) => byRelevance(a, b) || a.position - b.position);
}

/** Fewer missing words, then fewer typos, then the score. */
const byRelevance = (a: Omit<SearchHit, 'post' | 'titleRanges'>, b: Omit<SearchHit, 'post' | 'titleRanges'>) =>
  a.missing - b.missing || a.fuzzy - b.fuzzy || a.score - b.score;

/** The order of search results: by relevance; ties go to the newer post. */
export const compareHits = (a: SearchHit, b: SearchHit) => byRelevance(a, b) || byNewest(a.post, b.post);

/** Rounded so that floating-point noise cannot reorder hits or change JSON between runs. */
const roundScore = (score: number) => Math.round(score * 1e4) / 1e4;

/** How much better (lower) the best score must be than the runner-up to count as clearly meant. */
const CLEAR_MARGIN = 0.1;
/** A typo match opens a post only with at most one slip per this many jamo or letters of the query. */
const SHOW_LETTERS_PER_SLIP = 6;

/**
 * The post a free-text reference clearly means, or undefined. Every word must be found. An exact
 * title wins; a match without typos (as typed, another spelling, initial consonants) wins when it is
 * the only hit or ahead of the runner-up in kind or by a margin; a match with typos only when the
 * typos are few for the query's length and every other hit needs at least one slip more.
 */
export function clearBest(hits: readonly SearchHit[], query: string): SearchHit | undefined {
  const [best, second] = hits;
  if (!best || best.missing > 0) return undefined;
  const wanted = lowerSameLength(normaliseQuery(query));
  const exact = hits.filter((hit) => lowerSameLength(hit.post.title) === wanted);
  if (exact.length === 1) return exact[0];
  if (best.fuzzy > 0) {
    const letters = jamoString(wanted.replace(/ /g, '')).length;
    const close = best.typos * SHOW_LETTERS_PER_SLIP <= letters;
    return close && (!second || second.fuzzy > best.fuzzy || second.typos - best.typos >= 1) ? best : undefined;
  }
  if (!second) return best;
  const aheadInKind = best.missing < second.missing || (best.missing === second.missing && best.fuzzy < second.fuzzy);
  return aheadInKind || second.score - best.score >= CLEAR_MARGIN ? best : undefined;
}
