import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Cell } from '../../sheets-schema/cell';
import type { Report } from '../../sheets-schema/report';
import type { WorkbookLayout } from '../../sheets-schema/workbook';
import { writeCsv } from '../local/write-csv';
import { writeWorkbook } from '../local/write-workbook';

export interface JobOutputs {
  national: WorkbookLayout;
  provinces: ReadonlyArray<{ province: string; workbook: WorkbookLayout }>;
  /** Left out when no responses were given. */
  registrations?: { header: readonly string[]; rows: ReadonlyArray<readonly Cell[]> };
  report: Report;
}

export interface WrittenFiles {
  national: string;
  provincesDir: string;
  provinceFiles: string[];
  registrations: string | null;
  report: string;
}

/** Province workbooks written at once: exceljs spends much of its time waiting on zip streams, so they overlap. */
const CONCURRENT_WORKBOOKS = 8;

/** Writes everything under `outDir`: national.xlsx, provinces/<จังหวัด>.xlsx, registrations.csv, report.json. */
export async function writeOutputs(outDir: string, outputs: JobOutputs): Promise<WrittenFiles> {
  const provincesDir = join(outDir, 'provinces');
  await mkdir(provincesDir, { recursive: true });
  const national = join(outDir, 'national.xlsx');
  const report = join(outDir, 'report.json');
  const registrations = outputs.registrations ? join(outDir, 'registrations.csv') : null;
  const provinceFiles = outputs.provinces.map((p) => join(provincesDir, `${fileName(p.province)}.xlsx`));

  const jobs: Array<() => Promise<void>> = [
    () => writeWorkbook(outputs.national, national),
    ...outputs.provinces.map((p, i) => () => writeWorkbook(p.workbook, provinceFiles[i]!)),
    () => writeFile(report, JSON.stringify(outputs.report, null, 2) + '\n', 'utf8'),
  ];
  if (outputs.registrations && registrations) {
    const { header, rows } = outputs.registrations;
    jobs.push(() => writeCsv(header, rows, registrations));
  }
  await runConcurrently(jobs, CONCURRENT_WORKBOOKS);
  return { national, provincesDir, provinceFiles, registrations, report };
}

/** Province names are Thai words; only characters no file system accepts are replaced. */
function fileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}

async function runConcurrently(jobs: ReadonlyArray<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
}
