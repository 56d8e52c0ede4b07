import type { Grid } from '../../sheets-schema/cell';
import { Registry } from '../registry/index';
import type { LaoType } from '../vocabulary';
import { demoRegistry } from '../../scripts/bench/dataset';
import { demoIndicators } from '../synth/indicator-catalog';
import { checkEntries, checkEntryTable, entryChecksOf } from './checks';
import { entriesFromGrid, entryTableFromGrid } from './entries';
import { entryDataSet } from './entry-test-data';
import { indicatorProgress } from './progress';
import { indicatorReport } from './report';
import { ENTRIES, catalog, registry, rows } from './test-fixture';

/** The fixture's entries as a sheet: columns in another order, an extra column, a blank row that still counts. */
const GRID: Grid = [
  ['หมายเหตุ', 'การจัดบริการสาธารณะ (2)', 'รหัสตัวชี้วัด', 'รหัส อปท.', 'กรอบการประเมิน (1)'],
  ...ENTRIES.slice(0, 3).map(([lao, code, frame, delivered]) => ['', delivered, code, lao, frame]),
  [null, '  ', null, '', null],
  ...ENTRIES.slice(3).map(([lao, code, frame, delivered]) => ['', delivered, code, lao, frame]),
];

describe('entry checks as columns, straight from the grid', () => {
  const cat = catalog();

  test('the table skips blank rows and keeps the sheet row numbers', () => {
    const read = entryTableFromGrid(GRID);
    if (!read.ok) throw new Error('table');
    expect([...read.table.rowNumber]).toEqual([1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const checked = checkEntryTable(read.table, cat, registry).entries();
    expect(checked.map((e) => e.row)).toEqual([...read.table.rowNumber]);
    // The same checks as the rows read one by one; the repeat (fixture rows 9 and 10) is found across the blank row.
    const byRows = entriesFromGrid(GRID);
    if (!byRows.ok) throw new Error('rows');
    expect(checked).toEqual(checkEntries(byRows.rows, cat, registry));
    expect(checked.find((e) => e.row === 11)).toMatchObject({ repeatOf: 10, reasons: [{ code: 'entry_repeated' }] });
  });

  test('a missing column is a problem named in Thai, as when the rows are read one by one', () => {
    const grid: Grid = [['รหัส อปท.', 'รหัสตัวชี้วัด', 'กรอบการประเมิน (1)']];
    expect(entryTableFromGrid(grid)).toEqual(entriesFromGrid(grid));
    expect(entryTableFromGrid(grid).ok).toBe(false);
  });

  test('progress and report.json read the columns as they read checked entries', () => {
    const checks = checkEntryTable(entryTableOfFixture(), cat, registry);
    const checked = checkEntries(rows, cat, registry);
    const fromColumns = indicatorProgress(checks, cat, registry);
    expect(fromColumns).toEqual(indicatorProgress(checked, cat, registry));
    expect(indicatorReport(checks, fromColumns)).toEqual(indicatorReport(checked, fromColumns));
  });

  test('an LAO whose type is outside the vocabulary gets no catalog row, and no other code borrows one', () => {
    const odd = new Registry([...registry.entries, { ...registry.entries[0]!, code: '7000001', type: 'อื่น' as LaoType }]);
    const [r2, r1] = checkEntries(
      [
        { row: 1, laoCode: '7000001', indicatorCode: 'R2', frame: 10, delivered: 5, note: null },
        { row: 2, laoCode: '6630106', indicatorCode: 'R1', frame: 10, delivered: 9, note: null },
      ],
      cat,
      odd,
    );
    expect(r2).toMatchObject({ indicator: null, reasons: [{ code: 'indicator_not_applicable' }] });
    expect(r1).toMatchObject({ indicator: { code: 'R1' }, reasons: [] });
  });

  test('checked entries back as columns give every entry unchanged (repeats, conflicts and outliers included)', () => {
    const data = entryDataSet(
      demoRegistry(2569).filter((l) => l.province === 'ตาก' || l.province === 'กระบี่'),
      demoIndicators(),
    );
    const read = entriesFromGrid([data.files[0]!.filled[0]!, ...data.files.flatMap((f) => f.filled.slice(1))]);
    if (!read.ok) throw new Error('entries');
    // A row copied by hand, and another entered twice with different values.
    const last = read.rows.length;
    const [copied, changed] = read.rows.filter((r) => typeof r.frame === 'number').slice(0, 2);
    const entries = [...read.rows, { ...copied!, row: last + 1 }, { ...changed!, row: last + 2, frame: (changed!.frame as number) + 1 }];
    const checked = checkEntries(entries, data.catalog, data.registry);
    const codes = new Set(checked.flatMap((e) => e.reasons.map((r) => r.code)));
    for (const code of ['entry_repeated', 'entry_conflict', 'frame_outlier']) expect(codes).toContain(code);
    expect(entryChecksOf(checked, data.catalog).entries()).toEqual(checked);
  });
});

function entryTableOfFixture() {
  const read = entryTableFromGrid([GRID[0]!, ...ENTRIES.map(([lao, code, frame, delivered]) => ['', delivered, code, lao, frame])]);
  if (!read.ok) throw new Error('table');
  return read.table;
}
