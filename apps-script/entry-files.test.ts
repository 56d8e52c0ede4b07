/**
 * The owner's set-up of the entry files and the Apps Script check run, on the in-memory fakes, with the same data
 * set as the core and cloud-function tests.
 */
import { demoRegistry } from '../scripts/bench/dataset';
import { checkEntries } from '../core/indicators/checks';
import { entriesFromGrid } from '../core/indicators/entries';
import { entryColumnIndex, inputColumnSpan, laoRowBlocks } from '../core/indicators/entry-file';
import { rowKey, statusCells, type StatusCells } from '../core/indicators/entry-status';
import { entryDataSet } from '../core/indicators/entry-test-data';
import { demoIndicators } from '../core/synth/indicator-catalog';
import type { Cell, Grid } from '../sheets-schema/cell';
import { headers } from '../sheets-schema/define';
import { coordinatorsSheet } from '../sheets-schema/coordinators';
import { entryFilesSheet, entryProvinceProgressSheet, entrySheet } from '../sheets-schema/entry-files';
import { INDICATOR_CATALOG } from '../sheets-schema/indicators';
import { registrationsSheet } from '../sheets-schema/registrations';
import { SETTING_KEYS, settingsSheet } from '../sheets-schema/settings';
import * as app from './app';
import { createFakeAppsScript } from './testing/fake-apps-script';
import type { FakeSpreadsheet } from './testing/fake-spreadsheet';
import { typeInto } from './testing/load-bundle';
import { fakeServices } from './testing/services';

const PROVINCES = ['ระนอง', 'กระบี่'];
const data = entryDataSet(
  demoRegistry(2569).filter((l) => PROVINCES.includes(l.province)),
  demoIndicators(),
);
const FILES = data.files.map((f) => f.province);
const SERVICE_ACCOUNT = 'rebuild@lao-minstd.iam.gserviceaccount.com';
const COORDINATOR = { ระนอง: 'ranong@example.go.th', กระบี่: 'krabi@example.go.th' } as const;
/** Every third LAO registered one or two staff e-mails. */
const REGISTERED = data.registry.entries
  .filter((_, i) => i % 3 === 0)
  .map((l, i) => ({ code: l.code, emails: i % 2 ? [`a${l.code}@example.com`, `b${l.code}@example.com`] : [`a${l.code}@example.com`] }));

function setUp(now: () => number = () => Date.UTC(2026, 6, 15, 2)) {
  const fake = createFakeAppsScript({ now });
  const services = fakeServices(fake);
  const ss = fake.spreadsheet;
  typeInto(ss.insertSheet('ทะเบียน อปท.'), [
    ['code', 'type', 'name', 'province', 'district'],
    ...data.registry.entries.map((e) => [e.code, e.type, e.name, e.province, e.district]),
  ]);
  typeInto(ss.insertSheet(INDICATOR_CATALOG.name), data.catalogGrid);
  typeInto(ss.insertSheet(coordinatorsSheet.name), [headers(coordinatorsSheet), ...Object.entries(COORDINATOR).map(([p, e]) => [p, e, null, null])]);
  typeInto(ss.insertSheet(settingsSheet.name), [
    headers(settingsSheet),
    [SETTING_KEYS.functionServiceAccount, SERVICE_ACCOUNT, null],
    [SETTING_KEYS.entryWindowStart, '1/7/2569', null],
    [SETTING_KEYS.entryWindowEnd, '31/8/2569', null],
  ]);
  const width = headers(registrationsSheet).length;
  const row = (code: string, email: string, status = 'ใช้ได้'): Cell[] => {
    const cells = new Array<Cell>(width).fill(null);
    cells[1] = status;
    cells[3] = code;
    cells[11] = email;
    return cells;
  };
  typeInto(ss.insertSheet(registrationsSheet.name), [
    headers(registrationsSheet),
    ...REGISTERED.flatMap((r) => r.emails.map((e) => row(r.code, e))),
    // A duplicate registration gives no access of its own.
    row(data.registry.entries[1]!.code, 'dup@example.com', 'ซ้ำ'),
  ]);
  return { fake, services, ss };
}

type Setup = ReturnType<typeof setUp>;
const menu = (w: Setup) => w.fake.env.runAs('interactive', () => app.setUpEntryFilesAction(w.services));
const lastAlert = (w: Setup) => w.fake.ui.alerts.at(-1)?.prompt ?? '';
const entryFiles = (w: Setup): FakeSpreadsheet[] => [...w.fake.spreadsheetApp.spreadsheets.values()].filter((s) => s !== w.ss);
const fileOf = (w: Setup, province: string) => entryFiles(w).find((s) => s.getName().endsWith(province))!;

