// Dates written without a UTC offset (front matter, plain dates in the index) read as wall-clock
// time in a named time zone, never silently as UTC. Intl is only touched when such a date appears.
import { isIsoDateWithOffset } from './rules.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes `zone` is ahead of UTC at the instant `ms`. */
function offsetAt(ms: number, zone: string): number {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The instant of a wall-clock time in `zone`, as ISO 8601 with that zone's offset then. */
export function zonedIso(year: number, month: number, day: number, hour: number, minute: number, second: number, zone: string): string {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let offset = offsetAt(wall, zone);
  // A second pass settles the offset near a change (DST): the first guess used the wall time as UTC.
  offset = offsetAt(wall - offset * 60_000, zone);
  const at = new Date(wall);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const LOOSE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The date in `text` as ISO 8601 with an offset: an offset it carries is kept, else it is read in
 * `zone` (a date alone is midnight there). Accepts what generators write: `2024-05-08`,
 * `2024-05-08 10:00`, `2024-05-08T10:00:00`, `2024-05-08 10:00:00 +0900`, and dates with month
 * names (`Jul 08 2022`, RFC 2822's `Mon, 08 Jul 2022 10:00:00 +0900`). Undefined when it is not a
 * real date.
 */
export function readDate(text: string, zone: string): string | undefined {
  const m = LOOSE.exec(text.trim());
  if (!m) return readWordyDate(text.trim(), zone);
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((s) => (s === undefined ? undefined : Number(s)));
  const offset = m[7];
  const date = `${pad(year!, 4)}-${pad(month!)}-${pad(day!)}T${pad(hour!)}:${pad(minute!)}:${pad(second!)}`;
  if (offset !== undefined) {
    const iso = `${date}${offset.toUpperCase() === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`}`;
    return isIsoDateWithOffset(iso) ? iso : undefined;
  }
  if (!isIsoDateWithOffset(`${date}Z`)) return undefined;
  return zonedIso(year!, month!, day!, hour!, minute!, second!, zone);
}

/** The instant `ms` as ISO 8601 with the offset `zone` has then. */
export function instantIso(ms: number, zone: string): string {
  const second = Math.floor(ms / 1000) * 1000;
  const wall = new Date(second + offsetAt(second, zone) * 60_000);
  return zonedIso(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), zone);
}

const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** A date written with a month name, as JavaScript's Date reads it (Astro's `pubDate: 'Jul 08 2022'`). */
function readWordyDate(text: string, zone: string): string | undefined {
  if (!MONTH_NAME.test(text) || !/\b\d{4}\b/.test(text)) return undefined;
  if (/(?:[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|Z))\s*$/i.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : instantIso(ms, zone);
  }
  // No zone in it: read its wall time as if in UTC, then place that wall time in `zone`.
  const wall = new Date(Date.parse(`${text} UTC`));
  if (Number.isNaN(wall.getTime())) return undefined;
  return zonedIso(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), zone);
}
