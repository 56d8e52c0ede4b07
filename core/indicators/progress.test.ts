import { ReportIndicators } from '../../sheets-schema/report';
import { checkEntries } from './checks';
import { indicatorProgress, type ResultCounts } from './progress';
import { indicatorReport } from './report';
import { ENTRIES, catalog, registry, rows } from './test-fixture';

function results(meets: number, below: number, noService: number, notDone: number): ResultCounts {
  return { สูงกว่าค่าเป้าหมาย: meets, การพัฒนาในอนาคต: below, ไม่มีบริการสาธารณะ: noService, ไม่ได้ดำเนินการ: notDone };
}

describe('indicator progress on a hand-checked data set', () => {
  const cat = catalog();
  const checked = checkEntries(rows, cat, registry);
  const progress = indicatorProgress(checked, cat, registry);
  const [krabi, tak] = progress.provinces;

  test('provinces in Thai order with expected, complete, with-errors and result counts', () => {
    expect(progress.provinces.map((p) => p.province)).toEqual(['กระบี่', 'ตาก']);
    expect(tak).toMatchObject({ laosExpected: 4, laosComplete: 2, laosWithErrors: 1, results: results(2, 2, 1, 1) });
    // F has an error but no applicable indicator: with errors, not expected.
    expect(krabi).toMatchObject({ laosExpected: 1, laosComplete: 1, laosWithErrors: 1, results: results(2, 0, 0, 0) });
    expect(progress.national).toMatchObject({ laosExpected: 5, laosComplete: 3, laosWithErrors: 2, results: results(4, 2, 1, 1) });
  });

  test('districts', () => {
    expect(tak!.districts).toEqual([
      { district: 'แม่ระมาด', laosExpected: 2, laosComplete: 0, laosWithErrors: 1, results: results(1, 0, 0, 1) },
      { district: 'แม่สอด', laosExpected: 2, laosComplete: 2, laosWithErrors: 0, results: results(1, 2, 1, 0) },
    ]);
    expect(krabi!.districts.map((d) => [d.district, d.laosExpected, d.laosWithErrors])).toEqual([
      ['คลองท่อม', 1, 0],
      ['เมืองกระบี่', 0, 1],
    ]);
  });

  test('scorecards: counts per result, meeting-target percentage without the no-service ones', () => {
    const card = (code: string) => [...tak!.laos, ...krabi!.laos].find((c) => c.lao.code === code)!;
    expect(tak!.laos.map((c) => c.lao.code)).toEqual(['6630104', '6630105', '4630102', '6630106']);
    expect(card('6630106')).toMatchObject({ applicable: 2, done: 2, complete: true, results: results(1, 1, 0, 0), meetsTargetPct: 50 });
    expect(card('4630102')).toMatchObject({ done: 2, complete: true, results: results(0, 1, 1, 0), meetsTargetPct: 0 });
    expect(card('6630104')).toMatchObject({ done: 1, complete: false, rowsWithErrors: 1, results: results(0, 0, 0, 1), meetsTargetPct: 0 });
    expect(card('6630104').missing.map((i) => i.code)).toEqual(['R2']);
    expect(card('6630105')).toMatchObject({ done: 1, complete: false, rowsWithErrors: 0, meetsTargetPct: 100 });
    expect(card('6810103')).toMatchObject({ done: 2, complete: true, rowsWithWarnings: 1, results: results(2, 0, 0, 0), meetsTargetPct: 100 });
    expect(card('2810101')).toMatchObject({ applicable: 0, complete: false, rowsWithErrors: 1, meetsTargetPct: null });
  });

  test('per indicator: LAOs expected, done, in error and in each result', () => {
    expect(tak!.indicators.map((t) => [t.indicator.code, t.laosExpected, t.laosDone, t.laosWithErrors, t.results])).toEqual([
      ['R1', 4, 4, 0, results(2, 0, 1, 1)],
      ['R2', 3, 1, 1, results(0, 1, 0, 0)],
      ['C1', 1, 1, 0, results(0, 1, 0, 0)],
    ]);
    expect(progress.national.indicators.map((t) => [t.indicator.code, t.laosExpected, t.laosDone, t.results['สูงกว่าค่าเป้าหมาย']])).toEqual([
      ['R1', 5, 5, 3],
      ['R2', 4, 2, 1],
      ['C1', 1, 1, 0],
    ]);
  });

  test('rows with problems go to their province; unknown LAOs are set apart', () => {
    expect(tak!.problems.map((e) => e.row)).toEqual([6]);
    expect(krabi!.problems.map((e) => [e.row, e.reasons.map((r) => r.code)])).toEqual([
      [10, ['entry_repeated']],
      [11, ['indicator_not_applicable']],
    ]);
    expect(progress.unknownLao.map((e) => e.row)).toEqual([12]);
  });

  test('report.json section: valid against the schema, codes only, one entry per row', () => {
    const report = indicatorReport(checked, progress);
    expect(ReportIndicators.safeParse(report).success).toBe(true);
    expect(report.entries).toHaveLength(ENTRIES.length);
    expect(report.entries[0]).toEqual({ row: 1, laoCode: '6630106', indicatorCode: 'R1', ratioPct: 90, result: 'สูงกว่าค่าเป้าหมาย', errors: [], warnings: [] });
    expect(report.entries[5]).toEqual({
      row: 6,
      laoCode: '6630104',
      indicatorCode: 'R2',
      ratioPct: 120,
      result: null,
      errors: ['delivered_exceeds_frame'],
      warnings: [],
    });
    expect(report.entries[9]!.warnings).toEqual(['entry_repeated']);
    expect(report.provinces[1]).toEqual({ province: 'ตาก', laosExpected: 4, laosComplete: 2, laosWithErrors: 1, results: results(2, 2, 1, 1) });
  });

  test('report.json section with its entries handed out one by one: the same entries, none kept', () => {
    const handed: unknown[] = [];
    const report = indicatorReport(checked, progress, (entry) => handed.push(entry));
    const whole = indicatorReport(checked, progress);
    expect(handed).toEqual(whole.entries);
    expect(report).toEqual({ ...whole, entries: [] });
  });
});
