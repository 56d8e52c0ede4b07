import { entryResult, ratioPct, resultCategory } from './result';

describe('result rule', () => {
  test('frame 0 is no such service, whatever was delivered', () => {
    expect(entryResult(0, null, 80)).toEqual({ ratioPct: null, result: 'ไม่มีบริการสาธารณะ' });
    expect(entryResult(0, 0, 80)).toEqual({ ratioPct: null, result: 'ไม่มีบริการสาธารณะ' });
  });

  test('frame > 0 with delivered blank or 0 is not carried out', () => {
    expect(entryResult(2, null, 75)).toEqual({ ratioPct: null, result: 'ไม่ได้ดำเนินการ' });
    expect(entryResult(2, 0, 75)).toEqual({ ratioPct: 0, result: 'ไม่ได้ดำเนินการ' });
    // Even a target of 0 is not met by doing nothing.
    expect(entryResult(2, 0, 0).result).toBe('ไม่ได้ดำเนินการ');
  });

  test('ratio equal to the target meets it; just below does not', () => {
    expect(entryResult(100, 75, 75)).toEqual({ ratioPct: 75, result: 'สูงกว่าค่าเป้าหมาย' });
    expect(entryResult(100, 74.999, 75).result).toBe('การพัฒนาในอนาคต');
    expect(entryResult(4, 3, 75).result).toBe('สูงกว่าค่าเป้าหมาย');
    expect(entryResult(403, 403, 80)).toEqual({ ratioPct: 100, result: 'สูงกว่าค่าเป้าหมาย' });
  });

  test('floating-point noise does not decide a boundary', () => {
    // Computed naively, 0.57 / 1 * 100 is 56.99999999999999 and 0.29 / 1 * 100 is 28.999999999999996.
    expect((0.57 / 1) * 100).toBeLessThan(57);
    expect(entryResult(1, 0.57, 57)).toEqual({ ratioPct: 57, result: 'สูงกว่าค่าเป้าหมาย' });
    expect(entryResult(1, 0.29, 29).result).toBe('สูงกว่าค่าเป้าหมาย');
    expect(entryResult(3, 2.1, 70)).toEqual({ ratioPct: 70, result: 'สูงกว่าค่าเป้าหมาย' });
    expect(entryResult(10, 7, 70).ratioPct).toBe(70);
  });

  test('ratio keeps the real digits', () => {
    expect(ratioPct(57.24, 29.767)).toBeCloseTo(52.003843466, 9);
    expect(ratioPct(0, 5)).toBeNull();
  });

  test('published labels, the 2021 wording included', () => {
    expect(resultCategory('ผ่านค่าเป้าหมายขั้นต่ำ')).toBe('สูงกว่าค่าเป้าหมาย');
    expect(resultCategory(' การพัฒนาในอนาคต ')).toBe('การพัฒนาในอนาคต');
    expect(resultCategory('ไม่ผ่าน')).toBeNull();
  });
});
