/**
 * A WorkbookLayout as Sheets API requests, planned so that readers never see a blank or half-written file:
 * 1. stage: new hidden sheets with temporary titles are added (one batchUpdate), then formatted (batches that are
 *    safe to repeat);
 * 2. fill: their values are written RAW (so user text never becomes a formula) in requests of at most
 *    `maxBytes` each (Google recommends payloads of at most 2 MB: https://developers.google.com/workspace/sheets/api/limits);
 * 3. swap: one batchUpdate deletes the old sheets, gives the new ones their titles, order and protection and
 *    shows them. A batchUpdate is atomic, so before the swap the file shows its previous content, after it the new.
 * Pure: the adapter sends what this returns.
 */
import type { sheets_v4 } from 'googleapis/build/src/apis/sheets/v4';
import type { ColumnValidation } from '../sheets-schema/define';
import {
  columnWidth,
  headerRowHeight,
  KIND_NUMBER_FORMAT,
  numberRule,
  storedValue,
  TONE_COLOURS,
  type SheetLayout,
  type WorkbookLayout,
} from '../sheets-schema/workbook';
import { apiColour, pointsToPixels, sparklineFormula, toneRuns } from '../sheets-schema/google-look';
import { a1Range } from '../sheets-schema/a1';
import { qrCardsSheet } from '../sheets-schema/qr-cards';

type Request = sheets_v4.Schema$Request;
type ValueRange = sheets_v4.Schema$ValueRange;
type GridRange = sheets_v4.Schema$GridRange;

export const MAX_CELLS_PER_SPREADSHEET = 10_000_000;
export const MAX_CELL_CHARACTERS = 50_000;
/** Google's recommended maximum payload per request. */
export const MAX_PAYLOAD_BYTES = 2_000_000;
/** Temporary titles of staged sheets start with this; a run that stopped half-way leaves them, the next removes them. */
export const STAGING_PREFIX = '~กำลังปรับปรุง ';

/** What the spreadsheet holds now, from one `spreadsheets.get`. */
export interface ExistingSpreadsheet {
  title: string;
  sheets: Array<{ sheetId: number; title: string; cells: number }>;
}

export interface StagedSheet {
  layout: SheetLayout;
  sheetId: number;
  stagingTitle: string;
  size: GridSize;
}

