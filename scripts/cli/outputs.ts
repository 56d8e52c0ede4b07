import { mkdtempSync, rmSync } from 'node:fs';
import { access, constants, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Report, ReportIndicators } from '../../sheets-schema/report';
import type { SheetLayout, WorkbookLayout } from '../../sheets-schema/workbook';
import type { DashboardData } from '../../core/summary/dashboard';
import { writeCsv } from '../local/write-csv';
import { writeDashboard } from '../local/write-dashboard';
import { jsonText, writeJson, type JsonLazyArray } from '../local/write-json';
import { writeWorkbook } from '../local/write-workbook';
import { UserError } from './user-error';

export interface JobOutputs {
  national: WorkbookLayout;
  provinces: ReadonlyArray<{ province: string; workbook: WorkbookLayout }>;
  /** Null when no responses were given. */
  registrations: SheetLayout | null;
  report: ReportOutput;
  /** Counts for dashboard.html; none, no page. */
  dashboard?: DashboardData;
}

/** report.json's content; its indicator rows may be made as they are written (from the indicator thread's columns). */
export type ReportOutput = Omit<Report, 'indicators'> & {
  indicators?: Omit<ReportIndicators, 'entries'> & { entries: ReportIndicators['entries'] | JsonLazyArray };
};

export interface WrittenFiles {
  national: string;
  provincesDir: string;
  provinceFiles: string[];
  registrations: string | null;
  report: string;
  dashboard?: string;
  /** Texts longer than Excel allows in a cell, cut (with a marker) in the workbooks: where, and how long they were. */
  cutCells: CutCell[];
}

export interface CutCell {
  /** The workbook, relative to the output folder: `provinces/ตาก.xlsx`. */
  file: string;
  sheet: string;
  cell: string;
  length: number;
}

/** Called after each file is written, with how many of how many. */
export type WriteProgress = (done: number, total: number) => void;

/** What the job owns in the output folder; anything else there (the user's own files) is never touched. */
const OWNED = ['national.xlsx', 'provinces', 'registrations.csv', 'report.json', 'dashboard.html'] as const;
/** Hidden folders beside the outputs: the next run's files while they are written, the last run's while swapped. */
const STAGING_PREFIX = '.lao-minstd-new-';
const RETIRED_PREFIX = '.lao-minstd-old-';

/**
 * Checked before any input is read, so a wrong `--out` fails at once rather than after the job: it must be a folder
 * (or not exist yet) inside a folder this user may write to.
 */
export async function assertOutputFolder(outDir: string): Promise<void> {
  const info = await stat(outDir).catch(() => null);
  if (info && !info.isDirectory()) {
    throw new UserError(`--out ${outDir} เป็นไฟล์ ไม่ใช่โฟลเดอร์ กรุณาระบุโฟลเดอร์สำหรับผลลัพธ์ (จะสร้างให้ถ้ายังไม่มี)`);
  }
  // The nearest folder that exists must be writable: the output folder itself, or where it will be made.
  let existing = resolve(outDir);
  while (!(await stat(existing).catch(() => null))) existing = dirname(existing);
  if (!(await stat(existing)).isDirectory()) throw new UserError(`สร้างโฟลเดอร์ ${outDir} ไม่ได้: ${existing} เป็นไฟล์ (--out)`);
  if (
    !(await access(existing, constants.W_OK).then(
      () => true,
      () => false,
    ))
  ) {
    throw new UserError(`ไม่มีสิทธิ์เขียนในโฟลเดอร์ ${existing} (--out ${outDir})`);
  }
}

/**
 * Writes national.xlsx, provinces/<จังหวัด>.xlsx, registrations.csv, report.json and dashboard.html into a hidden folder inside
 * `outDir`, then swaps them in for the previous run's in a few renames: an interrupted run leaves the previous
 * outputs whole (and its own unfinished folder removed on Ctrl-C, or by the next run), and the previous run's
 * province workbooks, personal data included, never stay beside the new ones.
 */
export async function writeOutputs(outDir: string, outputs: JobOutputs, progress: WriteProgress = () => undefined): Promise<WrittenFiles> {
  await mkdir(outDir, { recursive: true });
  await removeLeftovers(outDir);
  // Made synchronously, in the same tick as the interrupt guard learns of it: no moment where a Ctrl-C would leave it.
  const staging = mkdtempSync(join(outDir, STAGING_PREFIX));
  const cutCells: CutCell[] = [];
  const guard = guardInterrupts(staging);
  try {
    await writeAll(staging, outputs, progress, cutCells);
    await guard.uninterrupted(() => swapIn(outDir, staging));
  } finally {
    guard.release();
    await rm(staging, { recursive: true, force: true });
  }
  const provincesDir = join(outDir, 'provinces');
  return {
    national: join(outDir, 'national.xlsx'),
    provincesDir,
    provinceFiles: outputs.provinces.map((p) => join(provincesDir, `${fileName(p.province)}.xlsx`)),
    registrations: outputs.registrations ? join(outDir, 'registrations.csv') : null,
    report: join(outDir, 'report.json'),
    ...(outputs.dashboard ? { dashboard: join(outDir, 'dashboard.html') } : {}),
    cutCells,
  };
}

