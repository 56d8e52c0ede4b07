import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Cell, Grid } from '../../sheets-schema/cell';
import { BANGKOK_OFFSET_MS } from '../../core/dates/bangkok';

export interface ReadGridOptions {
  /** XLSX only: the sheet (tab) to read; the first sheet when left out. */
  sheet?: string;
}

/**
 * Reads a `.csv` or `.xlsx` file into a grid, header row first, every row as wide as the widest.
 * Empty cells are null. CSV cells are strings (a UTF-8 BOM is dropped; LF or CRLF line ends);
 * XLSX cells keep their type: numbers, booleans, dates (an XLSX date has no zone: it is read as Bangkok wall time),
 * with rich text, hyperlinks and formulas flattened to the value a person sees.
 */
export async function readGrid(path: string, options: ReadGridOptions = {}): Promise<Grid> {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return readCsv(path);
  if (ext === '.xlsx') return readXlsx(path, options.sheet);
  throw new Error(`อ่านไฟล์ ${path} ไม่ได้: รองรับเฉพาะไฟล์ .csv และ .xlsx`);
}

async function readCsv(path: string): Promise<Grid> {
  const text = await readFile(path, 'utf8');
  const records: string[][] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  return rectangular(records.map((record) => record.map((value) => (value === '' ? null : value))));
}

async function readXlsx(path: string, sheetName: string | undefined): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw new Error(
      sheetName === undefined
        ? `ไฟล์ ${path} ไม่มีแผ่นงาน`
        : `ไฟล์ ${path} ไม่มีแผ่นงาน "${sheetName}" (มีแผ่นงาน ${names})`,
    );
  }
  const grid: Grid = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = flatten(cell.value);
    });
    grid[rowNumber - 1] = cells;
  });
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return rectangular(grid);
}

/**
 * exceljs cell values to plain cells: the value a person sees, never the formula text or markup.
 * An error value (`#DIV/0!`) stays as its text so a check reports it instead of it passing as blank.
 */
function flatten(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  // exceljs hands the cell's wall-clock time over as if it were UTC.
  if (value instanceof Date) return new Date(value.getTime() - BANGKOK_OFFSET_MS);
  if ('richText' in value) return flatten(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return flatten(value.result as ExcelJS.CellValue | undefined);
  if ('hyperlink' in value) return flatten(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

function rectangular(rows: Cell[][]): Grid {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return rows.map((row) => {
    return Array.from({ length: width }, (_, i) => row[i] ?? null);
  });
}
