// The index's rules that are plain predicates: used by the valibot schema (schema.ts), by the
// plain check that passes the usual index without it (schema-plain.ts), and by dates and the
// cache. Apart from schema.ts so that a valid index is read without loading valibot or building
// its schema (about 1 ms of every start).
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** True for an ISO 8601 timestamp that carries a UTC offset and names a real calendar date. */
export function isIsoDateWithOffset(value: string): boolean {
  const m = ISO_WITH_OFFSET.exec(value);
  if (!m) return false;
  // Plain arithmetic, no Date and no arrays: every post's date passes through here.
  const month = +m[2]!;
  const day = +m[3]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(+m[1]!, month) &&
    +m[4]! <= 23 && +m[5]! <= 59 && +(m[6] ?? 0) <= 59 && +(m[7] ?? 0) <= 23 && +(m[8] ?? 0) <= 59;
}

/** Days in `month` (1-12) of `year`, as Date.UTC counts them (it reads years 0-99 as 1900-1999). */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return 30 + ((month + (month >> 3)) & 1);
  const y = year <= 99 ? year + 1900 : year;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
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
