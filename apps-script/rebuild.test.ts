/**
 * Rebuilds and submissions under the fakes' moving clock (every call advances it by its modelled latency): the
 * 6-minute kill, continuations, the order province files are written in, repeated and blank events.
 */
import * as app from './app';
import { CONTINUE_AFTER_MS } from './triggers';
import { LATENCY, type LatencyModel } from './testing/latency';
import { KILLED_MESSAGE, QUOTA_MESSAGE } from './testing/runtime';
import { pickedLaoTitle } from '../sheets-schema/rsvp-picked-lao';
import type { FakeSpreadsheet } from './testing/fake-spreadsheet';
import { SOMSRI, setUpWorkshop } from './testing/workshop';

const REGISTRATIONS = 'ผลการตรวจการลงทะเบียน';
const FILES = 'ไฟล์สรุปรายจังหวัด';
const STATUS = 'สถานะการสร้างสรุป';

/** Typical latencies, without the Node-time factor (which would make budgets depend on this machine). */
const TYPICAL: LatencyModel = { ...LATENCY.typical, computeFactor: 0 };
/** Creating a file takes 100 s: a rebuild of three provinces cannot finish in one execution. */
const SLOW_FILES: LatencyModel = { ...TYPICAL, createFileMs: 100_000, openMs: 60_000 };

type Workshop = ReturnType<typeof setUpWorkshop>;

const fileIds = (w: Workshop) => [...w.fake.spreadsheetApp.spreadsheets.keys()].filter((id) => id !== w.ss.getId());
const registrationRows = (w: Workshop) => w.ss.getSheetByName(REGISTRATIONS)!.getDataRange().getValues().slice(1);
const status = (w: Workshop) =>
  Object.fromEntries(
    w.ss
      .getSheetByName(STATUS)!
      .getDataRange()
      .getValues()
      .slice(1)
      .map((r) => [r[0], r[1]]),
  );
/** A spreadsheet as its readers see it, the generation time left out: per sheet, values, formats, widths, freeze, filter. */
function rendered(file: FakeSpreadsheet) {
  return file.getSheets().map((sheet) => {
    const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
    return {
      name: sheet.getName(),
      values: all.getValues().map((row) => row.map((v) => String(v).replace(/\d{1,2} \S+ \d{4} \d{2}:\d{2}/g, '(เวลา)'))),
      formats: all.getNumberFormats(),
      weights: all.getFontWeights(),
      backgrounds: all.getBackgrounds(),
      widths: Array.from({ length: sheet.getMaxColumns() }, (_, c) => sheet.getColumnWidth(c + 1)),
      frozen: [sheet.getFrozenRows(), sheet.getFrozenColumns()],
      filter: sheet.getFilter()?.getRange().getA1Notation() ?? null,
    };
  });
}
/** Fires due continuations a minute apart until none is left (at most `limit`). */
function runContinuations(w: Workshop, limit = 20): number {
  let runs = 0;
  for (let next = w.fake.scriptApp.nextDue(); next !== null && runs < limit; next = w.fake.scriptApp.nextDue()) {
    w.fake.runtime.advanceTo(next);
    runs += w.fake.runDue();
  }
  return runs;
}
/** Province names written, in order, by watching the files' property records. */
function provincesWrittenOrder(w: Workshop, run: () => void): string[] {
  const order: string[] = [];
  const store = w.fake.propertiesService.script.store;
  const set = store.set.bind(store);
  store.set = (key: string, value: string) => {
    if (key.startsWith('provinceFile:')) order.push(key.slice('provinceFile:'.length));
    return set(key, value);
  };
  try {
    run();
  } finally {
    store.set = set;
  }
  return order;
}

