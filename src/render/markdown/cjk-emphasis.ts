// CJK-friendly emphasis for marked: `**'트랜잭션'**이란` and `**마크다운(Markdown)**을` are bold.
// CommonMark (issue commonmark-spec#650) will not close `**` that follows punctuation and precedes
// a letter, which is how Korean, Japanese and Chinese put particles after a quoted or bracketed
// word. This implements tats-u's "CJK-friendly amendments to CommonMark" (the rule of the
// markdown-it-cjk-friendly and micromark-extension-cjk-friendly packages) for `*`, `_` and `~`:
//
//   left-flanking  = not followed by whitespace, and
//                    (not followed by non-CJK punctuation, or preceded by whitespace, non-CJK
//                     punctuation or a CJK character)
//   right-flanking = the mirror image.
//
// CJK punctuation (。, （, 「) counts as a CJK character, not as punctuation. Without CJK
// characters around a delimiter this is CommonMark's rule, so other text parses as before.
//
// marked decides flanking with regular expressions inside its emStrong and del tokenizers, so
// both are re-implemented here: the same algorithm, with flanking computed per code point.
import { eastAsianWidthType } from 'get-east-asian-width';
import type { MarkedExtension, Tokens, Tokenizer } from 'marked';

interface Side {
  space: boolean;
  /** Punctuation that is not CJK (ASCII, Latin quotes and brackets). */
  punct: boolean;
  /** Any punctuation, CJK or not (the `_` rule asks for it). */
  anyPunct: boolean;
  cjk: boolean;
}

const WHITESPACE = /^\s/u;
const PUNCTUATION = /^[\p{P}\p{S}]/u;
const EMOJI = /^\p{Emoji_Presentation}/u;
const HANGUL = /^\p{sc=Hangul}/u;
const START: Side = { space: true, punct: false, anyPunct: false, cjk: false };
const LETTER: Side = { space: false, punct: false, anyPunct: false, cjk: false };
const ALL_TILDES = { before: true, after: true };

/** true: CJK; 'ivs': an ideographic variation selector; false: neither. */
function cjkKind(cp: number): boolean | 'ivs' {
  if (cp < 0x1100) return false;
  switch (eastAsianWidthType(cp)) {
    case 'fullwidth':
    case 'halfwidth':
      return true;
    case 'wide':
      return !EMOJI.test(String.fromCodePoint(cp));
    case 'ambiguous':
      return cp >= 0xe0100 && cp <= 0xe01ef ? 'ivs' : false;
    case 'neutral':
      return HANGUL.test(String.fromCodePoint(cp));
    default:
      return false;
  }
}

const isGeneralVariationSelector = (cp: number) => cp >= 0xfe00 && cp <= 0xfe0e;

function classify(cp: number | undefined, tildeIsPunct: boolean, role: 'before' | 'after'): Side {
  if (cp === undefined) return START;
  const char = String.fromCodePoint(cp);
  if (WHITESPACE.test(char)) return START;
  const kind = cjkKind(cp);
  const anyPunct = PUNCTUATION.test(char) && (tildeIsPunct || cp !== 0x7e);
  // An IVS after a delimiter belongs to nothing; before one it stands for the ideograph it follows.
  const cjk = kind === true || (kind === 'ivs' && role === 'before');
  return { space: false, punct: anyPunct && kind !== true, anyPunct, cjk };
}

/** The character before position `at`, seen through a variation selector (葛︀, “︁) to what it modifies. */
function before(text: string, at: number, tildeIsPunct: boolean): Side {
  const cp = codePointBefore(text, at);
  if (cp === undefined || !isGeneralVariationSelector(cp)) return classify(cp, tildeIsPunct, 'before');
  const base = codePointBefore(text, at - 1);
  const baseSide = classify(base, tildeIsPunct, 'before');
  if (base === undefined || baseSide.space) return classify(cp, tildeIsPunct, 'before');
  // Curly quotes with VS2 are the full-width (CJK) quotes.
  if (cp === 0xfe01 && (base === 0x2018 || base === 0x2019 || base === 0x201c || base === 0x201d)) {
    return { space: false, punct: false, anyPunct: true, cjk: true };
  }
  return baseSide;
}

