/**
 * The owner's set-up from the menu, on fakes that refuse what Google refuses: each step idempotent and saying in
 * Thai what it did.
 */
import * as app from './app';
import { parseSessions } from '../core/rsvp/sessions';
import { readTable } from '../sheets-schema/table';
import { summaryFilesSheet } from '../sheets-schema/summary-files';
import { LAST_REBUILD_PROPERTY } from './health-check';
import { findLinkedResponsesSheet, loadResponsesSheet } from './inputs';
import { FORM_ID_PROPERTY } from './rsvp-form';
import type { Services } from './services';
import { EXAMPLE_MARK } from './sessions-setup';
import { FILE_PROPERTY_PREFIX, PREPARE_BUDGET_MS, summaryFileIds } from './summary-files';
import { TRIGGER_OWNER_PROPERTY } from './trigger-owner';
import { installTriggers } from './triggers';
import { CONSUMER, workspace, type AccountPolicy } from './testing/account';
import { createFakeAppsScript, type FakeAppsScript } from './testing/fake-apps-script';
import { RESPONSES_SHEET_PREFIXES, UNPUBLISHED_BY_DEFAULT_FROM } from './testing/fake-forms';
import { failingFirst, transientMessage } from './testing/faults';
import { typeInto } from './testing/load-bundle';
import { fakeServices } from './testing/services';
import { REGISTRY, SESSIONS, SOMSRI, setUpWorkshop } from './testing/workshop';

const OWNER = 'admin@odloc.example';
const SECOND = 'deputy@odloc.example';
const SERVICE_ACCOUNT = 'rebuild-fn@lao-minstd.iam.gserviceaccount.com';
/** 2026-12-06 09:00 Bangkok: forms created through the API now start unpublished. */
const AFTER_CHANGE = Date.UTC(2026, 11, 6, 2, 0, 0);

const lastAlert = (fake: FakeAppsScript) => fake.ui.alerts.at(-1)?.prompt ?? '';

/** A bound spreadsheet with the registry (and, unless told otherwise, the sessions) typed in; no form yet. */
function freshProject(options: { now?: number; account?: AccountPolicy; sessions?: boolean } = {}) {
  const fake = createFakeAppsScript({ now: () => options.now ?? AFTER_CHANGE, accountPolicy: options.account ?? CONSUMER });
  const services = fakeServices(fake);
  fake.setScript((handler, event) => {
    if (handler === 'onFormSubmit') return app.formSubmitted(services, event as GoogleAppsScript.Events.SheetsOnFormSubmit);
    if (handler === 'rebuildSummaries') return app.rebuildAction(services, event === undefined);
    throw new Error(`no handler ${handler}`);
  });
  typeInto(fake.spreadsheet.insertSheet('ทะเบียน อปท.'), REGISTRY);
  if (options.sessions !== false) typeInto(fake.spreadsheet.insertSheet('รอบการประชุม'), SESSIONS);
  const menu = (action: (s: Services) => void, as: Services = services) => fake.env.runAs('interactive', () => action(as));
  return { fake, services, ss: fake.spreadsheet, menu };
}