describe('setting up the entry files', () => {
  it('creates one file per province once, however often it runs', () => {
    const w = setUp();
    menu(w);
    expect(lastAlert(w)).toContain('ไฟล์บันทึกตัวชี้วัดรายจังหวัดพร้อมแล้ว');
    expect(
      entryFiles(w)
        .map((s) => s.getName())
        .sort(),
    ).toEqual(FILES.map((p) => `แบบกรอกข้อมูลตัวชี้วัด ${p === 'กรุงเทพมหานคร' ? p : `จังหวัด${p}`}`).sort());
    const ids = entryFiles(w).map((s) => s.getId());
    menu(w);
    expect(lastAlert(w)).toContain(`สร้างไฟล์ใหม่ 0 ไฟล์ พร้อมใช้ ${FILES.length} จังหวัด`);
    expect(entryFiles(w).map((s) => s.getId())).toEqual(ids);
    const listed = w.ss.getSheetByName(entryFilesSheet.name)!.getDataRange().getValues();
    expect(
      listed
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual([...ids].sort());
  });

  it('lays each file out like the template, opens each LAO’s rows to its registered e-mails only, and says how many', () => {
    const w = setUp();
    menu(w);
    const withAccess = REGISTERED.filter((r) => data.registry.byCode.get(r.code) && data.catalog.applicable(data.registry.byCode.get(r.code)!.type).length);
    expect(lastAlert(w)).toContain(`อปท. ที่แก้ไขได้เฉพาะแถวของตน (ตามอีเมลที่ลงทะเบียน) ${withAccess.length} จาก`);
    for (const province of FILES.filter((p) => p !== 'กรุงเทพมหานคร')) {
      const file = fileOf(w, province);
      const sheet = file.getSheetByName(entrySheet.name)!;
      const grid = sheet.getDataRange().getValues() as Grid;
      expect(grid).toEqual(data.files.find((f) => f.province === province)!.blank.map((r) => r.map((c) => c ?? '')));
      const coordinator = COORDINATOR[province as keyof typeof COORDINATOR];
      const editors = file.getEditors().map((u) => u.getEmail());
      expect(editors).toEqual(expect.arrayContaining([coordinator, SERVICE_ACCOUNT]));
      const protections = sheet.getProtections('RANGE').filter((p) => p.getDescription().startsWith('อปท. '));
      const blocks = laoRowBlocks(grid.slice(1));
      const { firstColumn, columns } = inputColumnSpan();
      for (const block of blocks) {
        const registered = REGISTERED.find((r) => r.code === block.laoCode);
        const protection = protections.find((p) => p.getDescription() === `อปท. ${block.laoCode}`);
        if (!registered) {
          expect(protection).toBeUndefined();
          continue;
        }
        const range = protection!.getRange();
        expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([block.firstRow, firstColumn, block.rows, columns]);
        expect(
          protection!
            .getEditors()
            .map((u) => u.getEmail())
            .sort(),
        ).toEqual(['admin@odloc.example', coordinator, ...registered.emails].sort());
        expect(protection!.canDomainEdit()).toBe(false);
        for (const email of registered.emails) expect(editors).toContain(email);
      }
      expect(protections.length).toBe(blocks.filter((b) => REGISTERED.some((r) => r.code === b.laoCode)).length);
      // The service account may write the locked status columns; nobody else but the owner.
      expect(
        sheet
          .getProtections('SHEET')[0]!
          .getEditors()
          .map((u) => u.getEmail())
          .sort(),
      ).toEqual(['admin@odloc.example', SERVICE_ACCOUNT].sort());
      expect(
        sheet
          .getConditionalFormatRules()
          .map((r) => r.backgroundFor('ต้องแก้ไข: x'))
          .filter(Boolean),
      ).toEqual(['#f4cccc']);
    }
    expect(w.fake.spreadsheetApp.spreadsheets.size).toBe(FILES.length + 1);
  });

  it('resumes across executions cut by its time budget, creating each file once', () => {
    let t = Date.UTC(2026, 6, 15, 2);
    // Each reading of the clock is a minute later: an execution's budget runs out after a few steps.
    const w = setUp(() => (t += 60_000));
    let runs = 0;
    do {
      menu(w);
      runs++;
    } while (lastAlert(w).includes('กรุณาเลือกเมนูนี้อีกครั้ง') && runs < 50);
    expect(runs).toBeGreaterThan(1);
    expect(lastAlert(w)).toContain(`พร้อมใช้ ${FILES.length} จังหวัด`);
    expect(entryFiles(w).length).toBe(FILES.length);
    for (const province of FILES.filter((p) => p !== 'กรุงเทพมหานคร')) {
      const sheet = fileOf(w, province).getSheetByName(entrySheet.name)!;
      const codes = sheet.getProtections('RANGE').map((p) => p.getDescription());
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('re-protects without rewriting what LAOs typed when a new LAO registers', () => {
    const w = setUp();
    menu(w);
    const province = 'ระนอง';
    const sheet = fileOf(w, province).getSheetByName(entrySheet.name)!;
    sheet.getRange(2, entryColumnIndex('frame') + 1).setValue(12);
    const newcomer = data.registry.inProvince(province).find((l) => !REGISTERED.some((r) => r.code === l.code) && data.catalog.applicable(l.type).length)!;
    const reg = w.ss.getSheetByName(registrationsSheet.name)!;
    const row = new Array<Cell>(headers(registrationsSheet).length).fill(null);
    row[1] = 'ใช้ได้';
    row[3] = newcomer.code;
    row[11] = 'new@example.com';
    typeInto(reg, [row], reg.getLastRow() + 1);
    menu(w);
    expect(lastAlert(w)).toContain('สร้างไฟล์ใหม่ 0 ไฟล์');
    expect(sheet.getRange(2, entryColumnIndex('frame') + 1).getValue()).toBe(12);
    const p = sheet.getProtections('RANGE').find((x) => x.getDescription() === `อปท. ${newcomer.code}`)!;
    expect(p.getEditors().map((u) => u.getEmail())).toContain('new@example.com');
  });
});

/** The local job's status per key on the same data set. */
function localStatuses(): Map<string, StatusCells> {
  const local = entriesFromGrid([data.files[0]!.filled[0]!, ...data.files.flatMap((f) => f.filled.slice(1))]);
  if (!local.ok) throw new Error('local read');
  const checked = checkEntries(local.rows, data.catalog, data.registry);
  return new Map(checked.map((e, i) => [rowKey(local.rows[i]!.laoCode, local.rows[i]!.indicatorCode), statusCells(e)]));
}

describe('checking the entry files in Apps Script', () => {
  it('writes the local job’s statuses into the status columns only, and the national progress', () => {
    const w = setUp();
    menu(w);
    const frameAt = entryColumnIndex('frame');
    for (const f of data.files) {
      const sheet = fileOf(w, f.province).getSheetByName(entrySheet.name)!;
      // The LAOs type their figures (numbers, and the text some of them type).
      sheet.getRange(2, frameAt + 1, f.filled.length - 1, 3).setValues(f.filled.slice(1).map((r) => r.slice(frameAt, frameAt + 3).map((c) => c ?? '')));
    }
    const before = data.files.map((f) =>
      fileOf(w, f.province)
        .getSheetByName(entrySheet.name)!
        .getDataRange()
        .getValues()
        .map((r) => r.slice(0, entryColumnIndex('checkStatus'))),
    );
    w.fake.env.runAs('interactive', () => app.checkEntryFilesAction(w.services, true));
    expect(lastAlert(w)).toContain('ตรวจข้อมูลตัวชี้วัดเรียบร้อย');
    const expected = localStatuses();
    data.files.forEach((f, i) => {
      const grid = fileOf(w, f.province).getSheetByName(entrySheet.name)!.getDataRange().getValues() as Grid;
      expect(grid.map((r) => r.slice(0, entryColumnIndex('checkStatus')))).toEqual(before[i]);
      for (const row of grid.slice(1)) {
        const want = expected.get(rowKey(row[entryColumnIndex('laoCode')]!, row[entryColumnIndex('indicatorCode')]!))!;
        expect([row[entryColumnIndex('checkStatus')], row[entryColumnIndex('checkDetail')]]).toEqual([want.status, want.detail]);
      }
    });
    const national = w.ss.getSheetByName(entryProvinceProgressSheet.name)!.getDataRange().getValues();
    expect(national.at(-1)![0]).toBe('รวมทั้งประเทศ');
    // A second run has nothing to write.
    w.fake.env.runAs('interactive', () => app.checkEntryFilesAction(w.services, true));
    expect(lastAlert(w)).toContain('ปรับผลการตรวจ 0 แถว ใน 0 ไฟล์');
  });
});

describe('a user sorting while Apps Script checks', () => {
  it('does not misplace any status', () => {
    const w = setUp();
    menu(w);
    const frameAt = entryColumnIndex('frame');
    for (const f of data.files) {
      const sheet = fileOf(w, f.province).getSheetByName(entrySheet.name)!;
      sheet.getRange(2, frameAt + 1, f.filled.length - 1, 3).setValues(f.filled.slice(1).map((r) => r.slice(frameAt, frameAt + 3).map((c) => c ?? '')));
    }
    const sheet = fileOf(w, 'กระบี่').getSheetByName(entrySheet.name)!;
    const proto = Object.getPrototypeOf(sheet.getRange(1, 1)) as { setValues(values: unknown[][]): unknown };
    const original = proto.setValues;
    let sorted = false;
    const spy = jest.spyOn(proto, 'setValues').mockImplementation(function (this: { getSheet(): unknown; getColumn(): number }, values: unknown[][]) {
      if (!sorted && this.getSheet() === sheet && this.getColumn() === entryColumnIndex('checkStatus') + 1) {
        sorted = true;
        // Just before the first status write lands, the user sorts the data rows (here: reverses them).
        const all = sheet.getDataRange().getValues();
        original.call(sheet.getRange(2, 1, all.length - 1, all[0]!.length), all.slice(1).reverse());
      }
      return original.call(this, values);
    });
    try {
      w.fake.env.runAs('interactive', () => app.checkEntryFilesAction(w.services, true));
    } finally {
      spy.mockRestore();
    }
    expect(sorted).toBe(true);
    const expected = localStatuses();
    const grid = sheet.getDataRange().getValues() as Grid;
    for (const row of grid.slice(1)) {
      const want = expected.get(rowKey(row[entryColumnIndex('laoCode')]!, row[entryColumnIndex('indicatorCode')]!))!;
      expect([row[entryColumnIndex('checkStatus')], row[entryColumnIndex('checkDetail')]]).toEqual([want.status, want.detail]);
    }
  });
});

describe('a national set of entry files', () => {
  it('is created once for every province and Bangkok, with every registered LAO given its own rows', () => {
    // Every LAO of the generated national registry, with two indicators that apply to every type (Bangkok too: the
    // catalog leaves their types blank), so that the fakes stay small.
    const everyType = demoIndicators().filter((i) => Object.keys(i.targets).length === 6 && new Set(Object.values(i.targets)).size === 1);
    const national = entryDataSet(demoRegistry(2569), everyType.slice(0, 2));
    const fake = createFakeAppsScript({ now: () => Date.UTC(2026, 6, 1, 2) });
    const services = fakeServices(fake);
    const ss = fake.spreadsheet;
    typeInto(ss.insertSheet('ทะเบียน อปท.'), [
      ['code', 'type', 'name', 'province', 'district'],
      ...national.registry.entries.map((e) => [e.code, e.type, e.name, e.province, e.district]),
    ]);
    typeInto(ss.insertSheet(INDICATOR_CATALOG.name), national.catalogGrid);
    const width = headers(registrationsSheet).length;
    const registered = national.registry.entries.filter((_, i) => i % 2 === 0);
    typeInto(ss.insertSheet(registrationsSheet.name), [
      headers(registrationsSheet),
      ...registered.map((l) => {
        const row = new Array<Cell>(width).fill(null);
        row[1] = 'ใช้ได้';
        row[3] = l.code;
        row[11] = `staff${l.code}@example.com`;
        return row;
      }),
    ]);
    const run = () => fake.env.runAs('interactive', () => app.setUpEntryFilesAction(services));
    run();
    const files = [...fake.spreadsheetApp.spreadsheets.values()].filter((s) => s !== ss);
    expect(files.length).toBe(national.files.length);
    expect(files.length).toBe(77);
    const expectedOwn = registered.filter((l) => national.catalog.applicable(l.type).length).length;
    const expectedLaos = national.registry.entries.filter((l) => national.catalog.applicable(l.type).length).length;
    expect(fake.ui.alerts.at(-1)!.prompt).toContain(`อปท. ที่แก้ไขได้เฉพาะแถวของตน (ตามอีเมลที่ลงทะเบียน) ${expectedOwn} จาก ${expectedLaos} แห่ง`);
    const protections = files.flatMap((f) => f.getSheetByName(entrySheet.name)!.getProtections('RANGE'));
    expect(protections.length).toBe(expectedOwn);
    for (const p of protections) {
      const code = p.getDescription().replace('อปท. ', '');
      expect(p.getEditors().map((u) => u.getEmail())).toEqual(['admin@odloc.example', `staff${code}@example.com`]);
    }
    run();
    expect([...fake.spreadsheetApp.spreadsheets.values()].filter((s) => s !== ss).map((s) => s.getId())).toEqual(files.map((f) => f.getId()));
    expect(fake.ui.alerts.at(-1)!.prompt).toContain('สร้างไฟล์ใหม่ 0 ไฟล์ พร้อมใช้ 77 จังหวัด');
  });
});