describe('a rebuild under the moving clock', () => {
  it('stops in time, continues a minute later by itself, writes every province once before rewriting any', () => {
    const w = setUpWorkshop({ latency: SLOW_FILES });
    w.fake.submitForm(w.form, SOMSRI);
    const order = provincesWrittenOrder(w, () => {
      w.fake.runClock();
      expect(status(w)['ขั้นตอน']).toBe('เขียนไฟล์สรุปรายจังหวัด');
      expect(String(status(w)['ความคืบหน้า'])).toMatch(/จาก 3 ส่วน/);
      // The continuation is due a minute after it was scheduled, within the first execution.
      const first = w.fake.runtime.executions.at(-1)!;
      expect(w.fake.scriptApp.nextDue()).toBeGreaterThanOrEqual(first.startMs + CONTINUE_AFTER_MS);
      expect(w.fake.scriptApp.nextDue()).toBeLessThanOrEqual(first.endMs + CONTINUE_AFTER_MS);
      runContinuations(w);
    });
    expect([...order].sort()).toEqual(['กรุงเทพมหานคร', 'ตาก', 'แม่ฮ่องสอน'].sort());
    // No execution ran past the 6-minute kill; more than one was needed.
    const runs = w.fake.runtime.executions.filter((e) => e.trigger);
    expect(runs.length).toBeGreaterThan(1);
    expect(runs.every((e) => e.error === null && e.endMs - e.startMs <= 4.5 * 60_000 + 100_000)).toBe(true);
    expect(status(w)['ขั้นตอน']).toBe('เสร็จสมบูรณ์');
    // Finished: the continuation trigger is gone, only the recurring ones stay.
    expect(
      w.fake.scriptApp
        .getProjectTriggers()
        .map((t) => t.getHandlerFunction())
        .sort(),
    ).toEqual(['onFormSubmit', 'rebuildSummaries']);
    expect(
      w.ss
        .getSheetByName(FILES)!
        .getDataRange()
        .getValues()
        .slice(1)
        .every((r) => String(r[1]).startsWith('https://')),
    ).toBe(true);
  });

  it('a clock run with nothing new writes no file; one new response rewrites its own province only', () => {
    const w = setUpWorkshop({ latency: TYPICAL });
    w.fake.submitForm(w.form, SOMSRI);
    w.fake.runClock();
    runContinuations(w);
    const files = fileIds(w).length;
    w.fake.runtime.advanceTo(w.fake.runtime.clockMs + 30 * 60_000);
    const quiet = provincesWrittenOrder(w, () => w.fake.runClock());
    expect(quiet).toEqual([]);
    expect(w.fake.runtime.executions.at(-1)!.endMs - w.fake.runtime.executions.at(-1)!.startMs).toBeLessThan(2000);

    w.fake.runtime.advanceTo(w.fake.runtime.clockMs + 30 * 60_000);
    const { [pickedLaoTitle('ตาก')]: _tak, ...someone } = SOMSRI;
    w.fake.submitForm(w.form, {
      ...someone,
      จังหวัด: 'แม่ฮ่องสอน',
      [pickedLaoTitle('แม่ฮ่องสอน')]: 'อบต.แม่นาเติง — อ.ปาย',
      อำเภอ: 'ปาย',
      'ประเภท อปท.': 'องค์การบริหารส่วนตำบล',
      'ชื่อ อปท.': 'อบต.แม่นาเติง',
      'ชื่อ-นามสกุล': 'นายสมชาย ใจดี',
      รอบการประชุม: 'รอบที่ 2 (อบต.)',
    });
    const after = provincesWrittenOrder(w, () => {
      w.fake.runClock();
      runContinuations(w);
    });
    expect(after).toEqual(['แม่ฮ่องสอน']);
    expect(fileIds(w)).toHaveLength(files);
  });

  it('a killed execution is continued, and nothing it wrote is lost', () => {
    // Every read takes 7 minutes: the first execution is killed reading the registry.
    const w = setUpWorkshop({ latency: TYPICAL });
    w.fake.submitForm(w.form, SOMSRI);
    w.fake.runtime.latency = { ...TYPICAL, readMs: 7 * 60_000 };
    w.fake.runClock();
    expect(w.fake.runtime.executions.at(-1)!.error).toBe(KILLED_MESSAGE);
    w.fake.runtime.latency = TYPICAL;
    expect(runContinuations(w)).toBeGreaterThan(0);
    expect(registrationRows(w)).toHaveLength(1);
    expect(status(w)['ขั้นตอน']).toBe('เสร็จสมบูรณ์');
  });

  it('a transient error opening a province file fails the execution; the continuation reuses the file, never a second one', () => {
    const w = setUpWorkshop({ latency: TYPICAL });
    w.fake.submitForm(w.form, SOMSRI);
    w.fake.runClock();
    runContinuations(w);
    const files = fileIds(w).length;
    w.fake.runtime.failNext(/SpreadsheetApp\.openById/);
    w.fake.runtime.advanceTo(w.fake.runtime.clockMs + 30 * 60_000);
    expect(() => w.fake.env.runAs('interactive', () => app.rebuildAction(w.services, true))).not.toThrow();
    expect(w.fake.ui.alerts.at(-1)!.prompt).toMatch(/Service Spreadsheets failed/);
    runContinuations(w);
    expect(fileIds(w)).toHaveLength(files);
    expect(status(w)['ขั้นตอน']).toBe('เสร็จสมบูรณ์');
  });

  it('new province files are copies of one template, and rewrites of values only; the same as files written sheet by sheet', () => {
    const w = setUpWorkshop({ latency: TYPICAL });
    w.fake.submitForm(w.form, SOMSRI);
    w.fake.runClock();
    runContinuations(w);
    // A second response in ตาก: its sheets of the same rows get their values only.
    w.fake.runtime.advanceTo(w.fake.runtime.clockMs + 30 * 60_000);
    w.fake.submitForm(w.form, { ...SOMSRI, 'ชื่อ-นามสกุล': 'นายสมชาย ใจดี', อีเมล: 'somchai@example.com', โทรศัพท์มือถือ: '089-123-4567' });
    w.fake.counter.reset();
    w.fake.runClock();
    runContinuations(w);
    expect(w.fake.counter.snapshot()['Range.setValues']).toBeGreaterThan(0);
    expect(w.fake.counter.snapshot()['Spreadsheet.insertSheet'] ?? 0).toBe(0);
    const template = JSON.parse(w.fake.propertiesService.script.getProperty('provinceTemplate')!) as { id: string; sheetsDone?: number };
    expect(template.sheetsDone).toBeUndefined();
    const provinceFiles = fileIds(w).filter((id) => id !== template.id);
    expect(provinceFiles.length).toBeGreaterThan(1);
    const copied = provinceFiles.map((id) => rendered(w.fake.spreadsheetApp.openById(id)));
    // The menu rewrites every file sheet by sheet (writeLayoutInto): every cell, format, width and filter as the copy had them.
    w.fake.runtime.advanceTo(w.fake.runtime.clockMs + 30 * 60_000);
    w.fake.env.runAs('interactive', () => app.rebuildAction(w.services, true));
    runContinuations(w);
    expect(fileIds(w).filter((id) => id !== template.id)).toEqual(provinceFiles);
    expect(provinceFiles.map((id) => rendered(w.fake.spreadsheetApp.openById(id)))).toEqual(copied);
  });

  it('a template that takes more than one execution is finished by the continuation, never made twice', () => {
    const w = setUpWorkshop({ latency: TYPICAL });
    w.fake.submitForm(w.form, SOMSRI);
    // Each of the template's sheets takes about two minutes: it cannot be made in one execution.
    w.fake.runtime.latency = { ...TYPICAL, structureMs: 6_000 };
    w.fake.runClock();
    runContinuations(w, 2);
    const first = JSON.parse(w.fake.propertiesService.script.getProperty('provinceTemplate')!) as { id: string; sheetsDone?: number };
    expect(first.sheetsDone).toBeGreaterThanOrEqual(0);
    w.fake.runtime.latency = TYPICAL;
    runContinuations(w);
    const done = JSON.parse(w.fake.propertiesService.script.getProperty('provinceTemplate')!) as { id: string; sheetsDone?: number };
    expect(done).toEqual({ ...first, sheetsDone: undefined });
    const titles = fileIds(w).map((id) => w.fake.spreadsheetApp.openById(id).getName());
    expect(titles.filter((t) => t.startsWith('แม่แบบ'))).toHaveLength(1);
    expect(status(w)['ขั้นตอน']).toBe('เสร็จสมบูรณ์');
  });

  it('past the daily trigger quota, triggers fail as Google fails them', () => {
    const w = setUpWorkshop({ latency: TYPICAL, account: 'consumer' });
    w.fake.runtime.triggerMsToday = 90 * 60_000;
    w.fake.submitForm(w.form, SOMSRI);
    w.fake.runClock();
    expect(w.fake.runtime.executions.at(-1)!.error).toBe(QUOTA_MESSAGE);
    expect(w.ss.getSheetByName(REGISTRATIONS)).toBeNull();
    // The quota resets 24 hours after the window started.
    w.fake.runtime.advanceTo(w.fake.runtime.clockMs + 24 * 60 * 60_000);
    w.fake.runClock();
    runContinuations(w);
    expect(registrationRows(w)).toHaveLength(1);
  });
});

