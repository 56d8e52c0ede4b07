/**
 * ใส่ QR ลงทะเบียนในไฟล์สรุปรายจังหวัด on the fakes: every province file gets one row per LAO in order of
 * responsibility with its session and link, and a cell image whose PNG decodes back to exactly that link; a
 * rerun writes nothing; a change rewrites that province only; a large run goes on at the next click.
 */
import { decodeQrDataUrl } from '../scripts/testing/decode-qr';
import { headers } from '../sheets-schema/define';
import { qrCardsSheet } from '../sheets-schema/qr-cards';
import * as app from './app';
import { QR_BUDGET_MS, QR_ROW_HEIGHT, QR_SHEET_PROPERTY, qrSheetsHealthLine, writeQrSheets } from './qr-sheets';
import { createFakeAppsScript } from './testing/fake-apps-script';
import type { FakeCellImage } from './testing/fake-cell-image';
import type { FakeSheet, FakeSpreadsheet } from './testing/fake-spreadsheet';
import { LATENCY } from './testing/latency';
import { listProvinceFiles } from './testing/listed-province-files';
import { fakeServices } from './testing/services';
import { setUpWorkshop } from './testing/workshop';

const lastAlert = (fake: ReturnType<typeof setUpWorkshop>['fake']) => fake.ui.alerts.at(-1)?.prompt ?? '';
const WRITES = /^(Range\.set|Sheet\.(set|insert|delete|clear)|Spreadsheet\.(insert|delete)|SpreadsheetApp\.(openById|create))/;
const writes = (counts: Record<string, number>) => Object.keys(counts).filter((call) => WRITES.test(call));

function provinceFile(fake: ReturnType<typeof setUpWorkshop>['fake'], province: string): FakeSpreadsheet {
  const file = [...fake.spreadsheetApp.spreadsheets.values()].find((s) => s.getName().includes(province) && s !== fake.spreadsheet);
  if (!file) throw new Error(`no file for ${province}`);
  return file;
}

function qrRows(sheet: FakeSheet): { text: string[][]; images: FakeCellImage[] } {
  const values = sheet.getDataRange().getValues();
  const qrColumn = headers(qrCardsSheet).length - 1;
  return {
    text: values.slice(1).map((r) => r.slice(0, qrColumn).map(String)),
    images: values.slice(1).map((r) => r[qrColumn] as unknown as FakeCellImage),
  };
}

function withProvinceFiles() {
  const workshop = setUpWorkshop();
  workshop.fake.env.runAs('interactive', () => app.rebuildAction(workshop.services, true));
  return workshop;
}

