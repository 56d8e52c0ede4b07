import { open } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { cellText, type Cell } from '../../sheets-schema/cell';

/** Rows turned into text and written at a time: the whole file is never one string (registrations.csv: 15 MB). */
const BATCH_ROWS = 2000;

/**
 * Writes a CSV with a UTF-8 BOM (without it Excel reads Thai as mojibake) and CRLF line ends (RFC 4180).
 * Values are written verbatim: this file is for machines and re-import, so a text beginning with `=` is not
 * altered here; the XLSX outputs are the ones meant for people.
 */
export async function writeCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>, path: string): Promise<void> {
  const file = await open(path, 'w');
  try {
    await file.write(stringify([header.slice()], { bom: true, record_delimiter: 'windows' }), null, 'utf8');
    for (let start = 0; start < rows.length; start += BATCH_ROWS) {
      const records = rows.slice(start, start + BATCH_ROWS).map((row) => row.map((cell) => cellText(cell)));
      await file.write(stringify(records, { record_delimiter: 'windows' }), null, 'utf8');
    }
  } finally {
    await file.close();
  }
}