describe('the sessions sheet', () => {
  it('is made with its headers and marked example rows when missing, and the form waits until they are edited', () => {
    const p = freshProject({ sessions: false });
    p.menu(app.createRsvpFormAction);
    expect(lastAlert(p.fake)).toMatch(/สร้างแผ่นงาน "รอบการประชุม" พร้อมแถวตัวอย่าง 2 แถวแล้ว/);
    const sheet = p.ss.getSheetByName('รอบการประชุม')!;
    const grid = sheet.getDataRange().getValues();
    expect(grid[0]).toEqual(['รอบการประชุม', 'วันที่', 'เวลา', 'ประเภท อปท. ที่เข้าร่วม', 'ลิงก์']);
    expect(grid.slice(1).map((r) => String(r[0]).startsWith(EXAMPLE_MARK))).toEqual([true, true]);

    p.menu(app.createRsvpFormAction);
    expect(lastAlert(p.fake)).toMatch(/ยังมีแถวตัวอย่าง 2 แถว/);
    expect(p.fake.formApp.forms.size).toBe(0);

    // The examples are real sessions once the mark is gone: a coordinator only edits them.
    sheet.getRange(2, 1, 2, 1).setValues(grid.slice(1).map((r) => [`'${String(r[0]).replace(EXAMPLE_MARK, '').trim()}`]));
    const parsed = parseSessions(sheet.getDataRange().getValues());
    expect(parsed.ok && parsed.sessions.map((s) => [s.laoTypes.length, s.date !== null])).toEqual([
      [6, true],
      [1, true],
    ]);
    p.menu(app.createRsvpFormAction);
    expect(lastAlert(p.fake)).toMatch(/^สร้างแบบฟอร์มลงทะเบียนแล้ว/);
  });

  it('is never touched when it exists', () => {
    const p = freshProject();
    const before = p.ss.getSheetByName('รอบการประชุม')!.getDataRange().getValues();
    p.menu(app.createRsvpFormAction);
    expect(p.ss.getSheetByName('รอบการประชุม')!.getDataRange().getValues()).toEqual(before);
  });
});

