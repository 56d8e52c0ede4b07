import type { Grid } from '../../sheets-schema/cell';
import { catalogFromGrid, indicatorKey, isPercentUnit, type Catalog } from './catalog';

const HEADER = ['รหัสตัวชี้วัด', 'ด้าน', 'ภารกิจ', 'ตัวชี้วัด', 'หน่วย', 'ค่าเป้าหมาย (%)', 'ประเภท อปท.'];
const AREA = 'ด้านที่ 1 โครงสร้างพื้นฐาน';
const MISSION = 'ภารกิจที่ 1 ถนน';

function read(rows: Grid): ReturnType<typeof catalogFromGrid> {
  return catalogFromGrid([HEADER, ...rows]);
}

function catalogOf(rows: Grid): Catalog {
  const result = read(rows);
  if (!result.ok) throw new Error('table problems');
  return result.catalog;
}

describe('catalog', () => {
  test('one code, several rows for different LAO types, each with its own target; long and short type forms', () => {
    const catalog = catalogOf([
      ['1.1', AREA, MISSION, 'ร้อยละของถนนลาดยาง', 'ร้อยละ', 85, 'เทศบาลนคร, ทม.'],
      ['1.1', AREA, MISSION, 'ร้อยละของถนนลาดยาง', 'ร้อยละ', '75', 'เทศบาลตำบล,องค์การบริหารส่วนตำบล'],
      ['2', AREA, MISSION, 'จำนวนครั้งที่จัดกิจกรรม', 'ครั้ง', '๕๐', ''],
    ]);
    expect(catalog.lookup('1.1', 'เทศบาลนคร')?.targetPct).toBe(85);
    expect(catalog.lookup('1.1', 'เทศบาลเมือง')?.targetPct).toBe(85);
    expect(catalog.lookup('1.1', 'เทศบาลตำบล')?.targetPct).toBe(75);
    expect(catalog.lookup('1.1', 'อบต.')?.targetPct).toBe(75);
    expect(catalog.lookup('1.1', 'อบจ.')).toBeUndefined();
    expect(catalog.has('1.1')).toBe(true);
    expect(catalog.has('9')).toBe(false);
    // Blank types: every type, Bangkok and Pattaya included; Thai digits in the target.
    expect(catalog.lookup('2', 'กรุงเทพมหานคร')).toMatchObject({ targetPct: 50, percentage: false, unit: 'ครั้ง' });
    expect(catalog.lookup('2', 'ท้องถิ่นรูปแบบพิเศษ')?.row).toBe(3);
    expect(catalog.applicable('อบต.').map((i) => [i.code, i.targetPct])).toEqual([
      ['1.1', 75],
      ['2', 50],
    ]);
    expect(catalog.applicable('อบจ.').map((i) => i.code)).toEqual(['2']);
    expect(catalog.lookup('1.1', 'อบต.')?.laoTypes).toEqual(['เทศบาลตำบล', 'อบต.']);
  });

  test('codes compare without spaces, case or Thai digits', () => {
    expect(indicatorKey(' ๑.๒ a ')).toBe('1.2A');
    expect(indicatorKey(12)).toBe('12');
    const catalog = catalogOf([['a 1', AREA, MISSION, 'ร้อยละของถนน', 'ร้อยละ', 80, '']]);
    expect(catalog.lookup(indicatorKey('A1'), 'อบต.')?.code).toBe('A1');
  });

  test('percentage units', () => {
    expect(isPercentUnit('ร้อยละ')).toBe(true);
    expect(isPercentUnit(' % ')).toBe(true);
    expect(isPercentUnit('ครั้ง')).toBe(false);
    expect(isPercentUnit('โครงการหรือกิจกรรม')).toBe(false);
  });

  test('bad rows are Thai problems and left out', () => {
    const result = read([
      ['', AREA, MISSION, 'ไม่มีรหัส', 'ร้อยละ', 80, ''],
      ['3', AREA, MISSION, 'เป้าหมายเป็นข้อความ', 'ร้อยละ', 'แปดสิบ', ''],
      ['4', AREA, MISSION, 'เป้าหมายว่าง', 'ร้อยละ', '', ''],
      ['5', AREA, MISSION, 'เป้าหมายเกิน', 'ร้อยละ', 120, ''],
      ['6', AREA, MISSION, 'ประเภทผิด', 'ร้อยละ', 80, 'อบต., สุขาภิบาล'],
      ['7', AREA, MISSION, '', 'ร้อยละ', 80, ''],
      ['8', AREA, MISSION, 'ไม่มีหน่วย', '', 80, ''],
      ['9', AREA, MISSION, 'ถนน', 'ร้อยละ', 80, 'อบต., เทศบาลตำบล'],
      ['9', AREA, MISSION, 'ถนน', 'ร้อยละ', 70, 'ทต.'],
      ['9', AREA, MISSION, 'ถนนลูกรัง', 'ครั้ง', 70, 'อบจ.'],
    ]);
    if (!result.ok) throw new Error('table problems');
    expect(result.problems.map((p) => [p.row, p.code, p.severity])).toEqual([
      [1, 'catalog_code_missing', 'error'],
      [2, 'catalog_target_invalid', 'error'],
      [3, 'catalog_target_invalid', 'error'],
      [4, 'catalog_target_invalid', 'error'],
      [5, 'catalog_unknown_lao_type', 'error'],
      [6, 'catalog_indicator_missing', 'error'],
      [7, 'catalog_unit_missing', 'error'],
      [9, 'catalog_types_overlap', 'error'],
      [10, 'catalog_text_differs', 'warning'],
    ]);
    expect(result.problems[1]!.message).toBe('ตัวชี้วัด 3 ค่าเป้าหมาย "แปดสิบ" ต้องเป็นตัวเลข 0 ถึง 100');
    expect(result.problems[4]!.message).toContain('"สุขาภิบาล"');
    expect(result.problems[7]!.message).toBe('ตัวชี้วัด 9 ซ้ำกับแถวที่ 8 สำหรับประเภท อปท. เทศบาลตำบล (แต่ละประเภทมีค่าเป้าหมายได้แถวเดียว)');
    // The overlapping row is out whole; the first row and the warned row stay.
    expect(result.catalog.lookup('9', 'เทศบาลตำบล')?.targetPct).toBe(80);
    expect(result.catalog.lookup('9', 'อบจ.')?.targetPct).toBe(70);
    expect(result.catalog.indicators.map((i) => i.row)).toEqual([8, 10]);
  });

  test('a missing column is reported by its Thai header', () => {
    const result = catalogFromGrid([HEADER.filter((h) => h !== 'ค่าเป้าหมาย (%)')]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain('"ค่าเป้าหมาย (%)"');
  });
});
