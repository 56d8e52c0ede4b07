import { cellText, type Cell, type Grid } from './cell';
import { columnKeys, type SheetDef } from './define';

export interface MissingColumn {
  code: 'missing_column';
  sheet: string;
  header: string;
  /** Thai, for the person who has to fix the sheet. */
  message: string;
}

export interface DuplicateColumn {
  code: 'duplicate_column';
  sheet: string;
  header: string;
  message: string;
}

export type TableProblem = MissingColumn | DuplicateColumn;

export type ReadResult<K extends string> =
  { ok: true; rows: Array<Record<K, Cell> & { rowNumber: number }>; columnIndex: Record<K, number | undefined> } | { ok: false; problems: TableProblem[] };

/**
 * The row a person sees in Sheets or Excel for a 1-based data row: the header is the sheet's first row. Data rows are
 * what the code counts; every row number shown to people is this one, so "แถว 12" opens row 12.
 */
export function sheetRow(dataRow: number): number {
  return dataRow + 1;
}

/** Headers compared without case, stray or doubled spaces, zero-width characters, and NBSP. */
export function headerKey(text: string): string {
  return text
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Maps each column key of `def` to its position in `headerRow`, or reports, in Thai, which columns are missing. */
export function locateColumns<K extends string>(
  def: SheetDef<K>,
  headerRow: readonly Cell[],
): { ok: true; columnIndex: Record<K, number | undefined> } | { ok: false; problems: TableProblem[] } {
  const positions = new Map<string, number[]>();
  headerRow.forEach((cell, i) => {
    const key = headerKey(cellText(cell));
    if (!key) return;
    const list = positions.get(key) ?? [];
    list.push(i);
    positions.set(key, list);
  });
  const problems: TableProblem[] = [];
  const columnIndex = {} as Record<K, number | undefined>;
  for (const key of columnKeys(def)) {
    const col = def.columns[key];
    const names = [col.header, ...(col.aliases ?? [])];
    const found = names.map((n) => positions.get(headerKey(n))).find((p) => p !== undefined);
    if (!found) {
      columnIndex[key] = undefined;
      if (!col.optional) {
        problems.push({
          code: 'missing_column',
          sheet: def.name,
          header: col.header,
          message: `แผ่นงาน "${def.name}" ไม่มีคอลัมน์ "${col.header}" (อาจถูกลบหรือเปลี่ยนชื่อ) กรุณาตรวจสอบแถวหัวตาราง`,
        });
      }
      continue;
    }
    if (found.length > 1) {
      problems.push({
        code: 'duplicate_column',
        sheet: def.name,
        header: col.header,
        message: `แผ่นงาน "${def.name}" มีคอลัมน์ "${col.header}" ซ้ำกัน ${found.length} คอลัมน์ กรุณาเหลือไว้คอลัมน์เดียว`,
      });
    }
    columnIndex[key] = found[0];
  }
  return problems.length ? { ok: false, problems } : { ok: true, columnIndex };
}

/**
 * Reads a grid (header row first) into keyed rows by header, never by position.
 * Wholly blank rows are skipped but still counted, so `rowNumber` matches the sheet.
 */
export function readTable<K extends string>(def: SheetDef<K>, grid: Grid): ReadResult<K> {
  const located = locateColumns(def, grid[0] ?? []);
  if (!located.ok) return located;
  const { columnIndex } = located;
  const keys = columnKeys(def);
  const rows: Array<Record<K, Cell> & { rowNumber: number }> = [];
  for (let r = 1; r < grid.length; r++) {
    const source = grid[r] ?? [];
    if (source.every((c) => cellText(c).trim() === '')) continue;
    const row: Record<string, Cell> = {};
    for (const key of keys) {
      const i = columnIndex[key];
      row[key] = i === undefined ? null : (source[i] ?? null);
    }
    rows.push(Object.assign(row as Record<K, Cell>, { rowNumber: r }));
  }
  return { ok: true, rows, columnIndex };
}
