import { demoRegistry } from '../../scripts/bench/dataset';
import type { Grid } from '../../sheets-schema/cell';
import { headers } from '../../sheets-schema/define';
import { ENTRY_STATUS, ENTRY_STATUS_COLUMNS, entrySheet } from '../../sheets-schema/entry-files';
import { SETTING_KEYS } from '../../sheets-schema/settings';
import { demoIndicators } from '../synth/indicator-catalog';
import { checkEntries } from './checks';
import { entriesFromGrid } from './entries';
import { entryColumnIndex, entryFileLayout, laoRowBlocks } from './entry-file';
import { daysLeft, entryProgress, entryWindowFromSettings, entryWindowLine, laoEntryState } from './entry-progress';
import { checkEntryFiles, planStatusWrite, readEntrySheet, rowKey, statusCells, statusWriteBlock, statusWriteRuns, type StatusCells } from './entry-status';
import { entryDataSet } from './entry-test-data';
import { entryTemplate } from './template';
import { catalog as fixtureCatalog, registry as fixtureRegistry } from './test-fixture';

const PROVINCES = ['ตาก', 'กระบี่', 'ระนอง'];
const data = entryDataSet(
  demoRegistry(2569).filter((l) => PROVINCES.includes(l.province)),
  demoIndicators(),
);

const statusAt = entryColumnIndex('checkStatus');
const detailAt = entryColumnIndex('checkDetail');

/** Applies a planned write to a grid, as a writer would, touching the status cells only. */
function apply(grid: Grid, byKey: ReadonlyMap<string, StatusCells>): number {
  const plan = planStatusWrite(grid, byKey);
  if (!plan.ok) throw new Error(plan.problems[0]!.message);
  for (const { sheetRow, cells } of plan.write.rows) {
    grid[sheetRow - 1]![plan.write.columns.checkStatus] = cells.status || null;
    grid[sheetRow - 1]![plan.write.columns.checkDetail] = cells.detail || null;
  }
  return plan.write.rows.length;
}

describe('entry file layout', () => {
  it('is the npm run templates workbook, row for row, with two blank status columns after the entry columns', () => {
    const province = 'ตาก';
    const laos = data.registry.inProvince(province);
    const template = entryTemplate(province, laos, data.catalog).sheets[0]!;
    const layout = entryFileLayout(province, laos, data.catalog).sheets[0]!;
    expect(layout.rows.length).toBe(template.rows.length);
    expect(layout.rows.map((r) => r.slice(0, template.columns.length))).toEqual(template.rows);
    expect(layout.columns.slice(0, template.columns.length)).toEqual(template.columns);
    expect(layout.columns.slice(template.columns.length).map((c) => c.header)).toEqual(ENTRY_STATUS_COLUMNS.map((k) => entrySheet.columns[k].header));
    expect(layout.columns.filter((c) => c.validation).map((c) => c.header)).toEqual(['กรอบการประเมิน (1)', 'การจัดบริการสาธารณะ (2)']);
    // The status columns are never input columns.
    expect(layout.columns.slice(template.columns.length).every((c) => c.locked && !c.validation)).toBe(true);
    expect(layout.rows.every((r) => r[statusAt] === null && r[detailAt] === null)).toBe(true);
  });

  it('groups each LAO in one block of rows (one protected range per LAO)', () => {
    const layout = entryFileLayout('ตาก', data.registry.inProvince('ตาก'), data.catalog).sheets[0]!;
    const blocks = laoRowBlocks(layout.rows);
    expect(new Set(blocks.map((b) => b.laoCode)).size).toBe(blocks.length);
    expect(blocks.reduce((n, b) => n + b.rows, 0)).toBe(layout.rows.length);
    expect(blocks[0]!.firstRow).toBe(2);
    blocks.forEach((b, i) => i > 0 && expect(b.firstRow).toBe(blocks[i - 1]!.firstRow + blocks[i - 1]!.rows));
  });
});

