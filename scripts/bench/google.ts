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
import { measureAppsScriptCosts, type CostSample } from '../../apps-script/testing/measure';
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

export async function appsScriptSection({ dataset, sessions }: GoogleInputs): Promise<Section> {
  const dir = await mkdtemp(join(tmpdir(), 'lao-minstd-bench-gas-'));
  try {
    const built = await buildAppsScript({ outDir: dir });
    const code = await readFile(built.bundlePath, 'utf8');
    // The set-up makes the picked-LAO form: its responses name the LAO by a label, not by typed answers.
    const { header, rows } = asPickedForm(dataset.responses, dataset.registry);
    const questions = header.filter((h) => h !== rsvpResponsesSheet.columns.timestamp.header && h !== rsvpResponsesSheet.columns.collectedEmail.header);
    const last = rows.at(-1)!;
    const costs = measureAppsScriptCosts({
      code,
      registry: registryGrid(dataset),
      sessions,
      responses: [header, ...rows.slice(0, -1)],
      submissions: [Object.fromEntries(questions.map((q) => [q, last[header.indexOf(q)] ?? '']))],
    });
    // [name, short name for columns, trigger, costs]
    const runs: Array<[string, string, string, CostSample]> = [
      ['first rebuild (every sheet and province file)', 'first', 'clock / menu', costs.firstRebuild],
      ['one form submission', 'submission', 'form submit', costs.submission],
      ['rebuild after that submission', 'after it', 'clock', costs.laterRebuild],
      ['clock run with nothing new', 'idle', 'clock', costs.idleClock],
    ];
    const metric = (id: string, label: string, value: number, unit: string): Metric => ({ id: `apps_script.${id}`, label, value, unit });
    return {
      id: 'apps-script',
      title: 'Apps Script (the built bundle on the in-memory fakes)',
      metrics: [
        metric('submission_calls', 'service calls per form submission', costs.submission.calls, 'calls'),
        metric('submission_cells_read', 'cells read per form submission', costs.submission.cellsRead, 'cells'),
        metric('first_rebuild_calls', 'service calls, first rebuild', costs.firstRebuild.calls, 'calls'),
        metric('first_rebuild_cells_written', 'cells written, first rebuild', costs.firstRebuild.cellsWritten, 'cells'),
        metric('incremental_rebuild_calls', 'service calls, rebuild after one submission', costs.laterRebuild.calls, 'calls'),
        metric('incremental_rebuild_cells_written', 'cells written, rebuild after one submission', costs.laterRebuild.cellsWritten, 'cells'),
        metric('idle_clock_calls', 'service calls, clock run with nothing new', costs.idleClock.calls, 'calls'),
        metric('bundle_kb', 'bundle size (Code.js, minified), evaluated on every trigger run', built.bytes / 1024, 'KB'),
      ],
      tables: [
        {
          title: 'Per run (Node ms: the script\'s own computing on this machine, not the service calls\' latency)',
          columns: ['run', 'trigger', 'service calls', 'cells read', 'cells written', 'node ms'],
          rows: runs.map(([name, , trigger, s]) => [name, trigger, s.calls, s.cellsRead, s.cellsWritten, s.nodeMs]),
        },
        {
          title: 'Service calls by method (the most frequent in the first rebuild)',
          columns: ['method', ...runs.map(([, short]) => short)],
          rows: topMethods(runs.map(([, , , s]) => s.byMethod), 8),
        },
      ],
      notes: [
        `Scale: ${scale(dataset, false)} (the national benchmark data set; the bound spreadsheet does not hold indicator entries), ${costs.provinceFiles} province files. The last response arrives as the form submission.`,
        'Calls are counted per Class.method on the fakes (apps-script/testing/counter.ts); the fakes cannot know how long Apps Script takes per call, so the 6-minute limit is judged from the calls and cells, not from Node ms.',
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Methods by calls in the first column (ties by name), each with its count per column. */
function topMethods(columns: ReadonlyArray<Record<string, number>>, limit: number): TableCell[][] {
  const first = columns[0] ?? {};
  const methods = Object.keys(first).sort((a, b) => first[b]! - first[a]! || a.localeCompare(b)).slice(0, limit);
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
      metric('first_modelled_minutes', 'first rebuild, modelled minutes (pacing + latency)', first.modelledMinutes, 'min', { op: '<=', value: SCHEDULER_WAIT_MINUTES }),
      metric('first_pending_files', 'files left pending by the first rebuild (the next run writes them)', first.summary.spreadsheets.pending.length, 'files', { op: '<=', value: 0 }),
      metric('unchanged_requests', 'API requests, rebuild with nothing changed', unchanged.requests, 'requests'),
      metric('unchanged_modelled_seconds', 'quiet rebuild, modelled seconds', unchanged.modelledMinutes * 60, 's'),
      metric('one_province_requests', 'API requests, rebuild after one new response', oneProvince.requests, 'requests'),
      metric('one_province_modelled_minutes', 'rebuild after one new response, modelled minutes', oneProvince.modelledMinutes, 'min'),
      metric('largest_request_kb', 'largest request body, all runs', Math.max(...runs.map(([, , r]) => r.largestRequestBytes)) / 1024, 'KB', { op: '<=', value: 2_000_000 / 1024 }),
      metric('largest_response_kb', 'largest response body, all runs', Math.max(...runs.map(([, , r]) => r.largestResponseBytes)) / 1024, 'KB', { op: '<=', value: 2_000_000 / 1024 }),
      metric('peak_rss_mib', 'peak memory (RSS) of the function\'s process, any run', Math.max(...runs.map(([, , r]) => r.peakRssMiB)), 'MiB', { op: '<=', value: MEMORY_TARGET_MIB }),
      metric('refused', 'requests refused for quota, all runs', runs.reduce((n, [, , r]) => n + r.refused, 0), '', { op: '<=', value: 0 }),
    ],
    tables: [
      {
        title: 'Per run (modelled min: virtual time of quota pacing, back-off and the latency model; local ms: this machine)',
        columns: ['run', 'requests', 'sheets read', 'sheets write', 'drive', 'files written', 'files unchanged', 'pending', 'cells written', 'modelled min', 'local ms', 'peak RSS MiB'],
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
      { title: 'API requests by method', columns: ['method', ...runs.map(([, short]) => short)], rows: topMethods(runs.map(([, , r]) => r.byMethod), 14) },
    ],
    notes: [
      `Scale: ${scale(dataset, indicators)} (the national benchmark data set); My Drive set-up: one prepared spreadsheet per province plus Bangkok and the national one, each shared with one coordinator; the last response is appended before the third run.`,
      `Quotas: Sheets allows 60 read and 60 write requests per minute per user; the function paces itself to that (functions/pacer.ts). Latency: functions/testing/fake-google.ts googleLikeLatency (an assumption, not measured on Google: 200 ms + 1 s/MB per read, 300 ms + 3 s/MB per write, +0.5 s per structural batch, 150 ms per Drive call). Target: within the ${SCHEDULER_WAIT_MINUTES} minutes Cloud Scheduler waits; ${firstDone ? 'the first run finished every file' : 'files not started before the run deadline are pending and written by the next run'}.`,
      'Each rebuild runs in a fresh Node process (functions/testing/rebuild-worker.ts, loaded through tsx, which adds some memory the deployed bundle does not); peak memory is that process\'s ru_maxrss. The fake server runs in the bench process.',
    ],
  };
}