async function writeAll(dir: string, outputs: JobOutputs, progress: WriteProgress, cutCells: CutCell[]): Promise<void> {
  const cutIn = (file: string) => ({ onCellCut: (sheet: string, cell: string, length: number) => void cutCells.push({ file, sheet, cell, length }) });
  const provincesDir = join(dir, 'provinces');
  await mkdir(provincesDir);
  const total = outputs.provinces.length + 2 + (outputs.registrations ? 1 : 0) + (outputs.dashboard ? 1 : 0);
  let done = 0;
  const wrote = () => progress(++done, total);
  // One after another: exceljs's XML and zip work is CPU-bound on this thread, so writing several workbooks at once
  // measured no faster (77 province workbooks, 300,000 cells: about 2.5 s either way).
  await writeWorkbook(outputs.national, join(dir, 'national.xlsx'), cutIn('national.xlsx'));
  wrote();
  for (const p of outputs.provinces) {
    const name = `${fileName(p.province)}.xlsx`;
    await writeWorkbook(p.workbook, join(provincesDir, name), cutIn(`provinces/${name}`));
    wrote();
  }
  if (outputs.registrations) {
    const headers = outputs.registrations.columns.map((c) => c.header);
    await writeCsv(headers, outputs.registrations.rows, join(dir, 'registrations.csv'));
    wrote();
  }
  await writeJson(join(dir, 'report.json'), outputs.report);
  wrote();
  if (outputs.dashboard) {
    await writeDashboard(outputs.dashboard, join(dir, 'dashboard.html'));
    wrote();
  }
}

/**
 * Every previous output moves aside first, then every new one moves in: renames inside one folder, each atomic,
 * all together a few milliseconds. An output this run does not make (registrations.csv when only indicators are
 * summarised) goes too, so the folder never mixes two runs.
 */
async function swapIn(outDir: string, staging: string): Promise<void> {
  const retired = await mkdtemp(join(outDir, RETIRED_PREFIX));
  try {
    for (const name of OWNED) await rename(join(outDir, name), join(retired, name)).catch(ignoreMissing);
    for (const name of OWNED) await rename(join(staging, name), join(outDir, name)).catch(ignoreMissing);
  } finally {
    await rm(retired, { recursive: true, force: true });
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}

/** Unfinished folders of a run that was killed outright (no chance to clean up): they may hold personal data. */
async function removeLeftovers(outDir: string): Promise<void> {
  for (const name of await readdir(outDir)) {
    if (name.startsWith(STAGING_PREFIX) || name.startsWith(RETIRED_PREFIX)) await rm(join(outDir, name), { recursive: true, force: true });
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** The shell's exit codes for them: 128 + the signal's number. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Ctrl-C (SIGINT) or a closing terminal (SIGTERM, SIGHUP) while writing: the unfinished folder is removed and the
 * process ends quietly with the shell's code for the signal. During the swap itself (a few renames) the signal waits
 * until the swap is done, so the folder never holds half of each run.
 */
function guardInterrupts(staging: string): { uninterrupted(work: () => Promise<void>): Promise<void>; release(): void } {
  let swapping = false;
  let pending: number | null = null;
  const stop = (code: number) => {
    rmSync(staging, { recursive: true, force: true });
    process.exit(code);
  };
  const handler = (signal: (typeof SIGNALS)[number]) => {
    if (swapping) pending = SIGNAL_EXIT[signal];
    else stop(SIGNAL_EXIT[signal]);
  };
  for (const s of SIGNALS) process.on(s, handler);
  return {
    async uninterrupted(work) {
      swapping = true;
      try {
        await work();
      } finally {
        swapping = false;
        if (pending !== null) stop(pending);
      }
    },
    release() {
      for (const s of SIGNALS) process.removeListener(s, handler);
    },
  };
}

/** report.json's text: indented, each array element on one line (scripts/local/write-json). */
export function reportJson(report: Report): string {
  return jsonText(report);
}

/** Province names are Thai words; only characters no file system accepts are replaced. */
function fileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}
