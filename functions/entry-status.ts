/**
 * The entry check run on the Sheets API: reads every province's entry spreadsheet within the per-minute quotas,
 * runs the core indicator checks over all of them at once (as the local job does), and writes the status columns
 * only, re-locating each row by (LAO code, indicator code) at write time. Progress for the cascade goes to each
 * entry file's progress sheets and, per province, to the source spreadsheet.
 *
 * Requests per file: one read (the header row with the seven columns the check needs, at the positions the
 * set-up gave them; the header in the same reply says whether they are still there, else a second read asks for
 * the columns where the header now has them). A file whose statuses changed costs one write and one read to
 * verify per round; a quiet file costs its one read. Entries typed after a file was read are checked next run.
 */
import { cellText, type Cell, type Grid } from '../sheets-schema/cell';
import { columnKeys } from '../sheets-schema/define';
import {
  entryDistrictProgressSheet,
  entryFilesSheet,
  entryFollowUpSheet,
  entryProvinceProgressSheet,
  entrySheet,
  type EntryColumn,
} from '../sheets-schema/entry-files';
import { INDICATOR_CATALOG } from '../sheets-schema/indicators';
import { laoRegistrySheet } from '../sheets-schema/registry';
import { settingsSheet } from '../sheets-schema/settings';
import { locateColumns } from '../sheets-schema/table';
import type { SheetLayout } from '../sheets-schema/workbook';
import { entryProgress, nationalProgressLayout, progressGrid, provinceProgressLayouts, sameProgress } from '../core/indicators/entry-progress';
import { readEntrySource, type EntryFileRef } from '../core/indicators/entry-source';
import { checkEntryFiles, planStatusWrite, statusWriteRuns, type StatusCells } from '../core/indicators/entry-status';
import { columnLetters, quoteSheetName } from '../sheets-schema/a1';
import type { Clock } from './clock';
import { type GoogleApi, httpStatus } from './google-api';
import { READ_VALUES, readGrids, sheetTitles, writeValues } from './sheets-adapter';

/** The columns a check run reads: the keys, the figures, and the status cells it may have to change. */
const READ_COLUMNS = ['laoCode', 'indicatorCode', 'frame', 'delivered', 'note', 'checkStatus', 'checkDetail'] as const satisfies readonly EntryColumn[];
const VERIFY_COLUMNS = ['laoCode', 'indicatorCode', 'checkStatus', 'checkDetail'] as const satisfies readonly EntryColumn[];
/** Where the set-up puts each column (0-based): tried first, and checked against the header read with them. */
const SETUP_POSITIONS = new Map(columnKeys(entrySheet).map((k, i) => [k, i] as const));

/** Write-and-verify rounds per file before its statuses are left for the next run (people sorting again and again). */
const MAX_WRITE_ROUNDS = 3;
/** Time from the run's start after which no new file write starts (Cloud Scheduler's attempt deadline is 30 min). */
export const ENTRY_RUN_BUDGET_MS = 20 * 60_000;

export interface EntryCheckOptions {
  api: GoogleApi;
  sourceSpreadsheetId: string;
  clock: Clock;
  budgetMs?: number;
}

export interface EntryCheckSummary {
  ok: boolean;
  /** Thai, for the admin: missing sheets, files that could not be opened, a lost column. */
  problems: string[];
  filesRead: number;
  /** Files whose status cells were written, and the cells' rows written over all rounds. */
  filesWritten: string[];
  statusRowsWritten: number;
  /** Files whose statuses were not settled this run (time budget, or rows moving on every round). */
  pending: string[];
  progressSheetsWritten: number;
  /** Status labels over every entry row checked ('' = nothing entered). */
  statusCounts: Record<string, number>;
}

/** One file as read: its grid (header and the columns read, others blank) and whether its progress sheets exist. */
interface FileRead {
  ref: EntryFileRef;
  grid: Grid;
  progress: Map<string, Grid> | null;
}

