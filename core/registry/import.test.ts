import { parse } from 'csv-parse/sync';
import { readFileSync } from 'fs';
import { registryEntrySchema } from '../../sheets-schema/registry';
import type { Grid } from '../../sheets-schema/cell';
import { Registry } from './index';
import { registryFromGrid, withBangkok } from './import';
import type { RegistryEntry } from './types';
import { describeWithSharedData, sharedDataPath } from '../../scripts/testing/shared-data';

const REGISTRY_CSV = sharedDataPath('lao-registry.csv');
const realGrid = (): Grid => parse(readFileSync(REGISTRY_CSV, 'utf8'), { bom: true }) as Grid;

describeWithSharedData('registryFromGrid on the real DLA registry', ['lao-registry.csv'], () => {
  const result = registryFromGrid(realGrid());
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  const { entries } = result;

  test('every row is one entry, with no problem', () => {
    expect(result.format).toBe('per-lao');
    expect(entries).toHaveLength(7849);
    expect(result.problems).toEqual([]);
    expect(new Set(entries.map((e) => e.code)).size).toBe(7849);
  });

  test('counts per type as published', () => {
    const counts: Record<string, number> = {};
    for (const e of entries) counts[e.type] = (counts[e.type] ?? 0) + 1;
    expect(counts).toEqual({ 'อบจ.': 76, เทศบาลนคร: 30, เทศบาลเมือง: 195, เทศบาลตำบล: 2247, 'อบต.': 5300, ท้องถิ่นรูปแบบพิเศษ: 1 });
  });

  test('Pattaya, and the two 6-prefixed subdistrict municipalities, keep their registry type', () => {
    const byCode = new Map(entries.map((e) => [e.code, e]));
    expect(byCode.get('3200408')).toMatchObject({ type: 'ท้องถิ่นรูปแบบพิเศษ', name: 'เมืองพัทยา', province: 'ชลบุรี' });
    expect(byCode.get('6130408')?.type).toBe('เทศบาลตำบล');
    expect(byCode.get('6720123')?.type).toBe('เทศบาลตำบล');
    expect(byCode.get('2520101')?.district).toBe('เกาะคา');
  });

  test('entries satisfy the sheet schema', () => {
    for (const e of entries) expect(registryEntrySchema.safeParse(e).success).toBe(true);
  });

  test('Registry look-ups', () => {
    const registry = new Registry(withBangkok(entries));
    expect(registry.provinces()).toHaveLength(77);
    expect(registry.provinces()[0]).toBe('กรุงเทพมหานคร');
    expect(registry.provinces()[1]).toBe('สมุทรปราการ');
    expect(registry.inProvince('จ.นครราชสีมา')).toHaveLength(334);
    expect(registry.inProvince('ภูเก็ต')).toHaveLength(19);
    expect(registry.inProvince('กทม.').map((e) => e.code)).toEqual(['BKK']);
    const pairs = new Set(entries.map((e) => `${e.province}|${e.district}`));
    expect(pairs.size).toBe(878);
    const perDistrict = registry.provinces().flatMap((p) => registry.districtsOf(p).map((d) => registry.inDistrict(p, d).length));
    expect(perDistrict.reduce((a, b) => a + b, 0)).toBe(7850);
    expect(registry.inDistrict('ตาก', 'อ.เมือง')).toEqual(registry.inDistrict('ตาก', 'เมืองตาก'));
    expect(registry.inDistrict('ตาก', 'เมืองตาก').length).toBeGreaterThan(0);
    expect(registry.byCode.get('3200408')?.name).toBe('เมืองพัทยา');
  });
});

