/**
 * A WorkbookLayout as Sheets API requests: one `spreadsheets.batchUpdate` body (structure and format) and
 * one `values.batchUpdate` body (the cells, written RAW so user text never becomes a formula). Pure: the
 * adapter sends what this returns.
 */
import type { sheets_v4 } from 'googleapis/build/src/apis/sheets/v4';
import type { ColumnValidation } from '../sheets-schema/define';
import { columnWidth, KIND_NUMBER_FORMAT, numberRule, storedValue, type SheetLayout, type WorkbookLayout } from '../sheets-schema/workbook';
import { a1Block } from './a1';

type Request = sheets_v4.Schema$Request;
type ValueRange = sheets_v4.Schema$ValueRange;
type GridRange = sheets_v4.Schema$GridRange;

export const MAX_CELLS_PER_SPREADSHEET = 10_000_000;
export const MAX_CELL_CHARACTERS = 50_000;

/** What the spreadsheet holds now, from one `spreadsheets.get`. */
export interface ExistingSpreadsheet {
  title: string;
  sheets: Array<{ sheetId: number; title: string; protectedRangeIds: number[] }>;
}

export interface RenderPlan {
  requests: Request[];
  data: ValueRange[];
  /** Cells of the resulting grids (what counts against the 10-million-cell limit). */
  cells: number;
  /** Cells cut to the 50,000-character limit. */
  truncatedCells: number;
}

export class CellLimitError extends Error {}

/** Roughly what one character of Excel width is on screen, so both outputs look alike. */
export function widthInPixels(widthChars: number): number {
  return Math.round(widthChars * 7 + 5);
}

const HEADER_FORMAT = {
  textFormat: { bold: true },
  backgroundColor: { red: 231 / 255, green: 230 / 255, blue: 230 / 255 },
  wrapStrategy: 'WRAP',
  verticalAlignment: 'MIDDLE',
};

export function planRender(layout: WorkbookLayout, existing: ExistingSpreadsheet): RenderPlan {
  const byTitle = new Map(existing.sheets.map((s) => [s.title, s]));
  let nextId = Math.max(0, ...existing.sheets.map((s) => s.sheetId)) + 1;
  const targets = layout.sheets.map((sheet) => {
    const current = byTitle.get(sheet.name);
    return { sheet, current, sheetId: current?.sheetId ?? nextId++, size: gridSize(sheet) };
  });
  const cells = targets.reduce((n, t) => n + t.size.rowCount * t.size.columnCount, 0);
  if (cells > MAX_CELLS_PER_SPREADSHEET) {
    throw new CellLimitError(
      `"${layout.title}" ต้องใช้ ${cells.toLocaleString('en-US')} เซลล์ เกินขีดจำกัด ${MAX_CELLS_PER_SPREADSHEET.toLocaleString('en-US')} เซลล์ต่อไฟล์ของ Google Sheets`,
    );
  }
  const wanted = new Set(layout.sheets.map((s) => s.name));
  const requests: Request[] = [];

  if (existing.title !== layout.title) {
    requests.push({ updateSpreadsheetProperties: { properties: { title: layout.title }, fields: 'title' } });
  }
  // Sheets we keep are wiped (values, formats, validations) and resized; their IDs, and so links to them, stay.
  for (const t of targets) {
    if (!t.current) continue;
    requests.push({ updateCells: { range: { sheetId: t.sheetId }, fields: '*' } });
    for (const protectedRangeId of t.current.protectedRangeIds) requests.push({ deleteProtectedRange: { protectedRangeId } });
    requests.push({
      updateSheetProperties: {
        properties: { sheetId: t.sheetId, gridProperties: t.size },
        fields: 'gridProperties(rowCount,columnCount,frozenRowCount,frozenColumnCount)',
      },
    });
  }
  for (const t of targets) {
    if (!t.current) requests.push({ addSheet: { properties: { sheetId: t.sheetId, title: t.sheet.name, gridProperties: t.size } } });
  }
  // Added before deleting, so the spreadsheet never runs out of sheets.
  for (const s of existing.sheets) if (!wanted.has(s.title)) requests.push({ deleteSheet: { sheetId: s.sheetId } });
  // Moving each sheet leftwards into place, in order, needs no index correction.
  targets.forEach((t, index) => requests.push({ updateSheetProperties: { properties: { sheetId: t.sheetId, index }, fields: 'index' } }));

  let truncatedCells = 0;
  const data: ValueRange[] = [];
  for (const t of targets) {
    requests.push(...formatRequests(t.sheet, t.sheetId, t.size));
    const { values, truncated } = sheetValues(t.sheet);
    truncatedCells += truncated;
    data.push({ range: a1Block(t.sheet.name, values.length, t.size.columnCount), majorDimension: 'ROWS', values });
  }
  return { requests, data, cells, truncatedCells };
}

function gridSize(sheet: SheetLayout) {
  const rows = (sheet.preamble?.length ?? 0) + 1 + sheet.rows.length;
  return {
    // The API refuses to freeze every row or column, so keep one more than the frozen ones.
    rowCount: Math.max(rows, sheet.freeze.rows + 1),
    columnCount: Math.max(sheet.columns.length, 1, sheet.freeze.columns + 1),
    frozenRowCount: sheet.freeze.rows,
    frozenColumnCount: sheet.freeze.columns,
  };
}

