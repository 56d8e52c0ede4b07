/**
 * What the built bundle costs in modelled time on the fakes, for `npm run bench`: each service call priced by
 * latency.ts (low / typical / high), each execution starting in about a second, killed at 6 minutes, and counted
 * against the daily trigger runtime quota (runtime.ts). Per execution and per day:
 * one submission; a quiet clock run; a rebuild after one new submission; a national first rebuild (with its
 * continuations); a peak day (3,000 submissions and every clock run and continuation of 24 hours).
 */
import type { Grid } from '../../sheets-schema/cell';
import { cellText } from '../../sheets-schema/cell';
import { SETTING_KEYS, settingsSheet } from '../../sheets-schema/settings';
import type { FakeAppsScript } from './fake-apps-script';
import type { LatencyModel } from './latency';
import { loadBundle, typeInto } from './load-bundle';
import type { ExecutionRecord, TimeShare } from './runtime';

export interface RunCost {
  executions: number;
  /** Longest single execution, modelled minutes. */
  longestMinutes: number;
  /** Sum of the executions, modelled minutes (what counts against the trigger quota). */
  totalMinutes: number;
  /** From the first execution's start to the last one's end, modelled minutes (continuations a minute apart). */
  spanMinutes: number;
  failures: string[];
  calls: number;
  cellsRead: number;
  cellsWritten: number;
  /** Calls per `Class.method`. */
  byMethod: Record<string, number>;
  /** Where the time went, modelled minutes: summed over the executions, plus `gaps` between them (span − total). */
  breakdown: Breakdown;
  /** Each execution: its start (minutes from the first start), its length and where its time went. */
  perExecution: Array<{ atMinutes: number; minutes: number; breakdown: Breakdown; error: string | null }>;
}

/** Modelled minutes per share of the time (runtime.ts TimeShare), and `gaps`: waiting between executions. */
export type Breakdown = Partial<Record<TimeShare | 'gaps', number>>;

export interface PeakDay {
  submissions: number;
  clockRuns: number;
  executions: number;
  triggerMinutes: number;
  longestMinutes: number;
  /** Longest time from a submission to the end of the first complete rebuild after it, minutes. */
  maxLagMinutes: number;
  failures: string[];
}

export interface ModelCosts {
  model: LatencyModel['name'];
  submission: RunCost;
  quietClock: RunCost;
  afterOneSubmission: RunCost;
  /** The clock run (and its continuations) after a peak day's half hour of submissions (150). */
  afterBusyHalfHour: RunCost;
  firstRebuild: RunCost;
  peakDay: PeakDay;
  /** The same day with the province files left to the cloud function (settings sheet). */
  peakDayWithFunction: PeakDay;
}

export interface CostInput {
  /** Built `Code.js`. */
  code: string;
  /** Registry as imported (header first), sessions sheet, responses (header first). */
  registry: Grid;
  sessions: Grid;
  responses: Grid;
  /** Answers by question title, submitted through the form on the peak day (the last is also "one submission"). */
  submissions: ReadonlyArray<Record<string, string>>;
}

const MINUTE = 60_000;
const CLOCK_MINUTES = 30;
const BUSY_HALF_HOUR = 150;

/** A bound spreadsheet with the registry, sessions and responses in place, form and triggers made, no rebuild yet. */
function prepare(input: CostInput, latency: LatencyModel, userEmail: string, cloudFunction: boolean): FakeAppsScript {
  const { fake } = loadBundle(input.code, { userEmail });
  const ss = fake.spreadsheet;
  fake.open();
  fake.clickMenu('นำเข้าทะเบียน อปท.');
  typeInto(ss.getSheetByName('ทะเบียน อปท.')!, input.registry);
  typeInto(ss.insertSheet('รอบการประชุม'), input.sessions);
  if (cloudFunction)
    typeInto(ss.insertSheet(settingsSheet.name), [
      ['รายการ', 'ค่า'],
      [SETTING_KEYS.provinceFilesByFunction, 'ใช่'],
    ]);
  fake.clickMenu('สร้างแบบฟอร์มลงทะเบียน');
  fake.clickMenu('ติดตั้งทริกเกอร์');
  const responsesSheet = ss.getSheets().find((s) => s.formUrl);
  if (!responsesSheet) throw new Error('the form was not created: ' + JSON.stringify(fake.ui.alerts.at(-1)));
  const header = responsesSheet.getRange(1, 1, 1, responsesSheet.getLastColumn()).getValues()[0]!.map(String);
  const source = (input.responses[0] ?? []).map((c) => cellText(c));
  const order = header.map((h) => source.indexOf(h));
  typeInto(
    responsesSheet,
    input.responses.slice(1).map((row) => order.map((i) => (i < 0 ? null : (row[i] ?? null)))),
    2,
  );
  fake.runtime.latency = latency;
  return fake;
}

