/**
 * The Google side of `npm run bench`, as report sections: what the Apps Script adapter costs in service calls
 * (the built bundle running on the in-memory fakes, apps-script/testing/measure.ts) and what the cloud function's
 * rebuild costs in API requests (against the fake Google server with the per-minute quotas on a virtual clock,
 * functions/testing/measure-rebuild.ts), on the benchmark's data set. The last response is held back and arrives as
 * one new form submission, so each side also shows what one submission and the rebuild after it cost.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LATENCY, type LatencyModel } from '../../apps-script/testing/latency';
import { measureModel, type Breakdown, type ModelCosts, type PeakDay, type RunCost } from '../../apps-script/testing/measure';
import { measureRebuild, type RebuildMeasurement } from '../../functions/testing/measure-rebuild';
import type { Grid } from '../../sheets-schema/cell';
import { NATIONAL_KEY } from '../../sheets-schema/coordinators';
import { INDICATOR_CATALOG, INDICATOR_ENTRIES } from '../../sheets-schema/indicators';
import { laoRegistrySheet } from '../../sheets-schema/registry';
import { rsvpResponsesSheet } from '../../sheets-schema/rsvp-form';
import { sessionsSheet } from '../../sheets-schema/sessions';
import { buildAppsScript } from '../build-apps-script';
import type { Dataset } from './dataset';
import { asPickedForm } from './picked-responses';
import type { Metric, Section, TableCell } from './report';

/** The sessions sheet as the coordinator has it (the example sessions file, header first). */
export interface GoogleInputs {
  dataset: Dataset;
  sessions: Grid;
}

/** DLA's per-LAO file as a coordinator imports it into the registry sheet. */
function registryGrid(dataset: Dataset): Grid {
  return [['code', 'type', 'name', 'province', 'district'], ...dataset.registry.map((e) => [e.code, e.type, e.name, e.province, e.district])];
}

function scale(dataset: Dataset, indicators: boolean): string {
  const entries = indicators && dataset.entries ? `, ${dataset.entries.rows.length.toLocaleString('en-US')} indicator entries` : '';
  return `${dataset.registry.length.toLocaleString('en-US')} LAOs, ${dataset.responses.rows.length.toLocaleString('en-US')} responses${entries}`;
}

/** Submissions on the peak day (issue 8's target: 3,000 in a day within 30 minutes of a consumer's trigger time). */
const PEAK_SUBMISSIONS = 3000;

