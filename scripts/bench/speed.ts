/**
 * npm run bench [-- --json --runs N --seed N --responses N --registry real|generated --no-google --base COMMIT]
 *
 * Times the main job at national scale (7,849 LAOs, 30,000 responses, ~400,000 indicator entries): each run is a
 * fresh process (job-worker.ts) running `npm run summarize`'s job on CSV files, so its stage times and its peak memory
 * are what a coordinator's run costs. Prints medians of the runs, the job's core (everything but reading and
 * writing) against the 2-second target, the whole job against read + write alone, and peak memory, with a reference
 * loop timed before and after the runs (machine-probe.ts) to tell a slow hour from a slow change. Then, unless
 * `--no-google`, the Google side on the same data set (google.ts): Apps Script service calls per submission and per
 * rebuild, and the cloud function's API requests per rebuild (about a minute more). With `--base COMMIT`, that
 * commit's job runs turn about with this checkout's, and a section compares the two (paired.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import packageJson from '../../package.json';
import { median } from './median';
import type { SummarizeOptions } from '../cli/args';
import { buildCli, defaultOutfile } from '../build-cli';
import { readGrid } from '../local/read-grid';
import { BANGKOK_CODE, buildDataset, writeDataset } from './dataset';
import { entryFilesSection } from './entry-files';
import { appsScriptSection, cloudFunctionSection } from './google';
import { PROBE_ROUNDS, probeMachine, type MachineProbe } from './machine-probe';
import { baseWorker, coreOf, pairedSection } from './paired';
import type { WorkerResult } from './job-worker';
import { newReport, printReport, type Section } from './report';
import { summarizeNodeFlags } from './summarize-flags';

/** The job's stage names (scripts/cli/summarize-job.ts) in English, for the report's stage ids. */
const STAGES: Record<string, string> = {
  อ่านไฟล์: 'read',
  'นำเข้าทะเบียน อปท.': 'registry import',
  ตรวจและจับคู่คำตอบ: 'responses: normalise + match + dedupe',
  ตรวจข้อมูลตัวชี้วัด: 'indicator checks',
  สรุปผล: 'summaries',
  เขียนไฟล์: 'write',
};
const READ = 'อ่านไฟล์';
const WRITE = 'เขียนไฟล์';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      responses: { type: 'string' },
      registry: { type: 'string' },
      'no-google': { type: 'boolean' },
      base: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      [
        'npm run bench [-- --runs N --seed N --responses N --registry real|generated --no-google --base COMMIT --json]',
        '  Time per stage and peak memory of the main job at national scale, then Apps Script and API costs.',
        "  --base COMMIT: that commit's job runs turn about with this checkout's, and the two are compared.",
        '  Figures are printed, not asserted; they vary with the machine and its load.',
      ].join('\n'),
    );
    return;
  }
  const runs = Math.max(1, Number(values.runs ?? 5));
  const seed = Number(values.seed ?? 2569);
  const log = (line: string) => (values.json ? undefined : console.error(line));

  const dir = await mkdtemp(join(tmpdir(), 'lao-minstd-bench-'));
  let removeBase = (): void => undefined;
  try {
    log('generating the national data set ...');
    const dataset = await buildDataset({
      seed,
      responses: Number(values.responses ?? 30_000),
      registry: values.registry === 'generated' ? 'generated' : 'real',
    });
    const files = await writeDataset(dataset, join(dir, 'input'));
    const options: SummarizeOptions = {
      registry: files.registry,
      responses: files.responses,
      sessions: files.sessions,
      catalog: files.catalog,
      indicators: files.indicators,
      bangkokCode: BANGKOK_CODE,
      out: join(dir, 'out'),
    };
    // Compiled as npm run summarize compiles the job (scripts/build-cli.ts), not run through tsx; into dist/cli/, where
    // its libraries resolve from the repository's node_modules.
    const entry = join(__dirname, 'job-worker.ts');
    const worker = defaultOutfile(entry);
    const nodeFlags = summarizeNodeFlags(packageJson);
    await buildCli({ entry, outfile: worker });
    const base = values.base ? await baseWorker(values.base, dir) : null;
    if (base) removeBase = base.remove;
    const results: WorkerResult[] = [];
    const baseResults: WorkerResult[] = [];
    log('timing a reference loop alone and on two threads (the machine this hour) ...');
    const machineBefore = await probeMachine();
    const loadBefore = loadavg();
    for (let i = 0; i < runs; i++) {
      log(`run ${i + 1} of ${runs} ...`);
      if (base) baseResults.push(runWorker(base.worker, base.nodeFlags, options));
      results.push(runWorker(worker, nodeFlags, options));
    }
    const load = { before: loadBefore, after: loadavg() };
    const machine = { before: machineBefore, after: await probeMachine() };
    const report = newReport('speed', {
      registry: dataset.registrySource,
      laos: dataset.registry.length,
      responses: dataset.responses.rows.length,
      indicatorEntries: dataset.entries?.rows.length ?? 0,
      runs,
      seed,
    });
    report.sections.push(localJobSection(results, nodeFlags, load, machine));
    if (values.base) report.sections.push(pairedSection(values.base, baseResults, results));
    if (!values['no-google']) {
      const google = { dataset, sessions: await readGrid(files.sessions) };
      log('Apps Script costs on the fakes ...');
      report.sections.push(await appsScriptSection(google, { log }));
      log('cloud function rebuilds against the fake Google server ...');
      report.sections.push(await cloudFunctionSection(google));
      log('entry check runs on 77 entry files against the fake Google server ...');
      report.sections.push(await entryFilesSection(dataset));
    }
    printReport(report, Boolean(values.json));
  } finally {
    removeBase();
    await rm(dir, { recursive: true, force: true });
  }
}

