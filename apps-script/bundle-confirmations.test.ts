/**
 * The picked-LAO form and the confirmation e-mails through the built bundle, loaded as Apps Script loads it with
 * only the fakes as globals.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildAppsScript } from '../scripts/build-apps-script';
import { confirmationsSheet } from '../sheets-schema/confirmations';
import { registrationsSheet } from '../sheets-schema/registrations';
import { loadBundle, typeInto } from './testing/load-bundle';
import { REGISTRY, SESSIONS, SOMSRI } from './testing/workshop';

let code: string;

beforeAll(async () => {
  const build = await buildAppsScript({ outDir: mkdtempSync(path.join(tmpdir(), 'lao-minstd-gas-mail-')) });
  code = readFileSync(build.bundlePath, 'utf8');
});

it('the bundle reads a picked LAO exactly and sends one confirmation per kept registrant', () => {
  const { fake } = loadBundle(code);
  const ss = fake.spreadsheet;
  fake.open();
  typeInto(ss.insertSheet('ทะเบียน อปท.'), REGISTRY);
  typeInto(ss.insertSheet('รอบการประชุม'), SESSIONS);
  fake.clickMenu('สร้างแบบฟอร์มลงทะเบียน');
  fake.clickMenu('ติดตั้งทริกเกอร์');
  const form = fake.onlyForm();
  fake.submitForm(form, SOMSRI);
  fake.submitForm(form, { ...SOMSRI, โทรศัพท์มือถือ: '081-234-9999' });
  fake.clickMenu('สร้างสรุปใหม่');
  const registrations = ss.getSheetByName(registrationsSheet.name)!.getDataRange().getValues();
  expect(registrations.slice(1).map((r) => [r[1], r[3]])).toEqual([
    ['ซ้ำ', '5630403'],
    ['ใช้ได้', '5630403'],
  ]);
  fake.clickMenu('ส่งอีเมลยืนยันผู้ลงทะเบียน');
  expect(fake.ui.alerts.at(-1)!.prompt).toMatch(/ส่งอีเมลยืนยันแล้ว 1 ฉบับ/);
  fake.clickMenu('ส่งอีเมลยืนยันผู้ลงทะเบียน');
  expect(fake.mailApp.sent.map((m) => m.to)).toEqual(['somsri@example.com']);
  expect(fake.mailApp.sent[0]!.body).toContain('เทศบาลตำบลแม่ระมาด');
  expect(ss.getSheetByName(confirmationsSheet.name)!.getLastRow()).toBe(2);
});
