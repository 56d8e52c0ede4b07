import type { Cell } from './cell';
import type { ColumnDef, SheetDef } from './define';
import { columnKeys } from './define';

/**
 * A finished sheet as data: every writer (XLSX, SpreadsheetApp, Sheets API) renders this and nothing else,
 * so the three outputs cannot drift apart.
 */
export interface SheetLayout {
  name: string;
  /** Optional lines above the header (title, generated-at), each one cell. */
  preamble?: string[];
  columns: ColumnDef[];
  rows: Cell[][];
  freeze: { rows: number; columns: number };
  /** Data-entry sheets: locked columns are protected, validations applied to data rows. */
  protect?: boolean;
}

export interface WorkbookLayout {
  /** File or spreadsheet title. */
  title: string;
  sheets: SheetLayout[];
}

/** Builds a layout from a sheet definition and rows keyed like it. */
export function layoutFromDef<K extends string>(
  def: SheetDef<K>,
  rows: ReadonlyArray<Record<K, Cell>>,
  options: { preamble?: string[]; protect?: boolean } = {},
): SheetLayout {
  const keys = columnKeys(def);
  const preambleRows = options.preamble?.length ?? 0;
  const freeze = def.freeze ?? { rows: 1, columns: 0 };
  return {
    name: def.name,
    preamble: options.preamble,
    columns: keys.map((k) => def.columns[k]),
    rows: rows.map((row) => keys.map((k) => row[k] ?? null)),
    freeze: { rows: freeze.rows + preambleRows, columns: freeze.columns },
    protect: options.protect,
  };
}
