// The index's rules that are plain predicates: used by the valibot schema (schema.ts), by the
// plain check that passes the usual index without it (schema-plain.ts), and by dates and the
// cache. Apart from schema.ts so that a valid index is read without loading valibot or building
// its schema (about 1 ms of every start).
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** True for an ISO 8601 timestamp that carries a UTC offset and names a real calendar date. */
export function isIsoDateWithOffset(value: string): boolean {
  const m = ISO_WITH_OFFSET.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second = '0', offH = '0', offM = '0'] = m.slice(1).map((s) => s ?? '0');
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return (
    Number(month) >= 1 && Number(month) <= 12 &&
    Number(day) >= 1 && Number(day) <= daysInMonth &&
    Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 &&
    Number(offH) <= 23 && Number(offM) <= 59
  );
}

/** True for an absolute http(s) address. */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * How deep categories may nest. Real blogs use two or three levels; the limit keeps the tree (and
 * everything that walks it) shallow whatever an index holds.
 */
export const MAX_CATEGORY_DEPTH = 32;

/** A category path such as "개발/기술": non-empty segments separated by "/". */
export function isCategoryPath(value: string): boolean {
  return value.split('/').every((segment) => segment.trim() !== '');
}

/** A date as the index accepts it: with a UTC offset, or a plain date read in the configured time zone. */
export function isIndexDate(value: string): boolean {
  return isIsoDateWithOffset(value) || (/^\d{4}-\d{2}-\d{2}$/.test(value) && isIsoDateWithOffset(`${value}T00:00:00Z`));
}
