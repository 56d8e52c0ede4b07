/**
 * The entry check run against the fake Sheets server through the real googleapis client: statuses written into
 * the status columns only, found by key after users sort, equal to the local job's on the same data set.
 */
import { demoRegistry } from '../scripts/bench/dataset';
import { checkEntries } from '../core/indicators/checks';
import { entriesFromGrid } from '../core/indicators/entries';
import { entryColumnIndex } from '../core/indicators/entry-file';
import { rowKey, statusCells, type StatusCells } from '../core/indicators/entry-status';
import { entryDataSet } from '../core/indicators/entry-test-data';
import { demoIndicators } from '../core/synth/indicator-catalog';
import type { Cell } from '../sheets-schema/cell';
import { entryDistrictProgressSheet, entryProvinceProgressSheet, entrySheet } from '../sheets-schema/entry-files';
import { createEntryCheckHandler } from './entry-handler';
import { ENTRY_CHECK_LEASE, REBUILD_LEASE, type LeaseSlot } from './lease';
import { runEntryChecks } from './entry-status';
import { startFakeSetup, type FakeSetup } from './testing/fake-clients';
import { seedEntryFiles, type SeededEntryFiles } from './testing/entry-files';

const PROVINCES = ['ตาก', 'กระบี่', 'ระนอง'];
const data = entryDataSet(
  demoRegistry(2569).filter((l) => PROVINCES.includes(l.province)),
  demoIndicators(),
);
const FILES = data.files.map((f) => f.province);
/** Files with anything entered: a file whose LAOs entered nothing has no status to write. */
const ENTERED = data.files.filter((f) => f.filled.some((r, i) => i > 0 && r[entryColumnIndex('frame')] !== null)).map((f) => f.province);
const STATUS = entryColumnIndex('checkStatus');
const DETAIL = entryColumnIndex('checkDetail');

/** The local job's status per key: the files' entry sheets read as one entries sheet and checked. */
function localStatuses(): Map<string, StatusCells> {
  const local = entriesFromGrid([data.files[0]!.filled[0]!, ...data.files.flatMap((f) => f.filled.slice(1))]);
  if (!local.ok) throw new Error('local read');
  const checked = checkEntries(local.rows, data.catalog, data.registry);
  return new Map(checked.map((e, i) => [rowKey(local.rows[i]!.laoCode, local.rows[i]!.indicatorCode), statusCells(e)]));
}

let setup: FakeSetup;
let seeded: SeededEntryFiles;

beforeEach(async () => {
  setup = await startFakeSetup();
  seeded = seedEntryFiles(setup.fake, data);
});
afterEach(() => setup.fake.close());

const gridOf = (province: string) => setup.fake.sheets.grid(seeded.fileIds.get(province)!, entrySheet.name);
const withoutStatus = (grid: Cell[][]) => grid.map((r) => r.filter((_, c) => c !== STATUS && c !== DETAIL));
const run = () => runEntryChecks({ api: setup.api, sourceSpreadsheetId: seeded.sourceId, clock: setup.clock });

/** Every data row's status cells equal its key's expected status. */
function expectStatuses(province: string, expected: ReadonlyMap<string, StatusCells>): void {
  const grid = gridOf(province);
  for (const row of grid.slice(1)) {
    const want = expected.get(rowKey(row[entryColumnIndex('laoCode')] ?? null, row[entryColumnIndex('indicatorCode')] ?? null))!;
    expect([row[STATUS] ?? '', row[DETAIL] ?? '']).toEqual([want.status, want.detail]);
  }
}

