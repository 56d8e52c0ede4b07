import * as app from './app';
import { REBUILD_EVERY_MINUTES } from './triggers';
import { STALE_PROPERTY } from './rebuild';
import { typeInto } from './testing/load-bundle';
import { REGISTRY, SOMSRI, setUpWorkshop } from './testing/workshop';

const REGISTRATIONS = 'ผลการตรวจการลงทะเบียน';
const FILES = 'ไฟล์สรุปรายจังหวัด';

const lastAlert = (fake: ReturnType<typeof setUpWorkshop>['fake']) => fake.ui.alerts.at(-1)?.prompt ?? '';
const menuRebuild = (w: ReturnType<typeof setUpWorkshop>) => w.fake.env.runAs('interactive', () => app.rebuildAction(w.services, true));
const stale = (w: ReturnType<typeof setUpWorkshop>) => w.fake.propertiesService.script.getProperty(STALE_PROPERTY);

describe('installTriggers', () => {
  it('deletes a second copy of a trigger and never adds one', () => {
    const w = setUpWorkshop();
    w.fake.scriptApp.add('onFormSubmit', 'ON_FORM_SUBMIT', 'SPREADSHEETS', w.ss.getId(), null);
    w.fake.env.runAs('interactive', () => app.installTriggersAction(w.services));
    expect(lastAlert(w.fake)).toMatch(/ลบทริกเกอร์ที่ซ้ำกัน 1 รายการ/);
    expect(lastAlert(w.fake)).toContain(`ทุก ${REBUILD_EVERY_MINUTES} นาที: มีอยู่แล้ว`);
    expect(
      w.fake.scriptApp
        .getProjectTriggers()
        .map((t) => t.getHandlerFunction())
        .sort(),
    ).toEqual(['onFormSubmit', 'rebuildSummaries']);
  });

  it('says in Thai when the project has no trigger left', () => {
    const w = setUpWorkshop();
    for (const t of w.fake.scriptApp.getProjectTriggers()) w.fake.scriptApp.deleteTrigger(t);
    for (let i = 0; i < 20; i++) w.fake.scriptApp.add(`other${i}`, 'CLOCK', 'CLOCK', null, 60);
    w.fake.env.runAs('interactive', () => app.installTriggersAction(w.services));
    expect(lastAlert(w.fake)).toMatch(/ทริกเกอร์ครบ 20 รายการแล้ว/);
  });
});

describe('importRegistry', () => {
  it('takes a sheet imported under the file name, but never a sheet the script writes', () => {
    const w = setUpWorkshop();
    w.fake.submitForm(w.form, SOMSRI);
    menuRebuild(w);
    const registry = w.ss.getSheetByName('ทะเบียน อปท.')!;
    w.ss.deleteSheet(registry);
    w.fake.env.runAs('interactive', () => app.importRegistryAction(w.services));
    expect(lastAlert(w.fake)).toMatch(/สร้างแผ่นงาน "ทะเบียน อปท." ว่างไว้ให้แล้ว/);
    expect(w.ss.getSheetByName(REGISTRATIONS)).not.toBeNull();

    w.ss.deleteSheet(w.ss.getSheetByName('ทะเบียน อปท.')!);
    typeInto(w.ss.insertSheet('lao-registry'), REGISTRY);
    w.fake.env.runAs('interactive', () => app.importRegistryAction(w.services));
    expect(lastAlert(w.fake)).toMatch(/ทะเบียน อปท. ใช้ได้: 6 แห่ง ใน 3 จังหวัด/);
    expect(w.ss.getSheetByName('lao-registry')).toBeNull();
    expect(w.ss.getSheetByName('ทะเบียน อปท.')!.getLastRow()).toBe(REGISTRY.length);
  });
});

describe('form submissions', () => {
  it('before the first rebuild, leave everything to it', () => {
    const w = setUpWorkshop();
    w.fake.submitForm(w.form, SOMSRI);
    expect(w.ss.getSheetByName(REGISTRATIONS)).toBeNull();
    expect(stale(w)).toBe('true');
    w.fake.runClock();
    expect(w.ss.getSheetByName(REGISTRATIONS)!.getDataRange().getValues()[1]!.slice(0, 4)).toEqual([2, 'ใช้ได้', '', '5630403']);
    expect(stale(w)).toBe('false');
  });
});

