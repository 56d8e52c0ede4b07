import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../../sheets-schema/report';
import type { SheetLayout, WorkbookLayout } from '../../sheets-schema/workbook';
import type { DashboardData } from '../../core/summary/dashboard';
import { writeCsv } from '../local/write-csv';
import { writeDashboard } from '../local/write-dashboard';
import { jsonText, writeJson } from '../local/write-json';
import { writeWorkbook } from '../local/write-workbook';

export interface JobOutputs {
  national: WorkbookLayout;
  provinces: ReadonlyArray<{ province: string; workbook: WorkbookLayout }>;
  /** Null when no responses were given. */
  registrations: SheetLayout | null;
  report: Report;
  /** Counts for dashboard.html; none, no page. */
  dashboard?: DashboardData;
}

export interface WrittenFiles {
  national: string;
  provincesDir: string;
  provinceFiles: string[];
  registrations: string | null;
  report: string;
  dashboard?: string;
}

/** Writes everything under `outDir`: national.xlsx, provinces/<จังหวัด>.xlsx, registrations.csv, report.json, dashboard.html. */
export async function writeOutputs(outDir: string, outputs: JobOutputs): Promise<WrittenFiles> {
  const provincesDir = join(outDir, 'provinces');
  await mkdir(provincesDir, { recursive: true });
  const national = join(outDir, 'national.xlsx');
  const report = join(outDir, 'report.json');
  const registrations = outputs.registrations ? join(outDir, 'registrations.csv') : null;
  const provinceFiles = outputs.provinces.map((p) => join(provincesDir, `${fileName(p.province)}.xlsx`));

  // One after another: exceljs's XML and zip work is CPU-bound on this thread, so writing several workbooks at once
  // measured no faster (77 province workbooks, 300,000 cells: about 2.5 s either way).
  await writeWorkbook(outputs.national, national);
  for (const [i, p] of outputs.provinces.entries()) await writeWorkbook(p.workbook, provinceFiles[i]!);
  if (outputs.registrations && registrations) {
    await writeCsv(outputs.registrations.columns.map((c) => c.header), outputs.registrations.rows, registrations);
  }
  await writeJson(report, outputs.report);
  const dashboard = outputs.dashboard ? join(outDir, 'dashboard.html') : undefined;
  if (outputs.dashboard && dashboard) await writeDashboard(outputs.dashboard, dashboard);
  return { national, provincesDir, provinceFiles, registrations, report, ...(dashboard ? { dashboard } : {}) };
}

/** report.json's text: indented, each array element on one line (scripts/local/write-json). */
export function reportJson(report: Report): string {
  return jsonText(report);
}

/** Province names are Thai words; only characters no file system accepts are replaced. */
function fileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}