export async function runEntryChecks(options: EntryCheckOptions): Promise<EntryCheckSummary> {
  const { api, sourceSpreadsheetId: sourceId, clock } = options;
  const started = clock.now();
  const budget = options.budgetMs ?? ENTRY_RUN_BUDGET_MS;
  const summary: EntryCheckSummary = {
    ok: false,
    problems: [],
    filesRead: 0,
    filesWritten: [],
    statusRowsWritten: 0,
    pending: [],
    progressSheetsWritten: 0,
    statusCounts: {},
  };

  const source = await readSource(api, sourceId);
  if (!source.ok) return { ...summary, problems: source.problems };
  const { registry, catalog, files, window } = source.value;

  const reads: FileRead[] = [];
  for (const ref of files) {
    const read = await readEntryFile(api, ref, READ_COLUMNS, true);
    if (typeof read === 'string') summary.problems.push(read);
    else reads.push(read);
  }
  summary.filesRead = reads.length;

  const run = checkEntryFiles(
    reads.map((r) => ({ fileId: r.ref.fileId, grid: r.grid })),
    catalog,
    registry,
  );
  for (const p of run.problems) {
    const ref = files.find((f) => f.fileId === p.fileId)!;
    summary.problems.push(...p.problems.map((q) => `ไฟล์บันทึกตัวชี้วัด${ref.province}: ${q.message}`));
  }
  for (const f of run.files) for (const cells of f.byKey.values()) summary.statusCounts[cells.status] = (summary.statusCounts[cells.status] ?? 0) + 1;

  const now = new Date(clock.now());
  const progress = entryProgress(run.checks, catalog, registry);
  const byProvince = new Map(progress.provinces.map((p) => [p.province, p]));
  for (const file of run.files) {
    const read = reads.find((r) => r.ref.fileId === file.fileId)!;
    if (clock.now() - started > budget) {
      summary.pending.push(read.ref.province);
      continue;
    }
    const written = await settleStatuses(api, read, file.byKey);
    if (written === null) summary.pending.push(read.ref.province);
    else if (written > 0) {
      summary.filesWritten.push(read.ref.province);
      summary.statusRowsWritten += written;
    }
    const p = byProvince.get(read.ref.province);
    if (p && read.progress) {
      const progressSheets = read.progress;
      const layouts = provinceProgressLayouts(p, window, now).map((layout) => ({ layout, current: progressSheets.get(layout.name) ?? [], exists: true }));
      summary.progressSheetsWritten += await writeLayoutsIfChanged(api, read.ref.fileId, layouts);
    }
  }
  summary.progressSheetsWritten += await writeLayoutsIfChanged(api, sourceId, [
    { layout: nationalProgressLayout(progress, window, now), current: source.value.nationalProgress, exists: source.value.hasNationalSheet },
  ]);
  summary.ok = summary.problems.length === 0 && summary.pending.length === 0;
  return summary;
}

type SourceRead =
  | { ok: true; value: Extract<ReturnType<typeof readEntrySource>, { ok: true }> & { nationalProgress: Grid; hasNationalSheet: boolean } }
  | { ok: false; problems: string[] };

/** The source's inputs in one request; the settings and the national progress sheet may be missing. */
async function readSource(api: GoogleApi, sourceId: string): Promise<SourceRead> {
  const required = [laoRegistrySheet.name, INDICATOR_CATALOG.name, entryFilesSheet.name];
  const optional = [settingsSheet.name, entryProvinceProgressSheet.name];
  let read = await readGrids(api, sourceId, [...required, ...optional]);
  let present = optional;
  if (!read.ok) {
    const missingRequired = read.missingSheets.filter((n) => required.includes(n));
    if (missingRequired.length) return { ok: false, problems: [read.message] };
    present = optional.filter((n) => !read.ok && !read.missingSheets.includes(n));
    read = await readGrids(api, sourceId, [...required, ...present]);
    if (!read.ok) return { ok: false, problems: [read.message] };
  }
  const grids = read.grids;
  const optionalGrid = (name: string) => (present.includes(name) ? grids[required.length + present.indexOf(name)]! : null);
  const parsed = readEntrySource({ registry: grids[0]!, catalog: grids[1]!, entryFiles: grids[2]!, settings: optionalGrid(settingsSheet.name) });
  if (!parsed.ok) return parsed;
  const national = optionalGrid(entryProvinceProgressSheet.name);
  return { ok: true, value: { ...parsed, nationalProgress: national ?? [], hasNationalSheet: national !== null } };
}

