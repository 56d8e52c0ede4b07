/**
 * Google Sheets through the API: read sheets as Grids in row windows, render WorkbookLayouts in place without a
 * blank window (see layout-requests.ts for the stage, fill, swap plan).
 */
import type { Grid } from '../sheets-schema/cell';
import type { WorkbookLayout } from '../sheets-schema/workbook';
import { a1Range, a1WholeSheet } from '../sheets-schema/a1';
import { failureKind, httpStatus, type GoogleApi } from './google-api';
import { MAX_PAYLOAD_BYTES, planStage, planSwap, valueBatches, type ExistingSpreadsheet, type StagedSheet } from './layout-requests';
import type { sheets_v4 } from 'googleapis/build/src/apis/sheets/v4';

export interface SheetSize {
  title: string;
  rowCount: number;
  columnCount: number;
}

export async function sheetSizes(api: GoogleApi, spreadsheetId: string): Promise<SheetSize[]> {
  const data = await api.call(
    'sheetsRead',
    'sheets.spreadsheets.get',
    () => api.sheets.spreadsheets.get({ spreadsheetId, fields: 'sheets.properties(title,gridProperties(rowCount,columnCount))' }),
    'safe',
  );
  return (data.sheets ?? []).map((s) => ({
    title: s.properties?.title ?? '',
    rowCount: s.properties?.gridProperties?.rowCount ?? 0,
    columnCount: s.properties?.gridProperties?.columnCount ?? 0,
  }));
}

export interface ReadStats {
  requests: number;
  /** The largest response body, as JSON bytes. */
  largestResponseBytes: number;
}

/** A first guess of a row's size before any has been read: generous, so the first window stays small. */
const GUESS_BYTES_PER_CELL = 80;

/**
 * How every reader of this adapter asks for cell values: rows, values as stored (numbers as numbers, not as shown),
 * dates as serial numbers. One setting, so that a grid reads the same whichever call read it.
 */
export const READ_VALUES = {
  majorDimension: 'ROWS',
  valueRenderOption: 'UNFORMATTED_VALUE',
  dateTimeRenderOption: 'SERIAL_NUMBER',
} as const;

/**
 * Reads one sheet in windows of rows sized so that each response stays under `maxBytes` (the first window from a
 * generous guess, the next ones from the bytes per row seen so far). Values unformatted: numbers as numbers, and
 * dates as spreadsheet serial numbers, which core/dates reads as Bangkok wall time. Row positions are kept
 * (blank rows included), so messages name the sheet's own row numbers.
 */
export async function readSheet(api: GoogleApi, spreadsheetId: string, size: SheetSize, maxBytes = MAX_PAYLOAD_BYTES, stats?: ReadStats): Promise<Grid> {
  const grid: Grid = [];
  const columns = Math.max(size.columnCount, 1);
  let bytesPerRow = columns * GUESS_BYTES_PER_CELL;
  let row = 0;
  while (row < size.rowCount) {
    const count = Math.max(1, Math.min(size.rowCount - row, Math.floor((0.8 * maxBytes) / bytesPerRow)));
    const range = a1Range(size.title, row, row + count, columns);
    const data = await api.call(
      'sheetsRead',
      'sheets.spreadsheets.values.get',
      () =>
        api.sheets.spreadsheets.values.get({
          spreadsheetId,
          range,
          ...READ_VALUES,
          fields: 'values',
        }),
      'safe',
    );
    const values = (data.values ?? []) as Grid;
    const bytes = Buffer.byteLength(JSON.stringify(values));
    if (stats) {
      stats.requests++;
      stats.largestResponseBytes = Math.max(stats.largestResponseBytes, bytes);
    }
    for (let i = 0; i < count; i++) grid.push(values[i] ?? []);
    if (values.length) bytesPerRow = Math.max(bytesPerRow * 0.5, bytes / values.length, 8);
    row += count;
  }
  while (grid.length && grid[grid.length - 1]!.length === 0) grid.pop();
  return grid;
}

export type GridsRead = { ok: true; grids: Map<string, Grid> } | { ok: false; missingSheets: string[]; message: string };

