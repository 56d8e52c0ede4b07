import { basename } from 'node:path';
import type { Grid } from '../../sheets-schema/cell';
import { registrationRow, registrationsSheet } from '../../sheets-schema/registrations';
import { Report, type ReportIndicators } from '../../sheets-schema/report';
import type { SheetLayout } from '../../sheets-schema/workbook';
import { layoutFromDef } from '../../sheets-schema/workbook';
import { catalogFromGrid } from '../../core/indicators/catalog';
import { checkEntries } from '../../core/indicators/checks';
import { entriesFromGrid } from '../../core/indicators/entries';
import { indicatorProgress } from '../../core/indicators/progress';
import { indicatorReport } from '../../core/indicators/report';
import { indicatorNationalSheets, indicatorProvinceSheets } from '../../core/indicators/sheets';
import { registryFromGrid, withBangkok } from '../../core/registry/import';
import { Registry } from '../../core/registry';
import { processResponses } from '../../core/rsvp/pipeline';
import { parseSessions, type Session } from '../../core/rsvp/sessions';
import type { AnnotatedResponse } from '../../core/rsvp/types';
import { summarizeRsvp } from '../../core/summary/counts';
import { buildReport } from '../../core/summary/report';
import { buildSummaryWorkbooks } from '../../core/summary/workbooks';
import type { SummarizeOptions } from './args';
import { assertInputsExist, inputError, problemLines, readInput, type InputFile } from './inputs';
import { writeOutputs, type WrittenFiles } from './outputs';
import { UserError } from './user-error';

export interface JobLog {
  /** Progress and results, for stdout. */
  info(line: string): void;
  /** Input problems that did not stop the job, for stderr. */
  warn(line: string): void;
}

export interface StageTiming {
  /** Thai stage name. */
  stage: string;
  ms: number;
}

export interface JobResult {
  files: WrittenFiles;
  report: Report;
  timings: StageTiming[];
}

/**
 * The local main job: reads the inputs, checks and matches every response, summarises, then writes. Every input
 * problem that stops the job is found before the first file is written, so bad input leaves no partial output.
 */
export async function runSummarize(options: SummarizeOptions, log: JobLog, now: Date = new Date()): Promise<JobResult> {
  const timings: StageTiming[] = [];
  const stage = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    timings.push({ stage: name, ms: performance.now() - started });
    return result;
  };

  const inputs = {
    registry: { flag: '--registry', path: options.registry },
    responses: options.responses === null ? null : { flag: '--responses', path: options.responses },
    sessions: options.sessions === null ? null : { flag: '--sessions', path: options.sessions },
    catalog: options.catalog === null ? null : { flag: '--catalog', path: options.catalog },
    indicators: options.indicators === null ? null : { flag: '--indicators', path: options.indicators },
  };
  const given = Object.values(inputs).filter((f): f is InputFile => f !== null);
  await assertInputsExist(given);

  const grids = await stage('อ่านไฟล์', async () => {
    const read = (f: InputFile | null) => (f ? readInput(f) : Promise.resolve(null));
    const [registry, responses, sessions, catalog, indicators] = await Promise.all(
      [inputs.registry, inputs.responses, inputs.sessions, inputs.catalog, inputs.indicators].map(read),
    );
    return { registry: registry!, responses, sessions, catalog, indicators };
  });

  const registry = await stage('นำเข้าทะเบียน อปท.', () => importRegistry(inputs.registry, grids.registry, options.bangkokCode, log));
  const sessions = grids.sessions && inputs.sessions ? importSessions(inputs.sessions, grids.sessions, log) : [];
  const sources = [`ทะเบียน อปท.: ${basename(options.registry)} (${registry.entries.length.toLocaleString('th-TH')} แห่ง)`];
  if (inputs.sessions) sources.push(`ตารางรอบการประชุม: ${basename(inputs.sessions.path)} (${sessions.length} รอบ)`);

  let responses: AnnotatedResponse[] | null = null;
  if (grids.responses && inputs.responses) {
    const grid = grids.responses;
    const file = inputs.responses;
    responses = await stage('ตรวจและจับคู่คำตอบ', () => checkResponses(file, grid, registry, sessions, now));
    sources.push(`คำตอบแบบฟอร์มลงทะเบียน: ${basename(file.path)} (${responses.length.toLocaleString('th-TH')} คำตอบ)`);
    sources.push('คำตอบทั้งหมดพร้อมผลการตรวจ: registrations.csv');
  }

  let indicators: IndicatorOutputs | undefined;
  if (inputs.catalog && grids.catalog && inputs.indicators && grids.indicators) {
    const catalog = { file: inputs.catalog, grid: grids.catalog };
    const entries = { file: inputs.indicators, grid: grids.indicators };
    indicators = await stage('ตรวจข้อมูลตัวชี้วัด', () => checkIndicators(catalog, entries, registry, now, log));
    sources.push(`รายการตัวชี้วัด: ${basename(catalog.file.path)}`);
    sources.push(`ข้อมูลตัวชี้วัด: ${basename(entries.file.path)} (${indicators.report.entries.length.toLocaleString('th-TH')} แถว)`);
  }

  const outputs = await stage('สรุปผล', () => {
    // Without responses the report still lists every province, with nothing registered.
    const summary = summarizeRsvp(responses ?? [], registry);
    const rsvp = responses ? { responses, summary } : undefined;
    const workbooks = buildSummaryWorkbooks({ registry, generatedAt: now, sources, rsvp, extraSheets: indicators?.sheets });
    const report = Report.parse(buildReport({ generatedAt: now, responses: responses ?? [], summary, indicators: indicators?.report }));
    const annotated = responses && layoutFromDef(registrationsSheet, responses.map((r) => registrationRow(r, registry)));
    const registrations = annotated ? { header: annotated.columns.map((c) => c.header), rows: annotated.rows } : undefined;
    return { ...workbooks, registrations, report };
  });

  const files = await stage('เขียนไฟล์', () =>
    writeOutputs(options.out, outputs).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      throw new UserError(`เขียนไฟล์ผลลัพธ์ในโฟลเดอร์ ${options.out} ไม่สำเร็จ (บางไฟล์อาจเขียนไปแล้ว): ${detail}`);
    }),
  );
  return { files, report: outputs.report, timings };
}

