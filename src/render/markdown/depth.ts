// Nesting past MAX_DEPTH is flattened in the Markdown source, before marked sees it: marked lexes
// and renders quotes and list items recursively, re-reading every nested block once per level
// (2,000 nested `>`: a stack overflow; 500 nested lists: 11 s; 5,000: out of memory). A line
// inside more than MAX_DEPTH quotes and list items keeps its first MAX_DEPTH - 1 containers and
// its innermost one, so deeper items show as siblings at the last level and deeper quotes as one.
// The containers are found the way CommonMark finds them, closely enough to count their depth:
// a line at most MAX_DEPTH deep is never changed.

export const MAX_DEPTH = 16;

interface Container {
  quote: boolean;
  /** A list item's content column: its continuation lines are indented at least this far. */
  content: number;
}

const ITEM = /^([-+*]|\d{1,9}[.)])( {1,4}(?! )| *$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])( *\1){2,} *$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** `markdown` (tabs expanded) with no line nested in more than MAX_DEPTH quotes and list items. */
export function flattenDeepNesting(markdown: string): string {
  if (!mayBeDeep(markdown)) return markdown;
  const open: Container[] = [];
  let fence: { marker: string; depth: number } | undefined;
  return markdown.split('\n').map((line) => {
    const ends: number[] = []; // where each container's prefix ends on this line
    let at = 0;
    const blank = line.trim() === '';
    // Open containers this line continues.
    for (const container of open) {
      if (container.quote) {
        const quote = /^ {0,3}> ?/.exec(line.slice(at));
        if (!quote) break;
        at += quote[0].length;
      } else if (!blank) {
        if (!line.startsWith(' '.repeat(container.content - at), at)) break;
        at = container.content;
      }
      ends.push(at);
    }
    if (fence && ends.length < fence.depth) fence = undefined;
    open.length = ends.length;
    // New containers this line starts (none inside a code fence or an indented code block).
    for (;;) {
      if (fence || blank) break;
      const rest = line.slice(at);
      const indent = /^ */.exec(rest)![0].length;
      if (indent >= 4 || THEMATIC_BREAK.test(rest)) break;
      if (rest[indent] === '>') {
        at += indent + (rest[indent + 1] === ' ' ? 2 : 1);
        open.push({ quote: true, content: at });
      } else {
        const item = ITEM.exec(rest.slice(indent));
        if (!item || item[0].length === 0) break;
        const markerEnd = at + indent + item[1]!.length;
        at += indent + item[0].length;
        open.push({ quote: false, content: at === line.length ? markerEnd + 1 : at });
      }
      ends.push(at);
    }
    const content = line.slice(at);
    const opener = FENCE.exec(content);
    if (fence ? opener?.[1]!.startsWith(fence.marker) && content.trim() === opener[1] : opener) fence = fence ? undefined : { marker: opener![1]!, depth: ends.length };
    if (ends.length <= MAX_DEPTH) return line;
    // The first MAX_DEPTH - 1 prefixes, then the innermost container's own prefix.
    return line.slice(0, ends[MAX_DEPTH - 2]!) + line.slice(ends[ends.length - 2]!, ends[ends.length - 1]!) + content;
  }).join('\n');
}

/** Whether a line might be more than MAX_DEPTH deep: it has that many container markers or spaces. */
function mayBeDeep(markdown: string): boolean {
  let markers = 0;
  for (let i = 0; i < markdown.length; i++) {
    const code = markdown.charCodeAt(i);
    if (code === 10) markers = 0;
    else if (code === 62 || code === 45 || code === 43 || code === 42 || code === 46 || code === 41 || (code >= 48 && code <= 57) || code === 32) {
      if (++markers > MAX_DEPTH) return true;
    } else {
      markers = -Infinity; // past the line's prefix
    }
  }
  return false;
}
