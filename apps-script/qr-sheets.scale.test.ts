/**
 * The QR step at national scale (the real registry: 7,849 LAOs in 77 province files) by the typical modelled
 * latencies: it takes a few clicks, each within its budget, and a click after the last writes nothing. The figures
 * are the model's (testing/latency.ts; cell images priced by an assumption), not wall time.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describeWithSharedData, sharedDataPath } from '../scripts/testing/shared-data';
import { qrCardsSheet } from '../sheets-schema/qr-cards';
import * as app from './app';
import { QR_BUDGET_MS } from './qr-sheets';
import { createFakeAppsScript } from './testing/fake-apps-script';
import { LATENCY } from './testing/latency';
import { listProvinceFiles } from './testing/listed-province-files';
import { fakeServices } from './testing/services';

describeWithSharedData('QR sheets at national scale', ['lao-registry.csv'], () => {
  it('fill all 77 province files over a few clicks, none past its budget; then a click writes nothing', () => {
    const fake = createFakeAppsScript({ latency: LATENCY.typical });
    const rows = parse(readFileSync(sharedDataPath('lao-registry.csv'), 'utf8'), { bom: true, skip_empty_lines: true }) as string[][];
    const provinces = listProvinceFiles(fake, rows);
    const services = fakeServices(fake);
    const clicks: number[] = [];
    for (let click = 0; click < 12; click++) {
      const before = fake.runtime.clockMs;
      fake.env.runAs('interactive', () => app.writeQrSheetsAction(services));
      clicks.push(fake.runtime.clockMs - before);
      if (!/ยังเหลือ/.test(fake.ui.alerts.at(-1)!.prompt)) break;
    }
    console.log(`QR sheets, national, typical model: ${clicks.length} clicks of ${clicks.map((ms) => (ms / 60_000).toFixed(2)).join(' / ')} min`);
    expect(fake.ui.alerts.at(-1)!.prompt).toMatch(/พร้อมแล้ว/);
    expect(fake.runtime.executions.every((e) => e.error === null)).toBe(true);
    for (const ms of clicks) expect(ms).toBeLessThan(QR_BUDGET_MS + 30_000);
    const files = [...fake.spreadsheetApp.spreadsheets.values()].filter((f) => f.getSheetByName(qrCardsSheet.name));
    expect(files).toHaveLength(provinces.length);
    const laos = files.reduce((n, f) => n + f.getSheetByName(qrCardsSheet.name)!.getLastRow() - 1, 0);
    expect(laos).toBe(rows.length - 1);

    const before = fake.runtime.clockMs;
    fake.counter.reset();
    fake.env.runAs('interactive', () => app.writeQrSheetsAction(services));
    expect(fake.ui.alerts.at(-1)!.prompt).toMatch(new RegExp(`ปรับปรุง 0 จังหวัด ไม่มีการเปลี่ยนแปลง ${provinces.length} จังหวัด`));
    expect(Object.keys(fake.counter.snapshot()).filter((c) => /setValues|openById/.test(c))).toEqual([]);
    console.log(`QR sheets, national, a click with nothing changed: ${((fake.runtime.clockMs - before) / 1000).toFixed(1)} s`);
  });
});
