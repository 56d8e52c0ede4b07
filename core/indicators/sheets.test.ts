import { headers } from '../../sheets-schema/define';
import { indicatorDistrictSheet, indicatorScorecardSheet } from '../../sheets-schema/indicators';
import type { SheetLayout } from '../../sheets-schema/workbook';
import { checkEntries } from './checks';
import { indicatorProgress } from './progress';
import { indicatorNationalSheets, indicatorProvinceSheets, resultTone } from './sheets';
import { demoRegistry } from '../../scripts/bench/dataset';
import { demoIndicators } from '../synth/indicator-catalog';
import { entriesFromGrid } from './entries';
import { entryProgress } from './entry-progress';
import { entryDataSet } from './entry-test-data';
import { catalog, registry, rows } from './test-fixture';

const cat = catalog();
const progress = indicatorProgress(checkEntries(rows, cat, registry), cat, registry);
const generatedAt = new Date(Date.UTC(2026, 6, 15, 3, 0));
const tak = progress.provinces.find((p) => p.province === 'ตาก')!;

/** A layout's data rows keyed by header, to assert on content without positions. */
function keyed(layout: SheetLayout): Array<Record<string, unknown>> {
  return layout.rows.map((row) => Object.fromEntries(layout.columns.map((c, i) => [c.header, row[i]])));
}

