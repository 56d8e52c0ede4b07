import { entriesFromGrid } from './entries';

describe('entries reader', () => {
  test('the bare entries sheet, columns in any order, note optional, blank rows skipped but counted', () => {
    const read = entriesFromGrid([
      ['กรอบการประเมิน (1)', 'รหัสตัวชี้วัด', 'รหัส อปท.', 'การจัดบริการสาธารณะ (2)'],
      ['10', 'R1', '6630106', '-'],
      [null, null, null, null],
      [5, 'R2', 6630106, 4],
    ]);
    expect(read).toEqual({
      ok: true,
      rows: [
        { row: 1, laoCode: '6630106', indicatorCode: 'R1', frame: '10', delivered: '-', note: null },
        { row: 3, laoCode: 6630106, indicatorCode: 'R2', frame: 5, delivered: 4, note: null },
      ],
    });
  });

  test('a filled template: extra columns ignored; a row is blank only when every column is (spaces count as blank)', () => {
    const read = entriesFromGrid([
      ['รหัส อปท.', 'ชื่อ อปท.', 'รหัสตัวชี้วัด', 'กรอบการประเมิน (1)', 'การจัดบริการสาธารณะ (2)', 'หมายเหตุ'],
      ['6630106', 'อบต.ก', 'R1', 10, 5, 'ประมาณการ'],
      [' ', null, '', null, '  ', null],
      [null, 'อบต.ข', null, null, null, null],
    ]);
    expect(read).toEqual({
      ok: true,
      rows: [
        { row: 1, laoCode: '6630106', indicatorCode: 'R1', frame: 10, delivered: 5, note: 'ประมาณการ' },
        { row: 3, laoCode: null, indicatorCode: null, frame: null, delivered: null, note: null },
      ],
    });
  });

  test('a missing number column is reported by its Thai header', () => {
    const read = entriesFromGrid([['รหัส อปท.', 'รหัสตัวชี้วัด', 'กรอบการประเมิน (1)']]);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.header)).toEqual(['การจัดบริการสาธารณะ (2)']);
  });
});
