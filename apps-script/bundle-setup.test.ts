/**
 * The owner's set-up through the built bundle, loaded as Apps Script loads it with only the fakes as globals: the
 * menu publishes the form, guards the trigger installer, survives a transient openById error, prepares and shares
 * the summary files, and checks the system.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildAppsScript } from '../scripts/build-apps-script';
import type { FakeAppsScript } from './testing/fake-apps-script';
import { failingFirst, transientMessage } from './testing/faults';
import { loadBundle, typeInto } from './testing/load-bundle';
import { REGISTRY, SESSIONS, SOMSRI } from './testing/workshop';

const AFTER_CHANGE = Date.UTC(2026, 11, 6, 2, 0, 0);
const SERVICE_ACCOUNT = 'rebuild-fn@lao-minstd.iam.gserviceaccount.com';

let code: string;

beforeAll(async () => {
  const build = await buildAppsScript({ outDir: mkdtempSync(path.join(tmpdir(), 'lao-minstd-gas-setup-')) });
  code = readFileSync(build.bundlePath, 'utf8');
});

const lastAlert = (fake: FakeAppsScript) => fake.ui.alerts.at(-1)?.prompt ?? '';

describe("the bundle's owner set-up", () => {
  it('publishes the form, refuses a second installer, survives a transient error, prepares the files and checks', () => {
    const { fake, context } = loadBundle(code, { now: () => AFTER_CHANGE });
    const ss = fake.spreadsheet;
    fake.open();
    typeInto(ss.insertSheet('ทะเบียน อปท.'), REGISTRY);
    typeInto(ss.insertSheet('รอบการประชุม'), SESSIONS);

    fake.clickMenu('สร้างแบบฟอร์มลงทะเบียน');
    expect(lastAlert(fake)).toMatch(/เผยแพร่แบบฟอร์มแล้ว/);
    const form = fake.onlyForm();
    expect(form.isPublished()).toBe(true);

    fake.clickMenu('ติดตั้งทริกเกอร์');
    fake.asUser('deputy@odloc.example', () => fake.clickMenu('ติดตั้งทริกเกอร์'));
    expect(lastAlert(fake)).toMatch(/ติดตั้งไว้แล้วโดย admin@odloc.example/);
    expect(fake.scriptApp.allTriggers()).toHaveLength(2);
    fake.submitForm(form, SOMSRI);

    // A transient openById error: the bundle reads FormApp from its global scope at each call.
    const formApp = context.FormApp;
    context.FormApp = failingFirst(fake.env, fake.globals.FormApp, 'openById', 1, () => transientMessage('Forms', form.getId())).service;
    fake.clickMenu('สร้างแบบฟอร์มลงทะเบียน');
    context.FormApp = formApp;
    expect(lastAlert(fake)).toMatch(/ไม่ได้ในขณะนี้ แต่ไฟล์ยังอยู่/);
    expect(fake.formApp.forms.size).toBe(1);
    expect(ss.getSheets().filter((s) => s.formUrl)).toHaveLength(1);

    fake.clickMenu('เตรียมไฟล์สรุปสำหรับฟังก์ชันคลาวด์');
    expect(lastAlert(fake)).toMatch(/สร้างแผ่นงาน "ตั้งค่า" แล้ว/);
    const settings = ss.getSheetByName('ตั้งค่า')!;
    const row =
      settings
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === 'บัญชีบริการของฟังก์ชันคลาวด์') + 1;
    settings.getRange(row, 2).setValue(SERVICE_ACCOUNT);
    typeInto(ss.getSheetByName('ผู้ประสานงาน')!, [['ตาก', 'tak.coord@gmail.com']], 2);
    fake.clickMenu('เตรียมไฟล์สรุปสำหรับฟังก์ชันคลาวด์');
    expect(lastAlert(fake)).toMatch(/เตรียมไฟล์สรุปครบ 4 ไฟล์/);

    fake.clickMenu('ตรวจสอบระบบ');
    const report = lastAlert(fake);
    expect(report).toMatch(/✅ แบบฟอร์ม: เปิดรับคำตอบ/);
    expect(report).toMatch(/✅ แผ่นงานคำตอบ: "การตอบกลับแบบฟอร์ม 1" 1 คำตอบ/);
    expect(report).toMatch(/✅ ไฟล์สรุป: 4 ไฟล์/);
    expect(report).not.toMatch(/⚠️/);
  });
});
