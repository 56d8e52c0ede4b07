/**
 * Preparing the summary files at national scale (the real registry: 77 provinces and the national file) under a
 * clock that moves by a modelled latency per call, so that the time budget, not the call count, decides where a run
 * stops. Latencies are the typical published figures: creating a file about 2 s, a call that reaches Drive
 * or a spreadsheet 100–275 ms (150 ms here), a script property a few ms (PropertiesService is a local store).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describeWithSharedData, sharedDataPath } from '../scripts/testing/shared-data';
import * as app from './app';
import { PREPARE_BUDGET_MS, summaryFileIds } from './summary-files';
import { createFakeAppsScript } from './testing/fake-apps-script';
import { typeInto } from './testing/load-bundle';
import { fakeServices } from './testing/services';

const LATENCY_MS: Record<string, number> = { 'SpreadsheetApp.create': 2000, 'DriveApp.createFolder': 2000 };
/** Answered without a round trip: the script's own properties and what a fetched object already holds. */
const LOCAL = /^(Properties|PropertiesService|User|FileIterator|FolderIterator)\.|\.(getId|getUrl|getName)$/;
const latencyOf = (call: string) => LATENCY_MS[call] ?? (LOCAL.test(call) ? 5 : 150);

describeWithSharedData('summary files at national scale', ['lao-registry.csv'], () => {
  it('finish over a few runs, none past its budget by more than one file, with every file made once', () => {
    const fake = createFakeAppsScript();
    const start = fake.env.now();
    const modelledMs = () => Object.entries(fake.counter.snapshot()).reduce((ms, [call, n]) => ms + n * latencyOf(call), 0);
    const services = fakeServices(fake, () => new Date(start + modelledMs()));
    const rows = parse(readFileSync(sharedDataPath('lao-registry.csv'), 'utf8'), { bom: true, skip_empty_lines: true }) as string[][];
    typeInto(fake.spreadsheet.insertSheet('ทะเบียน อปท.'), rows);
    typeInto(fake.spreadsheet.insertSheet('ตั้งค่า'), [
      ['รายการ', 'ค่า'],
      ['บัญชีบริการของฟังก์ชันคลาวด์', 'fn@p.iam.gserviceaccount.com'],
    ]);
    typeInto(fake.spreadsheet.insertSheet('ผู้ประสานงาน'), [
      ['จังหวัด', 'อีเมล'],
      ...[...new Set(rows.slice(1).map((r) => r[3]!))].map((p, i) => [p, `coord${i}@gmail.com`]),
    ]);

    const runs: number[] = [];
    for (let run = 0; run < 6; run++) {
      const before = modelledMs();
      fake.env.runAs('interactive', () => app.prepareSummaryFilesAction(services));
      runs.push(modelledMs() - before);
      if (/เตรียมไฟล์สรุปครบ/.test(fake.ui.alerts.at(-1)!.prompt)) break;
    }
    const ids = summaryFileIds(fake.spreadsheet);
    expect(ids.size).toBe(78);
    expect(new Set(ids.values()).size).toBe(78);
    expect(fake.spreadsheetApp.spreadsheets.size).toBe(1 + 78);
    // A run stops starting files at the budget; the file in progress then finishes (one create and its shares).
    for (const ms of runs) expect(ms).toBeLessThan(PREPARE_BUDGET_MS + 10_000);
    expect(runs.length).toBeGreaterThan(1);

    // Once everything exists, a run only checks: no file is made and nothing is shared again.
    const before = modelledMs();
    fake.env.runAs('interactive', () => app.prepareSummaryFilesAction(services));
    expect(fake.ui.alerts.at(-1)!.prompt).toMatch(/สร้างใหม่ 0 ไฟล์, มีอยู่แล้ว 78 ไฟล์/);
    expect(fake.ui.alerts.at(-1)!.prompt).toMatch(/เปลี่ยนสิทธิ์ 0 รายการ/);
    expect(fake.spreadsheetApp.spreadsheets.size).toBe(1 + 78);
    expect(modelledMs() - before).toBeLessThan(PREPARE_BUDGET_MS);

    // The health check opens every file's sharing: within the minute it promises.
    const beforeCheck = modelledMs();
    fake.env.runAs('interactive', () => app.healthCheckAction(services));
    expect(fake.ui.alerts.at(-1)!.prompt).toMatch(/✅ ไฟล์สรุป: 78 ไฟล์/);
    expect(modelledMs() - beforeCheck).toBeLessThan(60_000);
  });
});
