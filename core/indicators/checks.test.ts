import type { Cell } from '../../sheets-schema/cell';
import { Registry } from '../registry/index';
import type { RegistryEntry } from '../registry/types';
import { catalogFromGrid, type Catalog } from './catalog';
import { DEFAULT_CHECK_SETTINGS, checkEntries, type CheckedEntry } from './checks';
import type { EntryRow } from './entries';
import { INDICATOR_REASONS } from './reasons';
import type { LaoType } from '../vocabulary';

function lao(code: string, type: LaoType, name = `ก${code}`): RegistryEntry {
  return { code, type, name, province: 'ตาก', district: 'แม่สอด', districts: ['แม่สอด'] };
}

/** Twelve SAOs (6000001…6000012), one subdistrict municipality, one PAO. */
const REGISTRY = new Registry([
  ...Array.from({ length: 12 }, (_, i) => lao(String(6000001 + i), 'อบต.')),
  lao('5000001', 'เทศบาลตำบล'),
  lao('2000001', 'อบจ.'),
]);

function catalog(): Catalog {
  const read = catalogFromGrid([
    ['รหัสตัวชี้วัด', 'ด้าน', 'ภารกิจ', 'ตัวชี้วัด', 'หน่วย', 'ค่าเป้าหมาย (%)', 'ประเภท อปท.'],
    ['R1', 'ด้าน 1', 'ภารกิจ 1', 'ร้อยละของถนนที่ได้รับการบำรุงรักษา', 'ร้อยละ', 80, 'อบต., เทศบาลตำบล'],
    ['C1', 'ด้าน 1', 'ภารกิจ 1', 'จำนวนครั้งที่จัดกิจกรรม', 'ครั้ง', 50, 'อบต.'],
  ]);
  if (!read.ok || read.problems.length) throw new Error('test catalog');
  return read.catalog;
}

let nextRow = 1;
function row(laoCode: Cell, indicatorCode: Cell, frame: Cell, delivered: Cell): EntryRow {
  return { row: nextRow++, laoCode, indicatorCode, frame, delivered, note: null };
}

function check(rows: EntryRow[], settings = DEFAULT_CHECK_SETTINGS): CheckedEntry[] {
  return checkEntries(rows, catalog(), REGISTRY, settings);
}

const codes = (e: CheckedEntry) => e.reasons.map((r) => r.code);

