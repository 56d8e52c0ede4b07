/**
 * The check of the entry spreadsheets, as pure functions: rows read from each province's entry sheet (found by
 * header), checked together with the same checks as the local job (outliers are judged nationally, per indicator
 * and LAO type), and the status cells each row should show, keyed by (LAO code, indicator code).
 *
 * Writing is planned against what the sheet holds at write time, never against the positions of the first read:
 * people sort, filter and insert rows while a run is going. `planStatusWrite` takes a fresh read of the sheet and
 * returns the cells to change where the rows are now; a writer re-reads after writing and plans again until a read
 * shows nothing to change (a sort between its read and its write is then undone within the same run).
 */
import { cellText, type Cell, type Grid } from '../../sheets-schema/cell';
import { ENTRY_STATUS, entrySheet, type EntryStatusLabel } from '../../sheets-schema/entry-files';
import { locateColumns, type TableProblem } from '../../sheets-schema/table';
import type { Registry } from '../registry/index';
import type { Catalog } from './catalog';
import { checkEntryTable, DEFAULT_CHECK_SETTINGS, type CheckedEntry, type CheckSettings, type EntryChecks } from './checks';
import { entryTableOfRows, type EntryRow } from './entries';

/** The status cells of one row: the label and the Thai reasons; both blank while nothing is entered. */
export interface StatusCells {
  status: EntryStatusLabel | '';
  detail: string;
}

const BLANK: StatusCells = Object.freeze({ status: '', detail: '' });

/** Where the columns are in one entry sheet as read now (0-based), found by header. */
export interface EntryColumns {
  laoCode: number;
  indicatorCode: number;
  checkStatus: number;
  checkDetail: number;
}

export type EntrySheetRead = { ok: true; rows: EntryRow[]; columns: EntryColumns } | { ok: false; problems: TableProblem[] };

/**
 * An entry sheet's rows as the core checks take them (`row`: 1-based data row, header excluded, as the local
 * job numbers them), and where the status columns are. A sheet without a status column is a Thai problem: there
 * would be nowhere to write.
 */
export function readEntrySheet(grid: Grid): EntrySheetRead {
  const located = locateColumns(entrySheet, grid[0] ?? []);
  if (!located.ok) return located;
  const at = located.columnIndex;
  const rows: EntryRow[] = [];
  const cell = (source: readonly Cell[], i: number | undefined): Cell => (i === undefined ? null : (source[i] ?? null));
  for (let r = 1; r < grid.length; r++) {
    const source = grid[r] ?? [];
    const laoCode = cell(source, at.laoCode);
    const indicatorCode = cell(source, at.indicatorCode);
    // A row without both codes is not an entry row (an inserted blank row, a note under the table).
    if (isBlankCell(laoCode) && isBlankCell(indicatorCode)) continue;
    rows.push({ row: r, laoCode, indicatorCode, frame: cell(source, at.frame), delivered: cell(source, at.delivered), note: cell(source, at.note) });
  }
  return {
    ok: true,
    rows,
    columns: { laoCode: at.laoCode!, indicatorCode: at.indicatorCode!, checkStatus: at.checkStatus!, checkDetail: at.checkDetail! },
  };
}

function isBlankCell(cell: Cell): boolean {
  return cell === null || cellText(cell).trim() === '';
}

/** A row's key: its LAO and indicator codes as typed, trimmed (the prefilled, locked codes). */
export function rowKey(laoCode: Cell, indicatorCode: Cell): string {
  return `${cellText(laoCode).trim()}\u0000${cellText(indicatorCode).trim().toUpperCase()}`;
}

/** The status of one checked row: an error must be fixed; a warning alone is suspicious; entered and clean passes. */
export function statusCells(entry: CheckedEntry): StatusCells {
  if (entry.reasons.length === 0) return entry.entered ? { status: ENTRY_STATUS.ok, detail: '' } : BLANK;
  const errors = entry.reasons.filter((r) => r.severity === 'error');
  const shown = errors.length ? errors : entry.reasons;
  return { status: errors.length ? ENTRY_STATUS.fix : ENTRY_STATUS.suspicious, detail: shown.map((r) => r.message).join('; ') };
}

const RANK: Record<StatusCells['status'], number> = { '': 0, [ENTRY_STATUS.ok]: 1, [ENTRY_STATUS.suspicious]: 2, [ENTRY_STATUS.fix]: 3 };

/** Two rows with one key (a row copied by hand): both show the worse status, with every distinct reason. */
function merge(a: StatusCells, b: StatusCells): StatusCells {
  const [worse, other] = RANK[b.status] > RANK[a.status] ? [b, a] : [a, b];
  if (!other.detail || other.status !== worse.status || worse.detail.includes(other.detail)) return worse;
  return { status: worse.status, detail: `${worse.detail}; ${other.detail}` };
}

/** One entry file's sheet as read for a run. */
export interface EntryFileInput {
  /** The file's id (or any stable name): results are returned per file. */
  fileId: string;
  grid: Grid;
}

export interface EntryFileStatuses {
  fileId: string;
  /** The status each key should show. */
  byKey: Map<string, StatusCells>;
  /** The checked rows of this file, in sheet order (for progress). */
  checked: CheckedEntry[];
}

export type EntryCheckRun =
  | {
      ok: true;
      files: EntryFileStatuses[];
      checked: CheckedEntry[];
      /** The same checks as columns: what entryProgress reads without converting `checked` back. */
      checks: EntryChecks;
      problems: Array<{ fileId: string; problems: TableProblem[] }>;
    }
  | { ok: false; problems: Array<{ fileId: string; problems: TableProblem[] }> };

