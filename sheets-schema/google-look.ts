/**
 * What the two Google writers (Apps Script's SpreadsheetApp and the Sheets API) share to render a layout's look:
 * its row tones as runs of rows, its progress bars as SPARKLINE formulas, its heights in pixels. The XLSX writer
 * renders the same data its own way (scripts/local/write-workbook.ts).
 */
import { TONE_COLOURS, type SheetLayout, type Tone } from './workbook';

/** Consecutive data rows (0-based, end exclusive) of one tone: one format call or request per run, not per row. */
export interface ToneRun {
  tone: Tone;
  start: number;
  end: number;
}

export function toneRuns(tones: SheetLayout['tones']): ToneRun[] {
  const runs: ToneRun[] = [];
  (tones ?? []).forEach((tone, row) => {
    if (!tone) return;
    const last = runs[runs.length - 1];
    if (last && last.tone === tone && last.end === row) last.end = row + 1;
    else runs.push({ tone, start: row, end: row + 1 });
  });
  return runs;
}

/** The bar's colours: done in the `good` tone's dark green, still to do in light grey (both read in grey-scale). */
export const BAR_COLOURS = { done: TONE_COLOURS.good.font, left: 'BFBFBF' } as const;

/**
 * A progress bar drawn by Google Sheets in its cell: a stacked bar of done and still to do, as wide as the cell
 * (https://support.google.com/docs/answer/3093289: charttype "bar", "max", "color1"/"color2"). Function names and
 * separators are the en_US ones, which Sheets accepts from a script or the API in every locale that writes decimals
 * with a point (th_TH does). An empty block (nothing to do) is shown full, as the text bar is.
 */
export function sparklineFormula(done: number, total: number): string {
  const [d, t] = total > 0 ? [done, total] : [1, 1];
  return `=SPARKLINE({${d},${t - d}},{"charttype","bar";"max",${t};"color1","#${BAR_COLOURS.done}";"color2","#${BAR_COLOURS.left}"})`;
}

/** Points to screen pixels (96 per inch against 72): Sheets sizes rows in pixels, the layout gives points. */
export function pointsToPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

/** `#rrggbb`, as SpreadsheetApp takes colours. */
export function cssColour(hex: string): string {
  return `#${hex.toLowerCase()}`;
}

/** The Sheets API's Color: red, green and blue in [0, 1] (https://developers.google.com/workspace/sheets/api/reference/rest/v4/other#Color). */
export function apiColour(hex: string): { red: number; green: number; blue: number } {
  const channel = (i: number) => Number.parseInt(hex.slice(i, i + 2), 16) / 255;
  return { red: channel(0), green: channel(2), blue: channel(4) };
}
