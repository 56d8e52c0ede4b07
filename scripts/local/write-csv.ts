import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { cellText, type Cell } from '../../sheets-schema/cell';

/**
 * Writes a CSV with a UTF-8 BOM (without it Excel reads Thai as mojibake) and CRLF line ends (RFC 4180).
 * Values are written verbatim: this file is for machines and re-import, so a text beginning with `=` is not
 * altered here; the XLSX outputs are the ones meant for people.
 */
export async function writeCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>, path: string): Promise<void> {
  const records = [header.slice(), ...rows.map((row) => row.map((cell) => cellText(cell)))];
  await writeFile(path, stringify(records, { bom: true, record_delimiter: 'windows' }), 'utf8');
}
