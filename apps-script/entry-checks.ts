/**
 * The entry check run in Apps Script, for when no cloud function is deployed (menu: ตรวจข้อมูลตัวชี้วัด, or a
 * clock trigger): the same reading, checks and keyed status writes as `functions/entry-status.ts`, through
 * SpreadsheetApp. Each file's entry sheet is read in one call; a file whose statuses changed costs one write per
 * run of changed rows and one read to verify, repeated while rows move under it; only the status columns are ever
 * written. Every run checks every file (an outlier is judged against every LAO of its type); files whose
 * statuses were not written within the time budget are written next run.
 */
import { entryProgress, nationalProgressLayout, progressGrid, provinceProgressLayouts, sameProgress } from '../core/indicators/entry-progress';
import { readEntrySource, type EntryFileRef } from '../core/indicators/entry-source';
import { checkEntryFiles, planStatusWrite, statusWriteBlock, statusWriteRuns, type StatusCells } from '../core/indicators/entry-status';
import type { Grid } from '../sheets-schema/cell';
import { entryFilesSheet, entryProvinceProgressSheet, entrySheet } from '../sheets-schema/entry-files';
import { INDICATOR_CATALOG } from '../sheets-schema/indicators';
import { laoRegistrySheet } from '../sheets-schema/registry';
import { settingsSheet } from '../sheets-schema/settings';
import { KIND_NUMBER_FORMAT, type SheetLayout } from '../sheets-schema/workbook';
import { UserError } from './errors';
import { readGrid } from './grid-reader';
import { listProblems } from './inputs';
import type { Services, Sheet, Spreadsheet } from './services';

/** No file write starts after this much of the 6-minute limit. */
export const ENTRY_CHECK_BUDGET_MS = 4.5 * 60 * 1000;
const MAX_WRITE_ROUNDS = 3;
/** Above this many separate runs of changed rows, a file's statuses are written as one block. */
const MAX_RUNS_PER_WRITE = 10;

export interface EntryCheckOutcome {
  filesRead: number;
  filesWritten: string[];
  statusRowsWritten: number;
  pending: string[];
  problems: string[];
}

export function checkEntryFilesInAppsScript(services: Services, spreadsheet: Spreadsheet): EntryCheckOutcome | null {
  const started = services.now().getTime();
  const lock = services.lockService.getScriptLock();
  if (!lock.tryLock(20_000)) return null;
  try {
    const grid = (name: string) => {
      const sheet = spreadsheet.getSheetByName(name);
      return sheet ? readGrid(sheet) : null;
    };
    const required = [laoRegistrySheet.name, INDICATOR_CATALOG.name, entryFilesSheet.name];
    const missing = required.filter((n) => !spreadsheet.getSheetByName(n));
    if (missing.length) throw new UserError(missing.map((n) => `ไม่พบแผ่นงาน "${n}"`).join('\n'));
    const source = readEntrySource({
      registry: grid(required[0]!)!,
      catalog: grid(required[1]!)!,
      entryFiles: grid(required[2]!)!,
      settings: grid(settingsSheet.name),
    });
    if (!source.ok) throw new UserError(`ยังตรวจข้อมูลตัวชี้วัดไม่ได้:\n${listProblems(source.problems)}`);

    const outcome: EntryCheckOutcome = { filesRead: 0, filesWritten: [], statusRowsWritten: 0, pending: [], problems: [] };
    const opened: Array<{ ref: EntryFileRef; file: Spreadsheet; sheet: Sheet; grid: Grid }> = [];
    for (const ref of source.files) {
      const file = open(services, ref.fileId);
      const sheet = file?.getSheetByName(entrySheet.name);
      if (!file || !sheet) {
        outcome.problems.push(`เปิดไฟล์บันทึกตัวชี้วัด${ref.province} ไม่ได้ หรือไม่มีแผ่นงาน "${entrySheet.name}"`);
        continue;
      }
      opened.push({ ref, file, sheet, grid: readGrid(sheet) });
    }
    outcome.filesRead = opened.length;
    const run = checkEntryFiles(
      opened.map((o) => ({ fileId: o.ref.fileId, grid: o.grid })),
      source.catalog,
      source.registry,
    );
    for (const p of run.problems) outcome.problems.push(...p.problems.map((q) => q.message));

    const now = services.now();
    const progress = entryProgress(run.checks, source.catalog, source.registry);
    const byProvince = new Map(progress.provinces.map((p) => [p.province, p]));
    for (const file of run.files) {
      const o = opened.find((x) => x.ref.fileId === file.fileId)!;
      if (services.now().getTime() - started > ENTRY_CHECK_BUDGET_MS) {
        outcome.pending.push(o.ref.province);
        continue;
      }
      const written = settle(o.sheet, o.grid, file.byKey);
      if (written === null) outcome.pending.push(o.ref.province);
      else if (written > 0) {
        outcome.filesWritten.push(o.ref.province);
        outcome.statusRowsWritten += written;
      }
      const p = byProvince.get(o.ref.province);
      if (p) for (const layout of provinceProgressLayouts(p, source.window, now)) writeProgress(o.file, layout);
    }
    writeProgress(spreadsheet, nationalProgressLayout(progress, source.window, now));
    return outcome;
  } finally {
    lock.releaseLock();
  }
}