describe('entry checks', () => {
  beforeEach(() => {
    nextRow = 1;
  });

  test('a clean entry: numbers from Thai digits and thousands separators, result from the per-type target', () => {
    const [e] = check([row('6000001', 'r1', '๑,๐๐๐', ' 850 ')]);
    expect(e).toMatchObject({
      laoCode: '6000001',
      indicatorCode: 'R1',
      frame: 1000,
      delivered: 850,
      ratioPct: 85,
      result: 'สูงกว่าค่าเป้าหมาย',
      hasError: false,
      entered: true,
    });
    expect(e!.reasons).toEqual([]);
    expect(e!.indicator?.targetPct).toBe(80);
  });

  test('numeric cells from XLSX work as well as text', () => {
    const [e] = check([row(6000001, 'R1', 10, 7)]);
    expect(e).toMatchObject({ laoCode: '6000001', ratioPct: 70, result: 'การพัฒนาในอนาคต' });
  });

  test('not a number', () => {
    const [e] = check([row('6000001', 'R1', 'สิบ', '5 กม.')]);
    expect(codes(e!)).toEqual(['frame_not_number', 'delivered_not_number']);
    expect(e!.reasons[0]!.message).toBe('กรอบการประเมิน (1) "สิบ" ไม่ใช่ตัวเลข');
    expect(e).toMatchObject({ result: null, hasError: true, entered: true });
  });

  test('negative', () => {
    const [e] = check([row('6000001', 'R1', -3, '-1')]);
    expect(codes(e!)).toEqual(['frame_negative', 'delivered_negative']);
    expect(e!.reasons[0]!.message).toBe('กรอบการประเมิน (1) ติดลบ (-3)');
    expect(e!.result).toBeNull();
  });

  test('delivered greater than frame is an error for a percentage indicator only', () => {
    const [pct, count] = check([row('6000001', 'R1', 10, 12.5), row('6000001', 'C1', 10, 20)]);
    expect(codes(pct!)).toEqual(['delivered_exceeds_frame']);
    expect(pct!.reasons[0]!.message).toBe('ตัวชี้วัดหน่วยร้อยละ: การจัดบริการสาธารณะ (2) 12.5 มากกว่ากรอบการประเมิน (1) 10');
    expect(pct).toMatchObject({ result: null, ratioPct: 125 });
    expect(count).toMatchObject({ reasons: [], ratioPct: 200, result: 'สูงกว่าค่าเป้าหมาย' });
  });

  test('indicator not applicable to the LAO type', () => {
    const [e] = check([row('2000001', 'R1', 10, 5)]);
    expect(codes(e!)).toEqual(['indicator_not_applicable']);
    expect(e!.reasons[0]!.message).toBe('ตัวชี้วัด R1 ไม่ใช้กับ อปท. ประเภท อบจ.');
    expect(e!.result).toBeNull();
  });

  test('unknown LAO and unknown indicator codes, blank ones included', () => {
    const [a, b, c] = check([row('6999999', 'R1', 10, 5), row('6000001', 'X9', 10, 5), row(null, '', 10, 5)]);
    expect(codes(a!)).toEqual(['unknown_lao']);
    expect(a!.reasons[0]!.message).toBe('ไม่พบรหัส อปท. "6999999" ในทะเบียน อปท.');
    expect(codes(b!)).toEqual(['unknown_indicator']);
    expect(codes(c!)).toEqual(['unknown_lao', 'unknown_indicator']);
    expect(c!.reasons[0]!.message).toContain('(ว่าง)');
  });

  test('blank or - delivered is not carried out, not an error; delivered without frame is', () => {
    const [dash, blank, noFrame, nothing] = check([
      row('6000001', 'R1', 2, '-'),
      row('6000002', 'R1', 2, null),
      row('6000003', 'R1', '', 5),
      row('6000004', 'R1', null, '-'),
    ]);
    expect(dash).toMatchObject({ reasons: [], result: 'ไม่ได้ดำเนินการ', ratioPct: null });
    expect(blank).toMatchObject({ reasons: [], result: 'ไม่ได้ดำเนินการ' });
    expect(codes(noFrame!)).toEqual(['frame_missing']);
    expect(nothing).toMatchObject({ entered: false, reasons: [], result: null });
  });

  test('the same (LAO, indicator) twice with different values: a conflict on both rows, neither kept', () => {
    const [a, other, b] = check([row('6000001', 'R1', 10, 5), row('6000002', 'R1', 10, 5), row('6000001', 'R1', 10, 6)]);
    expect(codes(a!)).toEqual(['entry_conflict']);
    expect(codes(b!)).toEqual(['entry_conflict']);
    expect(a!.reasons[0]!.message).toBe('อปท. 6000001 ตัวชี้วัด R1 กรอกไว้หลายแถวด้วยค่าต่างกัน (แถว 1, 3) กรุณาแก้ให้เหลือแถวเดียว');
    expect([a!.result, b!.result]).toEqual([null, null]);
    expect(other!.reasons).toEqual([]);
  });

  test('an identical repeat is a warning on the later row; both keep their result', () => {
    const [a, b] = check([row('6000001', 'R1', '1,000', 900), row('6000001', 'r1', 1000, '900')]);
    expect(a!.reasons).toEqual([]);
    expect(codes(b!)).toEqual(['entry_repeated']);
    expect(b!.reasons[0]).toMatchObject({ severity: 'warning', message: 'ซ้ำกับแถว 1 ด้วยค่าเดียวกัน (นับครั้งเดียว)' });
    expect(b).toMatchObject({ repeatOf: 1, result: 'สูงกว่าค่าเป้าหมาย', hasError: false });
  });

  test('a row with nothing entered does not conflict with a filled one', () => {
    const [a, b] = check([row('6000001', 'R1', null, null), row('6000001', 'R1', 10, 9)]);
    expect(a!.reasons).toEqual([]);
    expect(b!.reasons).toEqual([]);
  });

  test('every reason has a Thai message and a severity', () => {
    for (const [code, spec] of Object.entries(INDICATOR_REASONS)) {
      expect(code).toMatch(/^[a-z_]+$/);
      expect(spec.template).toMatch(/[\u0E00-\u0E7F]/);
      expect(['error', 'warning']).toContain(spec.severity);
    }
  });
});