export async function appsScriptSection(
  { dataset, sessions }: GoogleInputs,
  options: { models?: Array<LatencyModel['name']>; log?: (line: string) => void } = {},
): Promise<Section> {
  const dir = await mkdtemp(join(tmpdir(), 'lao-minstd-bench-gas-'));
  try {
    const built = await buildAppsScript({ outDir: dir });
    const code = await readFile(built.bundlePath, 'utf8');
    // The set-up makes the picked-LAO form: its responses name the LAO by a label, not by typed answers.
    const { header, rows } = asPickedForm(dataset.responses, dataset.registry);
    const questions = header.filter((h) => h !== rsvpResponsesSheet.columns.timestamp.header && h !== rsvpResponsesSheet.columns.collectedEmail.header);
    // The last responses arrive on the peak day through the form; the others are in the sheet already.
    const peak = Math.min(PEAK_SUBMISSIONS, Math.max(1, Math.floor(rows.length / 10)));
    const input = {
      code,
      registry: registryGrid(dataset),
      sessions,
      responses: [header, ...rows.slice(0, -peak)],
      submissions: rows.slice(-peak).map((r) => Object.fromEntries(questions.map((q) => [q, r[header.indexOf(q)] ?? '']))),
    };
    const models = (options.models ?? ['typical', 'high']).map((m) => measureModel(input, LATENCY[m], options.log));
    const typical = models[0]!;
    const metric = (id: string, label: string, value: number, unit: string, target?: Metric['target']): Metric => ({
      id: `apps_script.${id}`,
      label,
      value,
      unit,
      ...(target ? { target } : {}),
    });
    const seconds = (minutes: number) => minutes * 60;
    const runRow = (name: string, trigger: string, m: ModelCosts, r: RunCost): TableCell[] => [
      name,
      trigger,
      m.model,
      r.executions,
      r.longestMinutes,
      r.totalMinutes,
      r.spanMinutes,
      r.calls,
      r.cellsRead,
      r.cellsWritten,
      r.failures.length,
    ];
    const dayRow = (name: string, m: ModelCosts, d: PeakDay): TableCell[] => [
      name,
      m.model,
      d.submissions,
      d.executions,
      d.longestMinutes,
      d.triggerMinutes,
      d.maxLagMinutes,
      d.failures.length,
    ];
    // Where the modelled minutes go, by share (apps-script/testing/runtime.ts TimeShare).
    const share = (b: Breakdown, ...keys: Array<keyof Breakdown>) => keys.reduce((sum, k) => sum + (b[k] ?? 0), 0);
    const shares = (b: Breakdown): TableCell[] => [
      share(b, 'start'),
      share(b, 'compute'),
      share(b, 'read'),
      share(b, 'write', 'appendRow'),
      share(b, 'structure'),
      share(b, 'create'),
      share(b, 'open'),
      share(b, 'metadata'),
      share(b, 'properties', 'lock', 'lockWait', 'triggers', 'local', 'forms', 'mail'),
      share(b, 'gaps'),
    ];
    const shareColumns = ['start', 'compute', 'reads', 'writes', 'set-up calls', 'new files', 'opening files', 'metadata', 'other', 'idle gaps'];
    return {
      id: 'apps-script',
      title: `Apps Script in modelled minutes (the built bundle on the fakes; latencies: apps-script/testing/latency.ts)`,
      metrics: [
        metric('submission_seconds', `one submission's trigger (${typical.model})`, seconds(typical.submission.longestMinutes), 's', { op: '<=', value: 1.5 }),
        metric('quiet_clock_seconds', `a clock run with nothing new (${typical.model})`, seconds(typical.quietClock.longestMinutes), 's'),
        metric('after_one_minutes', `rebuild after one new submission, all executions (${typical.model})`, typical.afterOneSubmission.totalMinutes, 'min'),
        metric(
          'busy_half_hour_minutes',
          `rebuild after 150 new submissions (a peak day's half hour), all executions (${typical.model})`,
          typical.afterBusyHalfHour.totalMinutes,
          'min',
        ),
        metric('first_longest_minutes', `national first rebuild, longest execution (${typical.model})`, typical.firstRebuild.longestMinutes, 'min', {
          op: '<=',
          value: 4.5,
        }),
        metric('first_span_minutes', `national first rebuild, start to complete summaries (${typical.model})`, typical.firstRebuild.spanMinutes, 'min', {
          op: '<=',
          value: 60,
        }),
        metric('peak_day_minutes', `peak day, trigger runtime, Apps Script alone (${typical.model})`, typical.peakDay.triggerMinutes, 'min', {
          op: '<=',
          value: 30,
        }),
        metric(
          'peak_day_function_minutes',
          `peak day, trigger runtime, province files by the cloud function (${typical.model})`,
          typical.peakDayWithFunction.triggerMinutes,
          'min',
          { op: '<=', value: 30 },
        ),
        metric(
          'peak_day_lag_minutes',
          `peak day, longest wait for complete summaries, Apps Script alone (${typical.model})`,
          typical.peakDay.maxLagMinutes,
          'min',
          { op: '<=', value: 60 },
        ),
        metric('bundle_kb', 'bundle size (Code.js, minified), evaluated on every trigger run', built.bytes / 1024, 'KB'),
      ],
      tables: [
        {
          title: 'Per run (modelled minutes; "span": first start to last end, continuations a minute apart)',
          columns: ['run', 'trigger', 'latency', 'executions', 'longest min', 'total min', 'span min', 'calls', 'cells read', 'cells written', 'failed'],
          rows: models.flatMap((m) => [
            runRow('one form submission (Workspace account)', 'form submit', m, m.submission),
            runRow('clock run with nothing new', 'clock', m, m.quietClock),
            runRow('rebuild after one new submission', 'clock + continuations', m, m.afterOneSubmission),
            runRow('rebuild after 150 new submissions (a peak half hour)', 'clock + continuations', m, m.afterBusyHalfHour),
            runRow('national first rebuild', 'clock + continuations', m, m.firstRebuild),
          ]),
        },
        {
          title: `Peak day on a consumer account (no form-submit trigger; clock every 30 min; quota 90 min/day)`,
          columns: ['day', 'latency', 'submissions', 'executions', 'longest min', 'trigger min/day', 'max lag min', 'failed'],
          rows: models.flatMap((m) => [dayRow('Apps Script alone', m, m.peakDay), dayRow('province files by the cloud function', m, m.peakDayWithFunction)]),
        },
        {
          title: 'National first rebuild by Apps Script alone: where the modelled minutes go (all executions)',
          columns: ['latency', 'executions', 'longest min', 'span min', ...shareColumns],
          rows: models.map((m) => [
            m.model,
            m.firstRebuild.executions,
            m.firstRebuild.longestMinutes,
            m.firstRebuild.spanMinutes,
            ...shares(m.firstRebuild.breakdown),
          ]),
        },
        {
          title: `National first rebuild, each execution (${typical.model}; minutes)`,
          columns: ['execution', 'starts at min', 'min', ...shareColumns.slice(0, -1), 'failed'],
          rows: typical.firstRebuild.perExecution.map((e, i) => [i + 1, e.atMinutes, e.minutes, ...shares(e.breakdown).slice(0, -1), e.error ?? '']),
        },
      ],
      notes: [
        `Scale: ${scale(dataset, false)} (the national benchmark data set); the last ${peak.toLocaleString('en-US')} responses arrive through the form on the peak day, 08:00–18:00.`,
        "Modelled time = execution start + each service call priced by kind (local getters and builders a few ms; metadata, reads and writes with per-1,000-cell costs; opening and creating files) + Node CPU time between calls × the model's compute factor (1/2/4: Apps Script V8 is slower than Node; an assumption). CPU time, not wall time, so that a loaded machine does not inflate it; it still varies a little from machine to machine.",
        'Idle gaps: each execution schedules its continuation (ScriptApp `after(60 s)`) when it starts, so the continuation is due before the execution ends and the model fires it then. Google documents `after()` as a minimum ("the actual duration might vary, but won\'t be less than your specified minimum", https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)): on Google the gaps can only be longer, by an amount nothing here can know.',
        "Sources of the latencies: Google's Apps Script best practices and quotas pages, Tanaike's and McPherson's published benchmarks (see apps-script/testing/latency.ts). Nothing here ran on Google.",
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Methods by calls in the first column (ties by name), each with its count per column. */
function topMethods(columns: ReadonlyArray<Record<string, number>>, limit: number): TableCell[][] {
  const first = columns[0] ?? {};
  const methods = Object.keys(first)
    .sort((a, b) => first[b]! - first[a]! || a.localeCompare(b))
    .slice(0, limit);
  return methods.map((m) => [m, ...columns.map((c) => c[m] ?? 0)]);
}

/** Cloud Scheduler waits at most 30 minutes for an HTTP target (MISSION.md): a rebuild must finish within that. */
const SCHEDULER_WAIT_MINUTES = 30;
/** The memory the deploy gives the function at most. */
const MEMORY_TARGET_MIB = 1024;

export async function cloudFunctionSection({ dataset, sessions }: GoogleInputs): Promise<Section> {
  const { header, rows } = dataset.responses;
  const indicators = dataset.entries !== null;
  const provinces = [...new Set(dataset.registry.map((e) => e.province)), 'กรุงเทพมหานคร'];
  const sheets: Record<string, Grid> = {
    [laoRegistrySheet.name]: registryGrid(dataset),
    [sessionsSheet.name]: sessions,
    [rsvpResponsesSheet.name]: [header, ...rows.slice(0, -1)],
  };
  if (dataset.entries) {
    sheets[INDICATOR_CATALOG.name] = [dataset.catalog.header, ...dataset.catalog.rows];
    sheets[INDICATOR_ENTRIES.name] = [dataset.entries.header, ...dataset.entries.rows];
  }
  const [first, unchanged, oneProvince] = (await measureRebuild({
    sheets,
    keys: [NATIONAL_KEY, ...provinces],
    viewers: { ...Object.fromEntries(provinces.map((p, i) => [p, [`coordinator${i + 1}@example.com`]])), [NATIONAL_KEY]: ['national@example.com'] },
    runs: 3,
    appendBefore: (run) => (run === 2 ? { [rsvpResponsesSheet.name]: [rows.at(-1)!] } : undefined),
  })) as [RebuildMeasurement, RebuildMeasurement, RebuildMeasurement];
  // [name, short name for columns, measurement]
  const runs: Array<[string, string, RebuildMeasurement]> = [
    ['first rebuild (fills every prepared file, shares it)', 'first', first],
    ['rebuild, nothing changed', 'unchanged', unchanged],
    ['rebuild after one new response (one province)', 'one new response', oneProvince],
  ];
  const metric = (id: string, label: string, value: number, unit: string, target?: Metric['target']): Metric => ({
    id: `cloud_function.${id}`,
    label,
    value,
    unit,
    ...(target ? { target } : {}),
  });
  const firstDone = first.summary.spreadsheets.pending.length === 0;
  return {
    id: 'cloud-functions',
    title: 'Cloud function rebuild (Sheets and Drive APIs, fake Google server with latency, quotas and limits)',
    metrics: [
      metric('first_requests', 'API requests, first rebuild', first.requests, 'requests'),
      metric('first_modelled_minutes', 'first rebuild, modelled minutes (pacing + latency)', first.modelledMinutes, 'min', {
        op: '<=',
        value: SCHEDULER_WAIT_MINUTES,
      }),
      metric('first_pending_files', 'files left pending by the first rebuild (the next run writes them)', first.summary.spreadsheets.pending.length, 'files', {
        op: '<=',
        value: 0,
      }),
      metric('unchanged_requests', 'API requests, rebuild with nothing changed', unchanged.requests, 'requests'),
      metric('unchanged_modelled_seconds', 'quiet rebuild, modelled seconds', unchanged.modelledMinutes * 60, 's'),
      metric('one_province_requests', 'API requests, rebuild after one new response', oneProvince.requests, 'requests'),
      metric('one_province_modelled_minutes', 'rebuild after one new response, modelled minutes', oneProvince.modelledMinutes, 'min'),
      metric('largest_request_kb', 'largest request body, all runs', Math.max(...runs.map(([, , r]) => r.largestRequestBytes)) / 1024, 'KB', {
        op: '<=',
        value: 2_000_000 / 1024,
      }),
      metric('largest_response_kb', 'largest response body, all runs', Math.max(...runs.map(([, , r]) => r.largestResponseBytes)) / 1024, 'KB', {
        op: '<=',
        value: 2_000_000 / 1024,
      }),
      metric('peak_rss_mib', "peak memory (RSS) of the function's process, any run", Math.max(...runs.map(([, , r]) => r.peakRssMiB)), 'MiB', {
        op: '<=',
        value: MEMORY_TARGET_MIB,
      }),
      metric(
        'refused',
        'requests refused for quota, all runs',
        runs.reduce((n, [, , r]) => n + r.refused, 0),
        '',
        { op: '<=', value: 0 },
      ),
    ],
    tables: [
      {
        title: 'Per run (modelled min: virtual time of quota pacing, back-off and the latency model; local ms: this machine)',
        columns: [
          'run',
          'requests',
          'sheets read',
          'sheets write',
          'drive',
          'files written',
          'files unchanged',
          'pending',
          'cells written',
          'modelled min',
          'local ms',
          'peak RSS MiB',
        ],
        rows: runs.map(([name, , r]) => [
          name,
          r.requests,
          r.byBucket.sheetsRead,
          r.byBucket.sheetsWrite,
          r.byBucket.drive,
          r.summary.spreadsheets.rendered,
          r.summary.spreadsheets.unchanged,
          r.summary.spreadsheets.pending.length,
          r.summary.spreadsheets.cells,
          r.modelledMinutes,
          r.wallMs,
          r.peakRssMiB,
        ]),
      },
      {
        title: 'API requests by method',
        columns: ['method', ...runs.map(([, short]) => short)],
        rows: topMethods(
          runs.map(([, , r]) => r.byMethod),
          14,
        ),
      },
    ],
    notes: [
      `Scale: ${scale(dataset, indicators)} (the national benchmark data set); My Drive set-up: one prepared spreadsheet per province plus Bangkok and the national one, each shared with one coordinator; the last response is appended before the third run.`,
      `Quotas: Sheets allows 60 read and 60 write requests per minute per user; the function paces itself to that (functions/pacer.ts). Latency: functions/testing/fake-google.ts googleLikeLatency (an assumption, not measured on Google: 200 ms + 1 s/MB per read, 300 ms + 3 s/MB per write, +0.5 s per structural batch, 150 ms per Drive call). Target: within the ${SCHEDULER_WAIT_MINUTES} minutes Cloud Scheduler waits; ${firstDone ? 'the first run finished every file' : 'files not started before the run deadline are pending and written by the next run'}.`,
      "Each rebuild runs in a fresh Node process (functions/testing/rebuild-worker.ts, loaded through tsx, which adds some memory the deployed bundle does not); peak memory is that process's ru_maxrss. The fake server runs in the bench process.",
    ],
  };
}
