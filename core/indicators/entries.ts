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

function isBlank(row: readonly Cell[]): boolean {
  for (const cell of row) if (cell !== null && cellText(cell).trim() !== '') return false;
  return true;
}
