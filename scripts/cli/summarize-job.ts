import { basename } from 'node:path';
import type { Report } from '../../sheets-schema/report';
import { dashboardData } from '../../core/summary/dashboard';
import { finishJob, JOB_STAGES, startJob, type InputCounts, type InputNames, type StageHook } from '../../core/job/summarize-grids';
import { parseDate } from '../../core/dates/parse';
import { JsonLazyArray } from '../local/write-json';
import type { SummarizeOptions } from './args';
import { startIndicatorThread } from './indicator-thread';
import { assertInputsExist, INPUT_READS, readInput, type InputFile, type ReadInputOptions } from './inputs';
import { reportRows, type ReportRowsData } from './report-rows';
import { assertOutputFolder, writeOutputs, type ReportOutput, type WriteProgress, type WrittenFiles } from './outputs';
import { UserError } from './user-error';

export interface JobLog {
  /** Progress and results, for stdout. */
  info(line: string): void;
  /** Input problems that did not stop the job, for stderr. */
  warn(line: string): void;
  /** A stage starts (Thai name); the command line shows it as progress. */
  stage?(name: string): void;
  /** Files written so far, of how many. */
  writing?: WriteProgress;
}

export interface StageTiming {
  /** Thai stage name. */
  stage: string;
  /** Wall-clock time. */
  ms: number;
  /**
   * CPU time (user + system) of the whole process during the stage: every thread, so it counts Node's GC and I/O
   * helper threads too. Less sensitive than `ms` to other programs sharing the machine.
   */
  cpuMs: number;
  /** The process's resident-memory high-water mark at the end of the stage, in MB (so far, not the stage's own). */
  peakRssMb: number;
}

export interface JobResult {
  files: WrittenFiles;
  /** As written to report.json: its indicator rows are made as they are written (read the file for them). */
  report: ReportOutput;
  /** With indicators: how many rows report.json has, and how many of them have an error. */
  indicatorRows?: { count: number; withErrors: number };
  timings: StageTiming[];
  /** Warnings printed during the run (input problems that did not stop it, cut cells). */
  warnings?: number;
}

/**
 * The local main job: reads the inputs, checks and matches every response, summarises, then writes. Every input
 * problem that stops the job is found before the first file is written, so bad input leaves no partial output.
 */
export async function runSummarize(options: SummarizeOptions, log: JobLog, now: Date = new Date()): Promise<JobResult> {
  const timings: StageTiming[] = [];
  const stage: StageHook = (name, work) => {
    log.stage?.(name);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = work();
    const record = () => {
      const used = process.cpuUsage(cpu);
      timings.push({ stage: name, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 });
    };
    if (!(result instanceof Promise)) return (record(), result);
    return result.finally(record) as typeof result;
  };

  const inputs = {
    registry: { flag: '--registry', path: options.registry },
    responses: options.responses === null ? null : { flag: '--responses', path: options.responses },
    sessions: options.sessions === null ? null : { flag: '--sessions', path: options.sessions },
    catalog: options.catalog === null ? null : { flag: '--catalog', path: options.catalog },
    entries: options.indicators === null ? null : { flag: '--indicators', path: options.indicators },
  };
  const given = Object.values(inputs).filter((f): f is InputFile => f !== null);
  await assertInputsExist(given);
  await assertOutputFolder(options.out);
  const built = await readAndBuild(options, inputs, log, now, stage);

  for (const line of built.warnings) log.warn(`คำเตือน: ${line}`);
  let warnings = built.warnings.length;

  const report = reportWithRows(built.report!, built.indicatorRows);
  const dashboard = dashboardData({
    summary: built.summary,
    hasRegistrations: built.responses !== null,
    indicators: report.indicators,
    generatedAt: now,
  });
  const outputs = { ...built.workbooks, registrations: built.registrations, report, dashboard };
  const files = await stage('เขียนไฟล์', () =>
    writeOutputs(options.out, outputs, log.writing).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      throw new UserError(`เขียนไฟล์ผลลัพธ์ในโฟลเดอร์ ${options.out} ไม่สำเร็จ (ผลลัพธ์ของครั้งก่อน ถ้ามี ยังอยู่ครบ): ${detail}`);
    }),
  );
  for (const cut of files.cutCells) {
    warnings++;
    log.warn(
      `คำเตือน: ${cut.file} แผ่นงาน "${cut.sheet}" เซลล์ ${cut.cell} มีข้อความ ${cut.length.toLocaleString('th-TH')} ตัวอักษร ` +
        `เกินที่ Excel รับได้ (32,767) จึงตัดส่วนที่เกินออก ข้อความเต็มอยู่ในไฟล์คำตอบต้นฉบับ` +
        (files.registrations ? ' และ registrations.csv' : ''),
    );
  }
  const rows = built.indicatorRows;
  return { files, report, timings, warnings, ...(rows ? { indicatorRows: { count: rows.count, withErrors: rows.withErrors } } : {}) };
}

