import { cellText, type Cell, type Grid } from '../../sheets-schema/cell';
import { INDICATOR_ENTRIES } from '../../sheets-schema/indicators';
import { locateColumns, type TableProblem } from '../../sheets-schema/table';

/** One row of the entries sheet as typed, before any check. */
export interface EntryRow {
  /** 1-based data row (header excluded). */
  row: number;
  laoCode: Cell;
  indicatorCode: Cell;
  frame: Cell;
  delivered: Cell;
  note: Cell;
}

/** Where a row holds one of the cells the checks read: a position in a grid row, or the field of an EntryRow. */
export type EntryColumn = number | 'laoCode' | 'indicatorCode' | 'frame' | 'delivered';

/** The columns the checks read; absent when the sheet lacks the (optional) column. */
export interface EntryColumns {
  laoCode?: EntryColumn;
  indicatorCode?: EntryColumn;
  frame?: EntryColumn;
  delivered?: EntryColumn;
}

/**
 * The entry rows read in place: the checks take each cell from its row where it is, so the national job builds no
 * object per row (400,000 rows) before the checks. `rows` holds the cells (the grid's own rows, or EntryRow objects
 * already read); entry `i` is `rows[at[i]]`, data row `rowNumber[i]`.
 */
export interface EntryTable {
  readonly rows: readonly (readonly Cell[] | EntryRow | undefined)[];
  readonly at: Int32Array;
  readonly rowNumber: Int32Array;
  readonly columns: EntryColumns;
}

/**
 * Reads the bare entries sheet or a filled data-entry template (its extra prefilled columns are ignored:
 * columns are found by header). Wholly blank rows are skipped, as readTable skips them, but still counted.
 * Rows are built straight from the grid, without readTable's keyed rows in between (400,000 rows nationally).
 */
export function entriesFromGrid(grid: Grid): { ok: true; rows: EntryRow[] } | { ok: false; problems: TableProblem[] } {
  const located = locateColumns(INDICATOR_ENTRIES, grid[0] ?? []);
  if (!located.ok) return located;
  const { laoCode, indicatorCode, frame, delivered, note } = located.columnIndex;
  const at = (source: readonly Cell[], i: number | undefined): Cell => (i === undefined ? null : (source[i] ?? null));
  const rows: EntryRow[] = [];
  for (let r = 1; r < grid.length; r++) {
    const source = grid[r] ?? [];
    if (isBlank(source)) continue;
    rows.push({
      row: r,
      laoCode: at(source, laoCode),
      indicatorCode: at(source, indicatorCode),
      frame: at(source, frame),
      delivered: at(source, delivered),
      note: at(source, note),
    });
  }
  return { ok: true, rows };
}

/** The same rows as entriesFromGrid, read in place (the job's path: see EntryTable). */
export function entryTableFromGrid(grid: Grid): { ok: true; table: EntryTable } | { ok: false; problems: TableProblem[] } {
  const located = locateColumns(INDICATOR_ENTRIES, grid[0] ?? []);
  if (!located.ok) return located;
  const { laoCode, indicatorCode, frame, delivered } = located.columnIndex;
  const kept = new Int32Array(Math.max(grid.length - 1, 0));
  let n = 0;
  for (let r = 1; r < grid.length; r++) if (!isBlank(grid[r] ?? [])) kept[n++] = r;
  const at = kept.slice(0, n);
  return { ok: true, table: { rows: grid, at, rowNumber: at, columns: { laoCode, indicatorCode, frame, delivered } } };
}

/** Rows already read (the entry files' check, tests) as a table: the cells stay in their EntryRow objects. */
export function entryTableOfRows(rows: readonly EntryRow[]): EntryTable {
  const at = new Int32Array(rows.length);
  const rowNumber = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    at[i] = i;
    rowNumber[i] = r.row;
  });
  return { rows, at, rowNumber, columns: { laoCode: 'laoCode', indicatorCode: 'indicatorCode', frame: 'frame', delivered: 'delivered' } };
}

/** A row's cell in `column`; null when the table lacks the column or the row is short. */
export function cellAt(row: readonly Cell[] | EntryRow | undefined, column: EntryColumn | undefined): Cell {
  if (column === undefined || row === undefined) return null;
  return (typeof column === 'number' ? (row as readonly Cell[])[column] : (row as EntryRow)[column]) ?? null;
}

function isBlank(row: readonly Cell[]): boolean {
  for (const cell of row) if (cell !== null && cellText(cell).trim() !== '') return false;
  return true;
}
