/** A cell value as every runtime hands it over: CSV gives strings, XLSX and SpreadsheetApp add numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null;

/** A sheet as a plain grid, header row first. */
export type Grid = Cell[][];

/** Cell to trimmed-free display string; dates keep ISO form so nothing is lost. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isNaN(cell.getTime()) ? '' : cell.toISOString();
  return String(cell);
}