describe('entry check run on the Sheets API', () => {
  it('writes the local job’s statuses into the status columns only', async () => {
    const before = new Map(FILES.map((p) => [p, withoutStatus(gridOf(p))]));
    const summary = await run();
    expect(summary.problems).toEqual([]);
    expect(summary.ok).toBe(true);
    expect(summary.filesRead).toBe(FILES.length);
    expect(summary.filesWritten.sort()).toEqual([...ENTERED].sort());
    const expected = localStatuses();
    for (const p of FILES) {
      expectStatuses(p, expected);
      expect(withoutStatus(gridOf(p))).toEqual(before.get(p));
    }
    expect(new Set(Object.keys(summary.statusCounts))).toEqual(new Set(['', 'ผ่าน', 'ต้องแก้ไข', 'น่าสงสัย']));
  });

  it('puts every status on its own row when a user sorts the sheet between the read and the write', async () => {
    const province = 'ตาก';
    const id = seeded.fileIds.get(province)!;
    const call = setup.api.call.bind(setup.api);
    let sorted = false;
    setup.api.call = async (bucket, method, send) => {
      if (!sorted && method === 'sheets.spreadsheets.values.batchUpdate') {
        // The user sorts the data rows by the delivered column (here: reverses them) just before the write lands.
        const sheet = setup.fake.sheets.sheet(id, entrySheet.name);
        const [header, ...body] = sheet.cells;
        sheet.cells = [header, ...body.reverse()];
        sorted = true;
      }
      return call(bucket, method, send);
    };
    const before = withoutStatus(gridOf(province)).slice(1).reverse();
    const summary = await run();
    expect(sorted).toBe(true);
    expect(summary.pending).toEqual([]);
    expectStatuses(province, localStatuses());
    expect(withoutStatus(gridOf(province)).slice(1)).toEqual(before);
  });

  it('writes nothing on a quiet run, and only the edited file after one LAO’s edit', async () => {
    await run();
    setup.fake.resetCounts();
    const quiet = await run();
    expect(quiet.filesWritten).toEqual([]);
    expect(quiet.progressSheetsWritten).toBe(0);
    expect(setup.fake.counts['sheets.spreadsheets.values.batchUpdate'] ?? 0).toBe(0);
    expect(setup.fake.counts['sheets.spreadsheets.values.batchGet']).toBe(FILES.length + 1);

    // One LAO of Krabi types a delivered figure above its frame on a percentage row.
    const province = 'กระบี่';
    const id = seeded.fileIds.get(province)!;
    const grid = gridOf(province);
    const r = grid.findIndex(
      (row, i) =>
        i > 0 &&
        row[STATUS] === 'ผ่าน' &&
        data.catalog.lookup(String(row[entryColumnIndex('indicatorCode')]), data.registry.byCode.get(String(row[entryColumnIndex('laoCode')]))!.type)
          ?.percentage,
    );
    const frame = Number(grid[r]![entryColumnIndex('frame')]);
    setup.fake.sheets.seedValues(
      id,
      entrySheet.name,
      [[frame + 5]].map((v) => [...new Array(entryColumnIndex('delivered')).fill(null), ...v]),
      r,
    );
    setup.fake.resetCounts();
    const edited = await run();
    expect(edited.filesWritten).toEqual([province]);
    expect(gridOf(province)[r]![STATUS]).toBe('ต้องแก้ไข');
    expect(String(gridOf(province)[r]![DETAIL])).toContain('มากกว่ากรอบการประเมิน');
  });

  it('writes progress per district that adds up to the province and the national sheet', async () => {
    await run();
    const national = setup.fake.sheets.grid(seeded.sourceId, entryProvinceProgressSheet.name);
    const headerAt = national.findIndex((r) => r[0] === 'จังหวัด');
    const provinceRows = national.slice(headerAt + 1, -1);
    const total = national[national.length - 1]!;
    expect(total[0]).toBe('รวมทั้งประเทศ');
    expect(provinceRows.map((r) => r[0]).sort()).toEqual([...FILES].sort());
    for (let c = 1; c <= 5; c++) expect(provinceRows.reduce((n, r) => n + Number(r[c]), 0)).toBe(total[c]);
    for (const row of provinceRows) {
      const sheet = setup.fake.sheets.grid(seeded.fileIds.get(String(row[0]))!, entryDistrictProgressSheet.name);
      expect(sheet[2]).toEqual([expect.stringMatching(/^เหลือเวลาบันทึก|^ยังไม่เปิด|^ปิดการบันทึก/)]);
      const districtRows = sheet.slice(sheet.findIndex((r) => r[0] === 'อำเภอ') + 1, -1);
      const provinceTotal = sheet[sheet.length - 1]!;
      expect(provinceTotal.slice(1, 6)).toEqual(row.slice(1, 6));
      for (let c = 1; c <= 5; c++) expect(districtRows.reduce((n, r) => n + Number(r[c]), 0)).toBe(provinceTotal[c]);
      // Expected = complete + with errors + partly entered + not started.
      expect(Number(row[2]) + Number(row[3]) + Number(row[4]) + Number(row[5])).toBe(row[1]);
    }
  });

  it('finds the columns by header when the owner inserted a column, and writes the statuses where they are now', async () => {
    const province = 'ตาก';
    const id = seeded.fileIds.get(province)!;
    const sheet = setup.fake.sheets.sheet(id, entrySheet.name);
    // A column inserted before everything (the owner's own notes): every column moves one to the right.
    sheet.cells = sheet.cells.map((row) => [undefined, ...(row ?? [])]);
    sheet.properties.gridProperties.columnCount++;
    const before = gridOf(province).map((r) => r.filter((_, c) => c !== STATUS + 1 && c !== DETAIL + 1));
    const summary = await run();
    expect(summary.problems).toEqual([]);
    const grid = gridOf(province);
    const expected = localStatuses();
    for (const row of grid.slice(1)) {
      const want = expected.get(rowKey(row[entryColumnIndex('laoCode') + 1] ?? null, row[entryColumnIndex('indicatorCode') + 1] ?? null))!;
      expect([row[STATUS + 1] ?? '', row[DETAIL + 1] ?? '']).toEqual([want.status, want.detail]);
    }
    expect(grid.map((r) => r.filter((_, c) => c !== STATUS + 1 && c !== DETAIL + 1))).toEqual(before);
  });

  it('runs without a settings sheet, and says the entry window is not set', async () => {
    const source = setup.fake.sheets.get(seeded.sourceId);
    source.sheets = source.sheets.filter((s) => s.properties.title !== 'ตั้งค่า');
    const summary = await run();
    expect(summary.ok).toBe(true);
    const national = setup.fake.sheets.grid(seeded.sourceId, entryProvinceProgressSheet.name);
    expect(national[2]![0]).toContain('ยังไม่ได้กำหนด "วันสุดท้ายของการบันทึกตัวชี้วัด"');
  });

  it('says in Thai which file it could not open, and still checks the others', async () => {
    setup.fake.sheets.spreadsheets.delete(seeded.fileIds.get('ระนอง')!);
    const summary = await run();
    expect(summary.ok).toBe(false);
    expect(summary.problems).toEqual([expect.stringContaining('เปิดไฟล์บันทึกตัวชี้วัดระนอง')]);
    expect(summary.filesWritten.sort()).toEqual(ENTERED.filter((p) => p !== 'ระนอง').sort());
  });
});