describe('the RSVP form', () => {
  it('created after 2026-06-30 starts unpublished on the fake, which then refuses responses', () => {
    const p = freshProject();
    const form = p.fake.env.runAs('interactive', () => p.fake.formApp.create('ทดสอบ'));
    form.addTextItem().setTitle('ชื่อ');
    expect(form.isPublished()).toBe(false);
    expect(form.isAcceptingResponses()).toBe(false);
    expect(() => p.fake.submitForm(form, { ชื่อ: 'ก' })).toThrow(/not published/);
    const before = createFakeAppsScript({ now: () => UNPUBLISHED_BY_DEFAULT_FROM - 1 });
    expect(before.env.runAs('interactive', () => before.formApp.create('ก่อน')).isPublished()).toBe(true);
  });

  it('is published by the menu, says so in Thai, takes responses, and a second run changes nothing', () => {
    const p = freshProject();
    p.menu(app.createRsvpFormAction);
    const alert = lastAlert(p.fake);
    expect(alert).toMatch(/เผยแพร่แบบฟอร์มแล้ว/);
    expect(alert).toMatch(/ผู้ตอบ: เปิดรับคำตอบ ทุกคนที่มีลิงก์ตอบได้โดยไม่ต้องลงชื่อเข้าใช้/);
    const form = p.fake.onlyForm();
    expect(form.isPublished() && form.isAcceptingResponses()).toBe(true);
    p.fake.submitForm(form, SOMSRI);
    expect(form.getResponses()).toHaveLength(1);

    p.menu(app.createRsvpFormAction);
    expect(lastAlert(p.fake)).toMatch(/^ปรับปรุงแบบฟอร์มลงทะเบียนแล้ว/);
    expect(lastAlert(p.fake)).not.toMatch(/เผยแพร่แบบฟอร์มแล้ว/);
    expect(p.fake.formApp.forms.size).toBe(1);
  });

  it('updates a legacy form, which has no publish state, without failing', () => {
    const p = freshProject();
    p.menu(app.createRsvpFormAction);
    const form = p.fake.onlyForm();
    form.legacy = true;
    p.menu(app.createRsvpFormAction);
    expect(lastAlert(p.fake)).toMatch(/^ปรับปรุงแบบฟอร์มลงทะเบียนแล้ว/);
    expect(lastAlert(p.fake)).toMatch(/ผู้ตอบ: เปิดรับคำตอบ ทุกคนที่มีลิงก์/);
    p.fake.submitForm(form, SOMSRI);
    expect(form.getResponses()).toHaveLength(1);
  });

  it('leaves a form the owner closed closed, and says how to open it', () => {
    const p = freshProject();
    p.menu(app.createRsvpFormAction);
    p.fake.onlyForm().setAcceptingResponses(false);
    p.menu(app.createRsvpFormAction);
    expect(lastAlert(p.fake)).toMatch(/แบบฟอร์มปิดรับคำตอบอยู่/);
    expect(p.fake.onlyForm().isAcceptingResponses()).toBe(false);
  });

  it('on Workspace, lifts a sign-in-required default so LAO staff can answer', () => {
    const p = freshProject({ account: workspace('odloc.example', { formsRequireLoginByDefault: true }) });
    p.menu(app.createRsvpFormAction);
    expect(lastAlert(p.fake)).toMatch(/ยกเลิกการจำกัดผู้ตอบเฉพาะผู้ใช้ในองค์กร/);
    p.fake.submitForm(p.fake.onlyForm(), SOMSRI);
    expect(p.fake.onlyForm().getResponses()).toHaveLength(1);
  });

  it('on a Workspace domain that forbids outside responders, says in Thai that LAO staff are shut out', () => {
    const p = freshProject({ account: workspace('odloc.example', { formsRequireLoginByDefault: true, formsExternalRespondersBlocked: true }) });
    p.menu(app.createRsvpFormAction);
    expect(lastAlert(p.fake)).toMatch(/ผู้ตอบ: เปิดรับคำตอบ เฉพาะผู้ใช้ที่ลงชื่อเข้าใช้ในองค์กร/);
    expect(lastAlert(p.fake)).toMatch(/เจ้าหน้าที่ อปท\. จะตอบไม่ได้/);
    expect(() => p.fake.submitForm(p.fake.onlyForm(), SOMSRI)).toThrow(/organization/);
  });

  it('a transient openById error makes no second form and no second responses sheet; the retry updates the form', () => {
    const p = freshProject();
    p.menu(app.createRsvpFormAction);
    const formId = p.fake.onlyForm().getId();
    const faulty = failingFirst(p.fake.env, p.services.formApp, 'openById', 1, () => transientMessage('Forms', formId));
    p.menu(app.createRsvpFormAction, { ...p.services, formApp: faulty.service });
    expect(faulty.remaining()).toBe(0);
    expect(lastAlert(p.fake)).toMatch(/เปิดแบบฟอร์มลงทะเบียน \(รหัส form\d+\) ไม่ได้ในขณะนี้ แต่ไฟล์ยังอยู่/);
    expect(p.fake.formApp.forms.size).toBe(1);
    expect(p.ss.getSheets().filter((s) => s.formUrl)).toHaveLength(1);

    p.menu(app.createRsvpFormAction);
    expect(lastAlert(p.fake)).toMatch(/^ปรับปรุงแบบฟอร์มลงทะเบียนแล้ว/);
    expect(p.fake.formApp.forms.size).toBe(1);
  });

  it('is not made again by a co-editor who cannot open it (Google says "not found" for both)', () => {
    const p = freshProject();
    p.menu(app.createRsvpFormAction);
    // The co-editor can open the spreadsheet (and its menu), not the form.
    p.fake.env.runAs('interactive', () => p.fake.driveApp.getFileById(p.ss.getId())).addEditor(SECOND);
    p.fake.asUser(SECOND, () => p.menu(app.createRsvpFormAction));
    expect(lastAlert(p.fake)).toMatch(new RegExp(`เปิดแบบฟอร์มลงทะเบียนเดิมไม่ได้[^]*ให้เจ้าของสเปรดชีต ${OWNER} เลือกเมนูนี้ \\(บัญชีที่ใช้อยู่: ${SECOND}\\)`));
    expect(p.fake.formApp.forms.size).toBe(1);
    p.fake.onlyForm().addEditor(SECOND);
    p.fake.asUser(SECOND, () => p.menu(app.createRsvpFormAction));
    expect(lastAlert(p.fake)).toMatch(/^ปรับปรุงแบบฟอร์มลงทะเบียนแล้ว/);
  });

  it('is made again only when it was deleted for ever, and adopts the linked form when its id was lost', () => {
    const p = freshProject();
    p.menu(app.createRsvpFormAction);
    const first = p.fake.onlyForm().getId();
    p.fake.propertiesService.script.deleteProperty(FORM_ID_PROPERTY);
    p.menu(app.createRsvpFormAction);
    expect(lastAlert(p.fake)).toMatch(/^ปรับปรุงแบบฟอร์มลงทะเบียนแล้ว/);
    expect(p.fake.propertiesService.script.getProperty(FORM_ID_PROPERTY)).toBe(first);

    p.fake.driveApp.deleteForever(first);
    p.menu(app.createRsvpFormAction);
    expect(lastAlert(p.fake)).toMatch(/^สร้างแบบฟอร์มลงทะเบียนแล้ว/);
    expect(p.fake.onlyForm().getId()).not.toBe(first);
  });
});