/**
 * Checks every readable entry file's rows together (so an outlier is judged against every LAO of its type in the
 * country, as the local job judges it), and gives each file the status of each of its keys. A file whose header
 * lost a column is left out with its Thai problem; the others are checked.
 */
export function checkEntryFiles(
  files: readonly EntryFileInput[],
  catalog: Catalog,
  registry: Registry,
  settings: CheckSettings = DEFAULT_CHECK_SETTINGS,
): EntryCheckRun & { ok: true } {
  const problems: Array<{ fileId: string; problems: TableProblem[] }> = [];
  const read: Array<{ fileId: string; rows: EntryRow[] }> = [];
  for (const file of files) {
    const sheet = readEntrySheet(file.grid);
    if (sheet.ok) read.push({ fileId: file.fileId, rows: sheet.rows });
    else problems.push({ fileId: file.fileId, problems: sheet.problems });
  }
  // Row numbers stay each file's own (what its users see in messages); repeats and conflicts pair rows of one LAO,
  // and an LAO is in one province's file, so numbers from two files never meet in a message.
  const checks = checkEntryTable(entryTableOfRows(read.flatMap((f) => f.rows)), catalog, registry, settings);
  const checked = checks.entries();
  let at = 0;
  const results: EntryFileStatuses[] = read.map(({ fileId, rows }) => {
    const mine = checked.slice(at, (at += rows.length));
    const byKey = new Map<string, StatusCells>();
    mine.forEach((entry, i) => {
      const key = rowKey(rows[i]!.laoCode, rows[i]!.indicatorCode);
      const cells = statusCells(entry);
      const known = byKey.get(key);
      byKey.set(key, known ? merge(known, cells) : cells);
    });
    return { fileId, byKey, checked: mine };
  });
  return { ok: true, files: results, checked, checks, problems };
}

/** Cells to write into one sheet: 1-based sheet rows, in order, each with its two status cells. */
export interface StatusWrite {
  /** The status columns (0-based), as found at write time. */
  columns: { checkStatus: number; checkDetail: number };
  rows: Array<{ sheetRow: number; cells: StatusCells }>;
}

/** Consecutive rows of a write, so a writer sends one range per run of changed rows. */
export function statusWriteRuns(write: StatusWrite): Array<{ firstRow: number; cells: StatusCells[] }> {
  const runs: Array<{ firstRow: number; cells: StatusCells[] }> = [];
  for (const { sheetRow, cells } of write.rows) {
    const last = runs[runs.length - 1];
    if (last && last.firstRow + last.cells.length === sheetRow) last.cells.push(cells);
    else runs.push({ firstRow: sheetRow, cells: [cells] });
  }
  return runs;
}

export type StatusPlan = { ok: true; write: StatusWrite } | { ok: false; problems: TableProblem[] };

/**
 * What to write, given the sheet as it is now (`grid`: header first; the key and status columns are enough): every
 * row whose status cells differ from its key's status. Rows are found by key, wherever they are now; a key the run
 * did not see (a row added during the run) is left as it is, to be checked next run. Nothing else is ever written.
 */
export function planStatusWrite(grid: Grid, byKey: ReadonlyMap<string, StatusCells>): StatusPlan {
  const located = locateColumns(entrySheet, grid[0] ?? []);
  if (!located.ok) return located;
  const at = located.columnIndex;
  const columns = { checkStatus: at.checkStatus!, checkDetail: at.checkDetail! };
  const rows: StatusWrite['rows'] = [];
  for (let r = 1; r < grid.length; r++) {
    const source = grid[r] ?? [];
    const wanted = byKey.get(rowKey(source[at.laoCode!] ?? null, source[at.indicatorCode!] ?? null));
    if (!wanted) continue;
    const status = cellText(source[columns.checkStatus] ?? null);
    const detail = cellText(source[columns.checkDetail] ?? null);
    if (status !== wanted.status || detail !== wanted.detail) rows.push({ sheetRow: r + 1, cells: wanted });
  }
  return { ok: true, write: { columns, rows } };
}

/**
 * The planned rows as one block, from the first changed row to the last: for writers whose cost is per call
 * (Apps Script), where a first run's thousands of separate runs of rows would each be a call. Rows in between take
 * their key's status too (the same as they show, or would show), and rows without a known key keep what they show.
 */
export function statusWriteBlock(grid: Grid, byKey: ReadonlyMap<string, StatusCells>, write: StatusWrite): { firstRow: number; cells: StatusCells[] } | null {
  if (!write.rows.length) return null;
  const located = locateColumns(entrySheet, grid[0] ?? []);
  if (!located.ok) return null;
  const at = located.columnIndex;
  const firstRow = write.rows[0]!.sheetRow;
  const lastRow = write.rows[write.rows.length - 1]!.sheetRow;
  const cells: StatusCells[] = [];
  for (let sheetRow = firstRow; sheetRow <= lastRow; sheetRow++) {
    const source = grid[sheetRow - 1] ?? [];
    const wanted = byKey.get(rowKey(source[at.laoCode!] ?? null, source[at.indicatorCode!] ?? null));
    const shown = { status: cellText(source[write.columns.checkStatus] ?? null), detail: cellText(source[write.columns.checkDetail] ?? null) } as StatusCells;
    cells.push(wanted ?? shown);
  }
  return { firstRow, cells };
}