function codePointBefore(text: string, at: number): number | undefined {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const cp = text.codePointAt(at - 2)!;
    if (cp > 0xffff) return cp;
  }
  return low;
}

interface Flanking {
  open: boolean;
  close: boolean;
}

/**
 * Whether `~` counts as punctuation before and after a run. marked's GFM mode does not count it
 * after an opener or around a `*` closer (so `*~~a~~*` works) but does elsewhere; kept as marked has it.
 */
interface Tildes {
  before: boolean;
  after: boolean;
}

/** Whether the delimiter run text[start, end) can open and close, by the CJK-friendly rule. */
function flanking(text: string, start: number, end: number, tildes: Tildes, prev?: Side): Flanking {
  const marker = text[start];
  const b = prev ?? before(text, start, tildes.before);
  const a = classify(text.codePointAt(end), tildes.after, 'after');
  const left = !a.space && (!a.punct || b.space || b.punct || b.cjk);
  const right = !b.space && (!b.punct || a.space || a.punct || a.cjk);
  if (marker !== '_') return { open: left, close: right };
  // `_` also must not open or close inside a word (snake_case, 변수_이름).
  return { open: left && (!right || b.space || b.anyPunct), close: right && (!left || a.space || a.anyPunct) };
}

/** Index of the last run of `delim` not preceded by whitespace: no closer can come after it. */
function lastPossibleCloser(masked: string, delim: string): number {
  let last = -1;
  for (let i = masked.indexOf(delim); i !== -1; i = masked.indexOf(delim, i)) {
    const prev = i === 0 ? '\n' : masked[i - 1]!;
    if (!/[ \t\n\r\f]/.test(prev)) last = i;
    while (masked[i] === delim) i++;
  }
  return last;
}

// One scan per masked inline source and delimiter, shared by every opener in it (linear time).
let scanned: { masked: string; delim: string; last: number } | undefined;
function cachedLastPossibleCloser(masked: string, delim: string): number {
  if (scanned?.delim !== delim || scanned.masked !== masked) scanned = { masked, delim, last: lastPossibleCloser(masked, delim) };
  return scanned.last;
}

/** The side before a run that starts at `runStart` of `masked`, as marked's lexer reports it. */
function sideBefore(masked: string, runStart: number, srcStart: number, prevChar: string, tildeIsPunct: boolean): Side {
  if (runStart < srcStart) return before(masked, runStart, tildeIsPunct);
  // marked passes '' after a token that is not text (a link, a code span): that counts as a start;
  // after text ending in `_` it passes the character before those underscores.
  if (prevChar === '') return START;
  if (masked.charCodeAt(runStart - 1) === prevChar.charCodeAt(prevChar.length - 1)) return before(masked, runStart, tildeIsPunct);
  return classify(prevChar.codePointAt(0), tildeIsPunct, 'before');
}

// marked's skip of a lone delimiter of the other kind inside strong (`*a __b*c__`), kept as it is.
const ORPHAN = { '*': /[^_*]*?__[^_*]*?\*[^_*]*?(?=__)/y, _: /[^_*]*?\*\*[^_*]*?_[^_*]*?(?=\*\*)/y } as const;