describe('checking entry files', () => {
  const run = checkEntryFiles(
    data.files.map((f) => ({ fileId: f.province, grid: f.filled })),
    data.catalog,
    data.registry,
  );

  it('gives every key the status the local job gives the same rows', () => {
    // The local job: the files' entry sheets downloaded and read as one entries sheet.
    const header = data.files[0]!.filled[0]!;
    const local = entriesFromGrid([header, ...data.files.flatMap((f) => f.filled.slice(1))]);
    if (!local.ok) throw new Error('local read');
    const checked = checkEntries(local.rows, data.catalog, data.registry);
    const expected = new Map(checked.map((e, i) => [rowKey(local.rows[i]!.laoCode, local.rows[i]!.indicatorCode), statusCells(e)]));
    const got = new Map(run.files.flatMap((f) => [...f.byKey]));
    expect(got.size).toBe(expected.size);
    expect(got).toEqual(expected);
    // The data set exercises every status.
    const labels = new Set([...got.values()].map((s) => s.status));
    expect(labels).toEqual(new Set(['', ENTRY_STATUS.ok, ENTRY_STATUS.fix, ENTRY_STATUS.suspicious]));
  });

  it('writes each status where its row is now, after users sorted and inserted rows, and nothing else', () => {
    const file = data.files.find((f) => f.province === 'ตาก')!;
    const statuses = run.files.find((f) => f.fileId === file.province)!.byKey;
    const [head, ...body] = file.filled.map((r) => [...r]);
    // Sorted by the delivered column, descending, then a blank row and a row of notes inserted by hand.
    const deliveredAt = entryColumnIndex('delivered');
    body.sort((a, b) => Number(b[deliveredAt] ?? -1) - Number(a[deliveredAt] ?? -1));
    body.splice(3, 0, new Array(head!.length).fill(null), ['หมายเหตุจากอำเภอ']);
    const grid = [head!, ...body];
    const before = grid.map((r) => r.filter((_, c) => c !== statusAt && c !== detailAt));
    expect(apply(grid, statuses)).toBeGreaterThan(0);
    for (const row of grid.slice(1)) {
      const wanted = statuses.get(rowKey(row[entryColumnIndex('laoCode')] ?? null, row[entryColumnIndex('indicatorCode')] ?? null));
      if (!wanted) {
        expect(row[statusAt] ?? null).toBeNull();
        continue;
      }
      expect(row[statusAt] ?? '').toBe(wanted.status);
      expect(row[detailAt] ?? '').toBe(wanted.detail);
    }
    expect(grid.map((r) => r.filter((_, c) => c !== statusAt && c !== detailAt))).toEqual(before);
    // A second plan on the written sheet has nothing to do: a quiet run writes nothing.
    expect(apply(grid, statuses)).toBe(0);
  });

  it('groups changed rows into runs of consecutive rows', () => {
    const cells = { status: ENTRY_STATUS.ok, detail: '' } as const;
    const runs = statusWriteRuns({ columns: { checkStatus: 11, checkDetail: 12 }, rows: [2, 3, 4, 9, 11, 12].map((sheetRow) => ({ sheetRow, cells })) });
    expect(runs.map((r) => [r.firstRow, r.cells.length])).toEqual([
      [2, 3],
      [9, 1],
      [11, 2],
    ]);
  });

  it('can write the changed rows as one block without changing any row’s meaning', () => {
    const file = data.files.find((f) => f.province === 'ตาก')!;
    const statuses = run.files.find((f) => f.fileId === file.province)!.byKey;
    const grid = file.filled.map((r) => [...r]);
    grid.splice(5, 0, ['บันทึกของผู้ประสานงาน', ...new Array(grid[0]!.length - 1).fill(null)]);
    grid[5]![statusAt] = 'ข้อความเดิม';
    const plan = planStatusWrite(grid, statuses);
    if (!plan.ok) throw new Error('plan');
    const block = statusWriteBlock(grid, statuses, plan.write)!;
    expect(block.firstRow).toBe(plan.write.rows[0]!.sheetRow);
    block.cells.forEach((cells, i) => {
      grid[block.firstRow - 1 + i]![statusAt] = cells.status || null;
      grid[block.firstRow - 1 + i]![detailAt] = cells.detail || null;
    });
    // The row without a key keeps what it showed; every keyed row shows its key's status: nothing left to write.
    expect(grid[5]![statusAt]).toBe('ข้อความเดิม');
    const again = planStatusWrite(grid, statuses);
    expect(again.ok && again.write.rows.length).toBe(0);
  });

  it('names a lost status column in Thai and leaves that file out', () => {
    const file = data.files[0]!;
    const header = file.filled[0]!.map((h, c) => (c === statusAt ? 'ผลตรวจ' : h));
    const read = readEntrySheet([header, ...file.filled.slice(1)]);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.message).toContain('"ผลการตรวจ"');
    const partial = checkEntryFiles(
      [
        { fileId: 'broken', grid: [header] },
        { fileId: 'ok', grid: file.filled },
      ],
      data.catalog,
      data.registry,
    );
    expect(partial.files.map((f) => f.fileId)).toEqual(['ok']);
    expect(partial.problems.map((p) => p.fileId)).toEqual(['broken']);
  });
});