describe('the responses sheet', () => {
  it('is found through the form link whatever its name, and the current form wins over an older linked one', () => {
    for (const prefix of Object.values(RESPONSES_SHEET_PREFIXES)) {
      const p = freshProject();
      p.fake.formApp.responsesSheetPrefix = prefix;
      p.menu(app.createRsvpFormAction);
      const sheet = loadResponsesSheet(p.ss);
      expect(sheet.ok && sheet.value.getName()).toBe(`${prefix} 1`);
      sheet.ok && sheet.value.setName('คำตอบ');
      p.fake.submitForm(p.fake.onlyForm(), SOMSRI);
      p.menu((s) => app.rebuildAction(s, true));
      expect(lastAlert(p.fake)).toMatch(/คำตอบทั้งหมด 1 รายการ/);
    }
    const p = freshProject();
    p.menu(app.createRsvpFormAction);
    const old = p.fake.onlyForm();
    p.fake.driveApp.deleteForever(old.getId());
    p.menu(app.createRsvpFormAction);
    const current = p.fake.propertiesService.script.getProperty(FORM_ID_PROPERTY);
    expect(p.ss.getSheets().filter((s) => s.formUrl)).toHaveLength(2);
    expect(findLinkedResponsesSheet(p.ss, current)!.getName()).toBe('การตอบกลับแบบฟอร์ม 2');
  });
});

describe('trigger installer', () => {
  it('refuses a second admin in Thai, saying how to take over, and every event still runs once', () => {
    const w = setUpWorkshop();
    expect(w.fake.propertiesService.script.getProperty(TRIGGER_OWNER_PROPERTY)).toBe(OWNER);
    w.fake.asUser(SECOND, () => w.fake.env.runAs('interactive', () => app.installTriggersAction(w.services)));
    const alert = lastAlert(w.fake);
    expect(alert).toMatch(new RegExp(`ติดตั้งไว้แล้วโดย ${OWNER}`));
    expect(alert).toMatch(/ถอนทริกเกอร์ของฉัน/);
    expect(alert).toMatch(/triggerOwner/);
    expect(w.fake.scriptApp.allTriggers()).toHaveLength(2);
    w.fake.submitForm(w.form, SOMSRI);
    expect(w.fake.console.entries.filter((e) => e.level === 'warn')).toEqual([]);

    // What the guard prevents: the second admin cannot see the first one's triggers, so a plain install doubles them.
    w.fake.asUser(SECOND, () => w.fake.env.runAs('interactive', () => installTriggers(w.services, w.services.spreadsheetApp.getActiveSpreadsheet()!)));
    expect(w.fake.scriptApp.allTriggers()).toHaveLength(4);
  });

  it('hands over: the installer removes their triggers, then the next admin installs', () => {
    const w = setUpWorkshop();
    const asSecond = (fn: () => void) => w.fake.asUser(SECOND, () => w.fake.env.runAs('interactive', fn));
    asSecond(() => app.removeTriggersAction(w.services));
    expect(lastAlert(w.fake)).toMatch(new RegExp(`ผู้ที่ถอนได้มีเพียง ${OWNER}`));
    expect(w.fake.scriptApp.allTriggers()).toHaveLength(2);

    w.fake.env.runAs('interactive', () => app.removeTriggersAction(w.services));
    expect(lastAlert(w.fake)).toMatch(/ถอนทริกเกอร์ของ admin@odloc.example แล้ว 2 รายการ/);
    asSecond(() => app.installTriggersAction(w.services));
    expect(lastAlert(w.fake)).toMatch(new RegExp(`ติดตั้งทริกเกอร์เรียบร้อย ในนามของ ${SECOND}`));
    expect(w.fake.scriptApp.allTriggers().map((t) => t.owner)).toEqual([SECOND, SECOND]);
    expect(w.fake.propertiesService.script.getProperty(TRIGGER_OWNER_PROPERTY)).toBe(SECOND);
  });
});