describe('checkEntries HTTP handler', () => {
  const respond = () => {
    const out: { status: number; body: unknown } = { status: 200, body: undefined };
    const res = {
      status(code: number) {
        out.status = code;
        return res;
      },
      json(body: unknown) {
        out.body = body;
      },
    };
    return { out, res };
  };

  it('runs on POST, refuses other methods and a second run at once', async () => {
    const handler = createEntryCheckHandler(() => ({ sourceSpreadsheetId: seeded.sourceId, newApi: () => setup.api, clock: setup.clock }));
    const get = respond();
    await handler({ method: 'GET' }, get.res);
    expect(get.out.status).toBe(405);
    const first = respond();
    const second = respond();
    await Promise.all([handler({ method: 'POST' }, first.res), handler({ method: 'POST' }, second.res)]);
    expect(first.out.status).toBe(200);
    expect((first.out.body as { filesRead: number }).filesRead).toBe(FILES.length);
    expect(second.out.status).toBe(409);
  });

  const handlerOf = () => createEntryCheckHandler(() => ({ sourceSpreadsheetId: seeded.sourceId, newApi: () => setup.api, clock: setup.clock }));
  const leaseHeldBy = (slot: LeaseSlot, until: number) =>
    setup.fake.sheets.get(seeded.sourceId).developerMetadata.push({
      metadataId: slot.metadataId,
      metadataKey: slot.key,
      metadataValue: JSON.stringify({ holder: 'other-run', until }),
      location: { locationType: 'SPREADSHEET', spreadsheet: true },
      visibility: 'PROJECT',
    });
  const writes = () => (setup.fake.counts['sheets.spreadsheets.values.batchUpdate'] ?? 0) + (setup.fake.counts['sheets.spreadsheets.batchUpdate'] ?? 0);

  it('two instances at once: one checks, the other answers 409; the lease is given back', async () => {
    const first = respond();
    const second = respond();
    await Promise.all([handlerOf()({ method: 'POST' }, first.res), handlerOf()({ method: 'POST' }, second.res)]);
    expect([first.out.status, second.out.status].sort()).toEqual([200, 409]);
    const refused = (first.out.status === 409 ? first : second).out.body as { message: string };
    expect(refused.message).toMatch(/ตรวจข้อมูลตัวชี้วัดอีกรอบหนึ่งกำลังทำงานอยู่ \(จองไว้ถึง .*25\d\d/);
    expect(setup.fake.sheets.get(seeded.sourceId).developerMetadata).toEqual([]);
    for (const province of ENTERED)
      expect(
        gridOf(province)
          .slice(1)
          .some((r) => r[STATUS]),
      ).toBe(true);
  });

  it('an entry check holding the lease: 409 and nothing written; once it expires, the next run checks', async () => {
    leaseHeldBy(ENTRY_CHECK_LEASE, setup.clock.now() + 60_000);
    const before = new Map(FILES.map((p) => [p, structuredClone(gridOf(p))]));
    const writesBefore = writes();
    const refused = respond();
    await handlerOf()({ method: 'POST' }, refused.res);
    expect(refused.out.status).toBe(409);
    expect(writes()).toBe(writesBefore);
    for (const p of FILES) expect(gridOf(p)).toEqual(before.get(p));
    await setup.clock.sleep(120_000);
    const taken = respond();
    await handlerOf()({ method: 'POST' }, taken.res);
    expect(taken.out.status).toBe(200);
    expect(setup.fake.sheets.get(seeded.sourceId).developerMetadata).toEqual([]);
  });

  it('a rebuild holding its lease does not stop the entry check, nor loses its lease', async () => {
    leaseHeldBy(REBUILD_LEASE, setup.clock.now() + 60_000);
    const checked = respond();
    await handlerOf()({ method: 'POST' }, checked.res);
    expect(checked.out.status).toBe(200);
    expect(setup.fake.sheets.get(seeded.sourceId).developerMetadata.map((m) => m.metadataKey)).toEqual([REBUILD_LEASE.key]);
  });
});