describe('registryFromGrid on the coverage format', () => {
  const header = ['จังหวัด', 'อำเภอ', 'ตำบล', 'รหัส อปท.', 'ประเภท อปท.', 'อปท.', 'ที่ตั้งสำนักงานเลขที่', 'LAT'];
  const grid: Grid = [
    header,
    ['กระบี่', 'คลองท่อม', 'คลองท่อมเหนือ', '5810401', 'เทศบาลตำบล', 'คลองท่อมใต้', '-', '7.95'],
    ['กระบี่', 'คลองท่อม', 'คลองท่อมใต้', '5810401', 'เทศบาลตำบล', 'คลองท่อมใต้', '-', '7.95'],
    ['กระบี่', 'คลองท่อม', 'ทรายขาว', 6810403, 'อบต.', 'คลองท่อมเหนือ', '164/1', ''],
    ['กระบี่', 'ลำทับ', 'ดินแดง', 6810403, 'อบต.', 'คลองท่อมเหนือ', '164/1', ''],
    ['กระบี่', 'อ่าวลึก', 'แหลมสัก', 6810403, 'อบต.', 'คลองท่อมเหนือ', '164/1', ''],
    ['กระบี่', 'ลำทับ', 'ลำทับ', 6810403, 'อบต.', 'คลองท่อมเหนือ', '164/1', ''],
    ['ชลบุรี', 'บางละมุง', 'หนองปรือ', '3200408', 'ท้องถิ่นรูปแบบพิเศษ', 'เมืองพัทยา', '', ''],
    ['ชลบุรี', 'บางละมุง', 'นาเกลือ', '3200408', 'ท้องถิ่นรูปแบบพิเศษ', 'เมืองพัทยา', '', ''],
    ['จ.กระบี่', 'อ.เมืองกระบี่', 'ปากน้ำ', '2810101', 'องค์การบริหารส่วนจังหวัด', 'อบจ.กระบี่', '', ''],
    [],
    ['กระบี่', 'เหนือคลอง', 'โคกยาง', '6810999', 'อบต.', 'โคกยาง', '', ''],
    ['กระบี่', 'เหนือคลอง', 'โคกยาง', '6810999', 'เทศบาลตำบล', 'โคกยาง', '', ''],
  ];
  const result = registryFromGrid(grid);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));

  test('one entry per code, in first-seen order', () => {
    expect(result.format).toBe('coverage');
    expect(result.entries.map((e) => e.code)).toEqual(['5810401', '6810403', '3200408', '2810101', '6810999']);
  });

  test('districts aggregated in first-seen order, the first as district', () => {
    const sao = result.entries[1] as RegistryEntry;
    expect(sao).toEqual({
      code: '6810403',
      type: 'อบต.',
      name: 'คลองท่อมเหนือ',
      province: 'กระบี่',
      district: 'คลองท่อม',
      districts: ['คลองท่อม', 'ลำทับ', 'อ่าวลึก'],
    });
    expect(result.entries[0]?.districts).toEqual(['คลองท่อม']);
  });

  test('prefixes stripped from names, provinces and districts; long type forms understood', () => {
    expect(result.entries[3]).toMatchObject({ type: 'อบจ.', name: 'กระบี่', province: 'กระบี่', district: 'เมืองกระบี่' });
    expect(result.entries[2]).toMatchObject({ type: 'ท้องถิ่นรูปแบบพิเศษ', name: 'เมืองพัทยา', districts: ['บางละมุง'] });
  });

  test('rows of one code that disagree are reported; the first wins', () => {
    expect(result.entries[4]?.type).toBe('อบต.');
    expect(result.problems).toEqual([expect.objectContaining({ code: 'coverage_conflict', severity: 'warning', row: 12 })]);
  });
});