/** A workshop with the settings and coordinators filled in. */
function withSharingSheets(options: { account?: AccountPolicy; clock?: () => Date } = {}) {
  const w = setUpWorkshop({ accountPolicy: options.account ?? CONSUMER, clock: options.clock });
  typeInto(w.ss.insertSheet('ตั้งค่า'), [
    ['รายการ', 'ค่า', 'คำอธิบาย'],
    ['บัญชีบริการของฟังก์ชันคลาวด์', SERVICE_ACCOUNT, ''],
  ]);
  typeInto(w.ss.insertSheet('ผู้ประสานงาน'), [
    ['จังหวัด', 'อีเมล', 'ชื่อ-สกุล'],
    ['จ.ตาก', 'tak.coord@gmail.com', 'ผู้ประสานงานตาก'],
    ['แม่ฮ่องสอน', 'mhs.coord@gmail.com', ''],
    ['ทั้งประเทศ', 'director@odloc.example', ''],
  ]);
  const prepare = (services: Services = w.services) => w.fake.env.runAs('interactive', () => app.prepareSummaryFilesAction(services));
  const ids = () => summaryFileIds(w.ss);
  return { ...w, prepare, ids };
}

describe('summary files for the cloud function', () => {
  it('are made once in a folder of the owner, shared with the service account and each province, and listed', () => {
    const w = withSharingSheets();
    w.prepare();
    expect(lastAlert(w.fake)).toMatch(/^เตรียมไฟล์สรุปครบ 4 ไฟล์/);
    const ids = w.ids();
    expect([...ids.keys()]).toEqual(['ทั้งประเทศ', 'กรุงเทพมหานคร', 'ตาก', 'แม่ฮ่องสอน']);
    const folder = w.fake.driveApp.foldersNamed('ไฟล์สรุป มาตรฐานขั้นต่ำ อปท.');
    expect(folder).toHaveLength(1);
    const sharing = (key: string) => w.fake.driveApp.sharing(ids.get(key)!);
    expect(sharing('ตาก')).toEqual({ owner: OWNER, editors: [SERVICE_ACCOUNT], viewers: ['tak.coord@gmail.com'], parents: folder, trashed: false });
    expect(sharing('ทั้งประเทศ').viewers).toEqual(['director@odloc.example']);
    expect(sharing('กรุงเทพมหานคร').viewers).toEqual([]);
    expect(w.fake.spreadsheetApp.spreadsheets.get(ids.get('ตาก')!)!.getName()).toBe('สรุปจังหวัดตาก');
    // The folder is recorded in the settings, so the next run and the function use the same one.
    expect(
      w.ss
        .getSheetByName('ตั้งค่า')!
        .getDataRange()
        .getValues()
        .find((r) => r[0] === 'โฟลเดอร์ไฟล์สรุป')?.[1],
    ).toBe(folder[0]);

    // The function's "last updated" time survives a re-run.
    const listing = w.ss.getSheetByName(summaryFilesSheet.name)!;
    listing.getRange(3, 4).setValue('22 มิ.ย. 2569 10:30');
    const files = w.fake.spreadsheetApp.spreadsheets.size;
    w.prepare();
    expect(listing.getRange(3, 4).getValue()).toBe('22 มิ.ย. 2569 10:30');
    expect(lastAlert(w.fake)).toMatch(/สร้างใหม่ 0 ไฟล์, มีอยู่แล้ว 4 ไฟล์/);
    expect(lastAlert(w.fake)).toMatch(/เปลี่ยนสิทธิ์ 0 รายการ/);
    expect(w.fake.spreadsheetApp.spreadsheets.size).toBe(files);
    expect(w.ids()).toEqual(ids);
  });

  it('are prepared by the spreadsheet owner only: a co-editor would not see them and make second ones', () => {
    const w = withSharingSheets();
    w.prepare();
    const files = w.fake.spreadsheetApp.spreadsheets.size;
    w.fake.env.runAs('interactive', () => w.fake.driveApp.getFileById(w.ss.getId())).addEditor(SECOND);
    w.fake.asUser(SECOND, () => w.prepare());
    expect(lastAlert(w.fake)).toMatch(/ไฟล์สรุปอยู่ในไดรฟ์ของเจ้าของสเปรดชีต[^]*ให้เจ้าของสเปรดชีต admin@odloc.example เลือกเมนูนี้/);
    expect(w.fake.spreadsheetApp.spreadsheets.size).toBe(files);
  });

  it('follow the coordinators sheet exactly: a removed coordinator loses access, the owner and editors are kept', () => {
    const w = withSharingSheets();
    w.prepare();
    const coordinators = w.ss.getSheetByName('ผู้ประสานงาน')!;
    coordinators.getRange(2, 2).setValue('tak.new@gmail.com');
    w.prepare();
    const tak = w.fake.driveApp.sharing(w.ids().get('ตาก')!);
    expect(tak.viewers).toEqual(['tak.new@gmail.com']);
    expect(tak.editors).toEqual([SERVICE_ACCOUNT]);
    expect(tak.owner).toBe(OWNER);
  });

  it('share nothing while the coordinators sheet names an unknown province or a bad e-mail', () => {
    const w = withSharingSheets();
    typeInto(
      w.ss.getSheetByName('ผู้ประสานงาน')!,
      [
        ['ตากก', 'x@gmail.com'],
        ['ตาก', 'not-an-email'],
      ],
      5,
    );
    w.prepare();
    expect(lastAlert(w.fake)).toMatch(/ยังไม่ได้แชร์ไฟล์ใด/);
    expect(lastAlert(w.fake)).toMatch(/แถว 5: ไม่รู้จักจังหวัด "ตากก"/);
    expect(lastAlert(w.fake)).toMatch(/แถว 6: อีเมล "not-an-email" ไม่ถูกต้อง/);
    expect(w.ids().size).toBe(0);
  });

  it('a transient Drive error makes no duplicate; a file deleted for ever is made again', () => {
    const w = withSharingSheets();
    w.prepare();
    const before = w.ids();
    const aFile = (args: unknown[]) => args[0] !== w.ss.getId();
    const faulty = failingFirst(w.fake.env, w.services.driveApp, 'getFileById', 2, (args) => transientMessage('Drive', String(args[0])), aFile);
    w.prepare({ ...w.services, driveApp: faulty.service });
    expect(lastAlert(w.fake)).toMatch(/ไม่ได้ในขณะนี้ แต่ไฟล์ยังอยู่/);
    w.prepare();
    expect(w.ids()).toEqual(before);

    w.fake.driveApp.deleteForever(before.get('ตาก')!);
    w.prepare();
    expect(lastAlert(w.fake)).toMatch(/สร้างแทนไฟล์ที่ถูกลบ 1 ไฟล์ \(ตาก\)/);
    expect(w.ids().get('ตาก')).not.toBe(before.get('ตาก'));
    expect(w.ids().get('แม่ฮ่องสอน')).toBe(before.get('แม่ฮ่องสอน'));
  });

  it('resume after the time budget, and a run killed after creating a file adopts it instead of making another', () => {
    let now = Date.UTC(2026, 5, 22, 2, 0, 0);
    // Each file costs two modelled minutes, whatever the real clock does.
    const w = withSharingSheets({ clock: () => new Date(now) });
    const slow: Services = {
      ...w.services,
      spreadsheetApp: new Proxy(w.services.spreadsheetApp, {
        get(target, prop) {
          const value = Reflect.get(target, prop, target) as unknown;
          if (prop !== 'create' || typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            now += PREPARE_BUDGET_MS / 2 + 1;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      }),
    };
    w.prepare(slow);
    expect(lastAlert(w.fake)).toMatch(/เตรียมไฟล์สรุปแล้ว 2 ไฟล์ ยังเหลือ 2 ไฟล์/);
    expect(lastAlert(w.fake)).toMatch(/อีกครั้งเพื่อทำต่อ/);
    expect([...w.ids().keys()]).toEqual(['ทั้งประเทศ', 'กรุงเทพมหานคร']);
    w.prepare(slow);
    w.prepare(slow);
    expect([...w.ids().keys()]).toEqual(['ทั้งประเทศ', 'กรุงเทพมหานคร', 'ตาก', 'แม่ฮ่องสอน']);

    // Killed between creating the file and writing anything: the file is in the folder under its title.
    const tak = w.ids().get('ตาก')!;
    w.fake.propertiesService.script.deleteProperty(`${FILE_PROPERTY_PREFIX}ตาก`);
    w.ss.deleteSheet(w.ss.getSheetByName(summaryFilesSheet.name)!);
    const files = w.fake.spreadsheetApp.spreadsheets.size;
    w.prepare();
    expect(w.ids().get('ตาก')).toBe(tak);
    expect(w.fake.spreadsheetApp.spreadsheets.size).toBe(files);
  });

  it('take over the province files a rebuild already made, rather than making a second file per province', () => {
    const w = withSharingSheets();
    w.fake.submitForm(w.form, SOMSRI);
    w.fake.env.runAs('interactive', () => app.rebuildAction(w.services, true));
    const rebuilt = w.ids();
    expect([...rebuilt.keys()].sort()).toEqual(['กรุงเทพมหานคร', 'ตาก', 'แม่ฮ่องสอน'].sort());
    const files = w.fake.spreadsheetApp.spreadsheets.size;
    w.prepare();
    expect(lastAlert(w.fake)).toMatch(/สร้างใหม่ 1 ไฟล์, มีอยู่แล้ว 3 ไฟล์/);
    expect(w.fake.spreadsheetApp.spreadsheets.size).toBe(files + 1);
    for (const [province, id] of rebuilt) expect(w.ids().get(province)).toBe(id);
    expect(w.fake.driveApp.sharing(rebuilt.get('ตาก')!)).toMatchObject({
      editors: [SERVICE_ACCOUNT],
      parents: w.fake.driveApp.foldersNamed('ไฟล์สรุป มาตรฐานขั้นต่ำ อปท.'),
    });
  });

  it('on a Workspace domain that forbids outside sharing, say who could not be shared with, in Thai', () => {
    const w = withSharingSheets({ account: workspace('odloc.example', { externalSharingBlocked: true }) });
    w.prepare();
    expect(lastAlert(w.fake)).toMatch(new RegExp(`Google ไม่ยอมให้แชร์ไฟล์ให้ ${SERVICE_ACCOUNT.replace(/\./g, '\\.')}`));
    expect(w.fake.driveApp.sharing(w.ids().get('ทั้งประเทศ')!).viewers).toEqual(['director@odloc.example']);
    const table = readTable(summaryFilesSheet, w.ss.getSheetByName(summaryFilesSheet.name)!.getDataRange().getValues());
    expect(table.ok && table.rows).toHaveLength(4);
  });
});

describe('ตรวจสอบระบบ', () => {
  const check = (w: { fake: FakeAppsScript; services: Services }, as?: string) => {
    const run = () => w.fake.env.runAs('interactive', () => app.healthCheckAction(w.services));
    if (as) w.fake.asUser(as, run);
    else run();
    return lastAlert(w.fake);
  };

  it('reports everything in one Thai message after a full set-up', () => {
    const w = withSharingSheets();
    w.prepare();
    w.fake.submitForm(w.form, SOMSRI);
    const report = check(w);
    expect(report).toMatch(/✅ แบบฟอร์ม: เปิดรับคำตอบ ทุกคนที่มีลิงก์/);
    expect(report).toMatch(/✅ ทริกเกอร์ของ admin@odloc.example \(บัญชีนี้\): เมื่อมีผู้ส่งแบบฟอร์ม 1 รายการ, สร้างสรุปทุก 30 นาที 1 รายการ/);
    expect(report).toMatch(/✅ แผ่นงานคำตอบ: "การตอบกลับแบบฟอร์ม 1" 1 คำตอบ/);
    expect(report).toMatch(/✅ ทะเบียน อปท.: 5 แถว/);
    expect(report).toMatch(/✅ รอบการประชุม: 2 รอบ/);
    expect(report).toMatch(new RegExp(`✅ ไฟล์สรุป: 4 ไฟล์.*แชร์ให้ ${SERVICE_ACCOUNT.replace(/\./g, '\\.')} แล้วทุกไฟล์`));
    expect(report).toMatch(/✅ โควตาอีเมลที่เหลือวันนี้: 100 ผู้รับ/);
    expect(report).toMatch(/การสร้างสรุปครั้งล่าสุด: ยังไม่มีข้อมูล/);
    expect(report).toMatch(/สิ่งที่ต้องตรวจด้วยตนเองบนบัญชีจริง/);
    expect(report).not.toMatch(/⚠️/);
  });

  it('flags an unpublished form, unshared files, another installer and reads the last rebuild', () => {
    const w = withSharingSheets();
    w.prepare();
    w.form.setPublished(false);
    w.fake.mailApp.sentToday = 100;
    w.fake.driveApp.getFileById(w.ids().get('ตาก')!).removeEditor(SERVICE_ACCOUNT);
    w.fake.propertiesService.script.setProperty(
      LAST_REBUILD_PROPERTY,
      JSON.stringify({ finishedAt: '2026-06-22T03:00:00.000Z', durationMs: 270000, executions: 2 }),
    );
    const report = check(w);
    expect(report).toMatch(/⚠️ แบบฟอร์ม: ยังไม่เผยแพร่ ไม่มีใครตอบได้ — แก้ได้ด้วยเมนู/);
    expect(report).toMatch(/⚠️ ไฟล์สรุป: .*ยังไม่ได้แชร์ให้ \S+ 1 ไฟล์/);
    expect(report).toMatch(/⚠️ โควตาอีเมลที่เหลือวันนี้: 0 ผู้รับ/);
    expect(report).toMatch(/เสร็จเมื่อ 22 มิ.ย. 2569 10:00 น. ใช้เวลา 4.5 นาที ใน 2 รอบการทำงาน/);

    // Another admin sees neither the installer's triggers nor the files in the owner's Drive, and is told why.
    const second = check(w, SECOND);
    expect(second).toMatch(/✅ ทริกเกอร์: ติดตั้งโดย admin@odloc.example \(Google แสดงทริกเกอร์ให้เฉพาะเจ้าของเห็น/);
    expect(second).toMatch(/เปิดด้วยบัญชีนี้ไม่ได้ 4 ไฟล์/);
  });

  it('says what is missing on a project not set up yet', () => {
    const p = freshProject();
    const report = check(p);
    expect(report).toMatch(/⚠️ แบบฟอร์ม: ยังไม่ได้สร้าง/);
    expect(report).toMatch(/⚠️ ทริกเกอร์: ยังไม่ได้ติดตั้ง/);
    expect(report).toMatch(/⚠️ แผ่นงานคำตอบ: ไม่พบ/);
    expect(report).toMatch(/⚠️ ไฟล์สรุป: ยังไม่ได้เตรียม/);
  });
});
