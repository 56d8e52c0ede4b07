import { columnWidth, KIND_NUMBER_FORMAT, storedValue } from './workbook';

describe('shared writer rules', () => {
  test('dates are stored as Buddhist-era Bangkok text; blanks as nothing', () => {
    const d = new Date('2026-06-22T02:03:00Z');
    expect(storedValue(d, 'datetime')).toBe('22 มิ.ย. 2569 09:03');
    expect(storedValue(d, 'date')).toBe('22 มิถุนายน 2569');
    expect(storedValue(new Date(NaN))).toBeNull();
    expect(storedValue('')).toBeNull();
    expect(storedValue('=1+1')).toBe('=1+1');
    expect(storedValue(0)).toBe(0);
    expect(storedValue(false)).toBe(false);
  });

  test('widths: the column\'s own, else the kind default widened to the header', () => {
    expect(columnWidth({ header: 'ก', width: 7 })).toBe(7);
    expect(columnWidth({ header: 'จำนวน', kind: 'integer' })).toBe(10);
    const long = 'อปท. ที่ยังไม่ลงทะเบียนทั้งหมด';
    expect(long.length).toBe(30);
    expect(columnWidth({ header: long, kind: 'integer' })).toBe(32);
  });

  test('percent columns hold percentage points: rounded, never multiplied', () => {
    expect(KIND_NUMBER_FORMAT.percent).toBe('0.00');
    expect(KIND_NUMBER_FORMAT.text).toBe('@');
  });
});