describe('province indicator sheets', () => {
  const sheets = indicatorProvinceSheets(tak, generatedAt);
  const byName = new Map(sheets.map((s) => [s.name, s]));

  test('five sheets, Thai names within Excel limits, a titled preamble with the time', () => {
    expect(sheets.map((s) => s.name)).toEqual(['ตัวชี้วัด รายอำเภอ', 'ตัวชี้วัด อปท.ยังไม่ครบ', 'ตัวชี้วัด ต้องตรวจสอบ', 'ตัวชี้วัด ผลราย อปท.', 'ตัวชี้วัด ผลรายตัวชี้วัด']);
    for (const s of sheets) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.preamble![0]).toContain('จังหวัดตาก');
      expect(s.preamble![1]).toBe('ข้อมูล ณ 15 ก.ค. 2569 10:00 น.');
    }
    // The two follow-up sheets also say where the entry window stands (none given here).
    expect(sheets.map((s) => s.preamble![2] ?? null)).toEqual(['ระยะเวลาบันทึกตัวชี้วัด: ไม่ได้กำหนด', 'ระยะเวลาบันทึกตัวชี้วัด: ไม่ได้กำหนด', null, null, null]);
    expect(sheets.map((s) => s.freeze.rows)).toEqual([4, 4, 3, 3, 3]);
  });

  test('with an entry window, the days left counting today', () => {
    const window = { start: new Date('2026-06-30T17:00:00Z'), end: new Date('2026-08-30T17:00:00Z') };
    expect(indicatorProvinceSheets(tak, generatedAt, window)[0]!.preamble![2]).toBe('เหลือเวลาบันทึก 48 วัน (ถึงวันที่ 31 สิงหาคม 2569 รวมวันนี้)');
  });

  test('per district with a province total', () => {
    const layout = byName.get('ตัวชี้วัด รายอำเภอ')!;
    expect(layout.columns.map((c) => c.header)).toEqual(headers(indicatorDistrictSheet));
    expect(keyed(layout)).toEqual([
      expect.objectContaining({
        อำเภอ: 'แม่ระมาด',
        'อปท. ที่ต้องกรอก': 2,
        กรอกครบแล้ว: 0,
        ยังไม่ครบ: 2,
        ร้อยละที่กรอกครบ: 0,
        'อปท. ที่มีข้อผิดพลาด': 1,
        กรอกแล้วบางส่วน: 1,
        ยังไม่เริ่มกรอก: 0,
      }),
      expect.objectContaining({ อำเภอ: 'แม่สอด', กรอกครบแล้ว: 2, ร้อยละที่กรอกครบ: 100, 'การพัฒนาในอนาคต (รายการ)': 2 }),
      expect.objectContaining({ อำเภอ: 'รวมทั้งจังหวัด', 'อปท. ที่ต้องกรอก': 4, กรอกครบแล้ว: 2, ร้อยละที่กรอกครบ: 50, 'สูงกว่าค่าเป้าหมาย (รายการ)': 2 }),
    ]);
  });

  test('LAOs not complete, with what is missing', () => {
    expect(keyed(byName.get('ตัวชี้วัด อปท.ยังไม่ครบ')!)).toEqual([
      expect.objectContaining({ 'รหัส อปท.': '6630104', 'ชื่อ อปท.': 'อบต.ชื่อ6630104', สถานะ: 'มีข้อผิดพลาดต้องแก้ไข', แถวที่มีข้อผิดพลาด: 1, ตัวชี้วัดที่ยังไม่กรอกหรือต้องแก้: 'R2' }),
      expect.objectContaining({ 'รหัส อปท.': '6630105', สถานะ: 'กรอกแล้วบางส่วน', 'กรอกแล้ว (ไม่มีข้อผิดพลาด)': 1, ตัวชี้วัดที่ยังไม่กรอกหรือต้องแก้: 'R2' }),
    ]);
  });

  test('entries with problems: sheet row, figures, level, code and Thai message', () => {
    expect(keyed(byName.get('ตัวชี้วัด ต้องตรวจสอบ')!)).toEqual([
      {
        แถวที่: 6,
        อำเภอ: 'แม่ระมาด',
        'ชื่อ อปท.': 'อบต.ชื่อ6630104',
        'รหัส อปท.': '6630104',
        รหัสตัวชี้วัด: 'R2',
        'กรอบการประเมิน (1)': 10,
        'การจัดบริการสาธารณะ (2)': 12,
        ร้อยละ: 120,
        ระดับ: 'ข้อผิดพลาด',
        รหัสปัญหา: 'delivered_exceeds_frame',
        รายละเอียด: 'ตัวชี้วัดหน่วยร้อยละ: การจัดบริการสาธารณะ (2) 12 มากกว่ากรอบการประเมิน (1) 10',
      },
    ]);
  });

  test('scorecards with status and percentage meeting the target', () => {
    const layout = byName.get('ตัวชี้วัด ผลราย อปท.')!;
    expect(layout.columns.map((c) => c.header)).toEqual(headers(indicatorScorecardSheet));
    expect(keyed(layout).map((r) => [r['รหัส อปท.'], r['สถานะ'], r['ร้อยละที่สูงกว่าค่าเป้าหมาย'], r['ไม่มีบริการสาธารณะ']])).toEqual([
      ['6630104', 'มีข้อผิดพลาด', 0, 0],
      ['6630105', 'ยังไม่ครบ', 100, 0],
      ['4630102', 'กรอกครบ', 0, 1],
      ['6630106', 'กรอกครบ', 50, 0],
    ]);
    // Coloured by result: unfinished orange; finished with an indicator not done red, with one below target yellow,
    // else green.
    expect(keyed(layout).map((r, i) => [r['รหัส อปท.'], r['การพัฒนาในอนาคต'], r['ไม่ได้ดำเนินการ'], layout.tones?.[i]])).toEqual([
      ['6630104', 0, 1, 'missing'],
      ['6630105', 0, 0, 'missing'],
      ['4630102', 1, 0, 'partial'],
      ['6630106', 1, 0, 'partial'],
    ]);
    const finished = { ...tak.laos[3]!, complete: true };
    const results = (below: number, notDone: number) => ({ ...finished.results, การพัฒนาในอนาคต: below, ไม่ได้ดำเนินการ: notDone });
    expect(resultTone({ ...finished, results: results(1, 1) })).toBe('bad');
    expect(resultTone({ ...finished, results: results(0, 0) })).toBe('good');
    expect(resultTone({ ...finished, applicable: 0 })).toBeNull();
  });

  test('per indicator', () => {
    expect(
      keyed(byName.get('ตัวชี้วัด ผลรายตัวชี้วัด')!).map((r) => [r['รหัสตัวชี้วัด'], r['ประเภท อปท.'], r['ค่าเป้าหมาย (%)'], r['อปท. ที่ต้องกรอก'], r['มีข้อผิดพลาด']]),
    ).toEqual([
      ['R1', 'อบต., เทศบาลเมือง', 80, 4, 0],
      ['R2', 'อบต.', 75, 3, 1],
      ['C1', 'เทศบาลเมือง', 50, 1, 0],
    ]);
  });
});

