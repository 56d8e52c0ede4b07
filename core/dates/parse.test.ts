import { detectDateOrder, parseDate, parseTimestamp } from './parse';

const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('parseTimestamp', () => {
  test.each([
    // Google Forms' Thai export: Gregorian, Bangkok wall time (UTC+7).
    ['16/8/2021, 0:49:21', '2021-08-15T17:49:21.000Z'],
    ['4/8/2021, 18:34:26', '2021-08-04T11:34:26.000Z'],
    ['25/11/2026, 14:05:00', '2026-11-25T07:05:00.000Z'],
    ['25/11/2026 14:05:00', '2026-11-25T07:05:00.000Z'],
    ['25/11/2026 14:05', '2026-11-25T07:05:00.000Z'],
    ['25/11/2026', '2026-11-24T17:00:00.000Z'],
    ['๒๕/๑๑/๒๕๖๙ ๑๔:๐๕', '2026-11-25T07:05:00.000Z'],
    ['25/11/2569, 14:05:00', '2026-11-25T07:05:00.000Z'],
    ['1/1/2026, 3:00:00', '2025-12-31T20:00:00.000Z'],
    ['29/2/2024, 12:00:00', '2024-02-29T05:00:00.000Z'],
    ['2026-11-25T14:05:00', '2026-11-25T07:05:00.000Z'],
    ['2026-11-25 14:05', '2026-11-25T07:05:00.000Z'],
    ['2026-11-25T07:05:00Z', '2026-11-25T07:05:00.000Z'],
    ['2026-11-25T07:05:00.123Z', '2026-11-25T07:05:00.000Z'],
    ['2026-11-25T14:05:00+07:00', '2026-11-25T07:05:00.000Z'],
    ['2026-11-25T09:05:00+02:00', '2026-11-25T07:05:00.000Z'],
    ['2026-11-25T02:05:00-0500', '2026-11-25T07:05:00.000Z'],
    // A time as Thai writes it (เวลา before, น. after), and a Thai-locale date with the month's name.
    ['25/11/2569 14:05 น.', '2026-11-25T07:05:00.000Z'],
    ['25 พ.ย. 2569 14:05', '2026-11-25T07:05:00.000Z'],
    ['25 พฤศจิกายน 2569 เวลา 14:05 น.', '2026-11-25T07:05:00.000Z'],
    ['25 พ.ย. 2569', '2026-11-24T17:00:00.000Z'],
    // AM/PM, as a spreadsheet in an English locale may write a time back; 12 AM is midnight, 12 PM noon.
    ['25/11/2026 2:05:00 PM', '2026-11-25T07:05:00.000Z'],
    ['25/11/2026 12:05 AM', '2026-11-24T17:05:00.000Z'],
    ['25/11/2026 12:05 p.m.', '2026-11-25T05:05:00.000Z'],
    ['25/11/2026 13:05 PM', null],
    ['25 พ.ย. 2569 25:00', null],
  ])('%s', (text, expected) => {
    expect(iso(parseTimestamp(text))).toBe(expected);
  });

  test('a Date passes through unchanged', () => {
    const d = new Date('2026-06-22T02:00:00Z');
    expect(parseTimestamp(d)).toBe(d);
    expect(parseTimestamp(new Date(NaN))).toBeNull();
  });

  test('a spreadsheet serial number is Bangkok wall time', () => {
    // 46351 = 2026-11-25; .5 = noon.
    expect(iso(parseTimestamp(46351.5))).toBe('2026-11-25T05:00:00.000Z');
    expect(parseTimestamp(5)).toBeNull();
  });

  test.each([[''], ['abc'], ['31/4/2026, 10:00:00'], ['29/2/2026'], ['13/13/2026'], ['25/11/2026, 24:00:00'], ['25/11/26'], [true], [null]])(
    '%s is not a timestamp',
    (cell) => {
      expect(parseTimestamp(cell)).toBeNull();
    },
  );
});