describe('QR sheets in the province files', () => {
  it('lists each LAO in order of responsibility with its session, link and a QR image of that link', () => {
    const { fake, services, ss } = withProvinceFiles();
    fake.env.runAs('interactive', () => app.writeQrSheetsAction(services));
    expect(lastAlert(fake)).toMatch(/QR code ลงทะเบียนในไฟล์สรุปรายจังหวัดพร้อมแล้ว/);
    expect(lastAlert(fake)).toMatch(/ปรับปรุง 3 จังหวัด ไม่มีการเปลี่ยนแปลง 0 จังหวัด \(รวม 6 อปท\.\)/);

    const sheet = provinceFile(fake, 'ตาก').getSheetByName(qrCardsSheet.name)!;
    expect(sheet.getRange(1, 1, 1, 8).getValues()[0]).toEqual(headers(qrCardsSheet));
    const { text, images } = qrRows(sheet);
    // The PAO is the province's to write to; the district of แม่ระมาด forwards to its ทต. first, then its อบต.
    expect(text.map((r) => [r[0], r[1], r[4]])).toEqual([
      ['จังหวัด', 'อบจ.ตาก', '2630101'],
      ['อำเภอแม่ระมาด', 'เทศบาลตำบลแม่ระมาด', '5630403'],
      ['อำเภอแม่ระมาด', 'อบต.พระธาตุ', '6630404'],
      ['อำเภอแม่ระมาด', 'อบต.แม่ระมาด', '6630405'],
    ]);
    expect(text[0]![5]).toBe('23 มิถุนายน 2569 เวลา 09:00-12:00 น.');
    expect(text[2]![5]).toBe('24 มิถุนายน 2569 เวลา 09:00-12:00 น.');
    expect(text[2]![2]).toBe('องค์การบริหารส่วนตำบล');
    expect(text[2]![3]).toBe('อำเภอแม่ระมาด');

    // The same links as the national links sheet the form step wrote, and each image decodes to its row's link.
    const links = ss.getSheetByName('ลิงก์ลงทะเบียนราย อปท.')!.getDataRange().getValues();
    const linkOf = new Map(links.slice(1).map((r) => [String(r[4]), String(r[5])]));
    for (const [i, row] of text.entries()) {
      expect(row[6]).toBe(linkOf.get(row[4]!));
      expect(row[6]).toMatch(/pageHistory=0,\d+$/);
      expect(images[i]!.valueType).toBe('IMAGE');
      expect(decodeQrDataUrl(images[i]!.sourceUrl)).toBe(row[6]);
    }
    expect(sheet.getRowHeight(2)).toBe(QR_ROW_HEIGHT);
    expect(sheet.getRowHeight(5)).toBe(QR_ROW_HEIGHT);
  });

  it('writes nothing on a rerun; a changed session rewrites every province whose rows show it, nothing else', () => {
    const { fake, services, ss } = withProvinceFiles();
    fake.env.runAs('interactive', () => app.writeQrSheetsAction(services));
    fake.counter.reset();
    fake.env.runAs('interactive', () => app.writeQrSheetsAction(services));
    expect(lastAlert(fake)).toMatch(/ปรับปรุง 0 จังหวัด ไม่มีการเปลี่ยนแปลง 3 จังหวัด/);
    expect(writes(fake.counter.snapshot())).toEqual([]);

    // The อบต. session moves: ตาก and แม่ฮ่องสอน have อบต., กรุงเทพมหานคร does not.
    ss.getSheetByName('รอบการประชุม')!.getRange(3, 3).setValue('13:00-16:00 น.');
    fake.counter.reset();
    const outcome = fake.env.runAs('interactive', () => writeQrSheets(services, fake.counter.expose('Spreadsheet', ss)));
    expect(outcome.written.sort()).toEqual(['ตาก', 'แม่ฮ่องสอน'].sort());
    expect(outcome.unchanged).toBe(1);
    // Same shape: the sheet is rewritten without redoing its widths and freeze.
    expect(fake.counter.snapshot()['Sheet.setColumnWidth'] ?? 0).toBe(0);
    const { text, images } = qrRows(provinceFile(fake, 'แม่ฮ่องสอน').getSheetByName(qrCardsSheet.name)!);
    expect(text[0]![5]).toBe('24 มิถุนายน 2569 เวลา 13:00-16:00 น.');
    expect(decodeQrDataUrl(images[0]!.sourceUrl)).toBe(text[0]![6]);
  });

  it('refuses, in Thai, before the form or the province files exist', () => {
    const { fake, services } = setUpWorkshop();
    fake.env.runAs('interactive', () => app.writeQrSheetsAction(services));
    expect(lastAlert(fake)).toMatch(/ยังไม่มีไฟล์สรุปรายจังหวัด กรุณาเลือกเมนู มาตรฐานขั้นต่ำ อปท\. › สร้างสรุปใหม่/);
    fake.propertiesService.getScriptProperties().deleteProperty('rsvpPrefillTemplate');
    fake.env.runAs('interactive', () => app.writeQrSheetsAction(services));
    expect(lastAlert(fake)).toMatch(/ยังไม่มีลิงก์ลงทะเบียนราย อปท\. กรุณาเลือกเมนู มาตรฐานขั้นต่ำ อปท\. › สร้างแบบฟอร์มลงทะเบียน/);
  });

  it('stops within its 4-minute budget and goes on at the next click; every execution well under 6 minutes', () => {
    // 20 provinces of 30 LAOs at the high latencies: more than one execution's worth.
    const fake = createFakeAppsScript({ latency: LATENCY.high });
    const registry = [
      ['code', 'type', 'name', 'province', 'district'],
      ...Array.from({ length: 20 * 30 }, (_, i) => [String(6000000 + i), 'อบต.', `บ้านทดสอบ${i}`, `ทดสอบ${Math.floor(i / 30)}`, `อำเภอ${i % 4}`]),
    ];
    listProvinceFiles(fake, registry);
    const services = fakeServices(fake);
    const clicks: number[] = [];
    for (let click = 0; click < 6; click++) {
      const before = fake.runtime.clockMs;
      fake.env.runAs('interactive', () => app.writeQrSheetsAction(services));
      clicks.push(fake.runtime.clockMs - before);
      if (!/ยังเหลือ/.test(lastAlert(fake))) break;
    }
    expect(clicks.length).toBeGreaterThan(1);
    expect(fake.ui.alerts.find((a) => /ยังเหลือ/.test(a.prompt))!.prompt).toMatch(/กรุณาเลือกเมนู มาตรฐานขั้นต่ำ อปท\. › ใส่ QR ลงทะเบียนในไฟล์สรุปรายจังหวัด อีกครั้งเพื่อทำต่อ/);
    expect(lastAlert(fake)).toMatch(/พร้อมแล้ว/);
    expect(fake.runtime.executions.every((e) => e.error === null)).toBe(true);
    for (const ms of clicks) expect(ms).toBeLessThan(QR_BUDGET_MS + 30_000);
    const written = [...fake.spreadsheetApp.spreadsheets.values()].filter((f) => f.getSheetByName(qrCardsSheet.name));
    expect(written).toHaveLength(20);
    // The last click with nothing left: no file opened, nothing written.
    fake.counter.reset();
    fake.env.runAs('interactive', () => app.writeQrSheetsAction(services));
    expect(lastAlert(fake)).toMatch(/ปรับปรุง 0 จังหวัด ไม่มีการเปลี่ยนแปลง 20 จังหวัด \(รวม 600 อปท\.\)/);
    expect(writes(fake.counter.snapshot())).toEqual([]);
  });
});