describe('national indicator sheets', () => {
  const [overview, tallies, unknown] = indicatorNationalSheets(progress, generatedAt);

  test('per province with a national total; counts only', () => {
    expect(keyed(overview!).map((r) => [r['จังหวัด'], r['อปท. ที่ต้องกรอก'], r['กรอกครบแล้ว'], r['อปท. ที่มีข้อผิดพลาด']])).toEqual([
      // กระบี่'s อบจ. entered a row in error though no indicator applies to it: not expected, so not one to follow
      // up (its row is in the province's problems sheet).
      ['กระบี่', 1, 1, 0],
      ['ตาก', 4, 2, 1],
      ['รวมทั้งประเทศ', 5, 3, 1],
    ]);
    expect(overview!.preamble![0]).toContain('ทั้งประเทศ');
  });

  test('national tallies and the rows whose LAO is unknown', () => {
    expect(keyed(tallies!).map((r) => [r['รหัสตัวชี้วัด'], r['กรอกแล้ว (ไม่มีข้อผิดพลาด)']])).toEqual([
      ['R1', 5],
      ['R2', 2],
      ['C1', 1],
    ]);
    expect(keyed(unknown!).map((r) => [r['แถวที่'], r['รหัส อปท.'], r['รหัสปัญหา']])).toEqual([[12, '9999999', 'unknown_lao']]);
  });
});

describe('cascade progress on a demo set of provinces: districts add up to the province, provinces to the nation', () => {
  const PROVINCES = ['ตาก', 'กระบี่', 'ระนอง', 'นครราชสีมา'];
  const data = entryDataSet(
    demoRegistry(2569).filter((l) => PROVINCES.includes(l.province)),
    demoIndicators(),
  );
  const entries = entriesFromGrid([data.files[0]!.filled[0]!, ...data.files.flatMap((f) => f.filled.slice(1))]);
  if (!entries.ok) throw new Error('entries');
  const checked = checkEntries(entries.rows, data.catalog, data.registry);
  const demo = indicatorProgress(checked, data.catalog, data.registry);
  const COUNTS = ['อปท. ที่ต้องกรอก', 'กรอกครบแล้ว', 'ยังไม่ครบ', 'อปท. ที่มีข้อผิดพลาด', 'กรอกแล้วบางส่วน', 'ยังไม่เริ่มกรอก'];
  const counts = (row: Record<string, unknown>) => COUNTS.map((h) => row[h] as number);
  const sum = (rows: Array<Record<string, unknown>>) => COUNTS.map((_, i) => rows.reduce((n, r) => n + counts(r)[i]!, 0));
  const national = keyed(indicatorNationalSheets(demo, generatedAt)[0]!);
  const byProvince = new Map(national.slice(0, -1).map((r) => [r['จังหวัด'], r]));

  test('every state occurs, and with errors, partly entered and not started make those not complete', () => {
    const total = counts(national.at(-1)!);
    expect(total.every((n) => n > 0)).toBe(true);
    for (const row of national) expect(counts(row)[3]! + counts(row)[4]! + counts(row)[5]!).toBe(counts(row)[2]);
  });

  test('sums at each level, the follow-up list one row per LAO not complete, as the entry files show them', () => {
    const files = entryProgress(checked, data.catalog, data.registry);
    expect(sum(national.slice(0, -1))).toEqual(counts(national.at(-1)!));
    for (const p of demo.provinces.filter((q) => q.laosExpected > 0)) {
      const [districtSheet, followUp] = indicatorProvinceSheets(p, generatedAt);
      const rows = keyed(districtSheet!);
      const total = rows.at(-1)!;
      expect(sum(rows.slice(0, -1))).toEqual(counts(total));
      expect(counts(total)).toEqual(counts(byProvince.get(p.province)!));
      const list = keyed(followUp!);
      for (const d of rows.slice(0, -1)) expect(list.filter((r) => r['อำเภอ'] === d['อำเภอ']).length).toBe(d['ยังไม่ครบ']);
      // The same figures as the province's entry file: its district progress sheet and its follow-up list.
      const file = files.provinces.find((q) => q.province === p.province)!;
      expect(counts(total)).toEqual([file.expected, file.complete, file.expected - file.complete, file.withErrors, file.inProgress, file.notStarted]);
      expect(list.map((r) => r['รหัส อปท.'])).toEqual(file.districts.flatMap((d) => d.followUp.map((f) => f.card.lao.code)));
    }
  });
});
