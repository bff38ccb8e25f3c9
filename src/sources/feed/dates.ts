// Feed dates to ISO 8601 with a UTC offset. RSS uses RFC 822 ("Tue, 21 May 2024 10:30:00 +0900"),
// Atom RFC 3339; servers bend both: Korean ones write "+0900" or "KST", drop the seconds or the
// day name, or put an ISO date in pubDate. A time without an offset is read in the configured
// timezone, never silently as UTC. Anything else is no date (undefined): the item is skipped.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822/1123 zone names, plus the Asian ones Korean and Japanese servers write, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  KST: 540, JST: 540,
};

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// [Day,] D Mon YYYY [HH:MM[:SS]] [zone]; the day name is ignored (servers get it wrong).
const RFC822 = /^(?:[a-z]{3,9},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]{1,5}|[+-]\d{2}:?\d{2})?$/i;

interface Parts { year: number; month: number; day: number; hour: number; minute: number; second: number }

/** `text` as `YYYY-MM-DDTHH:MM:SS±HH:MM`, or undefined when it is no date this reads. */
export function parseFeedDate(text: string, timezone: string): string | undefined {
  // "+0900 (KST)": RFC 822 allows a comment in parentheses.
  const trimmed = text.replace(/\([^()]*\)\s*$/, '').trim().replace(/\s+/g, ' ');
  const iso = ISO.exec(trimmed);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = iso;
    const offset = zone === undefined ? undefined : offsetOf(zone);
    if (zone !== undefined && offset === undefined) return undefined;
    return format({ year: +y!, month: +mo!, day: +d!, hour: +h, minute: +mi, second: +s }, offset, timezone);
  }
  const rfc = RFC822.exec(trimmed);
  if (rfc) {
    const [, d, mon, y, h = '0', mi = '0', s = '0', zone] = rfc;
    const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    if (month === 0) return undefined;
    // RFC 822's two-digit years: 00-49 are this century, as RFC 2822 says.
    const year = y!.length === 2 ? (+y! < 50 ? 2000 + +y! : 1900 + +y!) : +y!;
    const offset = zone === undefined ? undefined : offsetOf(zone);
    if (zone !== undefined && offset === undefined) return undefined;
    return format({ year, month, day: +d!, hour: +h, minute: +mi, second: +s }, offset, timezone);
  }
  return undefined;
}

/** Minutes east of UTC for "+0900", "+09:00", "+09", "Z" or a zone name; undefined for an unknown name. */
function offsetOf(zone: string): number | undefined {
  const named = ZONES[zone.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = +m[2]! * 60 + +(m[3] ?? 0);
  return minutes > 18 * 60 ? undefined : m[1] === '-' ? -minutes : minutes;
}

function format(parts: Parts, offset: number | undefined, timezone: string): string | undefined {
  // A leap second (":60") is the last second of its minute.
  const p = { ...parts, second: Math.min(parts.second, 59) };
  if (!valid(p)) return undefined;
  const minutes = offset ?? offsetIn(timezone, p);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const abs = Math.abs(minutes);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`
    + `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function valid({ year, month, day, hour, minute }: Parts): boolean {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days && hour <= 23 && minute <= 59;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws RangeError for a name that is no IANA timezone. */
export function checkTimezone(timezone: string): void {
  formatterFor(timezone);
}

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/**
 * The offset of `timezone` at the wall-clock time `p`, in minutes. Guessed from the offset at that
 * instant read as UTC, then corrected once: right except inside a DST gap, where the later offset wins.
 */
function offsetIn(timezone: string, p: Parts): number {
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return offsetAt(timezone, wall - offsetAt(timezone, wall) * 60_000);
}

function offsetAt(timezone: string, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timezone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const local = Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!);
  return Math.round((local - Math.floor(instant / 1000) * 1000) / 60_000);
}
