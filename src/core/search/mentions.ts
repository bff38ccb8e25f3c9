// Where a post's body mentions words: exact (as typed, any case, NFC), the line it is on, and the
// matches in that line. Used when titles, tags and summaries find nothing (the body fallback of
// `search` and `show`) and for the excerpt of each hit of `search --in body`. Pure: the bodies are
// read by the caller (store/body-search.ts).
import type { Post } from '../post.js';
import { lowerSameLength } from './query.js';
import { isLetterOrDigitAt } from './letters.js';

export interface Mention {
  /** 1-based line number in the body (its Markdown source). */
  line: number;
  /** That line as written, without its end of line. */
  text: string;
  /** How many times the words occur in the whole body. */
  count: number;
}

export interface MentionOptions {
  /** Only where a word starts (acks in "acks=all", not in "callbacks"). */
  atWordStart: boolean;
  /** Every word must occur somewhere in the body; otherwise any word will do. */
  every: boolean;
}

/** Offsets of `word` in `text` (both lower case), optionally only where a word starts. */
export function occurrencesOf(text: string, word: string, atWordStart: boolean): number[] {
  const found: number[] = [];
  if (word === '') return found;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (!atWordStart || at === 0 || !isLetterOrDigitAt(text, at - 1)) found.push(at);
  }
  return found;
}

/**
 * The line of `body` that mentions most of `words` (lower case, NFC), the first such line, or
 * undefined when the body does not mention them as `options` ask.
 */
export function mentionIn(body: string, words: readonly string[], options: MentionOptions): Mention | undefined {
  const lower = lowerSameLength(body.normalize('NFC'));
  const perWord = words.map((word) => occurrencesOf(lower, word, options.atWordStart));
  if (options.every ? perWord.some((at) => at.length === 0) : perWord.every((at) => at.length === 0)) return undefined;
  const lineStarts = [0];
  for (let at = lower.indexOf('\n'); at >= 0; at = lower.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  // For each line, which words it has; the best line has the most, the first of equals.
  const wordsOnLine = new Map<number, Set<number>>();
  perWord.forEach((offsets, w) => offsets.forEach((at) => {
    const line = lineOf(at);
    const set = wordsOnLine.get(line) ?? new Set<number>();
    set.add(w);
    wordsOnLine.set(line, set);
  }));
  let best = -1;
  for (const [line, set] of wordsOnLine) {
    const current = wordsOnLine.get(best)?.size ?? 0;
    if (set.size > current || (set.size === current && line < best)) best = line;
  }
  const end = lower.indexOf('\n', lineStarts[best]!);
  const text = body.normalize('NFC').slice(lineStarts[best]!, end < 0 ? undefined : end).replace(/\r$/, '');
  return { line: best + 1, text, count: perWord.reduce((sum, at) => sum + at.length, 0) };
}

/** The words of a query as mentions compare them: NFC, lower case, split at spaces. */
export const mentionWords = (query: string) => lowerSameLength(query.normalize('NFC')).split(/\s+/).filter(Boolean);

export interface BodyHit {
  post: Post;
  mention: Mention;
}

/**
 * The posts whose bodies mention every word of `query` where a word starts (acks in "acks=all",
 * not in "callbacks"), most mentions first, then in the order the bodies came (newest first).
 * No body is asked for when the query has no words.
 */
export async function postsMentioningIn(bodies: AsyncIterable<readonly [Post, string]>, query: string): Promise<BodyHit[]> {
  const words = mentionWords(query);
  if (words.length === 0) return [];
  const hits: BodyHit[] = [];
  for await (const [post, body] of bodies) {
    const mention = mentionIn(body, words, { atWordStart: true, every: true });
    if (mention) hits.push({ post, mention });
  }
  // The sort is stable, so equals keep the bodies' order.
  return hits.sort((a, b) => b.mention.count - a.mention.count);
}