describe('rebuildSummaries', () => {
  it('tells the user in Thai which column of the responses sheet is missing, and writes nothing', () => {
    const w = setUpWorkshop();
    w.fake.submitForm(w.form, SOMSRI);
    const header = w.responses.getRange(1, 1, 1, w.responses.getLastColumn());
    const titles = header.getValues()[0]!.map(String);
    header.setValues([titles.map((t) => (t === 'ชื่อ-นามสกุล' ? 'ชื่อ' : t))]);
    menuRebuild(w);
    expect(lastAlert(w.fake)).toMatch(/ไม่มีคอลัมน์ "ชื่อ-นามสกุล"/);
    expect(w.ss.getSheetByName(REGISTRATIONS)).toBeNull();
  });

  it('from the clock, waits for the next run while another execution holds the lock; from the menu, says so', () => {
    const w = setUpWorkshop();
    w.fake.submitForm(w.form, SOMSRI);
    w.fake.lockService.heldByOther.add('script');
    w.fake.runClock();
    expect(w.ss.getSheetByName(REGISTRATIONS)).toBeNull();
    expect(stale(w)).toBe('true');
    menuRebuild(w);
    expect(lastAlert(w.fake)).toMatch(/กรุณาลองใหม่อีกครั้ง/);
    w.fake.lockService.heldByOther.clear();
    w.fake.runClock();
    expect(w.ss.getSheetByName(REGISTRATIONS)!.getLastRow()).toBe(2);
  });

  it('tells the user when the registry sheet is missing', () => {
    const w = setUpWorkshop();
    w.ss.deleteSheet(w.ss.getSheetByName('ทะเบียน อปท.')!);
    menuRebuild(w);
    expect(lastAlert(w.fake)).toMatch(/ไม่พบแผ่นงาน "ทะเบียน อปท."/);
  });

  it('from the menu, remakes a province file that was deleted, and rewrites only changed provinces from the clock', () => {
    const w = setUpWorkshop();
    w.fake.submitForm(w.form, SOMSRI);
    menuRebuild(w);
    expect(lastAlert(w.fake)).toMatch(/ปรับปรุง 3 จังหวัด/);
    const idOf = (province: string) =>
      String(
        w.ss
          .getSheetByName(FILES)!
          .getDataRange()
          .getValues()
          .find((r) => r[0] === province)![1],
      )
        .split('/d/')[1]!
        .split('/')[0]!;
    const takId = idOf('ตาก');
    w.fake.spreadsheetApp.spreadsheets.delete(takId);

    w.fake.submitForm(w.form, {
      ...SOMSRI,
      'ชื่อ-นามสกุล': 'นายสมชาย ใจดี',
      'ประเภท อปท.': 'องค์การบริหารส่วนตำบล',
      'ชื่อ อปท.': 'อบต.พระธาตุ',
      รอบการประชุม: 'รอบที่ 2 (อบต.)',
      โทรศัพท์มือถือ: '0891234567',
      อีเมล: 'somchai@example.com',
    });
    w.fake.env.runAs('trigger', () => app.rebuildAction(w.services, false));
    expect(w.fake.console.entries.at(-1)!.message).toMatch(/ปรับปรุง 1 จังหวัด, ไม่มีการเปลี่ยนแปลง 2 จังหวัด/);
    expect(idOf('ตาก')).not.toBe(takId);
    const tak = w.fake.spreadsheetApp.openById(idOf('ตาก'));
    expect(JSON.stringify(tak.getSheetByName('ผู้ลงทะเบียน')!.getDataRange().getValues())).toMatch(/สมศรี.*สมชาย|สมชาย.*สมศรี/);
    expect(tak.getSheets().map((s) => s.getName())).not.toContain('ชีต1');
  });
});
