import type { Cell } from './cell';

/** How a column is shown and, in data-entry sheets, validated. */
export type ColumnKind = 'text' | 'integer' | 'number' | 'percent' | 'datetime' | 'date';

export type ColumnValidation = { kind: 'list'; values: readonly string[] } | { kind: 'number'; min?: number; max?: number };

export interface ColumnDef {
  /** The Thai header users see; readers find the column by it. */
  header: string;
  /** Older or alternative headers accepted when reading (e.g. an English Forms export). */
  aliases?: readonly string[];
  /** A reader accepts a table without this column. */
  optional?: boolean;
  kind?: ColumnKind;
  /** Width in characters, for writers. */
  width?: number;
  /** Data-entry sheets: the column is prefilled and locked. */
  locked?: boolean;
  /** Long text (reasons, candidates): wrapped within the width instead of cut at the next cell. */
  wrap?: boolean;
  validation?: ColumnValidation;
}

export interface SheetDef<K extends string = string> {
  /** Thai sheet (tab) name. */
  name: string;
  columns: { readonly [P in K]: ColumnDef };
  /** Rows and columns kept in view when scrolling. */
  freeze?: { rows: number; columns: number };
}

export type RowOf<S extends SheetDef> = { [P in keyof S['columns']]: Cell } & { /** 1-based data row, header excluded. */ readonly rowNumber: number };

/** Declares a sheet with its key names checked at compile time. */
export function defineSheet<K extends string>(def: SheetDef<K>): SheetDef<K> {
  return def;
}

export function columnKeys<K extends string>(def: SheetDef<K>): K[] {
  return Object.keys(def.columns) as K[];
}

export function headers<K extends string>(def: SheetDef<K>): string[] {
  return columnKeys(def).map((k) => def.columns[k].header);
}
