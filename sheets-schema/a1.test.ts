import { a1Block, a1WholeSheet, columnLetters, quoteSheetName } from './a1';

describe('A1 notation', () => {
  test('column letters roll over like the spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  test('sheet names are quoted, inner quotes doubled', () => {
    expect(quoteSheetName('ผู้ลงทะเบียน')).toBe("'ผู้ลงทะเบียน'");
    expect(quoteSheetName("อบต. 'บ้านใหม่'")).toBe("'อบต. ''บ้านใหม่'''");
  });

  test('blocks start at A1 and are at least one cell', () => {
    expect(a1Block('สรุป รายจังหวัด', 10, 3)).toBe("'สรุป รายจังหวัด'!A1:C10");
    expect(a1Block('ว่าง', 0, 0)).toBe("'ว่าง'!A1:A1");
    expect(a1WholeSheet('ชีต1')).toBe("'ชีต1'");
  });
});
