// Dates without an offset are wall-clock time in the configured zone, never silently UTC.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { instantIso, readDate, zonedIso } from '../../src/core/dates.js';

test('dates: a date alone is midnight in the zone; an offset in the text is kept', () => {
  assert.equal(readDate('2024-05-08', 'Asia/Seoul'), '2024-05-08T00:00:00+09:00');
  assert.equal(readDate('2024-05-08', 'America/New_York'), '2024-05-08T00:00:00-04:00');
  assert.equal(readDate('2024-01-08 10:30', 'Europe/Berlin'), '2024-01-08T10:30:00+01:00');
  assert.equal(readDate('2024-05-08T10:00:00.250', 'UTC'), '2024-05-08T10:00:00+00:00');
  assert.equal(readDate('2023-12-05 21:00:00 +0900', 'America/New_York'), '2023-12-05T21:00:00+09:00', "Jekyll's offset without a colon");
  assert.equal(readDate('2024-05-08T10:00:00Z', 'Asia/Seoul'), '2024-05-08T10:00:00Z');
});

test('dates: month names as JavaScript reads them (Astro), in the zone unless they name one', () => {
  assert.equal(readDate('Jul 08 2022', 'Asia/Seoul'), '2022-07-08T00:00:00+09:00');
  assert.equal(readDate('Fri, 08 Jul 2022 10:00:00 GMT', 'Asia/Seoul'), '2022-07-08T19:00:00+09:00');
});

test('dates: what is not a real date is refused', () => {
  for (const text of ['2024-02-30', '2024-13-01', '2024', 'yesterday', '', '2024-05-08T25:00', 'lastmod: :git']) {
    assert.equal(readDate(text, 'UTC'), undefined, text);
  }
});

test('dates: a wall time read in a zone names the instant that zone shows as that time (property)', () => {
  const zones = fc.constantFrom('Asia/Seoul', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC');
  fc.assert(fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }), zones, (date, zone) => {
    const iso = instantIso(date.getTime(), zone);
    assert.equal(Date.parse(iso), Math.floor(date.getTime() / 1000) * 1000);
    // Reading that wall time back in the zone gives the same instant (outside the hour a clock repeats).
    const [, y, mo, d, h, mi, s] = /^(\d+)-(\d+)-(\d+)T(\d+):(\d+):(\d+)/.exec(iso)!.map(Number);
    const again = zonedIso(y!, mo!, d!, h!, mi!, s!, zone);
    assert.ok(Math.abs(Date.parse(again) - Date.parse(iso)) <= 60 * 60_000, `${iso} -> ${again}`);
  }));
});