function importRegistry(file: InputFile, grid: Grid, bangkokCode: string | null, log: JobLog): Registry {
  const imported = registryFromGrid(grid);
  if (!imported.ok) throw inputError(file, imported.problems);
  warnAbout(file, imported.problems, log);
  return new Registry(withBangkok(imported.entries, bangkokCode ?? undefined));
}

function importSessions(file: InputFile, grid: Grid, log: JobLog): Session[] {
  const imported = parseSessions(grid);
  if (!imported.ok) throw inputError(file, imported.problems);
  warnAbout(file, imported.problems, log);
  return imported.sessions;
}

function checkResponses(file: InputFile, grid: Grid, registry: Registry, sessions: readonly Session[], now: Date): AnnotatedResponse[] {
  const result = processResponses({ registry, sessions, grid, now });
  if (!result.ok) throw inputError(file, result.problems);
  return result.responses;
}

interface IndicatorOutputs {
  report: ReportIndicators;
  sheets: { national: SheetLayout[]; byProvince: Map<string, SheetLayout[]> };
}

function checkIndicators(
  catalogInput: { file: InputFile; grid: Grid },
  entriesInput: { file: InputFile; grid: Grid },
  registry: Registry,
  now: Date,
  log: JobLog,
): IndicatorOutputs {
  const read = catalogFromGrid(catalogInput.grid);
  if (!read.ok) throw inputError(catalogInput.file, read.problems);
  warnAbout(catalogInput.file, read.problems, log);
  const entries = entriesFromGrid(entriesInput.grid);
  if (!entries.ok) throw inputError(entriesInput.file, entries.problems);
  const checked = checkEntries(entries.rows, read.catalog, registry);
  const progress = indicatorProgress(checked, read.catalog, registry);
  return {
    report: indicatorReport(checked, progress),
    sheets: {
      national: indicatorNationalSheets(progress, now),
      byProvince: new Map(progress.provinces.map((p) => [p.province, indicatorProvinceSheets(p, now)])),
    },
  };
}

function warnAbout(file: InputFile, problems: ReadonlyArray<{ message: string; row?: number | null }>, log: JobLog): void {
  if (problems.length === 0) return;
  log.warn(`คำเตือน: ${file.path} (${file.flag}) มีข้อสังเกต ${problems.length} รายการ`);
  for (const line of problemLines(problems, 10)) log.warn(`  ${line}`);
}