describe('ตรวจสอบระบบ on the QR sheets', () => {
  it('says none, some or all of the listed province files have their QR sheet, from what the menu recorded', () => {
    const files = new Map([
      ['ทั้งประเทศ', 'national-id'],
      ['ตาก', 'tak-id'],
      ['กระบี่', 'krabi-id'],
    ]);
    const record = (id: string, laos: number) => JSON.stringify({ id, hash: 'h', shape: 's', laos });
    expect(qrSheetsHealthLine({}, files)).toMatch(/^ℹ️ .*ยังไม่ได้ใส่ \(ไม่บังคับ\)/);
    expect(qrSheetsHealthLine({ [QR_SHEET_PROPERTY + 'ตาก']: record('tak-id', 9) }, files)).toMatch(/^⚠️ .*ใส่แล้ว 1 จาก 2 จังหวัด/);
    // A record for a file no longer listed (the province got a new file) does not count.
    const both = { [QR_SHEET_PROPERTY + 'ตาก']: record('tak-id', 9), [QR_SHEET_PROPERTY + 'กระบี่']: record('old-krabi-id', 8) };
    expect(qrSheetsHealthLine(both, files)).toMatch(/ใส่แล้ว 1 จาก 2 จังหวัด/);
    expect(qrSheetsHealthLine({ ...both, [QR_SHEET_PROPERTY + 'กระบี่']: record('krabi-id', 8) }, files)).toBe('✅ QR ลงทะเบียนในไฟล์สรุป: ครบทั้ง 2 จังหวัด (17 อปท.)');
  });

  it('the health check reports the QR sheets after the menu put them in', () => {
    const { fake, services } = withProvinceFiles();
    fake.env.runAs('interactive', () => app.healthCheckAction(services));
    expect(lastAlert(fake)).toMatch(/QR ลงทะเบียนในไฟล์สรุป: ยังไม่ได้ใส่/);
    fake.env.runAs('interactive', () => app.writeQrSheetsAction(services));
    fake.env.runAs('interactive', () => app.healthCheckAction(services));
    expect(lastAlert(fake)).toMatch(/✅ QR ลงทะเบียนในไฟล์สรุป: ครบทั้ง 3 จังหวัด \(6 อปท\.\)/);
  });
});
