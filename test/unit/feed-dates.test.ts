import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isIsoDateWithOffset } from '../../src/core/schema.js';
import { parseFeedDate } from '../../src/sources/feed/dates.js';

const SEOUL = 'Asia/Seoul';

test('feed dates: RFC 822 pubDates keep their own offset', () => {
  assert.equal(parseFeedDate('Tue, 21 May 2024 10:30:00 +0900', SEOUL), '2024-05-21T10:30:00+09:00');
  assert.equal(parseFeedDate('Mon, 05 Feb 2024 03:04:05 -0500', SEOUL), '2024-02-05T03:04:05-05:00');
  assert.equal(parseFeedDate('Sun, 02 Jun 2024 14:20:11 GMT', SEOUL), '2024-06-02T14:20:11+00:00');
});

test('feed dates: Korean servers\' quirks: no seconds, a named zone (KST), "+09:00", no day name, extra spaces', () => {
  assert.equal(parseFeedDate('Tue, 21 May 2024 10:30 +0900', 'UTC'), '2024-05-21T10:30:00+09:00');
  assert.equal(parseFeedDate('Mon, 20 May 2024 21:05:00 KST', 'UTC'), '2024-05-20T21:05:00+09:00');
  assert.equal(parseFeedDate('Tue, 21 May 2024 10:30:00 +09:00', 'UTC'), '2024-05-21T10:30:00+09:00');
  assert.equal(parseFeedDate('21 May 2024 10:30:00 +0900', 'UTC'), '2024-05-21T10:30:00+09:00');
  assert.equal(parseFeedDate('  Tue,  21  May  2024  10:30:00  +0900 ', 'UTC'), '2024-05-21T10:30:00+09:00');
  assert.equal(parseFeedDate('Wed, 5 Jun 24 9:05:00 PDT', 'UTC'), '2024-06-05T09:05:00-07:00', 'two-digit year, one-digit hour');
  assert.equal(parseFeedDate('Tue, 21 May 2024 10:30:00 +0900 (KST)', 'UTC'), '2024-05-21T10:30:00+09:00', 'an RFC 822 comment');
  assert.equal(parseFeedDate('Tuesday, 21 September 2024 10:30:00 +0900', 'UTC'), '2024-09-21T10:30:00+09:00', 'names in full');
});

test('feed dates: RFC 3339 (Atom) keeps its offset; Z is +00:00; fractions go', () => {
  assert.equal(parseFeedDate('2024-06-01T20:15:00+09:00', 'UTC'), '2024-06-01T20:15:00+09:00');
  assert.equal(parseFeedDate('2024-06-03T01:02:03.456Z', SEOUL), '2024-06-03T01:02:03+00:00');
  assert.equal(parseFeedDate('2024-06-03t01:02:03z', SEOUL), '2024-06-03T01:02:03+00:00');
});

test('feed dates: a date without an offset is read in the configured timezone, never as UTC', () => {
  assert.equal(parseFeedDate('2024-05-08 09:00', SEOUL), '2024-05-08T09:00:00+09:00');
  assert.equal(parseFeedDate('2024-05-08', SEOUL), '2024-05-08T00:00:00+09:00');
  assert.equal(parseFeedDate('Wed, 08 May 2024 09:00:00', 'America/New_York'), '2024-05-08T09:00:00-04:00', 'summer time');
  assert.equal(parseFeedDate('Wed, 08 Jan 2025 09:00:00', 'America/New_York'), '2025-01-08T09:00:00-05:00', 'winter time');
  assert.equal(parseFeedDate('2024-05-08T09:00:00', 'Asia/Kolkata'), '2024-05-08T09:00:00+05:30');
  // An hour after clocks went forward: 03:30 read as UTC is still winter time in New York; the offset must be looked up again.
  assert.equal(parseFeedDate('2024-03-10T03:30:00', 'America/New_York'), '2024-03-10T03:30:00-04:00');
});

test('feed dates: a leap second is the last second of its minute', () => {
  assert.equal(parseFeedDate('Sat, 31 Dec 2016 23:59:60 +0000', SEOUL), '2016-12-31T23:59:59+00:00');
});

test('feed dates: what is no date gives undefined (the item is skipped), not a guess', () => {
  for (const text of ['', '어제 오후', '31 Feb 2024 10:00 +0900', '2024-13-01', 'Tue, 21 May 2024 25:00:00 +0900', 'Tue, 21 Foo 2024 10:00 +0900', 'Tue, 21 May 2024 10:00 XYZ', '2024-05-08T09:00+2500']) {
    assert.equal(parseFeedDate(text, SEOUL), undefined, text);
  }
});

test('feed dates: whatever the text, the answer is undefined or an index date (ISO 8601 with an offset)', () => {
  const zones = fc.constantFrom('Asia/Seoul', 'UTC', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham');
  const pieces = fc.array(fc.constantFrom('Tue,', '21', 'May', '2024', '10:30', ':00', '+0900', 'KST', 'GMT', '-', 'T', 'Z', '2024-05-08', ' ', '99', '+09:00', '.5'), { maxLength: 8 });
  fc.assert(fc.property(fc.oneof(fc.string(), pieces.map((p) => p.join(' ')), pieces.map((p) => p.join(''))), zones, (text, zone) => {
    const date = parseFeedDate(text, zone);
    return date === undefined || isIsoDateWithOffset(date);
  }), { numRuns: 500 });
});