/**
 * Submits through the form; false when the form refuses the answers (the generated data set has answers outside a
 * list's choices or a required one missing, which a real form never receives): that response is left out.
 */
function trySubmit(fake: FakeAppsScript, answers: Record<string, string>): boolean {
  try {
    fake.submitForm(fake.onlyForm(), answers);
    return true;
  } catch (error) {
    // The fakes throw errors of the script's realm: not instances of this realm's Error.
    if (/Invalid response submitted|Required question not answered/.test(String((error as { message?: unknown } | null)?.message))) return false;
    throw error;
  }
}

/** Fires due continuations until none is left; returns false if some remain after `limit`. */
function drain(fake: FakeAppsScript, limit = 200): void {
  for (let next = fake.scriptApp.nextDue(), n = 0; next !== null && n < limit; next = fake.scriptApp.nextDue(), n++) {
    fake.runtime.advanceTo(next);
    fake.runDue();
  }
}

function measure(fake: FakeAppsScript, run: () => void): RunCost {
  const from = fake.runtime.executions.length;
  fake.counter.reset();
  run();
  const runs = fake.runtime.executions.slice(from).filter((e) => e.trigger);
  return {
    ...summarize(runs),
    calls: fake.counter.total(),
    byMethod: fake.counter.snapshot(),
    cellsRead: fake.counter.cellsRead,
    cellsWritten: fake.counter.cellsWritten,
  };
}

function summarize(runs: readonly ExecutionRecord[]): Omit<RunCost, 'calls' | 'byMethod' | 'cellsRead' | 'cellsWritten'> {
  const durations = runs.map((e) => e.endMs - e.startMs);
  const totalMinutes = durations.reduce((a, b) => a + b, 0) / MINUTE;
  const spanMinutes = runs.length ? (runs.at(-1)!.endMs - runs[0]!.startMs) / MINUTE : 0;
  const breakdown: Breakdown = {};
  for (const run of runs)
    for (const [share, ms] of Object.entries(run.breakdown) as Array<[TimeShare, number]>) breakdown[share] = (breakdown[share] ?? 0) + ms / MINUTE;
  breakdown.gaps = spanMinutes - totalMinutes;
  return {
    executions: runs.length,
    longestMinutes: Math.max(0, ...durations) / MINUTE,
    totalMinutes,
    spanMinutes,
    failures: runs.flatMap((e) => (e.error ? [e.error] : [])),
    breakdown,
    perExecution: runs.map((e) => ({
      atMinutes: (e.startMs - runs[0]!.startMs) / MINUTE,
      minutes: (e.endMs - e.startMs) / MINUTE,
      breakdown: Object.fromEntries(Object.entries(e.breakdown).map(([k, ms]) => [k, ms / MINUTE])),
      error: e.error,
    })),
  };
}

/**
 * The national first rebuild alone (every response in the sheet, no summary yet), on a Workspace account; then,
 * with `busy` submissions, the clock run after them.
 */
export function measureFirstRebuild(input: CostInput, latency: LatencyModel, cloudFunction = false, busy = 0): { first: RunCost; busy: RunCost | null } {
  const fake = prepare(input, latency, 'admin@odloc.example', cloudFunction);
  const rebuild = () => {
    fake.runClock();
    drain(fake);
  };
  const first = measure(fake, rebuild);
  if (!busy) return { first, busy: null };
  fake.runtime.advanceTo(fake.runtime.clockMs + CLOCK_MINUTES * MINUTE);
  input.submissions.slice(0, busy).forEach((answers) => trySubmit(fake, answers));
  return { first, busy: measure(fake, rebuild) };
}