/**
 * Reads the named sheets (those in `optional` may be absent) of the source spreadsheet; a missing required sheet
 * is named in Thai and nothing else is read.
 */
export async function readSheets(
  api: GoogleApi,
  spreadsheetId: string,
  required: readonly string[],
  optional: readonly string[] = [],
  maxBytes = MAX_PAYLOAD_BYTES,
  stats?: ReadStats,
): Promise<GridsRead> {
  const sizes = new Map((await sheetSizes(api, spreadsheetId)).map((s) => [s.title, s]));
  const missingSheets = required.filter((n) => !sizes.has(n));
  if (missingSheets.length) {
    return {
      ok: false,
      missingSheets,
      message: missingSheets.map((n) => `ไม่พบแผ่นงาน "${n}" ในสเปรดชีตต้นทาง (อาจถูกลบหรือเปลี่ยนชื่อ) กรุณาตรวจสอบชื่อแผ่นงาน`).join('\n'),
    };
  }
  const grids = new Map<string, Grid>();
  for (const name of [...required, ...optional]) {
    const size = sizes.get(name);
    if (size && !grids.has(name)) grids.set(name, await readSheet(api, spreadsheetId, size, maxBytes, stats));
  }
  return { ok: true, grids };
}

export type GridsInOneRead = { ok: true; grids: Grid[] } | { ok: false; missingSheets: string[]; message: string };

/**
 * Reads whole small sheets by name in one `values.batchGet` (for inputs known to be small; the rebuild's source,
 * which is not, goes through readSheets). A missing sheet makes the whole batch fail with 400; only then is it
 * worth a second request to say which, in Thai.
 */
export async function readGrids(api: GoogleApi, spreadsheetId: string, sheetNames: readonly string[]): Promise<GridsInOneRead> {
  try {
    const data = await api.call(
      'sheetsRead',
      'sheets.spreadsheets.values.batchGet',
      () =>
        api.sheets.spreadsheets.values.batchGet({
          spreadsheetId,
          ranges: sheetNames.map(a1WholeSheet),
          ...READ_VALUES,
          fields: 'valueRanges(values)',
        }),
      'safe',
    );
    const ranges = data.valueRanges ?? [];
    return { ok: true, grids: sheetNames.map((_, i) => (ranges[i]?.values ?? []) as Grid) };
  } catch (e) {
    if (httpStatus(e) !== 400) throw e;
    const titles = await sheetTitles(api, spreadsheetId);
    const missingSheets = sheetNames.filter((n) => !titles.includes(n));
    if (!missingSheets.length) throw e;
    return {
      ok: false,
      missingSheets,
      message: missingSheets.map((n) => `ไม่พบแผ่นงาน "${n}" ในสเปรดชีตต้นทาง (อาจถูกลบหรือเปลี่ยนชื่อ) กรุณาตรวจสอบชื่อแผ่นงาน`).join('\n'),
    };
  }
}

export async function sheetTitles(api: GoogleApi, spreadsheetId: string): Promise<string[]> {
  return (await sheetSizes(api, spreadsheetId)).map((s) => s.title);
}

export interface RenderStats {
  sheets: number;
  cells: number;
  truncatedCells: number;
  requests: number;
}

export interface RenderOptions {
  maxBytes?: number;
  /** Unique per attempt (e.g. the run's id): staged titles carry it. */
  tag: string;
}

/**
 * Makes the spreadsheet hold exactly the layout, the new content appearing in one step: staged in hidden sheets,
 * filled, then swapped in with one batchUpdate. A failure before the swap leaves the previous content in view
 * (and hidden staged sheets, which the next render removes).
 */