/**
 * Reads the header row and `columns` of a file's entry sheet (plus, with `withProgress`, its progress sheets) in
 * one request, at the set-up's positions; when the header says a column moved, once more where it now is.
 * A file that cannot be opened is a Thai problem, not a failed run.
 */
async function readEntryFile(api: GoogleApi, ref: EntryFileRef, columns: readonly EntryColumn[], withProgress: boolean): Promise<FileRead | string> {
  const progressNames = withProgress ? [entryDistrictProgressSheet.name, entryFollowUpSheet.name] : [];
  let positions = columns.map((c) => SETUP_POSITIONS.get(c)!);
  for (let attempt = 0; attempt < 2; attempt++) {
    let data;
    try {
      data = await batchGet(api, ref.fileId, [
        `${quoteSheetName(entrySheet.name)}!1:1`,
        ...positions.map((p) => `${quoteSheetName(entrySheet.name)}!${columnLetters(p)}2:${columnLetters(p)}`),
        ...progressNames.map(quoteSheetName),
      ]);
    } catch (e) {
      const status = httpStatus(e);
      if (status === 400 && progressNames.length) {
        // A progress sheet deleted by hand: the statuses are still checked and written.
        const titles = await sheetTitles(api, ref.fileId);
        if (titles.includes(entrySheet.name)) {
          const read = await readEntryFile(api, ref, columns, false);
          return typeof read === 'string' ? read : { ...read, progress: null };
        }
      }
      if (status === 400) return `ไฟล์บันทึกตัวชี้วัด${ref.province} ไม่มีแผ่นงาน "${entrySheet.name}" (อาจถูกลบหรือเปลี่ยนชื่อ)`;
      if (status === 403 || status === 404) return `เปิดไฟล์บันทึกตัวชี้วัด${ref.province} (รหัส ${ref.fileId}) ไม่ได้: ไฟล์ถูกลบหรือไม่ได้แชร์ให้บัญชีบริการของฟังก์ชันเป็นผู้แก้ไข`;
      throw e;
    }
    const header = (data[0]?.[0] ?? []) as Cell[];
    const located = locateColumns(entrySheet, header);
    if (!located.ok) return `ไฟล์บันทึกตัวชี้วัด${ref.province}: ${located.problems.map((p) => p.message).join('; ')}`;
    const actual = columns.map((c) => located.columnIndex[c]!);
    if (actual.some((p, i) => p !== positions[i])) {
      positions = actual;
      continue;
    }
    const grid: Grid = [header];
    columns.forEach((_, i) => {
      const values = (data[i + 1] ?? []) as Cell[][];
      values.forEach((row, r) => {
        const target = (grid[r + 1] ??= []);
        target[positions[i]!] = row[0] ?? null;
      });
    });
    for (let r = 1; r < grid.length; r++) grid[r] = Array.from({ length: header.length }, (_, c) => grid[r]![c] ?? null);
    const progress = new Map(progressNames.map((name, i) => [name, (data[columns.length + 1 + i] ?? []) as Grid]));
    return { ref, grid, progress: withProgress ? progress : null };
  }
  return `ไฟล์บันทึกตัวชี้วัด${ref.province}: คอลัมน์ถูกย้ายระหว่างการอ่าน จะตรวจในรอบถัดไป`;
}