export function measureModel(input: CostInput, latency: LatencyModel, log: (line: string) => void = () => undefined): ModelCosts {
  // Workspace account (form-submit trigger installed), to price one submission and the runs around it.
  const fake = prepare(input, latency, 'admin@odloc.example', false);
  log(`${latency.name}: national first rebuild ...`);
  const firstRebuild = measure(fake, () => {
    fake.runClock();
    drain(fake);
  });
  fake.runtime.advanceTo(fake.runtime.clockMs + CLOCK_MINUTES * MINUTE);
  const submission = measure(fake, () => {
    for (let i = input.submissions.length - 1; i >= 0 && !trySubmit(fake, input.submissions[i]!); i--);
  });
  const afterOneSubmission = measure(fake, () => {
    fake.runClock();
    drain(fake);
  });
  fake.runtime.advanceTo(fake.runtime.clockMs + CLOCK_MINUTES * MINUTE);
  const quietClock = measure(fake, () => fake.runClock());
  // A peak day's half hour: 3,000 submissions over ten hours are 150 between two clock runs.
  fake.runtime.advanceTo(fake.runtime.clockMs + CLOCK_MINUTES * MINUTE);
  const busy = input.submissions.slice(0, BUSY_HALF_HOUR);
  busy.forEach((answers) => trySubmit(fake, answers));
  const afterBusyHalfHour = measure(fake, () => {
    fake.runClock();
    drain(fake);
  });
  log(`${latency.name}: after ${busy.length} submissions ${JSON.stringify({ ...afterBusyHalfHour, perExecution: undefined, byMethod: undefined })}`);
  const brief = (r: RunCost) =>
    `${r.executions} executions, longest ${r.longestMinutes.toFixed(2)} min, total ${r.totalMinutes.toFixed(2)} min, span ${r.spanMinutes.toFixed(1)} min`;
  log(
    `${latency.name}: first rebuild ${brief(firstRebuild)}; submission ${brief(submission)}; after one ${brief(afterOneSubmission)}; quiet ${brief(quietClock)}`,
  );
  log(`${latency.name}: peak day, province files by the cloud function ...`);
  const withFunction = peakDay(input, latency, true);
  log(`${latency.name}: ${JSON.stringify(withFunction)}; peak day, Apps Script alone ...`);
  const alone = peakDay(input, latency, false);
  return {
    model: latency.name,
    submission,
    quietClock,
    afterOneSubmission,
    afterBusyHalfHour,
    firstRebuild,
    peakDay: alone,
    peakDayWithFunction: withFunction,
  };
}

/**
 * A consumer account's peak day: summaries complete at midnight, then 3,000 submissions (or as many as given)
 * spread evenly over 08:00–18:00 Bangkok time, the clock every 30 minutes and every continuation, for 24 hours.
 */
export function peakDay(input: CostInput, latency: LatencyModel, cloudFunction: boolean): PeakDay {
  const fake = prepare(input, latency, 'odloc.workshop@gmail.com', cloudFunction);
  fake.runClock();
  drain(fake);
  const dayStart = Math.ceil(fake.runtime.clockMs / (24 * 60 * MINUTE)) * 24 * 60 * MINUTE - 7 * 60 * MINUTE; // 00:00 Bangkok
  fake.runtime.advanceTo(dayStart);
  fake.runtime.triggerMsToday = 0;
  const from = fake.runtime.executions.length;
  const n = input.submissions.length;
  const submitAt = input.submissions.map((_, i) => dayStart + 8 * 60 * MINUTE + Math.floor((i * 10 * 60 * MINUTE) / n));
  const clocks = Array.from({ length: (24 * 60) / CLOCK_MINUTES }, (_, i) => dayStart + (i + 1) * CLOCK_MINUTES * MINUTE);
  const completions: number[] = [];
  let next = 0;
  let accepted = 0;
  const runUntil = (t: number) => {
    // Continuations due before `t`, in time order.
    for (let due = fake.scriptApp.nextDue(); due !== null && due <= t; due = fake.scriptApp.nextDue()) {
      fake.runtime.advanceTo(due);
      fake.runDue();
      if (complete(fake)) completions.push(fake.runtime.clockMs);
    }
  };
  for (const clock of clocks) {
    while (next < n && submitAt[next]! < clock) {
      runUntil(submitAt[next]!);
      fake.runtime.advanceTo(submitAt[next]!);
      if (trySubmit(fake, input.submissions[next]!)) accepted++;
      next++;
    }
    runUntil(clock);
    fake.runtime.advanceTo(clock);
    fake.runClock();
    if (complete(fake)) completions.push(fake.runtime.clockMs);
  }
  runUntil(dayStart + 24 * 60 * MINUTE);
  const runs = fake.runtime.executions.slice(from).filter((e) => e.trigger);
  const lag = submitAt.map((t) => (completions.find((c) => c > t) ?? Infinity) - t);
  const s = summarize(runs);
  return {
    submissions: accepted,
    clockRuns: clocks.length,
    executions: s.executions,
    triggerMinutes: s.totalMinutes,
    longestMinutes: s.longestMinutes,
    maxLagMinutes: Math.max(0, ...lag) / MINUTE,
    failures: s.failures,
  };
}

/** The last rebuild left nothing to do (no state property). */
function complete(fake: FakeAppsScript): boolean {
  return fake.propertiesService.script.getProperty('rebuildState') === null && fake.runtime.executions.at(-1)?.error === null;
}
