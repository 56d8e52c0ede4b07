import { formatBangkokIso, formatThaiDate, formatThaiDateTime } from './format';
import { parseTimestamp } from './parse';

describe('Thai date formatting', () => {
  test('Buddhist era and Bangkok time, whatever the machine time zone', () => {
    const d = new Date('2026-11-25T07:05:00Z');
    expect(formatThaiDateTime(d)).toBe('25 พ.ย. 2569 14:05');
    expect(formatThaiDate(d)).toBe('25 พฤศจิกายน 2569');
  });

  test('an instant after 17:00 UTC is already the next day in Bangkok', () => {
    const d = new Date('2026-12-31T17:30:00Z');
    expect(formatThaiDateTime(d)).toBe('1 ม.ค. 2570 00:30');
    expect(formatThaiDate(d)).toBe('1 มกราคม 2570');
  });

  test('hours and minutes are zero-padded', () => {
    expect(formatThaiDateTime(new Date('2026-06-22T02:03:00Z'))).toBe('22 มิ.ย. 2569 09:03');
  });
});

test('machine-readable Bangkok time: ISO with +07:00, the next day after 17:00 UTC, read back as the same instant', () => {
  const d = new Date('2026-08-16T02:05:07.000Z');
  expect(formatBangkokIso(d)).toBe('2026-08-16T09:05:07+07:00');
  expect(formatBangkokIso(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01T00:30:00+07:00');
  expect(parseTimestamp(formatBangkokIso(d))).toEqual(d);
});
