import { columnWidth, headerRowHeight, KIND_NUMBER_FORMAT, numberRule, storedValue, validationMessage, wrappedRowHeight } from './workbook';

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

  test("widths: the column's own, else the kind default widened to the header", () => {
    expect(columnWidth({ header: 'ก', width: 7 })).toBe(7);
    expect(columnWidth({ header: 'จำนวน', kind: 'integer' })).toBe(10);
    const long = 'อปท. ที่ยังไม่ลงทะเบียนทั้งหมด';
    expect(long.length).toBe(30);
    expect(columnWidth({ header: long, kind: 'integer' })).toBe(32);
  });

  test('header rows grow with their longest wrapped header; data rows with their wrapped text only', () => {
    const narrow = { header: 'อปท. ที่ลงทะเบียนแล้ว', width: 10 };
    expect(headerRowHeight([{ header: 'อำเภอ', width: 20 }])).toBe(20);
    // `ที่ลงทะเบียนแล้ว` alone is wider than the column: it takes two lines under `อปท.`.
    expect(headerRowHeight([{ header: 'อำเภอ', width: 20 }, narrow])).toBe(3 * 16 + 4);
    const reasons = { header: 'เหตุผล', width: 20, wrap: true };
    const plain = { header: 'อื่น', width: 5 };
    expect(wrappedRowHeight([reasons, plain], ['สั้น', 'ข้อความยาวแต่ไม่ตัดบรรทัด'])).toBeUndefined();
    // Two paragraphs: one line, then three (`ระบุ อปท.` / `ในทะเบียนไม่ได้แน่ชัด` / `ต้องตรวจสอบ`).
    expect(wrappedRowHeight([reasons, plain], ['เบอร์โทรศัพท์ไม่ถูกต้อง\nระบุ อปท. ในทะเบียนไม่ได้แน่ชัด ต้องตรวจสอบ', null])).toBe(4 * 16 + 2);
  });

  test('percent columns hold percentage points: rounded, never multiplied', () => {
    expect(KIND_NUMBER_FORMAT.percent).toBe('#,##0.00');
    expect(KIND_NUMBER_FORMAT.text).toBe('@');
  });

  test('a number validation is one comparison; "any number" a range wider than any real value', () => {
    expect(numberRule({ min: 0, max: 100 })).toEqual({ operator: 'between', values: [0, 100] });
    expect(numberRule({ min: 0 })).toEqual({ operator: 'atLeast', values: [0] });
    expect(numberRule({ max: 5 })).toEqual({ operator: 'atMost', values: [5] });
    expect(numberRule({})).toEqual({ operator: 'between', values: [-1e15, 1e15] });
  });

  test('validation messages name the column and the allowed range, in Thai', () => {
    const col = { header: 'กรอบการประเมิน (1)' };
    expect(validationMessage(col, { kind: 'list', values: ['ใช่'] })).toBe('กรุณาเลือกจากรายการในคอลัมน์ "กรอบการประเมิน (1)"');
    expect(validationMessage(col, { kind: 'number', min: 0, max: 100 })).toBe('กรุณากรอกตัวเลข ตั้งแต่ 0 ถึง 100 ในคอลัมน์ "กรอบการประเมิน (1)"');
    expect(validationMessage(col, { kind: 'number', min: 0 })).toBe('กรุณากรอกตัวเลข ตั้งแต่ 0 ขึ้นไป ในคอลัมน์ "กรอบการประเมิน (1)"');
    expect(validationMessage(col, { kind: 'number', max: 9 })).toBe('กรุณากรอกตัวเลข ไม่เกิน 9 ในคอลัมน์ "กรอบการประเมิน (1)"');
    expect(validationMessage(col, { kind: 'number' })).toBe('กรุณากรอกตัวเลข ในคอลัมน์ "กรอบการประเมิน (1)"');
  });
});