export interface StagePlan {
  /** Removes what an earlier stopped run staged and adds the hidden staging sheets: not safe to repeat as is. */
  add: Request[];
  /** Formats of the staged sheets, in batches of at most maxBytes: safe to repeat. */
  format: Request[][];
  staged: StagedSheet[];
  /** Cells of the new grids (what counts against the 10-million-cell limit). */
  cells: number;
  /** The sheets that stay until the swap (the file's current content). */
  kept: ExistingSpreadsheet['sheets'];
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

/**
 * Plans the staging of `layout` beside what the file holds. `tag` makes this attempt's titles unique, so the
 * adapter can tell after a lost reply whether its batch was applied.
 */
export function planStage(layout: WorkbookLayout, existing: ExistingSpreadsheet, tag: string, maxBytes = MAX_PAYLOAD_BYTES): StagePlan {
  const leftovers = existing.sheets.filter((s) => s.title.startsWith(STAGING_PREFIX));
  const kept = existing.sheets.filter((s) => !s.title.startsWith(STAGING_PREFIX));
  let nextId = Math.max(0, ...existing.sheets.map((s) => s.sheetId)) + 1;
  const staged: StagedSheet[] = layout.sheets.map((sheet, i) => ({
    layout: sheet,
    sheetId: nextId++,
    stagingTitle: `${STAGING_PREFIX}${i + 1} ${tag}`,
    size: gridSize(sheet),
  }));
  const cells = staged.reduce((n, t) => n + t.size.rowCount * t.size.columnCount, 0);
  // During the swap the old sheets and the new ones are both in the file.
  const during = cells + kept.reduce((n, s) => n + s.cells, 0);
  if (cells > MAX_CELLS_PER_SPREADSHEET || during > MAX_CELLS_PER_SPREADSHEET) {
    throw new CellLimitError(
      `"${layout.title}" ต้องใช้ ${cells.toLocaleString('en-US')} เซลล์ (ระหว่างสลับเนื้อหาใหม่ ${during.toLocaleString('en-US')} เซลล์) เกินขีดจำกัด ${MAX_CELLS_PER_SPREADSHEET.toLocaleString('en-US')} เซลล์ต่อไฟล์ของ Google Sheets`,
    );
  }
  const add: Request[] = [
    ...leftovers.map((s) => ({ deleteSheet: { sheetId: s.sheetId } })),
    ...staged.map((t) => ({
      addSheet: { properties: { sheetId: t.sheetId, title: t.stagingTitle, hidden: true, gridProperties: t.size } },
    })),
  ];
  const format = batches(
    staged.flatMap((t) => formatRequests(t.layout, t.sheetId, t.size)),
    maxBytes,
  );
  // Usually everything fits in one request: then the formats travel with the sheets they format.
  if (format.length === 1 && Buffer.byteLength(JSON.stringify([...add, ...format[0]!])) < maxBytes - 1024) {
    return { add: [...add, ...format[0]!], format: [], staged, cells, kept };
  }
  return { add, format, staged, cells, kept };
}

/**
 * Sheets another writer puts into the same province file and the swap must leave alone: the Apps Script menu's QR
 * sheet (apps-script/qr-sheets.ts), which remembers what it wrote and would not know the function had removed it.
 */
export const SHEETS_OF_OTHER_WRITERS: ReadonlySet<string> = new Set([qrCardsSheet.name]);

/** The one batchUpdate that shows the new content: old sheets out, staged sheets titled, ordered, protected, shown. */
export function planSwap(layout: WorkbookLayout, existing: ExistingSpreadsheet, staged: readonly StagedSheet[]): Request[] {
  const stagedIds = new Set(staged.map((t) => t.sheetId));
  const requests: Request[] = [];
  if (existing.title !== layout.title) {
    requests.push({ updateSpreadsheetProperties: { properties: { title: layout.title }, fields: 'title' } });
  }
  // Shown first (a spreadsheet must keep a visible sheet), then the old ones go, then the new take their titles.
  for (const t of staged) requests.push({ updateSheetProperties: { properties: { sheetId: t.sheetId, hidden: false }, fields: 'hidden' } });
  const titles = new Set(layout.sheets.map((sheet) => sheet.name));
  for (const s of existing.sheets) {
    if (stagedIds.has(s.sheetId) || (SHEETS_OF_OTHER_WRITERS.has(s.title) && !titles.has(s.title))) continue;
    requests.push({ deleteSheet: { sheetId: s.sheetId } });
  }
  staged.forEach((t, index) => {
    requests.push({ updateSheetProperties: { properties: { sheetId: t.sheetId, title: t.layout.name, index }, fields: 'title,index' } });
    if (t.layout.protect) requests.push(protectRequest(t.layout, t.sheetId));
  });
  return requests;
}

/**
 * The staged sheets' values as `values.batchUpdate` bodies of at most about `maxBytes` of JSON each, built one
 * at a time so a national file never holds all its cells twice in memory.
 */
export function* valueBatches(
  staged: readonly StagedSheet[],
  maxBytes = MAX_PAYLOAD_BYTES,
): Generator<{ data: ValueRange[]; cells: number; truncated: number }> {
  // Room for the request's envelope and each range's own fields.
  const budget = maxBytes - 1024;
  let data: ValueRange[] = [];
  let bytes = 0;
  let cells = 0;
  let truncated = 0;
  for (const t of staged) {
    const kinds = t.layout.columns.map((col) => col.kind ?? 'text');
    const columnCount = t.size.columnCount;
    let block: Array<Array<string | number | boolean | null>> = [];
    let blockStart = 0;
    const flush = () => {
      if (!block.length) return;
      data.push({ range: a1Range(t.stagingTitle, blockStart, blockStart + block.length, columnCount), majorDimension: 'ROWS', values: block });
      block = [];
      bytes += 200;
    };
    const rowsOf = function* () {
      for (const line of t.layout.preamble ?? []) yield [line] as Array<string | number | boolean | null>;
      yield t.layout.columns.map((col) => col.header);
      for (const row of t.layout.rows) yield row.map((v, c) => storedValue(v, kinds[c] ?? 'text'));
    };
    // Cells that hold a SPARKLINE (written with the formats, see formatRequests) are sent as null, which the API
    // skips (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange).
    const bars = t.layout.bars;
    const firstDataRow = (t.layout.preamble?.length ?? 0) + 1;
    let r = 0;
    for (const source of rowsOf()) {
      const barColumn = bars?.rows[r - firstDataRow] ? bars.column : -1;
      const row = source.map((v, c) => {
        if (c === barColumn) return null;
        const { value, cut } = cellValue(v);
        if (cut) truncated++;
        return value;
      });
      const rowBytes = Buffer.byteLength(JSON.stringify(row)) + 1;
      if (rowBytes > budget) throw new Error(`row ${r + 1} of "${t.layout.name}" is larger than one request may be (${rowBytes} bytes)`);
      if (bytes + rowBytes > budget) {
        flush();
        yield { data, cells, truncated };
        data = [];
        bytes = 0;
        cells = 0;
        truncated = 0;
      }
      if (!block.length) blockStart = r;
      block.push(row);
      bytes += rowBytes;
      cells += row.length;
      r++;
    }
    flush();
  }
  if (data.length) yield { data, cells, truncated };
}

/** Splits requests into batches whose JSON stays under maxBytes. */
function batches(requests: Request[], maxBytes: number): Request[][] {
  const out: Request[][] = [];
  let current: Request[] = [];
  let bytes = 0;
  for (const request of requests) {
    const size = Buffer.byteLength(JSON.stringify(request)) + 1;
    if (current.length && bytes + size > maxBytes - 1024) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(request);
    bytes += size;
  }
  if (current.length) out.push(current);
  return out;
}

type GridSize = ReturnType<typeof gridSize>;

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

// The print set-up is not sent: the Sheets API has no page set-up (SheetProperties and GridProperties hold no paper,
// orientation, scale or margins: https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#SheetProperties;
// Google's open feature request for print options in exports: https://issuetracker.google.com/issues/79378403).
// People choose them in Sheets' print dialog, whose "Repeat frozen rows" repeats the title and header rows we freeze. Data rows with wrapped text are left to Sheets, which fits a row's height to its wrapped
// cells unless the row was given a height; the header row is given its height, as in the XLSX output.
function formatRequests(sheet: SheetLayout, sheetId: number, size: GridSize): Request[] {
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
      updateDimensionProperties: {
        range: { sheetId, dimension: 'ROWS', startIndex: headerRow, endIndex: headerRow + 1 },
        properties: { pixelSize: pointsToPixels(headerRowHeight(sheet.columns)) },
        fields: 'pixelSize',
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
    requests.push(...lookRequests(sheet, sheetId, dataRows));
    sheet.columns.forEach((col, c) => {
      if (!col.validation) return;
      requests.push({
        setDataValidation: { range: { ...dataRows, startColumnIndex: c, endColumnIndex: c + 1 }, rule: validationRule(col.validation) },
      });
    });
  }
  return requests;
}

/**
 * The data rows' look, as in the XLSX output: long text wrapped (and every cell of such a sheet at the top of its
 * row), each run of rows of one tone coloured across, and the progress bars drawn by SPARKLINE.
 */
function lookRequests(sheet: SheetLayout, sheetId: number, dataRows: GridRange): Request[] {
  const requests: Request[] = [];
  const columns = sheet.columns.length;
  const wrapped = runs(sheet.columns.map((col) => col.wrap === true)).filter((run) => run.value);
  if (wrapped.length) {
    requests.push({
      repeatCell: {
        range: { ...dataRows, startColumnIndex: 0, endColumnIndex: columns },
        cell: { userEnteredFormat: { verticalAlignment: 'TOP' } },
        fields: 'userEnteredFormat.verticalAlignment',
      },
    });
    for (const run of wrapped) {
      requests.push({
        repeatCell: {
          range: { ...dataRows, startColumnIndex: run.start, endColumnIndex: run.end },
          cell: { userEnteredFormat: { wrapStrategy: 'WRAP' } },
          fields: 'userEnteredFormat.wrapStrategy',
        },
      });
    }
  }
  const firstDataRow = dataRows.startRowIndex!;
  for (const run of toneRuns(sheet.tones)) {
    const { fill, font, bold } = TONE_COLOURS[run.tone];
    requests.push({
      repeatCell: {
        range: { sheetId, startRowIndex: firstDataRow + run.start, endRowIndex: firstDataRow + run.end, startColumnIndex: 0, endColumnIndex: columns },
        cell: { userEnteredFormat: { backgroundColor: apiColour(fill), textFormat: { foregroundColor: apiColour(font), bold: bold ?? false } } },
        fields: 'userEnteredFormat(backgroundColor,textFormat(foregroundColor,bold))',
      },
    });
  }
  sheet.bars?.rows.forEach((bar, r) => {
    if (!bar) return;
    requests.push({
      updateCells: {
        start: { sheetId, rowIndex: firstDataRow + r, columnIndex: sheet.bars!.column },
        rows: [{ values: [{ userEnteredValue: { formulaValue: sparklineFormula(bar.done, bar.total) } }] }],
        fields: 'userEnteredValue',
      },
    });
  });
  return requests;
}

/** As in the XLSX output: the whole sheet is protected except the data cells of columns meant for input. */
function protectRequest(sheet: SheetLayout, sheetId: number): Request {
  const preambleRows = sheet.preamble?.length ?? 0;
  const dataRows: GridRange = { sheetId, startRowIndex: preambleRows + 1, endRowIndex: preambleRows + 1 + sheet.rows.length };
  const unprotectedRanges = sheet.rows.length
    ? runs(sheet.columns.map((col) => !col.locked))
        .filter((run) => run.value)
        .map((run) => ({ ...dataRows, startColumnIndex: run.start, endColumnIndex: run.end }))
    : [];
  return {
    addProtectedRange: {
      protectedRange: {
        range: { sheetId },
        description: 'คอลัมน์ที่กรอกไว้ให้แล้วแก้ไขไม่ได้ กรอกได้เฉพาะช่องข้อมูลที่เปิดไว้',
        warningOnly: false,
        unprotectedRanges,
      },
    },
  };
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

function cellValue(v: string | number | boolean | null): { value: string | number | boolean; cut: boolean } {
  if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return { value: '', cut: false };
  if (typeof v === 'string' && v.length > MAX_CELL_CHARACTERS) return { value: v.slice(0, MAX_CELL_CHARACTERS - 1) + '…', cut: true };
  return { value: v, cut: false };
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