describe('outliers (modified z-score per indicator and LAO type)', () => {
  beforeEach(() => {
    nextRow = 1;
  });

  const saos = Array.from({ length: 12 }, (_, i) => String(6000001 + i));

  test('a ratio far from the group median is a warning naming the figure and the median', () => {
    const delivered = [90, 92, 94, 95, 96, 97, 98, 99, 93, 5];
    const checked = check(delivered.map((d, i) => row(saos[i]!, 'R1', 100, d)));
    const flagged = checked.filter((e) => codes(e).includes('ratio_outlier'));
    expect(flagged.map((e) => e.delivered)).toEqual([5]);
    const reason = flagged[0]!.reasons.find((r) => r.code === 'ratio_outlier')!;
    expect(reason.severity).toBe('warning');
    expect(reason.message).toMatch(/^ร้อยละ 5 ต่างจากค่ากลางของ อบต\. ในตัวชี้วัดนี้ \(94\.5\) มากผิดปกติ \(modified z-score -\d+(\.\d)? เกินเกณฑ์ 3\.5\)/);
    // A warning keeps the result.
    expect(flagged[0]!.result).toBe('การพัฒนาในอนาคต');
  });

  test('frame on a log scale: a slip of digits stands out, a wide spread of sizes does not', () => {
    const spread = [10, 30, 100, 300, 1000, 3000, 10000, 200];
    expect(check(spread.map((f, i) => row(saos[i]!, 'R1', f, f))).flatMap(codes)).toEqual([]);
    nextRow = 1;
    const slip = [100, 120, 90, 110, 105, 95, 115, 100, 100000];
    const checked = check(slip.map((f, i) => row(saos[i]!, 'R1', f, f / 2)));
    const flagged = checked.filter((e) => codes(e).includes('frame_outlier'));
    expect(flagged.map((e) => e.frame)).toEqual([100000]);
    expect(flagged[0]!.reasons[0]!.message).toMatch(/^กรอบการประเมิน \(1\) 100,000 ต่างจากค่ากลางของ อบต\. ในตัวชี้วัดนี้ \(105\)/);
  });

  test('many equal ratios (MAD 0): the mean absolute deviation takes over', () => {
    const delivered = [100, 100, 100, 100, 100, 100, 100, 100, 90, 10];
    const checked = check(delivered.map((d, i) => row(saos[i]!, 'R1', 100, d)));
    expect(checked.filter((e) => codes(e).includes('ratio_outlier')).map((e) => e.delivered)).toEqual([10]);
    nextRow = 1;
    // The same data with the threshold raised above its score (about 7.2): nothing.
    const relaxed = check(
      delivered.map((d, i) => row(saos[i]!, 'R1', 100, d)),
      { ...DEFAULT_CHECK_SETTINGS, outlierThreshold: 8 },
    );
    expect(relaxed.flatMap(codes)).toEqual([]);
  });

  test('effect size: a ratio more than 50 points from the median is an outlier, 50 or fewer is not, whatever its z-score', () => {
    const ratioOutliers = (last: number, settings = DEFAULT_CHECK_SETTINGS) => {
      nextRow = 1;
      const delivered = [100, 100, 100, 100, 100, 100, 100, 100, last];
      return check(
        delivered.map((d, i) => row(saos[i]!, 'R1', 100, d)),
        settings,
      )
        .filter((e) => codes(e).includes('ratio_outlier'))
        .map((e) => e.delivered);
    };
    expect(DEFAULT_CHECK_SETTINGS.outlierMinRatioGap).toBe(50);
    expect(ratioOutliers(49)).toEqual([49]);
    expect(ratioOutliers(50)).toEqual([]);
    expect(ratioOutliers(51)).toEqual([]);
    // Their z-scores (about 7) are far over the threshold: only the effect size keeps them out.
    const noGap = { ...DEFAULT_CHECK_SETTINGS, outlierMinRatioGap: 0 };
    expect(ratioOutliers(50, noGap)).toEqual([50]);
    expect(ratioOutliers(51, noGap)).toEqual([51]);
    expect(ratioOutliers(76, { ...DEFAULT_CHECK_SETTINGS, outlierMinRatioGap: 25 })).toEqual([]);
    expect(ratioOutliers(74, { ...DEFAULT_CHECK_SETTINGS, outlierMinRatioGap: 25 })).toEqual([74]);
  });

  test('effect size: a frame more than 10 times above or below the median is an outlier, less is not', () => {
    const frameOutliers = (last: number, settings = DEFAULT_CHECK_SETTINGS) => {
      nextRow = 1;
      // Every ratio 50%: only the frames differ.
      const frames = [100, 100, 100, 100, 100, 100, 100, 100, last];
      return check(
        frames.map((f, i) => row(saos[i]!, 'R1', f, f / 2)),
        settings,
      )
        .filter((e) => codes(e).includes('frame_outlier'))
        .map((e) => e.frame);
    };
    expect(DEFAULT_CHECK_SETTINGS.outlierMinFrameFactor).toBe(10);
    expect(frameOutliers(1050)).toEqual([1050]);
    expect(frameOutliers(950)).toEqual([]);
    expect(frameOutliers(9)).toEqual([9]);
    expect(frameOutliers(11)).toEqual([]);
    const noFactor = { ...DEFAULT_CHECK_SETTINGS, outlierMinFrameFactor: 1 };
    expect(frameOutliers(950, noFactor)).toEqual([950]);
    expect(frameOutliers(11, noFactor)).toEqual([11]);
    expect(frameOutliers(350, { ...DEFAULT_CHECK_SETTINGS, outlierMinFrameFactor: 3 })).toEqual([350]);
    expect(frameOutliers(250, { ...DEFAULT_CHECK_SETTINGS, outlierMinFrameFactor: 3 })).toEqual([]);
  });

  test('no outliers in a group smaller than the minimum, nor when every value is equal, nor across LAO types', () => {
    const small = check([90, 92, 94, 5].map((d, i) => row(saos[i]!, 'R1', 100, d)));
    expect(small.flatMap(codes)).toEqual([]);
    nextRow = 1;
    const equal = check(saos.slice(0, 8).map((code) => row(code, 'R1', 100, 100)));
    expect(equal.flatMap(codes)).toEqual([]);
    nextRow = 1;
    // The subdistrict municipality's 5% is alone in its group, not compared with the SAOs.
    const mixed = check([...[90, 92, 94, 95, 96, 97].map((d, i) => row(saos[i]!, 'R1', 100, d)), row('5000001', 'R1', 100, 5)]);
    expect(mixed.flatMap(codes)).toEqual([]);
  });

  test('entries with errors and repeats stay out of the group', () => {
    const rows = [90, 92, 94, 95, 5].map((d, i) => row(saos[i]!, 'R1', 100, d));
    rows.push(row(saos[0]!, 'R1', 100, 90), row(saos[5]!, 'R1', 'x', 50));
    // Five distinct clean values would be enough; the repeat and the error must not make up a sixth.
    const checked = checkEntries(rows, catalog(), REGISTRY, { ...DEFAULT_CHECK_SETTINGS, outlierMinGroup: 6 });
    expect(checked.flatMap(codes).filter((c) => c.endsWith('_outlier'))).toEqual([]);
    // With a minimum of five, the same rows do flag the 5%.
    const five = checkEntries(rows, catalog(), REGISTRY, { ...DEFAULT_CHECK_SETTINGS, outlierMinGroup: 5 });
    expect(five.filter((e) => codes(e).includes('ratio_outlier')).map((e) => e.delivered)).toEqual([5]);
  });
});