describe('parseDate', () => {
  test.each([
    ['22/6/2569', '2026-06-21T17:00:00.000Z'],
    ['22/6/2026', '2026-06-21T17:00:00.000Z'],
    ['2026-06-22', '2026-06-21T17:00:00.000Z'],
    ['22 มิถุนายน 2569', '2026-06-21T17:00:00.000Z'],
    ['22 มิ.ย. 2569', '2026-06-21T17:00:00.000Z'],
    ['22 มิย 2569', '2026-06-21T17:00:00.000Z'],
    ['วันจันทร์ที่ 22 มิถุนายน พ.ศ. 2569', '2026-06-21T17:00:00.000Z'],
    ['๒๒ มิถุนายน ๒๕๖๙', '2026-06-21T17:00:00.000Z'],
    ['1 ม.ค. 2570', '2026-12-31T17:00:00.000Z'],
  ])('%s', (text, expected) => {
    expect(iso(parseDate(text))).toBe(expected);
  });

  test('a Date keeps its Bangkok calendar day', () => {
    // exceljs reads a date-only cell as UTC midnight; SpreadsheetApp as Bangkok midnight: both are 22 June.
    expect(iso(parseDate(new Date('2026-06-22T00:00:00Z')))).toBe('2026-06-21T17:00:00.000Z');
    expect(iso(parseDate(new Date('2026-06-21T17:00:00Z')))).toBe('2026-06-21T17:00:00.000Z');
    // `23/6/2569` typed into a sheet is a date of the Gregorian year 2569: the Buddhist-era day it meant.
    expect(iso(parseDate(new Date('2569-06-22T17:00:00Z')))).toBe('2026-06-22T17:00:00.000Z');
  });

  test.each([['22 มิถุนา 2569'], ['32/6/2569'], ['มิถุนายน'], ['']])('%s is not a date', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe("the order of a file's dates", () => {
  test('a first number over 12 is a day; a second over 12 makes the first a month', () => {
    expect(detectDateOrder(['1/2/2026, 9:00:00', '16/8/2026, 9:05:07', '3/4/2026'])).toBe('day-first');
    expect(detectDateOrder(['1/2/2026 9:00:00', '8/16/2026 9:05:07', '3/4/2026'], 'Timestamp')).toBe('month-first');
    // even under the Thai header: the dates say it
    expect(detectDateOrder(['8/16/2026 9:05:07'], 'ประทับเวลา')).toBe('month-first');
    // the side with more such dates wins over a stray typo
    expect(detectDateOrder(['16/8/2026', '17/8/2026', '8/18/2026'])).toBe('day-first');
  });

  test('all ambiguous: the English header means a US form (month first), the Thai one day first', () => {
    const dates = ['1/2/2026 9:00:00', '3/4/2026 10:00:00', new Date(), null, '2026-08-16T09:05:07+07:00'];
    expect(detectDateOrder(dates, 'Timestamp')).toBe('month-first');
    expect(detectDateOrder(dates, ' timestamp ')).toBe('month-first');
    expect(detectDateOrder(dates, 'ประทับเวลา')).toBe('day-first');
    expect(detectDateOrder([])).toBe('day-first');
  });

  test('month-first reads the US export; ISO, Dates and serials are the same either way', () => {
    expect(iso(parseTimestamp('8/16/2026 9:05:07', 'month-first'))).toBe('2026-08-16T02:05:07.000Z');
    expect(iso(parseTimestamp('8/16/2026 9:05:07', 'day-first'))).toBeNull();
    expect(iso(parseTimestamp('8/16/2026 9:05:07 PM', 'month-first'))).toBe('2026-08-16T14:05:07.000Z');
    expect(detectDateOrder(['8/16/2026 9:05:07 PM', '8/17/2026 1:00:00 AM'])).toBe('month-first');
    expect(iso(parseTimestamp('2/1/2026 9:00:00', 'month-first'))).toBe(iso(parseTimestamp('1/2/2026 9:00:00', 'day-first')));
    for (const cell of ['2026-08-16T09:05:07+07:00', new Date('2026-08-16T02:05:07Z'), 46250.5]) {
      expect(parseTimestamp(cell, 'month-first')).toEqual(parseTimestamp(cell, 'day-first'));
    }
  });
});
