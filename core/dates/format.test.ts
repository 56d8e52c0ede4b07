import { formatThaiDate, formatThaiDateTime } from './format';

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
