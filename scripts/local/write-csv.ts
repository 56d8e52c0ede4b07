import { open } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { formatBangkokIso } from '../../core/dates/format';
import type { Cell } from '../../sheets-schema/cell';

/** Rows turned into text and written at a time: the whole file is never one string (registrations.csv: 15 MB). */
const BATCH_ROWS = 2000;

export interface WriteCsvOptions {
  /**
   * Keep every value verbatim, formula-like ones included. Only for files that stand in for someone else's export
   * (the demo's generated inputs play Google's download, which is raw); never for what the product hands to people.
   */
  raw?: boolean;
}

/**
 * Writes a CSV with a UTF-8 BOM (without it Excel reads Thai as mojibake) and CRLF line ends (RFC 4180). People open
 * these files in Excel, so a value that Excel would run as a formula is neutralised as OWASP's "CSV Injection" page
 * recommends (https://owasp.org/www-community/attacks/CSV_Injection): a cell starting with =, +, -, @, a tab or a
 * carriage return gets a leading single quote, which Excel and LibreOffice show as text. Plain numbers (-5, +0.5)
 * are left alone: they cannot run anything. Dates are written in Bangkok time, ISO 8601 with +07:00.
 */
export async function writeCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>, path: string, options: WriteCsvOptions = {}): Promise<void> {
  const text = options.raw ? rawText : safeText;
  const file = await open(path, 'w');
  try {
    await file.write(stringify([header.map(text)], { bom: true, record_delimiter: 'windows' }), null, 'utf8');
    for (let start = 0; start < rows.length; start += BATCH_ROWS) {
      const records = rows.slice(start, start + BATCH_ROWS).map((row) => row.map(text));
      await file.write(stringify(records, { record_delimiter: 'windows' }), null, 'utf8');
    }
  } finally {
    await file.close();
  }
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function rawText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isNaN(cell.getTime()) ? '' : formatBangkokIso(cell);
  return String(cell);
}

/** A cell's text, neutralised when a spreadsheet would read it as a formula. */
export function safeText(cell: Cell | undefined): string {
  const text = rawText(cell);
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
