import type { Cell, Grid } from '../../sheets-schema/cell';
import { INDICATOR_ENTRIES } from '../../sheets-schema/indicators';
import { readTable, type TableProblem } from '../../sheets-schema/table';

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
 * columns are found by header). Wholly blank rows are skipped.
 */
export function entriesFromGrid(grid: Grid): { ok: true; rows: EntryRow[] } | { ok: false; problems: TableProblem[] } {
  const table = readTable(INDICATOR_ENTRIES, grid);
  if (!table.ok) return table;
  return {
    ok: true,
    rows: table.rows.map((r) => ({
      row: r.rowNumber,
      laoCode: r.laoCode,
      indicatorCode: r.indicatorCode,
      frame: r.frame,
      delivered: r.delivered,
      note: r.note,
    })),
  };
}