function emStrong(this: Tokenizer, src: string, maskedSrc: string, prevChar = ''): Tokens.Em | Tokens.Strong | undefined {
  const delim = src[0];
  if (delim !== '*' && delim !== '_') return undefined;
  const gfm = this.options.gfm === true;
  const closerTildes = { before: !gfm || delim === '_', after: !gfm || delim === '_' };
  let lLength = 0;
  while (src[lLength] === delim) lLength++;
  const srcStart = maskedSrc.length - src.length;
  // The run may have begun before src (its first delimiters were taken as text or closed a span).
  let runStart = srcStart;
  while (runStart > 0 && maskedSrc[runStart - 1] === delim) runStart--;
  const midRun = prevChar === delim;
  // As in marked: whether the run opens looks at the lexer's `prevChar` ('' after a link or code
  // span counts as a start), whether it could also close looks at the source before the run.
  // `~` counts as punctuation before an opener even in GFM mode, only not after it.
  const openerTildes = { before: true, after: !gfm };
  const openerEnd = srcStart + lLength;
  if (!flanking(maskedSrc, runStart, openerEnd, openerTildes, sideBefore(maskedSrc, runStart, srcStart, prevChar, true)).open) return undefined;
  const opener = flanking(maskedSrc, runStart, openerEnd, openerTildes);

  const runLength = srcStart - runStart + lLength;
  const last = cachedLastPossibleCloser(maskedSrc, delim);
  const windowStart = srcStart + lLength;
  if (last < windowStart) return undefined;

  let delimTotal = lLength;
  let midDelimTotal = 0;
  const orphan = ORPHAN[delim];
  orphan.lastIndex = windowStart;
  let i = windowStart + (orphan.exec(maskedSrc)?.[0].length ?? 0);
  for (i = maskedSrc.indexOf(delim, i); i !== -1 && i <= last; i = maskedSrc.indexOf(delim, i)) {
    let end = i;
    while (maskedSrc[end] === delim) end++;
    const run = flanking(maskedSrc, i, end, closerTildes);
    let rLength = end - i;
    const at = i;
    i = end;
    if (!run.open && !run.close) continue;
    if (run.open && !run.close) {
      delimTotal += rLength;
      continue;
    }
    if (run.open || opener.close) {
      // CommonMark rules 9 and 10: a run that can open and close pairs only if the sum is not a multiple of 3.
      if (runLength % 3 && !((runLength + rLength) % 3)) {
        if (midRun && run.open) break;
        midDelimTotal += rLength;
        continue;
      }
    }
    delimTotal -= rLength;
    if (delimTotal > 0) continue;
    rLength = Math.min(rLength, rLength + delimTotal + midDelimTotal);
    const raw = src.slice(0, at - srcStart + rLength);
    if (Math.min(lLength, rLength) % 2) {
      const text = raw.slice(1, -1);
      return { type: 'em', raw, text, tokens: this.lexer.inlineTokens(text) };
    }
    const text = raw.slice(2, -2);
    return { type: 'strong', raw, text, tokens: this.lexer.inlineTokens(text) };
  }
  return undefined;
}

function del(this: Tokenizer, src: string, maskedSrc: string, prevChar = ''): Tokens.Del | undefined {
  if (src[0] !== '~') return undefined;
  const lLength = src[1] === '~' ? 2 : 1;
  if (src[lLength] === '~') return undefined;
  const srcStart = maskedSrc.length - src.length;
  // marked does not count a `*` or `_` just before `~` as punctuation; kept as marked has it.
  const prevSide = prevChar === '*' || prevChar === '_' ? LETTER : sideBefore(maskedSrc, srcStart, srcStart, prevChar, true);
  const opener = flanking(maskedSrc, srcStart, srcStart + lLength, ALL_TILDES, prevSide);
  if (!opener.open) return undefined;
  const last = cachedLastPossibleCloser(maskedSrc, '~');
  const windowStart = srcStart + lLength;
  if (last < windowStart) return undefined;
  let delimTotal = lLength;
  for (let i = maskedSrc.indexOf('~', windowStart); i !== -1 && i <= last; i = maskedSrc.indexOf('~', i)) {
    let end = i;
    while (maskedSrc[end] === '~') end++;
    const at = i;
    i = end;
    if (end - at !== lLength) continue;
    const run = flanking(maskedSrc, at, end, ALL_TILDES);
    if (!run.open && !run.close) continue;
    if (run.open && !run.close) {
      delimTotal += lLength;
      continue;
    }
    delimTotal -= lLength;
    if (delimTotal > 0) continue;
    const raw = src.slice(0, at - srcStart + lLength);
    const text = raw.slice(lLength, -lLength);
    return { type: 'del', raw, text, tokens: this.lexer.inlineTokens(text) };
  }
  return undefined;
}

/** The marked extension: emphasis, strong emphasis and strikethrough by the CJK-friendly rule. */
export function cjkFriendlyEmphasis(): MarkedExtension {
  return { tokenizer: { emStrong, del } };
}
