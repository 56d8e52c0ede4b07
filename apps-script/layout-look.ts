/**
 * A layout's look in SpreadsheetApp, as the XLSX output shows it: the header row wrapped when its Thai does not fit
 * the widths, long text wrapped, each tone's rows coloured across (bold where the tone is), progress drawn as a
 * SPARKLINE bar. Few calls, whatever the size: one RangeList call per tone (all its runs of rows) and one for all
 * wrapping. These are formats, so they go with the sheet's content: `writeLayoutInto` clears and writes both
 * together, and the rebuild rewrites a sheet only when its layout changed.
 *
 * Left out to save calls (each a structure call, 200 ms typical, on every sheet written): the tones' font colours
 * and the vertical alignments the XLSX output sets (a national first rebuild with them made 945 calls more, about
 * 3 modelled minutes). The Sheets API writer sets them, in the batch it sends anyway.
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
  if (headerRowHeight(layout.columns) > ONE_LINE_HEADER) wrapped.push(`A${headerRow}:${lastColumn}${headerRow}`);
  if (rows > 0) {
    layout.columns.forEach((col, c) => {
      if (col.wrap) wrapped.push(`${columnLetters(c)}${firstDataRow}:${columnLetters(c)}${headerRow + rows}`);
    });
  }
  if (wrapped.length) sheet.getRangeList(wrapped).setWrap(true);
  applyTones(sheet, layout, headerRow);
}

/** Colours each tone's runs of data rows across the layout's columns: one RangeList call per tone (two if bold). */
export function applyTones(sheet: Sheet, layout: SheetLayout, headerRow: number): void {
  const width = layout.columns.length;
  if (width === 0) return;
  const lastColumn = columnLetters(width - 1);
  const firstDataRow = headerRow + 1;
  const byTone = new Map<Tone, string[]>();
  for (const run of toneRuns(layout.tones)) {
    const list = byTone.get(run.tone) ?? [];
    list.push(`A${firstDataRow + run.start}:${lastColumn}${firstDataRow + run.end - 1}`);
    byTone.set(run.tone, list);
  }
  for (const [tone, ranges] of byTone) {
    const { fill, bold } = TONE_COLOURS[tone];
    const list = sheet.getRangeList(ranges).setBackground(cssColour(fill));
    if (bold) list.setFontWeight('bold');
  }
}
