/**
 * Google Sheets through the API: read sheets as Grids, render WorkbookLayouts. Reads take one request for
 * any number of sheets; a render takes three (read the current sheets, one structural batch, one RAW write).
 */
import type { Grid } from '../sheets-schema/cell';
import type { WorkbookLayout } from '../sheets-schema/workbook';
import { a1WholeSheet } from './a1';
import type { GoogleApi } from './google-api';
import { planRender, type ExistingSpreadsheet } from './layout-requests';

export type GridsRead =
  | { ok: true; grids: Grid[] }
  | { ok: false; missingSheets: string[]; message: string };

/**
 * Reads whole sheets by name in one `values.batchGet`, values unformatted: numbers as numbers, and dates as
 * spreadsheet serial numbers, which core/dates reads as Bangkok wall time. Serials do not depend on the
 * spreadsheet's locale; formatted date text would (an en_US sheet shows 8/6/2026 for 6 August).
 */
export async function readGrids(api: GoogleApi, spreadsheetId: string, sheetNames: readonly string[]): Promise<GridsRead> {
  try {
    const data = await api.call('sheetsRead', 'sheets.spreadsheets.values.batchGet', () =>
      api.sheets.spreadsheets.values.batchGet({
        spreadsheetId,
        ranges: sheetNames.map(a1WholeSheet),
        majorDimension: 'ROWS',
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
        fields: 'valueRanges(values)',
      }),
    );
    const ranges = data.valueRanges ?? [];
    return { ok: true, grids: sheetNames.map((_, i) => (ranges[i]?.values ?? []) as Grid) };
  } catch (e) {
    // A missing sheet makes the whole batch fail with 400; only then is it worth a second request to say which.
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
  const data = await api.call('sheetsRead', 'sheets.spreadsheets.get', () =>
    api.sheets.spreadsheets.get({ spreadsheetId, fields: 'sheets.properties.title' }),
  );
  return (data.sheets ?? []).map((s) => s.properties?.title ?? '');
}

export interface RenderStats {
  sheets: number;
  cells: number;
  truncatedCells: number;
}

/**
 * Makes the spreadsheet hold exactly the layout: its sheets in order (existing ones reused, so links to them
 * keep working), others deleted, every value written RAW.
 */
export async function renderWorkbook(api: GoogleApi, spreadsheetId: string, layout: WorkbookLayout): Promise<RenderStats> {
  const existing = await readStructure(api, spreadsheetId);
  const plan = planRender(layout, existing);
  await api.call('sheetsWrite', 'sheets.spreadsheets.batchUpdate', () =>
    api.sheets.spreadsheets.batchUpdate({ spreadsheetId, fields: 'spreadsheetId', requestBody: { requests: plan.requests } }),
  );
  await api.call('sheetsWrite', 'sheets.spreadsheets.values.batchUpdate', () =>
    api.sheets.spreadsheets.values.batchUpdate({
      spreadsheetId,
      fields: 'totalUpdatedCells',
      requestBody: { valueInputOption: 'RAW', data: plan.data, includeValuesInResponse: false },
    }),
  );
  return { sheets: layout.sheets.length, cells: plan.cells, truncatedCells: plan.truncatedCells };
}

async function readStructure(api: GoogleApi, spreadsheetId: string): Promise<ExistingSpreadsheet> {
  const data = await api.call('sheetsRead', 'sheets.spreadsheets.get', () =>
    api.sheets.spreadsheets.get({
      spreadsheetId,
      fields: 'properties.title,sheets(properties(sheetId,title),protectedRanges.protectedRangeId)',
    }),
  );
  return {
    title: data.properties?.title ?? '',
    sheets: (data.sheets ?? []).map((s) => ({
      sheetId: s.properties?.sheetId ?? 0,
      title: s.properties?.title ?? '',
      protectedRangeIds: (s.protectedRanges ?? []).map((p) => p.protectedRangeId!).filter((id) => id !== undefined),
    })),
  };
}

export function httpStatus(e: unknown): number | undefined {
  return (e as { response?: { status?: number } })?.response?.status;
}
