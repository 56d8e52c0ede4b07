/**
 * The built bundle, loaded as Apps Script loads it: one script in a global scope that has the Apps Script services
 * (fakes) and nothing of Node (no require, process, Buffer, setTimeout). Drives the menu and the triggers end to end.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { parse } from 'csv-parse/sync';
import { buildAppsScript, type BuildResult } from '../scripts/build-apps-script';
import { headers } from '../sheets-schema/define';
import { registrationsSheet } from '../sheets-schema/registrations';
import { RSVP_TITLES } from '../sheets-schema/rsvp-form';
import { registryFromGrid } from '../core/registry/import';
import { Registry } from '../core/registry/index';
import { laoChoiceLabel, pickedLaoTitle } from '../sheets-schema/rsvp-picked-lao';
import { rsvpLinksSheet } from '../sheets-schema/rsvp-links';
import type { FakeAppsScript } from './testing/fake-apps-script';
import { loadBundle, typeInto } from './testing/load-bundle';
import { SOMSRI } from './testing/workshop';
import { MENU_ITEMS, MENU_TITLE } from './ui';
import { sharedDataPath, testWithSharedData } from '../scripts/testing/shared-data';

const PROVINCES = ['ตาก', 'แม่ฮ่องสอน'];

function csv(file: string): string[][] {
  return parse(readFileSync(file, 'utf8'), { bom: true, skip_empty_lines: true }) as string[][];
}

let build: BuildResult;
let code: string;

beforeAll(async () => {
  build = await buildAppsScript({ outDir: mkdtempSync(path.join(tmpdir(), 'lao-minstd-gas-')) });
  code = readFileSync(build.bundlePath, 'utf8');
});

function load() {
  return loadBundle(code);
}

function lastAlert(fake: FakeAppsScript): string {
  const alert = fake.ui.alerts.at(-1);
  if (!alert) throw new Error('no alert');
  return alert.prompt;
}

describe('the Apps Script bundle', () => {
  it('is one script with a top-level function per entry point and no Node', () => {
    const { context, global } = load();
    expect(build.entryPoints).toEqual(expect.arrayContaining(['onOpen', 'installTriggers', 'createRsvpForm', 'importRegistry']));
    for (const name of build.entryPoints) expect(typeof global(name)).toBe('function');
    for (const name of ['require', 'process', 'Buffer', 'setTimeout', 'module', 'exports']) {
      expect(vm.runInContext(`typeof ${name}`, context)).toBe('undefined');
    }
    expect(build.bytes).toBeLessThan(400 * 1024);
  });

  it('ships the manifest, and the clasp project files of both environments push exactly the built files', async () => {
    const built = await buildAppsScript(); // dist/apps-script, where the project files point
    const manifest = JSON.parse(readFileSync(path.join(built.outDir, 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({ timeZone: 'Asia/Bangkok', runtimeVersion: 'V8', exceptionLogging: 'STACKDRIVER' });
    expect(manifest.oauthScopes).toEqual(expect.arrayContaining(['https://www.googleapis.com/auth/script.scriptapp', 'https://www.googleapis.com/auth/forms']));
    const clasp = path.join(__dirname, '../node_modules/@google/clasp/build/src/index.js');
    for (const env of ['dev', 'prod']) {
      const run = spawnSync(process.execPath, [clasp, 'status', '--json', '--project', path.join(__dirname, `clasp/.clasp.${env}.json`)], {
        cwd: path.join(__dirname, '..'),
        env: { ...process.env, HOME: mkdtempSync(path.join(tmpdir(), 'clasp-home-')) },
        encoding: 'utf8',
      });
      // The Thai read-me beside them (for installing by hand) is not pushed.
      expect(JSON.parse(run.stdout)).toEqual({
        filesToPush: ['dist/apps-script/appsscript.json', 'dist/apps-script/Code.js'],
        untrackedFiles: ['dist/apps-script/อ่านก่อน.txt'],
      });
    }
  });

  it('adds the Thai menu on open, each item naming a top-level function', () => {
    const { fake, global } = load();
    fake.open();
    expect(fake.ui.menus.map((m) => m.caption)).toEqual([MENU_TITLE]);
    const items = fake.ui.menus[0]!.entries.filter((e) => e.functionName);
    expect(items.map((e) => e.caption)).toEqual(MENU_ITEMS.flatMap((i) => (i ? [i.caption] : [])));
    for (const item of items) expect(typeof global(item.functionName!)).toBe('function');
  });

  testWithSharedData('imports the registry, builds the form with per-LAO links, and installs triggers once', ['lao-registry.csv'], () => {
    const { fake } = load();
    const ss = fake.spreadsheet;
    fake.open();

    fake.clickMenu('นำเข้าทะเบียน อปท.');
    expect(lastAlert(fake)).toMatch(/สร้างแผ่นงาน "ทะเบียน อปท." ว่างไว้ให้แล้ว/);
    const rows = registryRows();
    typeInto(ss.getSheetByName('ทะเบียน อปท.')!, rows);
    fake.clickMenu('นำเข้าทะเบียน อปท.');
    expect(lastAlert(fake)).toMatch(new RegExp(`ทะเบียน อปท. ใช้ได้: ${rows.length} แห่ง ใน 3 จังหวัด`));

    fake.clickMenu('สร้างแบบฟอร์มลงทะเบียน');
    expect(lastAlert(fake)).toMatch(/สร้างแผ่นงาน "รอบการประชุม" พร้อมแถวตัวอย่าง 2 แถว/);
    fake.clickMenu('สร้างแบบฟอร์มลงทะเบียน');
    expect(lastAlert(fake)).toMatch(/ยังมีแถวตัวอย่าง 2 แถว/);
    expect(fake.formApp.forms.size).toBe(0);
    ss.deleteSheet(ss.getSheetByName('รอบการประชุม')!);
    typeInto(ss.insertSheet('รอบการประชุม'), sessionRows());
    fake.clickMenu('สร้างแบบฟอร์มลงทะเบียน');
    expect(lastAlert(fake)).toMatch(/^สร้างแบบฟอร์มลงทะเบียนแล้ว/);
    const form = fake.onlyForm();
    const responses = ss.getSheets().find((s) => s.formUrl)!;
    // The picked-LAO form: the province, one drop-down per province, then the person; no typed LAO.
    const header = responses.getDataRange().getValues()[0]!.map(String);
    expect(header.slice(0, 2)).toEqual(['ประทับเวลา', RSVP_TITLES.province]);
    expect(header.slice(2, -5).sort()).toEqual(['กรุงเทพมหานคร', ...PROVINCES].map(pickedLaoTitle).sort());
    expect(header.slice(-5)).toEqual([RSVP_TITLES.personName, RSVP_TITLES.position, RSVP_TITLES.phone, RSVP_TITLES.email, RSVP_TITLES.session]);

    const links = ss.getSheetByName(rsvpLinksSheet.name)!.getDataRange().getValues();
    expect(links).toHaveLength(rows.length + 1); // header + every LAO (rows has the CSV header) + Bangkok
    const maeRamat = links.find((r) => r[4] === '5630403')!;
    expect(maeRamat.slice(0, 4)).toEqual(['ตาก', 'แม่ระมาด', 'เทศบาลตำบล', 'แม่ระมาด']);
    const link = String(maeRamat[5]);
    expect(link.startsWith(`${form.getPublishedUrl()}?usp=pp_url&entry.`)).toBe(true);
    const answers = link
      .split('&')
      .slice(1)
      .map((p) => decodeURIComponent(p.split('=')[1]!.replace(/\+/g, ' ')));
    const takPage = header.slice(2, -5).indexOf(pickedLaoTitle('ตาก')) + 1;
    expect(answers).toEqual(['ตาก', 'เทศบาลตำบลแม่ระมาด — อ.แม่ระมาด', `0,${takPage}`]);

    fake.clickMenu('สร้างแบบฟอร์มลงทะเบียน');
    expect(lastAlert(fake)).toMatch(/^ปรับปรุงแบบฟอร์มลงทะเบียนแล้ว/);
    expect(fake.formApp.forms.size).toBe(1);

    fake.clickMenu('ติดตั้งทริกเกอร์');
    fake.clickMenu('ติดตั้งทริกเกอร์');
    expect(lastAlert(fake)).toMatch(/มีอยู่แล้ว/);
    expect(
      fake.scriptApp
        .getProjectTriggers()
        .map((t) => `${t.getHandlerFunction()}:${t.getEventType()}`)
        .sort(),
    ).toEqual(['onFormSubmit:ON_FORM_SUBMIT', 'rebuildSummaries:CLOCK']);
  });

  testWithSharedData(
    'notes each submission on the form-submit trigger and rebuilds on the clock, never touching the raw responses',
    ['lao-registry.csv'],
    () => {
      const { fake } = ready();
      const ss = fake.spreadsheet;
      const form = fake.onlyForm();
      const responses = ss.getSheets().find((s) => s.formUrl)!;
      const session = (type: string) => String(sessionRows().find((r) => r[3]!.includes(type))![0]);

      fake.clickMenu('สร้างสรุปใหม่'); // before any response: every sheet exists, empty
      expect(lastAlert(fake)).toMatch(/^สร้างสรุปเรียบร้อย/);
      expect(ss.getSheetByName('ผลการตรวจการลงทะเบียน')!.getLastRow()).toBe(1);

      const somsri = { ...SOMSRI, 'รหัส อปท.': '5630403', รอบการประชุม: session('เทศบาลตำบล') };
      const submissions: Array<Record<string, string>> = [
        somsri,
        {
          จังหวัด: 'แม่ฮ่องสอน',
          [pickedLaoTitle('แม่ฮ่องสอน')]: 'อบต.แม่นาเติง — อ.ปาย',
          อำเภอ: 'อ.ปาย',
          'ประเภท อปท.': 'องค์การบริหารส่วนตำบล',
          'ชื่อ อปท.': 'อบต.แม่นาเติง',
          'ชื่อ-นามสกุล': 'นายสมชาย ใจดี',
          ตำแหน่ง: 'ปลัด อบต.',
          โทรศัพท์มือถือ: '0891234567',
          อีเมล: 'somchai@example.com',
          รอบการประชุม: session('องค์การบริหารส่วนตำบล'),
        },
        { ...somsri, โทรศัพท์มือถือ: '081-234-9999' },
        // A name that looks like a formula: kept as text, never evaluated.
        { ...somsri, 'ชื่อ-นามสกุล': '=HYPERLINK("http://x.example","คลิก")', โทรศัพท์มือถือ: '0822222222', อีเมล: 'x@example.com' },
      ];
      const perSubmission: number[] = [];
      for (const answers of submissions) {
        fake.counter.reset();
        fake.submitForm(form, answers);
        perSubmission.push(fake.counter.total());
        reportCounts('per submission', fake.counter.snapshot());
      }
      const registrations = ss.getSheetByName('ผลการตรวจการลงทะเบียน')!;
      // A submission only notes its row (a few calls, no sheet written); the rebuild takes every new row up.
      expect(registrations.getLastRow()).toBe(1);
      expect(Math.max(...perSubmission)).toBeLessThanOrEqual(5);
      // Google delivering an event again, or blank, changes nothing.
      const lastRow = responses.getRange(responses.getLastRow(), 1, 1, responses.getLastColumn());
      const propertiesBefore = JSON.stringify(fake.propertiesService.script.getProperties());
      fake.repeatSubmitEvent(lastRow);
      fake.blankSubmitEvent(lastRow);
      expect(JSON.stringify(fake.propertiesService.script.getProperties())).toBe(propertiesBefore);

      const raw = () => JSON.stringify([responses.getDataRange().getValues(), responses.getDataRange().getFormulas()]);
      const rawBefore = raw();
      fake.counter.reset();
      expect(fake.runClock()).toBe(1);
      reportCounts('rebuild', fake.counter.snapshot());
      expect(raw()).toBe(rawBefore);
      expect(fake.console.entries.filter((e) => e.level === 'error')).toEqual([]);

      const rebuilt = registrations.getDataRange().getValues();
      expect(rebuilt[0]).toEqual(headers(registrationsSheet));
      const statusOf = (row: number) => rebuilt.find((r) => r[0] === row)![1];
      // Responses 1-4 are rows 2-5 of the responses sheet, under its header. From the product's form every response
      // names its LAO: none waits for review.
      expect([statusOf(2), statusOf(3), statusOf(4), statusOf(5)]).toEqual(['ซ้ำ', 'ใช้ได้', 'ใช้ได้', 'ใช้ได้']);
      expect(
        registrations
          .getDataRange()
          .getFormulas()
          .flat()
          .every((f) => f === ''),
      ).toBe(true);
      expect(rebuilt.find((r) => r[0] === 5)![8]).toBe('=HYPERLINK("http://x.example","คลิก")');

      const overview = ss.getSheetByName('ภาพรวมรายจังหวัด')!.getDataRange().getValues();
      const tak = overview.find((r) => r[0] === 'ตาก')!;
      expect(tak.slice(1, 3)).toEqual([rowsIn('ตาก'), 1]);
      expect(JSON.stringify(overview)).not.toMatch(/สมศรี|สมชาย/);

      const files = ss.getSheetByName('ไฟล์สรุปรายจังหวัด')!.getDataRange().getValues().slice(1);
      expect(files.map((r) => r[0]).sort()).toEqual(['กรุงเทพมหานคร', 'ตาก', 'แม่ฮ่องสอน'].sort());
      const fileOf = (province: string) =>
        fake.spreadsheetApp.openById(
          String(files.find((r) => r[0] === province)![1])
            .split('/d/')[1]!
            .split('/')[0]!,
        );
      const takFile = JSON.stringify(
        fileOf('ตาก')
          .getSheets()
          .map((s) => s.getDataRange().getValues()),
      );
      const maeHongSonFile = JSON.stringify(
        fileOf('แม่ฮ่องสอน')
          .getSheets()
          .map((s) => s.getDataRange().getValues()),
      );
      expect(
        fileOf('ตาก')
          .getSheets()
          .map((s) => s.getName()),
      ).toEqual(expect.arrayContaining(['ผู้ลงทะเบียน', 'อปท. ที่ยังไม่ลงทะเบียน', rsvpLinksSheet.name]));
      expect(takFile).toContain('สมศรี');
      expect(takFile).not.toContain('สมชาย');
      // The follow-up list: every LAO still to chase carries its prefilled link, which picks that very LAO (the
      // picked-LAO form has no code question: the label in ตาก's list reads back to the code).
      const followUp = fileOf('ตาก').getSheetByName('อปท. ที่ยังไม่ลงทะเบียน')!.getDataRange().getValues();
      const headerRow = followUp.findIndex((r) => r.includes('รหัส อปท.'));
      const toChase = followUp.slice(headerRow + 1).filter((r) => r[3] !== '');
      expect(toChase.length).toBeGreaterThan(0);
      const imported = registryFromGrid(registryRows());
      if (!imported.ok) throw new Error('registry');
      const registry = new Registry(imported.entries);
      for (const r of toChase) {
        const link = decodeURIComponent(String(r[6]).replace(/\+/g, ' '));
        expect(link).toMatch(/^https:\/\/.*viewform\?usp=pp_url&/);
        expect(link).toContain(`=${laoChoiceLabel(registry.byCode.get(String(r[3]))!)}&pageHistory=0,`);
      }
      expect(maeHongSonFile).toContain('สมชาย');
      expect(maeHongSonFile).not.toContain('สมศรี');

      fake.counter.reset();
      fake.runClock(); // nothing new: returns at once
      expect(fake.counter.total()).toBeLessThanOrEqual(8); // the properties and the responses sheet's row count
    },
  );
});

/** The registry CSV rows of the test provinces, header first. */
function registryRows(): string[][] {
  const all = csv(sharedDataPath('lao-registry.csv'));
  return [all[0]!, ...all.slice(1).filter((r) => PROVINCES.includes(r[3]!))];
}

function rowsIn(province: string): number {
  return registryRows().filter((r) => r[3] === province).length;
}

function sessionRows(): string[][] {
  return csv(path.join(__dirname, '../sheets-schema/examples/sessions.example.csv'));
}

/** A bound spreadsheet with the registry and sessions imported, the form created and the triggers installed. */
function ready(): { fake: FakeAppsScript } {
  const { fake } = load();
  const ss = fake.spreadsheet;
  fake.open();
  fake.clickMenu('นำเข้าทะเบียน อปท.');
  typeInto(ss.getSheetByName('ทะเบียน อปท.')!, registryRows());
  typeInto(ss.insertSheet('รอบการประชุม'), sessionRows());
  fake.clickMenu('สร้างแบบฟอร์มลงทะเบียน');
  fake.clickMenu('ติดตั้งทริกเกอร์');
  return { fake };
}

/** Service calls, printed once per kind for the benchmark notes (`LAO_MINSTD_REPORT_CALLS=1`). */
function reportCounts(label: string, counts: Record<string, number>): void {
  if (!process.env.LAO_MINSTD_REPORT_CALLS) return;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`${label}: ${total} calls ${JSON.stringify(counts)}`);
}
