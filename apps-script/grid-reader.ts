import type { Grid } from '../sheets-schema/cell';
import type { Sheet, Spreadsheet } from './services';

/**
 * A whole sheet as a Grid (header row first) in one read: the data range, row 1 to the last row with content.
 * Never read row by row: every call is a round trip to Sheets.
 */
export function readGrid(sheet: Sheet): Grid {
  return sheet.getDataRange().getValues() as Grid;
}

/**
 * The sheet a Google Form sends its responses to: the one that knows its form (`getFormUrl`), else, for responses
 * imported by hand, the sheet with the given name.
 */
export function findResponsesSheet(spreadsheet: Spreadsheet, fallbackName: string): Sheet | null {
  const sheets = spreadsheet.getSheets();
  return sheets.find((s) => s.getFormUrl()) ?? sheets.find((s) => s.getName() === fallbackName) ?? null;
}