type Inputs = Record<'registry', InputFile> & Record<'responses' | 'sessions' | 'catalog' | 'entries', InputFile | null>;

/**
 * Reads the inputs and builds every output in memory. A function of its own so that the input grids are no longer
 * held while the outputs are written.
 *
 * With indicators, their stage runs on a second thread (scripts/cli/indicator-thread.ts) from the start: it reads the
 * catalog and the entries while this thread reads the rest (the read stage waits for both), then, sent the registry
 * this thread imported, checks them while this thread checks the responses; the indicator stage here is the wait for
 * its outcome.
 */
async function readAndBuild(options: SummarizeOptions, inputs: Inputs, log: JobLog, now: Date, stage: StageHook) {
  const entryWindow = options.entryWindow ? { start: parseDate(options.entryWindow.start), end: parseDate(options.entryWindow.end) } : undefined;
  const thread =
    inputs.catalog && inputs.entries ? startIndicatorThread({ catalog: inputs.catalog, entries: inputs.entries, generatedAt: now, entryWindow }) : null;
  try {
    const grids = await stage('อ่านไฟล์', async () => {
      // Read at once, but their notes (encoding, sheet, header-only) printed in the order of the options.
      const notes: string[][] = [];
      const read = (f: InputFile | null, how: ReadInputOptions) => {
        const mine: string[] = [];
        notes.push(mine);
        return f ? readInput(f, { note: (line) => mine.push(line), ...how }) : Promise.resolve(null);
      };
      const [registry, responses, sessions, indicatorNotes] = await Promise.all([
        read(inputs.registry, INPUT_READS.registry),
        read(inputs.responses, { ...INPUT_READS.responses, sheet: options.sheet ?? undefined }),
        read(inputs.sessions, INPUT_READS.sessions),
        thread?.read,
      ]);
      if (indicatorNotes) notes.push(indicatorNotes.catalog, indicatorNotes.entries);
      for (const line of notes.flat()) log.warn(line);
      return { registry: registry!, responses, sessions };
    });

    const names: InputNames = Object.fromEntries(Object.entries(inputs).flatMap(([key, f]) => (f ? [[key, `ไฟล์ ${f.path} (${f.flag})`]] : [])));
    const started = startJob(grids, names, {
      generatedAt: now,
      sources: (counts) => sources(options, counts),
      bangkokCode: options.bangkokCode ?? undefined,
      prefill: options.formUrl ? { url: options.formUrl } : null,
      entryWindow,
      report: true,
      stage,
      registryImported: thread ? (registry) => thread.sendRegistry(registry.entries) : undefined,
    });
    if (!started.ok) throw new UserError(started.problems.join('\n'));
    const indicators = thread ? await stage(JOB_STAGES.indicators, () => thread.result) : null;
    const built = finishJob(started, indicators?.outcome ?? null);
    if (!built.ok) throw new UserError(built.problems.join('\n'));
    return { ...built, indicatorRows: indicators?.rows ?? null };
  } finally {
    await thread?.stop();
  }
}

/**
 * report.json's content; its indicator rows, kept as columns by the indicator thread, made one by one as they are
 * written, in place of the (empty) array the job left there.
 */
function reportWithRows(report: Report, rows: ReportRowsData | null): ReportOutput {
  if (!report.indicators || !rows) return report;
  const { length, at } = reportRows(rows);
  return { ...report, indicators: { ...report.indicators, entries: new JsonLazyArray(length, at) } };
}

/** The "about" sheets' source lines: each file by name, with what the job found in it. */
function sources(options: SummarizeOptions, counts: InputCounts): string[] {
  const number = (n: number) => n.toLocaleString('th-TH');
  const lines = [`ทะเบียน อปท.: ${basename(options.registry)} (${number(counts.laos)} แห่ง)`];
  if (options.sessions) lines.push(`ตารางรอบการประชุม: ${basename(options.sessions)} (${counts.sessions ?? 0} รอบ)`);
  if (options.responses) {
    lines.push(`คำตอบแบบฟอร์มลงทะเบียน: ${basename(options.responses)} (${number(counts.responses ?? 0)} คำตอบ)`);
    lines.push('คำตอบทั้งหมดพร้อมผลการตรวจ: registrations.csv');
  }
  if (options.catalog && options.indicators) {
    lines.push(`รายการตัวชี้วัด: ${basename(options.catalog)}`);
    lines.push(`ข้อมูลตัวชี้วัด: ${basename(options.indicators)} (${number(counts.indicatorEntries ?? 0)} แถว)`);
  }
  return lines;
}
