import type { ReportEntry } from '../../core/indicators/report';
import { ReportRowsBuilder, reportRows } from './report-rows';

const entries: ReportEntry[] = [
  { row: 1, laoCode: '6630107', indicatorCode: '1.1', ratioPct: 90, result: 'สูงกว่าค่าเป้าหมาย', errors: [], warnings: [] },
  { row: 2, laoCode: '2630101', indicatorCode: '1.2', ratioPct: 33.333333333333336, result: 'การพัฒนาในอนาคต', errors: [], warnings: ['ratio_outlier'] },
  { row: 3, laoCode: '2810101', indicatorCode: '1.1', ratioPct: null, result: null, errors: ['frame_not_number', 'delivered_missing'], warnings: [] },
  { row: 5, laoCode: '6630107', indicatorCode: '1.2', ratioPct: 0, result: 'ไม่ได้ดำเนินการ', errors: [], warnings: [] },
];

test("rows through columns come back as the same rows, fields in the report's order: the same JSON text", () => {
  const builder = new ReportRowsBuilder();
  // More rows than the builder's first columns hold, so they grow.
  const many = Array.from({ length: 3000 }, (_, i) => ({ ...entries[i % entries.length]!, row: i + 1 }));
  for (const e of many) builder.add(e);
  const { data, transfer } = builder.finish();
  expect(data.count).toBe(3000);
  expect(data.withErrors).toBe(750);
  expect(data.codes).toEqual(['6630107', '1.1', '2630101', '1.2', '2810101']);
  expect(transfer).toHaveLength(5);
  const { length, at } = reportRows(structuredClone(data, { transfer }));
  expect(length).toBe(3000);
  const back = Array.from({ length }, (_, i) => at(i));
  expect(back).toEqual(many);
  expect(back.map((e) => JSON.stringify(e))).toEqual(many.map((e) => JSON.stringify(e)));
});

test('no rows', () => {
  const { data } = new ReportRowsBuilder().finish();
  expect(reportRows(data).length).toBe(0);
});
