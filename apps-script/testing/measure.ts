/**
 * Service calls and cells per submission and per rebuild of the built bundle, on the fakes, for the benchmark
 * report. Node time is reported too: it is the script's own computing (the pipeline, the layouts), not the time
 * Apps Script spends in service calls, which the fakes cannot know.
 */
import type { Grid } from '../../sheets-schema/cell';
import { cellText } from '../../sheets-schema/cell';
import type { CallCounts } from './counter';
import { loadBundle, typeInto } from './load-bundle';

export interface CostSample {
  calls: number;
  byMethod: CallCounts;
  cellsRead: number;
  cellsWritten: number;
  nodeMs: number;
}

export interface AppsScriptCosts {
  laos: number;
  responses: number;
  /** The first clock rebuild: every derived sheet and every province file written. */
  firstRebuild: CostSample;
  /** Each submission's form-submit trigger (the most expensive one). */
  submission: CostSample;
  /** The clock rebuild after those submissions: only the provinces they changed are rewritten. */
  laterRebuild: CostSample;
  /** A clock run with nothing new. */
  idleClock: CostSample;
  provinceFiles: number;
}

export interface CostInput {
  /** Built `Code.js`. */
  code: string;
  /** Registry as imported (header first), sessions sheet, responses already in the sheet (header first). */
  registry: Grid;
  sessions: Grid;
  responses: Grid;
  /** Answers by question title, submitted through the form one by one after the first rebuild. */
  submissions: ReadonlyArray<Record<string, string>>;
}

export function measureAppsScriptCosts(input: CostInput): AppsScriptCosts {
  const { fake } = loadBundle(input.code);
  const ss = fake.spreadsheet;
  fake.open();
  fake.clickMenu('นำเข้าทะเบียน อปท.');
  typeInto(ss.getSheetByName('ทะเบียน อปท.')!, input.registry);
  typeInto(ss.insertSheet('รอบการประชุม'), input.sessions);
  fake.clickMenu('สร้างแบบฟอร์มลงทะเบียน');
  fake.clickMenu('ติดตั้งทริกเกอร์');
  const responsesSheet = ss.getSheets().find((s) => s.formUrl);
  if (!responsesSheet) throw new Error('the form was not created: ' + JSON.stringify(fake.ui.alerts.at(-1)));
  const header = responsesSheet.getRange(1, 1, 1, responsesSheet.getLastColumn()).getValues()[0]!.map(String);
  const source = (input.responses[0] ?? []).map((c) => cellText(c));
  const order = header.map((h) => source.indexOf(h));
  typeInto(responsesSheet, input.responses.slice(1).map((row) => order.map((i) => (i < 0 ? null : (row[i] ?? null)))), 2);

  const sample = (run: () => void): CostSample => {
    fake.counter.reset();
    const started = performance.now();
    run();
    const nodeMs = performance.now() - started;
    const { counter } = fake;
    return { calls: counter.total(), byMethod: counter.snapshot(), cellsRead: counter.cellsRead, cellsWritten: counter.cellsWritten, nodeMs };
  };
  const firstRebuild = sample(() => fake.runClock());
  const form = fake.onlyForm();
  let submission: CostSample | null = null;
  for (const answers of input.submissions) {
    const s = sample(() => fake.submitForm(form, answers));
    if (!submission || s.calls > submission.calls) submission = s;
  }
  const laterRebuild = sample(() => fake.runClock());
  const idleClock = sample(() => fake.runClock());
  const failures = fake.console.entries.filter((e) => e.level !== 'log');
  if (failures.length) throw new Error(`the script reported problems: ${failures.map((f) => f.message).join(' | ')}`);
  return {
    laos: input.registry.length - 1,
    responses: input.responses.length - 1,
    firstRebuild,
    submission: submission ?? sample(() => undefined),
    laterRebuild,
    idleClock,
    provinceFiles: fake.spreadsheetApp.spreadsheets.size - 1,
  };
}
