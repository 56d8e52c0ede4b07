import { formatThaiDate, formatThaiDateTime } from '../core/dates/format';
import type { Cell } from './cell';
import type { ColumnDef, ColumnKind, ColumnValidation, SheetDef } from './define';
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

/**
 * How each column kind is shown, in Excel number-format syntax (Google Sheets reads the same patterns;
 * `General` means none). `percent` columns hold percentage points as computed (52.00384 means 52%), so the
 * format only rounds to 2 decimals and never multiplies by 100. Text columns are `@` so what a user later
 * types there (e.g. `=...`) stays text; dates are written as Buddhist-era text, so their columns are text too.
 */
export const KIND_NUMBER_FORMAT: Readonly<Record<ColumnKind, string>> = {
  text: '@',
  integer: '#,##0',
  number: 'General',
  percent: '0.00',
  date: '@',
  datetime: '@',
};

const KIND_DEFAULT_WIDTH: Readonly<Record<ColumnKind, number>> = { text: 20, integer: 10, number: 12, percent: 10, date: 12, datetime: 18 };

/** Width in characters: the column's own, else its kind's default widened to fit the header. */
export function columnWidth(col: ColumnDef): number {
  return col.width ?? Math.max(KIND_DEFAULT_WIDTH[col.kind ?? 'text'], col.header.length + 2);
}

/**
 * A cell as every writer stores it: dates become Buddhist-era Bangkok text (no spreadsheet has a portable
 * Buddhist-calendar number format), empty strings and invalid dates become nothing.
 */
export function storedValue(cell: Cell, kind: ColumnKind = 'text'): string | number | boolean | null {
  if (cell instanceof Date) return isNaN(cell.getTime()) ? null : kind === 'date' ? formatThaiDate(cell) : formatThaiDateTime(cell);
  if (typeof cell === 'string') return cell === '' ? null : cell;
  return cell;
}

/**
 * A number validation as the one comparison every writer makes. "Any number" has no rule in Excel or Sheets, so a
 * range wider than any real value stands for it.
 */
export type NumberRule = { operator: 'between'; values: [number, number] } | { operator: 'atLeast' | 'atMost'; values: [number] };

export function numberRule({ min, max }: { min?: number; max?: number }): NumberRule {
  if (min !== undefined && max !== undefined) return { operator: 'between', values: [min, max] };
  if (min !== undefined) return { operator: 'atLeast', values: [min] };
  if (max !== undefined) return { operator: 'atMost', values: [max] };
  return { operator: 'between', values: [-1e15, 1e15] };
}

/** What a person is told about a validated column (help text, or the error when a value is refused). */
export function validationMessage(col: ColumnDef, validation: ColumnValidation): string {
  if (validation.kind === 'list') return `กรุณาเลือกจากรายการในคอลัมน์ "${col.header}"`;
  const { min, max } = validation;
  const range =
    min !== undefined && max !== undefined ? ` ตั้งแต่ ${min} ถึง ${max}` : min !== undefined ? ` ตั้งแต่ ${min} ขึ้นไป` : max !== undefined ? ` ไม่เกิน ${max}` : '';
  return `กรุณากรอกตัวเลข${range} ในคอลัมน์ "${col.header}"`;
}