describe('statuses of hand-checked rows', () => {
  it('passes, must be fixed, or is suspicious with the Thai reason', () => {
    const grid: Grid = [headers(entrySheet)];
    const add = (lao: string, ind: string, frame: number | string | null, delivered: number | string | null) => {
      const row = new Array(grid[0]!.length).fill(null);
      row[entryColumnIndex('laoCode')] = lao;
      row[entryColumnIndex('indicatorCode')] = ind;
      row[entryColumnIndex('frame')] = frame;
      row[entryColumnIndex('delivered')] = delivered;
      grid.push(row);
    };
    add('6630106', 'R1', 100, 90);
    add('6630104', 'R2', 10, 12);
    add('6630105', 'R2', null, null);
    const run = checkEntryFiles([{ fileId: 'ตาก', grid }], fixtureCatalog(), fixtureRegistry);
    const byKey = run.files[0]!.byKey;
    expect(byKey.get(rowKey('6630106', 'R1'))).toEqual({ status: 'ผ่าน', detail: '' });
    expect(byKey.get(rowKey('6630104', 'R2'))).toEqual({
      status: 'ต้องแก้ไข',
      detail: 'ตัวชี้วัดหน่วยร้อยละ: การจัดบริการสาธารณะ (2) 12 มากกว่ากรอบการประเมิน (1) 10',
    });
    expect(byKey.get(rowKey('6630105', 'R2'))).toEqual({ status: '', detail: '' });
  });
});

describe('entry progress for the cascade', () => {
  const run = checkEntryFiles(
    data.files.map((f) => ({ fileId: f.province, grid: f.filled })),
    data.catalog,
    data.registry,
  );
  const progress = entryProgress(run.checked, data.catalog, data.registry);

  it('adds up: states to expected, districts to their province, provinces to the nation', () => {
    expect(progress.provinces.map((p) => p.province).sort()).toEqual(data.files.map((f) => f.province).sort());
    const keys = ['expected', 'complete', 'withErrors', 'inProgress', 'notStarted'] as const;
    for (const p of progress.provinces) {
      for (const k of keys) expect(p.districts.reduce((n, d) => n + d[k], 0)).toBe(p[k]);
      for (const d of [p, ...p.districts]) expect(d.complete + d.withErrors + d.inProgress + d.notStarted).toBe(d.expected);
      for (const d of p.districts) expect(d.followUp.length).toBe(d.expected - d.complete);
    }
    for (const k of keys) expect(progress.provinces.reduce((n, p) => n + p[k], 0)).toBe(progress.national[k]);
    expect(progress.national.expected).toBe(data.registry.entries.filter((l) => data.catalog.applicable(l.type).length).length);
    // The generated data has LAOs in every state.
    for (const k of keys) expect(progress.national[k]).toBeGreaterThan(0);
  });

  it('lists each district follow-up LAO with its state, errors first', () => {
    const district = progress.provinces.flatMap((p) => p.districts).find((d) => new Set(d.followUp.map((f) => f.state)).size > 1)!;
    const states = district.followUp.map((f) => f.state);
    expect([...states].sort((a, b) => ['withErrors', 'notStarted', 'inProgress'].indexOf(a) - ['withErrors', 'notStarted', 'inProgress'].indexOf(b))).toEqual(
      states,
    );
    for (const f of district.followUp) expect(laoEntryState(f.card)).toBe(f.state);
  });
});

describe('entry window', () => {
  const settings: Grid = [
    ['รายการ', 'ค่า'],
    [SETTING_KEYS.entryWindowStart, '1/7/2569'],
    [SETTING_KEYS.entryWindowEnd, '31 สิงหาคม 2569'],
  ];
  const window = entryWindowFromSettings(settings);

  it('reads the window from the settings sheet in the Buddhist era', () => {
    expect(window.start?.toISOString()).toBe('2026-06-30T17:00:00.000Z');
    expect(window.end?.toISOString()).toBe('2026-08-30T17:00:00.000Z');
  });

  it('counts days left in Bangkok, the last day included', () => {
    // 23:30 UTC on 30 August is 06:30 on 31 August in Bangkok: the last day.
    expect(daysLeft(new Date('2026-08-30T23:30:00Z'), window.end!)).toBe(1);
    expect(daysLeft(new Date('2026-08-30T16:30:00Z'), window.end!)).toBe(2);
    expect(entryWindowLine(window, new Date('2026-08-01T03:00:00Z'))).toBe('เหลือเวลาบันทึก 31 วัน (ถึงวันที่ 31 สิงหาคม 2569 รวมวันนี้)');
    expect(entryWindowLine(window, new Date('2026-09-01T03:00:00Z'))).toBe('ปิดการบันทึกแล้ว (วันสุดท้าย 31 สิงหาคม 2569)');
    expect(entryWindowLine(window, new Date('2026-06-28T03:00:00Z'))).toContain('ยังไม่เปิดให้บันทึก');
    expect(entryWindowLine({ start: null, end: null }, new Date())).toContain(SETTING_KEYS.entryWindowEnd);
  });
});