function open(services: Services, id: string): Spreadsheet | null {
  try {
    return services.spreadsheetApp.openById(id);
  } catch {
    return null;
  }
}

/** Writes changed statuses where their rows are now, re-reading until nothing differs; null if rows kept moving. */
function settle(sheet: Sheet, first: Grid, byKey: ReadonlyMap<string, StatusCells>): number | null {
  let grid = first;
  let written = 0;
  for (let round = 0; round <= MAX_WRITE_ROUNDS; round++) {
    const plan = planStatusWrite(grid, byKey);
    if (!plan.ok) return null;
    if (plan.write.rows.length === 0) return written;
    if (round === MAX_WRITE_ROUNDS) return null;
    const { checkStatus, checkDetail } = plan.write.columns;
    // The set-up formats the status columns as plain text (@): a string is stored as it is, never read as a number
    // or a formula, and an apostrophe would be kept literally there.
    const adjacent = checkDetail === checkStatus + 1;
    const runs = statusWriteRuns(plan.write);
    // Many runs of changed rows (a first run): one block instead of one call per run.
    const block = runs.length > MAX_RUNS_PER_WRITE ? statusWriteBlock(grid, byKey, plan.write) : null;
    for (const { firstRow, cells } of block ? [block] : runs) {
      if (adjacent) {
        sheet.getRange(firstRow, checkStatus + 1, cells.length, 2).setValues(cells.map((c) => [c.status, c.detail]));
      } else {
        sheet.getRange(firstRow, checkStatus + 1, cells.length, 1).setValues(cells.map((c) => [c.status]));
        sheet.getRange(firstRow, checkDetail + 1, cells.length, 1).setValues(cells.map((c) => [c.detail]));
      }
    }
    written += plan.write.rows.length;
    grid = readGrid(sheet);
  }
  return null;
}

/** Values only (the set-up formatted and protected the sheet), skipped when only the time line would change. */
function writeProgress(file: Spreadsheet, layout: SheetLayout): void {
  const next = progressGrid(layout);
  const sheet = file.getSheetByName(layout.name) ?? file.insertSheet(layout.name);
  const current = sheet.getLastRow() > 0 ? readGrid(sheet) : [];
  if (sameProgress(current, next)) return;
  const rows = Math.max(next.length, current.length);
  const width = Math.max(layout.columns.length, ...current.map((r) => r.length));
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  // Formats first, by column kind (text as plain text), so the strings written next stay the text they are.
  const kinds = layout.columns.map((col) => KIND_NUMBER_FORMAT[col.kind ?? 'text']);
  const headerRows = (layout.preamble?.length ?? 0) + 1;
  const range = sheet.getRange(1, 1, rows, width);
  range.setNumberFormats(Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => (r < headerRows ? '@' : (kinds[c] ?? '@')))));
  range.setValues(
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const v = next[r]?.[c];
        return v === undefined || v === null ? '' : v instanceof Date ? v.toISOString() : v;
      }),
    ),
  );
}

/** The menu's Thai report. */
export function describeEntryCheck(o: EntryCheckOutcome): string {
  const lines = [
    'ตรวจข้อมูลตัวชี้วัดเรียบร้อย',
    `อ่าน ${o.filesRead} ไฟล์ ปรับผลการตรวจ ${o.statusRowsWritten} แถว ใน ${o.filesWritten.length} ไฟล์`,
    `ความคืบหน้ารายจังหวัดอยู่ในแผ่นงาน "${entryProvinceProgressSheet.name}"`,
  ];
  if (o.pending.length) lines.push(`ยังเขียนผลไม่ทัน ${o.pending.length} จังหวัด จะทำในรอบถัดไป`);
  if (o.problems.length) lines.push(`ข้อควรตรวจสอบ ${o.problems.length} รายการ:`, listProblems(o.problems));
  return lines.join('\n');
}
