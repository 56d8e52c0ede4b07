/**
 * A1 notation as the Sheets API wants it, shared by functions/ and the Apps Script fakes (getA1Notation). Sheet
 * names are always quoted: Thai names, spaces and punctuation would otherwise make the API fail with "Unable to
 * parse range".
 */

export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The block of `rows` × `columns` cells starting at A1 of `sheet`, e.g. `'สรุป'!A1:C10`. */
export function a1Block(sheet: string, rows: number, columns: number): string {
  return `${quoteSheetName(sheet)}!A1:${columnLetters(Math.max(columns, 1) - 1)}${Math.max(rows, 1)}`;
}

/** The whole sheet: a bare quoted name covers every cell, whatever the grid size. */
export function a1WholeSheet(sheet: string): string {
  return quoteSheetName(sheet);
}

/** Rows [startRow, endRow) (0-based) and the first `columns` columns of `sheet`, e.g. `'สรุป'!A3:C10`. */
export function a1Range(sheet: string, startRow: number, endRow: number, columns: number): string {
  return `${quoteSheetName(sheet)}!A${startRow + 1}:${columnLetters(Math.max(columns, 1) - 1)}${Math.max(endRow, startRow + 1)}`;
}
