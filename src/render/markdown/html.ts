// Raw HTML in a post is shown as the text a browser would show, never as tags: `<details>`,
// `<summary>`, `<kbd>` and friends give their text, `<br>` a line break, block elements line
// breaks, `<img>` its alt text; comments, scripts and styles disappear. The result is plain text:
// entities are decoded and the text is made inert again (a `&#27;` must not become an escape).
import { sanitizeLine } from '../sanitize.js';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const HIDDEN = /<(script|style|template|textarea|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<![A-Za-z][^>]*>|<\?[\s\S]*?(?:\?>|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g;
// Attributes never span a `<`, so an unclosed tag costs one look to the next `<`, not to the end.
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)((?:[^<>"']|"[^"<>]*"|'[^'<>]*')*)>/g;
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '·', hellip: '…', mdash: '—', ndash: '–',
  laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', times: '×', rarr: '→', larr: '←',
};

/** The text of an HTML fragment, lines separated by '\n' (a `<br>` is one too). */
export function htmlToText(html: string): string {
  const text = html
    .replace(COMMENT, '')
    .replace(HIDDEN, '')
    .replace(TAG, (tag, name: string, attributes: string) => {
      const lower = name.toLowerCase();
      if (lower === 'br') return '\n';
      if (lower === 'img') {
        const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
        const label = alt?.[1] ?? alt?.[2] ?? alt?.[3] ?? '';
        return `[image${label ? `: ${label}` : ''}]`;
      }
      if (lower === 'summary' && !tag.startsWith('</')) return '\n▸ ';
      return BLOCK_TAGS.has(lower) || lower === 'summary' ? '\n' : '';
    });
  return decodeEntities(text).split('\n').map((line) => sanitizeLine(line).trim()).join('\n');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] !== '#') return NAMED[body.toLowerCase()] ?? entity;
    const point = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return point > 0 && point <= 0x10ffff && !(point >= 0xd800 && point <= 0xdfff) ? String.fromCodePoint(point) : '';
  });
}