async function batchGet(api: GoogleApi, spreadsheetId: string, ranges: string[]): Promise<unknown[][][]> {
  const data = await api.call(
    'sheetsRead',
    'sheets.spreadsheets.values.batchGet',
    () =>
      api.sheets.spreadsheets.values.batchGet({
        spreadsheetId,
        ranges,
        ...READ_VALUES,
        fields: 'valueRanges(values)',
      }),
    'safe',
  );
  return (data.valueRanges ?? []).map((r) => (r.values ?? []) as unknown[][]);
}

/**
 * Writes a file's statuses until a fresh read shows every row, wherever it is now, holding its key's status.
 * Returns the rows written, or null when rows kept moving for MAX_WRITE_ROUNDS rounds (left for the next run).
 */
async function settleStatuses(api: GoogleApi, read: FileRead, byKey: ReadonlyMap<string, StatusCells>): Promise<number | null> {
  let grid = read.grid;
  let written = 0;
  for (let round = 0; round <= MAX_WRITE_ROUNDS; round++) {
    const plan = planStatusWrite(grid, byKey);
    if (!plan.ok) return null;
    if (plan.write.rows.length === 0) return written;
    if (round === MAX_WRITE_ROUNDS) return null;
    const { checkStatus, checkDetail } = plan.write.columns;
    const data = statusWriteRuns(plan.write).flatMap(({ firstRow, cells }) => {
      const last = firstRow + cells.length - 1;
      const block = (col: number, pick: (c: StatusCells) => string) => ({
        range: `${quoteSheetName(entrySheet.name)}!${columnLetters(col)}${firstRow}:${columnLetters(col)}${last}`,
        values: cells.map((c) => [pick(c)]),
      });
      return [block(checkStatus, (c) => c.status), block(checkDetail, (c) => c.detail)];
    });
    await writeValues(api, read.ref.fileId, data);
    written += plan.write.rows.length;
    const again = await readEntryFile(api, read.ref, VERIFY_COLUMNS, false);
    if (typeof again === 'string') return null;
    grid = again.grid;
  }
  return null;
}

/**
 * Writes progress layouts into one spreadsheet in one request, over each sheet's values (values only: the set-up
 * formatted the sheets), padding with blanks to clear what an earlier, longer list left. A layout whose sheet holds
 * the same but for the time line is skipped; a missing sheet (the national one, first run) is added first.
 * Returns how many sheets were written.
 */
async function writeLayoutsIfChanged(
  api: GoogleApi,
  spreadsheetId: string,
  layouts: ReadonlyArray<{ layout: SheetLayout; current: Grid; exists: boolean }>,
): Promise<number> {
  const changed = layouts.filter(({ layout, current, exists }) => !exists || !sameProgress(current, progressGrid(layout)));
  if (!changed.length) return 0;
  const missing = changed.filter((l) => !l.exists);
  if (missing.length) {
    await api.call('sheetsWrite', 'sheets.spreadsheets.batchUpdate', () =>
      api.sheets.spreadsheets.batchUpdate({
        spreadsheetId,
        fields: 'spreadsheetId',
        requestBody: { requests: missing.map(({ layout }) => ({ addSheet: { properties: { title: layout.name } } })) },
      }),
    );
  }
  const data = changed.map(({ layout, current }) => {
    const next = progressGrid(layout);
    const rows = Math.max(next.length, current.length);
    const width = Math.max(layout.columns.length, ...current.map((r) => r.length));
    const values = Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => cellValue(next[r]?.[c])));
    return { range: `${quoteSheetName(layout.name)}!A1:${columnLetters(width - 1)}${rows}`, values };
  });
  await writeValues(api, spreadsheetId, data);
  return changed.length;
}

function cellValue(cell: Cell | undefined): string | number | boolean {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cellText(cell);
  return cell;
}
