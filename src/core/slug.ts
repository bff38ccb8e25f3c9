// Slugs for imported posts: a-z, 0-9 and "-", as the index format requires. Hangul is romanised
// (es-hangul, the Revised Romanization), other letters lose their accents; what is left with no
// letters at all gets a short hash of the text, so the same name always gives the same slug.
import { createHash } from 'node:crypto';
import { romanize } from 'es-hangul';

const MAX_SLUG = 80;

/** A slug made of `text`, or undefined when nothing usable is left of it. */
export function slugify(text: string): string | undefined {
  let decoded = text;
  // File names saved from browsers are often percent-encoded ("%ED%8A%B8.md").
  if (/%[0-9a-f]{2}/i.test(decoded)) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      // not percent-encoding after all
    }
  }
  const nfc = decoded.normalize('NFC');
  const romanised = /[\uAC00-\uD7A3]/.test(nfc)
    ? nfc.replace(/[\uAC00-\uD7A3]+/g, (run) => ` ${romanize(run)} `)
    : nfc;
  const slug = romanised.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const cut = slug.slice(0, MAX_SLUG).replace(/-+$/, '');
  return cut === '' ? undefined : cut;
}

/** A slug for `text` that is never empty: `post-` and a hash when nothing readable is left. */
export function slugOrHash(text: string): string {
  return slugify(text) ?? `post-${createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 8)}`;
}

/** `base`, or `base-2`, `base-3`… : the first that `taken` does not hold. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
