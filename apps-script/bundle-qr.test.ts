/**
 * The QR step through the built bundle, loaded as Apps Script loads it with only the fakes as globals (no Node, no
 * TextEncoder): after the form and a rebuild, the menu puts a QR sheet into each province file, and each cell image
 * decodes back to the link written beside it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { buildAppsScript } from '../scripts/build-apps-script';
import { decodeQrDataUrl } from '../scripts/testing/decode-qr';
import { qrCardsSheet } from '../sheets-schema/qr-cards';
import type { FakeCellImage } from './testing/fake-cell-image';
import { loadBundle, typeInto } from './testing/load-bundle';
import { REGISTRY, SESSIONS } from './testing/workshop';

let code: string;

beforeAll(async () => {
  const build = await buildAppsScript({ outDir: mkdtempSync(path.join(tmpdir(), 'lao-minstd-gas-qr-')) });
  code = readFileSync(build.bundlePath, 'utf8');
});

test('the bundle has no TextEncoder to lean on, as in Apps Script', () => {
  const { context } = loadBundle(code);
  expect(vm.runInContext('typeof TextEncoder', context)).toBe('undefined');
});

test("the bundle's menu puts QR codes of the prefilled links into the province files", () => {
  const { fake } = loadBundle(code, { now: () => Date.UTC(2026, 5, 22, 2, 0, 0) });
  const ss = fake.spreadsheet;
  fake.open();
  typeInto(ss.insertSheet('ทะเบียน อปท.'), REGISTRY);
  typeInto(ss.insertSheet('รอบการประชุม'), SESSIONS);
  fake.clickMenu('สร้างแบบฟอร์มลงทะเบียน');
  fake.clickMenu('สร้างสรุปใหม่');
  fake.clickMenu('ใส่ QR ลงทะเบียนในไฟล์สรุปรายจังหวัด');
  expect(fake.ui.alerts.at(-1)!.prompt).toMatch(/ปรับปรุง 3 จังหวัด ไม่มีการเปลี่ยนแปลง 0 จังหวัด \(รวม 6 อปท\.\)/);

  const tak = [...fake.spreadsheetApp.spreadsheets.values()].find((s) => s !== ss && s.getName().includes('ตาก'))!;
  const values = tak.getSheetByName(qrCardsSheet.name)!.getDataRange().getValues().slice(1);
  expect(values).toHaveLength(4);
  for (const row of values) {
    const link = String(row[6]);
    expect(link).toMatch(/^https:\/\/docs\.google\.com\/forms\/.+pageHistory=0,\d+$/);
    expect(decodeQrDataUrl((row[7] as unknown as FakeCellImage).sourceUrl)).toBe(link);
  }

  fake.counter.reset();
  fake.clickMenu('ใส่ QR ลงทะเบียนในไฟล์สรุปรายจังหวัด');
  expect(fake.ui.alerts.at(-1)!.prompt).toMatch(/ปรับปรุง 0 จังหวัด ไม่มีการเปลี่ยนแปลง 3 จังหวัด/);
  expect(Object.keys(fake.counter.snapshot()).filter((c) => /setValues|openById/.test(c))).toEqual([]);
});