export async function renderWorkbook(
  api: GoogleApi,
  spreadsheetId: string,
  layout: WorkbookLayout,
  { maxBytes = MAX_PAYLOAD_BYTES, tag }: RenderOptions,
): Promise<RenderStats> {
  const before = api.requestCount;
  const existing = await readStructure(api, spreadsheetId);
  const plan = planStage(layout, existing, tag, maxBytes);
  await applyOnce(api, spreadsheetId, plan.add, (now) =>
    plan.staged.every((t) => now.sheets.some((s) => s.sheetId === t.sheetId && s.title === t.stagingTitle)),
  );
  for (const batch of plan.format) await batchUpdate(api, spreadsheetId, batch, 'safe');
  let truncatedCells = 0;
  for (const batch of valueBatches(plan.staged, maxBytes)) {
    truncatedCells += batch.truncated;
    // The same values into the same cells: repeating changes nothing.
    await writeValues(api, spreadsheetId, batch.data);
  }
  // What the file holds now: its previous sheets and the staged ones (no need to ask).
  const staged: ExistingSpreadsheet = {
    title: existing.title,
    sheets: [...plan.kept, ...plan.staged.map((t) => ({ sheetId: t.sheetId, title: t.stagingTitle, cells: 0 }))],
  };
  await applyOnce(api, spreadsheetId, planSwap(layout, staged, plan.staged), (now) => swapped(now, plan.staged));
  return { sheets: layout.sheets.length, cells: plan.cells, truncatedCells, requests: api.requestCount - before };
}

function swapped(now: ExistingSpreadsheet, staged: readonly StagedSheet[]): boolean {
  return now.sheets.length === staged.length && staged.every((t, i) => now.sheets[i]?.sheetId === t.sheetId && now.sheets[i]?.title === t.layout.name);
}

/**
 * Sends a batchUpdate that must not be applied twice. If the answer is lost or a 5xx comes back, Google may
 * have applied it (a batchUpdate is all or nothing): the spreadsheet is read again and `applied` decides; only
 * if it was not is it sent again.
 */
async function applyOnce(
  api: GoogleApi,
  spreadsheetId: string,
  requests: ReadonlyArray<object>,
  applied: (now: ExistingSpreadsheet) => boolean,
): Promise<void> {
  if (!requests.length) return;
  for (let attempt = 0; ; attempt++) {
    try {
      await batchUpdate(api, spreadsheetId, requests, 'refusedOnly');
      return;
    } catch (e) {
      if (failureKind(e) !== 'transient' || attempt >= 2) throw e;
      if (applied(await readStructure(api, spreadsheetId))) return;
    }
  }
}

/**
 * Writes value ranges in one `values.batchUpdate`, RAW: a text starting with `=` or a digit stays the text it is.
 * Retried as 'safe': the same values into the same cells change nothing when repeated.
 */
export async function writeValues(api: GoogleApi, spreadsheetId: string, data: sheets_v4.Schema$ValueRange[]): Promise<void> {
  await api.call(
    'sheetsWrite',
    'sheets.spreadsheets.values.batchUpdate',
    () =>
      api.sheets.spreadsheets.values.batchUpdate({
        spreadsheetId,
        fields: 'totalUpdatedCells',
        requestBody: { valueInputOption: 'RAW', data, includeValuesInResponse: false },
      }),
    'safe',
  );
}

async function batchUpdate(api: GoogleApi, spreadsheetId: string, requests: ReadonlyArray<object>, mode: 'safe' | 'refusedOnly'): Promise<void> {
  await api.call(
    'sheetsWrite',
    'sheets.spreadsheets.batchUpdate',
    () => api.sheets.spreadsheets.batchUpdate({ spreadsheetId, fields: 'spreadsheetId', requestBody: { requests: requests as object[] } }),
    mode,
  );
}

export async function readStructure(api: GoogleApi, spreadsheetId: string): Promise<ExistingSpreadsheet> {
  const data = await api.call(
    'sheetsRead',
    'sheets.spreadsheets.get',
    () => api.sheets.spreadsheets.get({ spreadsheetId, fields: 'properties.title,sheets.properties(sheetId,title,gridProperties(rowCount,columnCount))' }),
    'safe',
  );
  return {
    title: data.properties?.title ?? '',
    sheets: (data.sheets ?? []).map((s) => ({
      sheetId: s.properties?.sheetId ?? 0,
      title: s.properties?.title ?? '',
      cells: (s.properties?.gridProperties?.rowCount ?? 0) * (s.properties?.gridProperties?.columnCount ?? 0),
    })),
  };
}
