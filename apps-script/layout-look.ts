/**
 * A layout's look in SpreadsheetApp, as the XLSX output shows it: the header row wrapped when its Thai does not fit
 * the widths, long text wrapped with the row's cells at its top, each tone's rows coloured across, progress drawn as
 * a SPARKLINE bar. Few calls, whatever the size: one RangeList per tone (all its runs of rows) and one per wrap,
 * each call a whole range. These are formats, so they go with the sheet's content: `writeLayoutInto` clears and
 * writes both together, and the rebuild rewrites a sheet only when its layout changed.
 *
 * Row heights are left to Sheets, which fits a row to its wrapped text unless a height was forced
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setRowHeightsForced(Integer,Integer,Integer)).
 */
import { columnLetters } from '../sheets-schema/a1';
import { cssColour, sparklineFormula, toneRuns } from '../sheets-schema/google-look';
import { headerRowHeight, TONE_COLOURS, type SheetLayout, type Tone } from '../sheets-schema/workbook';
import type { Sheet } from './services';

/** headerRowHeight of a header that fits on one line. */
const ONE_LINE_HEADER = headerRowHeight([]);

/** The SPARKLINE formula for a data row's cell, or null when that cell has no bar. */
export function barFormula(layout: SheetLayout, row: number, column: number): string | null {
  const bar = layout.bars?.column === column ? layout.bars.rows[row] : null;
  return bar ? sparklineFormula(bar.done, bar.total) : null;
}

/** Formats the header and data rows of a sheet just written from `layout` (its header at `headerRow`, 1-based). */
export function applyLook(sheet: Sheet, layout: SheetLayout, headerRow: number): void {
  const width = layout.columns.length;
  const rows = layout.rows.length;
  if (width === 0) return;
  const lastColumn = columnLetters(width - 1);
  const firstDataRow = headerRow + 1;

  const wrapped: string[] = [];
  if (headerRowHeight(layout.columns) > ONE_LINE_HEADER) {
    wrapped.push(`A${headerRow}:${lastColumn}${headerRow}`);
    sheet.getRange(headerRow, 1, 1, width).setVerticalAlignment('middle');
  }
  const wrappedColumns = layout.columns.flatMap((col, c) => (col.wrap ? [c] : []));
  if (rows > 0 && wrappedColumns.length) {
    for (const c of wrappedColumns) wrapped.push(`${columnLetters(c)}${firstDataRow}:${columnLetters(c)}${headerRow + rows}`);
    sheet.getRange(firstDataRow, 1, rows, width).setVerticalAlignment('top');
  }
  if (wrapped.length) sheet.getRangeList(wrapped).setWrap(true);

  const byTone = new Map<Tone, string[]>();
  for (const run of toneRuns(layout.tones)) {
    const list = byTone.get(run.tone) ?? [];
    list.push(`A${firstDataRow + run.start}:${lastColumn}${firstDataRow + run.end - 1}`);
    byTone.set(run.tone, list);
  }
  for (const [tone, ranges] of byTone) {
    const { fill, font, bold } = TONE_COLOURS[tone];
    const list = sheet.getRangeList(ranges).setBackground(cssColour(fill)).setFontColor(cssColour(font));
    if (bold) list.setFontWeight('bold');
  }
}