describe('registryFromGrid problems', () => {
  const header = ['code', 'type', 'name', 'province', 'district'];

  test('Thai headers are accepted for the per-LAO file', () => {
    const result = registryFromGrid([
      ['รหัส อปท.', 'ประเภท อปท.', 'ชื่อ อปท.', 'จังหวัด', 'อำเภอ'],
      ['6630101', 'อบต.', 'อบต.วังหิน', 'ตาก', 'เมืองตาก'],
    ]);
    expect(result).toMatchObject({ ok: true, format: 'per-lao', entries: [{ code: '6630101', name: 'วังหิน' }] });
  });

  test('a missing column is named, in Thai, and nothing is returned', () => {
    const result = registryFromGrid([
      ['code', 'type', 'name', 'district'],
      ['6630101', 'อบต.', 'วังหิน', 'เมืองตาก'],
    ]);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: 'missing_column', severity: 'error' });
    expect(result.problems[0]?.message).toContain('จังหวัด');
  });

  test('bad rows are skipped with a reason; doubtful ones kept with a warning', () => {
    const result = registryFromGrid([
      header,
      ['6630101', 'อบต.', 'วังหิน', 'ตาก', 'เมืองตาก'],
      ['663010', 'อบต.', 'สั้น', 'ตาก', 'เมืองตาก'],
      ['6630103', 'สุขาภิบาล', 'เก่า', 'ตาก', 'เมืองตาก'],
      ['6630104', 'อบต.', '', 'ตาก', 'เมืองตาก'],
      ['6630105', 'อบต.', 'ไม่มีจังหวัด', '', 'เมืองตาก'],
      ['6630101', 'อบต.', 'วังหินซ้ำ', 'ตาก', 'เมืองตาก'],
      ['6500106', 'อบต.', 'รหัสจังหวัดผิด', 'ตาก', ''],
      ['6630107', 'อบต.', 'เทศบาลตำบลผิดประเภท', 'ตาก', 'เมืองตาก'],
      ['6630108', 'อบต.', 'ดีอีกแห่ง', 'ตาก', 'เมืองตาก'],
    ]);
    if (!result.ok) throw new Error('expected ok');
    expect(result.entries.map((e) => e.code)).toEqual(['6630101', '6500106', '6630107', '6630108']);
    expect(result.problems.map((p) => [p.code, p.severity, p.row])).toEqual([
      ['code_invalid', 'error', 2],
      ['type_unknown', 'error', 3],
      ['name_missing', 'error', 4],
      ['province_missing', 'error', 5],
      ['code_duplicate', 'error', 6],
      ['district_missing', 'warning', 7],
      ['name_type_conflict', 'warning', 8],
      ['code_province_mismatch', 'warning', null],
    ]);
    for (const p of result.problems) expect(p.message).toMatch(/[ก-๙]/);
  });

  test('no usable row at all is a failure', () => {
    const result = registryFromGrid([header, ['x', 'y', '', '', '']]);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain('registry_empty');
  });
});

describe('withBangkok', () => {
  const tak: RegistryEntry = { code: '6630101', type: 'อบต.', name: 'วังหิน', province: 'ตาก', district: 'เมืองตาก', districts: ['เมืองตาก'] };

  test('adds Bangkok with the default or a configured code', () => {
    expect(withBangkok([tak])[1]).toEqual({
      code: 'BKK',
      type: 'กรุงเทพมหานคร',
      name: 'กรุงเทพมหานคร',
      province: 'กรุงเทพมหานคร',
      district: '',
      districts: [],
    });
    expect(withBangkok([tak], '1000000')[1]?.code).toBe('1000000');
  });

  test('does not add it twice', () => {
    const once = withBangkok([tak]);
    expect(withBangkok(once)).toHaveLength(2);
  });

  test('a Bangkok row in the registry file itself is read', () => {
    const result = registryFromGrid([
      ['code', 'type', 'name', 'province', 'district'],
      ['BMA', 'กรุงเทพมหานคร', 'กรุงเทพมหานคร', 'กรุงเทพฯ', ''],
    ]);
    expect(result).toMatchObject({ ok: true, problems: [], entries: [{ code: 'BMA', province: 'กรุงเทพมหานคร' }] });
    if (result.ok) expect(withBangkok(result.entries)).toHaveLength(1);
  });
});