function formatRequests(sheet: SheetLayout, sheetId: number, size: ReturnType<typeof gridSize>): Request[] {
  const requests: Request[] = [];
  const preambleRows = sheet.preamble?.length ?? 0;
  const headerRow = preambleRows;
  const dataRows: GridRange = { sheetId, startRowIndex: headerRow + 1, endRowIndex: headerRow + 1 + sheet.rows.length };
  const columns = sheet.columns.length;

  sheet.columns.forEach((col, c) =>
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: c, endIndex: c + 1 },
        properties: { pixelSize: widthInPixels(columnWidth(col)) },
        fields: 'pixelSize',
      },
    }),
  );
  if (preambleRows > 0) {
    requests.push({
      repeatCell: {
        range: { sheetId, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 },
        cell: { userEnteredFormat: { textFormat: { bold: true, fontSize: 13 } } },
        fields: 'userEnteredFormat.textFormat(bold,fontSize)',
      },
    });
  }
  if (columns > 0) {
    requests.push({
      repeatCell: {
        range: { sheetId, startRowIndex: headerRow, endRowIndex: headerRow + 1, startColumnIndex: 0, endColumnIndex: columns },
        cell: { userEnteredFormat: HEADER_FORMAT },
        fields: 'userEnteredFormat(textFormat,backgroundColor,wrapStrategy,verticalAlignment)',
      },
    });
    requests.push({
      setBasicFilter: { filter: { range: { sheetId, startRowIndex: headerRow, endRowIndex: size.rowCount, startColumnIndex: 0, endColumnIndex: columns } } },
    });
  }
  if (sheet.rows.length > 0) {
    // Neighbouring columns with the same format share one request.
    for (const run of runs(sheet.columns.map((col) => KIND_NUMBER_FORMAT[col.kind ?? 'text']))) {
      if (run.value === 'General') continue;
      requests.push({
        repeatCell: {
          range: { ...dataRows, startColumnIndex: run.start, endColumnIndex: run.end },
          cell: { userEnteredFormat: { numberFormat: { type: run.value === '@' ? 'TEXT' : 'NUMBER', pattern: run.value } } },
          fields: 'userEnteredFormat.numberFormat',
        },
      });
    }
    sheet.columns.forEach((col, c) => {
      if (!col.validation) return;
      requests.push({
        setDataValidation: { range: { ...dataRows, startColumnIndex: c, endColumnIndex: c + 1 }, rule: validationRule(col.validation) },
      });
    });
  }
  if (sheet.protect) {
    // As in the XLSX output: the whole sheet is protected except the data cells of columns meant for input.
    const unprotectedRanges = sheet.rows.length
      ? runs(sheet.columns.map((col) => !col.locked))
          .filter((run) => run.value)
          .map((run) => ({ ...dataRows, startColumnIndex: run.start, endColumnIndex: run.end }))
      : [];
    requests.push({
      addProtectedRange: {
        protectedRange: {
          range: { sheetId },
          description: 'คอลัมน์ที่กรอกไว้ให้แล้วแก้ไขไม่ได้ กรอกได้เฉพาะช่องข้อมูลที่เปิดไว้',
          warningOnly: false,
          unprotectedRanges,
        },
      },
    });
  }
  return requests;
}

function validationRule(validation: ColumnValidation): sheets_v4.Schema$DataValidationRule {
  if (validation.kind === 'list') {
    return {
      condition: { type: 'ONE_OF_LIST', values: validation.values.map((v) => ({ userEnteredValue: v })) },
      strict: true,
      showCustomUi: true,
    };
  }
  const { operator, values } = numberRule(validation);
  const condition = { type: SHEETS_CONDITION[operator], values: values.map((n) => ({ userEnteredValue: String(n) })) };
  return { condition, strict: true };
}

const SHEETS_CONDITION = { between: 'NUMBER_BETWEEN', atLeast: 'NUMBER_GREATER_THAN_EQ', atMost: 'NUMBER_LESS_THAN_EQ' } as const;

function sheetValues(sheet: SheetLayout): { values: Array<Array<string | number | boolean>>; truncated: number } {
  let truncated = 0;
  const cell = (v: string | number | boolean | null): string | number | boolean => {
    if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return '';
    if (typeof v === 'string' && v.length > MAX_CELL_CHARACTERS) {
      truncated++;
      return v.slice(0, MAX_CELL_CHARACTERS - 1) + '…';
    }
    return v;
  };
  const kinds = sheet.columns.map((col) => col.kind ?? 'text');
  const values = [
    ...(sheet.preamble ?? []).map((line) => [cell(line)]),
    sheet.columns.map((col) => cell(col.header)),
    ...sheet.rows.map((row) => row.map((v, c) => cell(storedValue(v, kinds[c] ?? 'text')))),
  ];
  return { values, truncated };
}

function runs<T>(items: readonly T[]): Array<{ value: T; start: number; end: number }> {
  const out: Array<{ value: T; start: number; end: number }> = [];
  items.forEach((value, i) => {
    const last = out[out.length - 1];
    if (last && last.value === value && last.end === i) last.end = i + 1;
    else out.push({ value, start: i, end: i + 1 });
  });
  return out;
}