/** One run of a compiled job worker, a new Node process with the given options. */
function runWorker(worker: string, nodeFlags: readonly string[], options: SummarizeOptions): WorkerResult {
  const run = spawnSync(process.execPath, [...nodeFlags, worker, JSON.stringify(options)], { encoding: 'utf8', maxBuffer: 16 * 2 ** 20 });
  if (run.status !== 0) throw new Error(`job run failed (${run.status ?? run.signal}):\n${run.stderr}`);
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as WorkerResult;
}

/** The machine's load average (1, 5 and 15 minutes) before and after the runs: how far to trust the wall times. */
interface Load {
  before: number[];
  after: number[];
}

function localJobSection(results: WorkerResult[], nodeFlags: readonly string[], load: Load, machine: { before: MachineProbe; after: MachineProbe }): Section {
  const stageNames = results[0]!.stages.map((s) => s.stage);
  const per = (stage: string, key: 'ms' | 'cpuMs' | 'peakRssMb') => results.map((r) => r.stages.find((s) => s.stage === stage)?.[key] ?? 0);
  const sum = (r: WorkerResult, key: 'ms' | 'cpuMs', which: (stage: string) => boolean) =>
    r.stages.filter((s) => which(s.stage)).reduce((total, s) => total + s[key], 0);
  const isReadWrite = (stage: string) => stage === READ || stage === WRITE;
  const totals = results.map((r) => sum(r, 'ms', () => true));
  const readWrite = results.map((r) => sum(r, 'ms', isReadWrite));
  const core = results.map((r) => coreOf(r, 'ms'));
  const coreCpu = results.map((r) => coreOf(r, 'cpuMs'));
  const totalCpu = results.map((r) => sum(r, 'cpuMs', () => true));
  const ratio = totals.map((t, i) => t / readWrite[i]!);
  const peak = results.map((r) => r.peakRssMb);
  const part = (key: keyof WorkerResult['parts']) => results.map((r) => r.parts[key]);
  const row = (name: string, stage: string, xs: number[]) => [name, stage, median(xs), Math.min(...xs), Math.max(...xs)];
  const stageRow = (name: string, stage: string, wall: number[], cpu: number[], rss: number[] | null) => [
    ...row(name, stage, wall),
    median(cpu),
    rss ? median(rss) : null,
  ];
  return {
    id: 'local-job',
    title: 'Main job (npm run summarize) at national scale',
    metrics: [
      {
        id: 'job.core_ms',
        label: 'core: everything but reading and writing files, wall clock (median)',
        value: median(core),
        unit: 'ms',
        target: { op: '<=', value: 2000 },
      },
      { id: 'job.core_cpu_ms', label: 'core: CPU time, user + system, all threads (median)', value: median(coreCpu), unit: 'ms' },
      { id: 'job.total_ms', label: 'whole job (median)', value: median(totals), unit: 'ms' },
      { id: 'job.total_cpu_ms', label: 'whole job: CPU time (median)', value: median(totalCpu), unit: 'ms' },
      { id: 'job.read_write_ms', label: 'reading inputs + writing outputs (median)', value: median(readWrite), unit: 'ms' },
      { id: 'job.ratio_to_read_write', label: 'whole job / (read + write) (median of runs)', value: median(ratio), unit: '×', target: { op: '<=', value: 2 } },
      { id: 'job.peak_rss_mb', label: 'peak memory (max RSS of the job process, median)', value: median(peak), unit: 'MB', target: { op: '<=', value: 500 } },
    ],
    tables: [
      {
        title: 'Stages: wall clock (ms), CPU time (ms, median) and the peak RSS so far at the end of each (MB, median)',
        columns: ['stage', 'in the job', 'wall median', 'wall min', 'wall max', 'CPU', 'peak RSS'],
        rows: [
          ...stageNames.map((s) => stageRow(STAGES[s] ?? s, s, per(s, 'ms'), per(s, 'cpuMs'), per(s, 'peakRssMb'))),
          stageRow('whole job', '', totals, totalCpu, peak),
        ],
      },
      {
        title: 'The responses stage in parts, each timed on its own after the job (ms)',
        columns: ['part', 'code', 'median', 'min', 'max'],
        rows: [
          row('normalise (read answers, names, phones, e-mails, places, sessions)', 'core/rsvp/checks', part('normalise')),
          row('match to the registry', 'core/match', part('match')),
          row('dedupe within each LAO', 'core/dedupe', part('dedupe')),
        ],
      },
      {
        title: `This machine this hour: a memory-bound reference loop alone, then on two threads at once (ms, medians of ${PROBE_ROUNDS})`,
        columns: ['when', 'alone', 'two threads: main', 'two threads: worker', 'work of two / one'],
        rows: (['before', 'after'] as const).map((when) => {
          const probe = machine[when];
          return [`${when} the runs`, probe.aloneMs, probe.togetherMs.main, probe.togetherMs.worker, `${probe.throughput.toFixed(2)} ×`];
        }),
      },
    ],
    notes: [
      `Each run is a new Node process with npm run summarize's options (scripts/bench/job-worker.ts compiled by scripts/build-cli.ts, run by node ${nodeFlags.join(' ')}; the job itself turns off TurboFan's inlining, scripts/cli/compiler-budget.ts); stage times come from the job itself (scripts/cli/summarize-job.ts).`,
      'Wall-clock times depend on what else the machine is running; CPU time (process.cpuUsage: user + system of every thread, GC included) much less so. Quote both, with the load average.',
      `Load average (1, 5, 15 min) before the runs: ${load.before.map((x) => x.toFixed(2)).join(', ')}; after: ${load.after.map((x) => x.toFixed(2)).join(', ')}.`,
      'The reference loop (scripts/bench/machine-probe.ts: scattered reads over 64 MB, the access pattern of Map lookups and garbage collection) is the same code every time: compare its time alone between benchmarks to tell a slow hour from a slow change, and its work of two threads over one (2 on two free cores) for what the indicator thread can gain at most.',
      'Peak memory is the process high-water mark (process.resourceUsage().maxRSS), which includes Node and the loaded libraries.',
      "With indicators, their stage runs on a second thread (scripts/cli/indicator-thread.ts): reading the catalog and the entries is inside the read stage, which waits for both threads; checking them (against the registry the main thread imported, sent over) runs on that thread during the responses stage (report.json's indicator rows come back as columns; each row's object, made in the indicator stage before, is now made from them as it is written, in the write stage: 12-21 ms warm, 100 ms cold, national scale). The core's wall time counts only what the main thread waits for (the indicator stage is the wait for the thread's outcome); its CPU time counts the thread's work too, so does the whole job's: compare whole jobs, not only cores.",
    ],
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
