import { defineSheet } from './define';
import { headerKey, locateColumns, readTable } from './table';

const sheet = defineSheet({
  name: 'ทดสอบ',
  columns: {
    code: { header: 'รหัส อปท.', aliases: ['code'] },
    name: { header: 'ชื่อ อปท.' },
    note: { header: 'หมายเหตุ', optional: true },
  },
});

describe('readTable', () => {
  test('finds columns by header in any order, with aliases, and numbers data rows from 1', () => {
    const read = readTable(sheet, [
      ['ชื่อ อปท.', 'อื่น ๆ', 'code'],
      ['คลองท่อมใต้', 'x', '6810302'],
      ['แม่ระมาด', null, 5630401],
    ]);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.rows).toEqual([
      { code: '6810302', name: 'คลองท่อมใต้', note: null, rowNumber: 1 },
      { code: 5630401, name: 'แม่ระมาด', note: null, rowNumber: 2 },
    ]);
    expect(read.columnIndex).toEqual({ code: 2, name: 0, note: undefined });
  });

  test('headers match despite stray spaces, NBSP and zero-width characters', () => {
    expect(headerKey('  รหัส\u00A0 อปท.\u200B ')).toBe(headerKey('รหัส อปท.'));
    const read = readTable(sheet, [
      ['รหัส\u00A0อปท.', ' ชื่อ อปท. '],
      ['1', 'ก'],
    ]);
    expect(read.ok).toBe(true);
  });

  test('blank rows are skipped but still counted, so row numbers match the sheet', () => {
    const read = readTable(sheet, [
      ['รหัส อปท.', 'ชื่อ อปท.'],
      ['1', 'ก'],
      [null, '  '],
      ['3', 'ค'],
    ]);
    expect(read.ok && read.rows.map((r) => r.rowNumber)).toEqual([1, 3]);
  });

  test('a missing or renamed column is named in Thai, and no rows are returned', () => {
    const read = readTable(sheet, [
      ['รหัส อปท.', 'ชื่อหน่วยงาน'],
      ['1', 'ก'],
    ]);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([expect.objectContaining({ code: 'missing_column', header: 'ชื่อ อปท.', sheet: 'ทดสอบ' })]);
    expect(read.problems[0]?.message).toContain('ไม่มีคอลัมน์ "ชื่อ อปท."');
  });

  test('a column present twice is reported rather than one silently chosen', () => {
    const located = locateColumns(sheet, ['รหัส อปท.', 'ชื่อ อปท.', 'ชื่อ อปท.']);
    expect(located.ok).toBe(false);
    if (located.ok) return;
    expect(located.problems[0]).toMatchObject({ code: 'duplicate_column', header: 'ชื่อ อปท.' });
  });

  test('the grid it reads is left unchanged', () => {
    const grid = [
      ['ชื่อ อปท.', 'รหัส อปท.'],
      ['ก', '1'],
    ];
    const copy = JSON.parse(JSON.stringify(grid));
    readTable(sheet, grid);
    expect(grid).toEqual(copy);
  });
});