describe('submissions', () => {
  it('cost about a second and a handful of calls, and change nothing when repeated or blank', () => {
    const w = setUpWorkshop({ latency: TYPICAL });
    w.fake.submitForm(w.form, SOMSRI);
    const run = w.fake.runtime.executions.at(-1)!;
    expect(run.label).toBe('trigger:onFormSubmit');
    expect(run.endMs - run.startMs).toBeLessThanOrEqual(1500);
    const before = JSON.stringify(w.fake.propertiesService.script.getProperties());
    const row = w.responses.getRange(2, 1, 1, w.responses.getLastColumn());
    w.fake.repeatSubmitEvent(row);
    w.fake.blankSubmitEvent(row);
    expect(JSON.stringify(w.fake.propertiesService.script.getProperties())).toBe(before);
    expect(w.responses.getLastRow()).toBe(2);
  });

  it('a repeated event, a blank one, and 200 submissions while a rebuild holds the lock: each response once after the next rebuild', () => {
    const w = setUpWorkshop({ latency: TYPICAL });
    w.fake.submitForm(w.form, SOMSRI);
    w.fake.runClock();
    runContinuations(w);
    w.fake.lockService.heldByOther.add('script');
    const names: string[] = [];
    for (let i = 0; i < 200; i++) {
      names.push(`นายทดสอบ ลำดับ${i}`);
      w.fake.submitForm(w.form, { ...SOMSRI, 'ชื่อ-นามสกุล': names.at(-1)!, โทรศัพท์มือถือ: `08${String(10_000_000 + i)}` });
    }
    const last = w.responses.getRange(w.responses.getLastRow(), 1, 1, w.responses.getLastColumn());
    w.fake.repeatSubmitEvent(last);
    w.fake.blankSubmitEvent(last);
    w.fake.runtime.advanceTo(w.fake.runtime.clockMs + 30 * 60_000);
    w.fake.runClock(); // the lock is still held: nothing yet
    w.fake.lockService.heldByOther.clear();
    w.fake.runtime.advanceTo(w.fake.runtime.clockMs + 30 * 60_000);
    w.fake.runClock();
    runContinuations(w);
    const rows = registrationRows(w);
    // Each response once, by its row in the responses sheet (2 to 202, under the header).
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 201 }, (_, i) => i + 2));
    for (const name of names) expect(rows.filter((r) => r[8] === name)).toHaveLength(1);
  });

  it('consumer accounts get no form-submit trigger: the clock takes new rows up by the row count', () => {
    const w = setUpWorkshop({ latency: TYPICAL, userEmail: 'odloc.workshop@gmail.com' });
    expect(w.fake.scriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['rebuildSummaries']);
    expect(w.fake.ui.alerts.at(-1)!.prompt).toMatch(/ไม่ติดตั้ง/);
    w.fake.submitForm(w.form, SOMSRI);
    expect(w.fake.runtime.executions.filter((e) => e.trigger)).toHaveLength(0);
    w.fake.runClock();
    runContinuations(w);
    expect(registrationRows(w)).toHaveLength(1);
    expect(CONTINUE_AFTER_MS).toBe(60_000);
  });
});
