/**
 * Writes a large table sheet (the registrations: 30,000 rows × 17 columns at national scale) in chunks of rows, each
 * written only when its content changed since it was last written, so that a rebuild can stop between chunks and
 * the next execution goes on where it stopped, and a rebuild after a few new responses rewrites a chunk or two
 * rather than 510,000 cells.
 *
 * Formats are whole-column (one `setNumberFormat` per run of columns of one kind over every data row, set when the
 * sheet is set up), never per cell. Because a text column is plain text (`@`) before any value reaches it, its
 * strings are written as they are: an apostrophe there would be kept literally. Strings in other columns get the
 * apostrophe that makes them text. Either way a written cell holds exactly the string given.
 */
import type { Cell } from '../sheets-schema/cell';
import type { ColumnKind } from '../sheets-schema/define';
import { KIND_NUMBER_FORMAT, storedValue, type SheetLayout } from '../sheets-schema/workbook';
import { fingerprint, renderedFingerprint } from '../core/summary/fingerprint';
import { asTypedText, setColumnFormats, validationRule, writeLayoutInto } from './layout-writer';
import type { Sheet, Spreadsheet } from './services';
import type { SpreadsheetApp } from './google-services';

export const CHUNK_ROWS = 2000;
/** Rows added beyond the data when the sheet grows, so that a busy day does not grow it on every run. */
const HEADROOM_ROWS = 2000;

/** What was written, kept in a script property between executions. */
export interface ChunkedState {
  /** Fingerprint of the header and column kinds: another shape means the sheet is set up again. */
  shape: string;
  /** Data rows in the sheet. */
  rows: number;
  /** Per chunk of CHUNK_ROWS rows, the fingerprint of what was written. */
  chunks: string[];
}

export interface ChunkPlan {
  /** Chunks still to write, in order; `write(i)` writes one and returns the new state. */
  pending: number[];
  total: number;
  write(chunk: number): ChunkedState;
}

export function planChunkedWrite(spreadsheet: Spreadsheet, layout: SheetLayout, app: SpreadsheetApp, known: ChunkedState | null): ChunkPlan {
  const kinds = layout.columns.map((c) => c.kind ?? 'text');
  const shape = renderedFingerprint([layout.name, layout.columns.map((c) => [c.header, c.kind ?? 'text'])]);
  const total = Math.ceil(layout.rows.length / CHUNK_ROWS);
  const hashes = Array.from({ length: total }, (_, i) => fingerprint(JSON.stringify(layout.rows.slice(i * CHUNK_ROWS, (i + 1) * CHUNK_ROWS))));
  const existing = spreadsheet.getSheetByName(layout.name);
  // A sheet deleted by hand is set up and written again whatever was recorded.
  const fresh = !known || known.shape !== shape || !existing;
  let state: ChunkedState = fresh ? { shape, rows: 0, chunks: [] } : { ...known, chunks: [...known.chunks] };
  // Rows past the new end (responses deleted by hand) are emptied with the last chunk.
  const shrunk = !fresh && known.rows > layout.rows.length;
  const pending = hashes.map((h, i) => i).filter((i) => state.chunks[i] !== hashes[i] || (shrunk && i === total - 1));
  // An empty table still gets its sheet (header, formats) once.
  if ((shrunk || fresh) && total === 0) pending.push(0);
  let sheet: Sheet | null = null;

  const open = (): Sheet => {
    if (sheet) return sheet;
    if (existing && !fresh) return (sheet = existing);
    // Set up once: header, freeze, widths and validations by the layout writer, then whole-column formats.
    sheet = writeLayoutInto(existing, spreadsheet, { ...layout, rows: [] }, app);
    setColumnFormats(sheet, kinds, 2, sheet.getMaxRows() - 1);
    return sheet;
  };

  return {
    pending,
    total,
    write(chunk: number): ChunkedState {
      const target = open();
      const first = chunk * CHUNK_ROWS;
      const rows = layout.rows.slice(first, first + CHUNK_ROWS);
      const lastRow = 1 + first + rows.length;
      const maxRows = target.getMaxRows();
      if (lastRow > maxRows) {
        const added = lastRow - maxRows + HEADROOM_ROWS;
        target.insertRowsAfter(maxRows, added);
        setColumnFormats(target, kinds, maxRows + 1, added);
        layout.columns.forEach((col, c) => {
          if (col.validation) target.getRange(maxRows + 1, c + 1, added, 1).setDataValidation(validationRule(app, col, col.validation));
        });
        target.getFilter()?.remove();
        target.getRange(1, 1, maxRows + added, kinds.length).createFilter();
      }
      if (rows.length) target.getRange(2 + first, 1, rows.length, kinds.length).setValues(rows.map((r) => kinds.map((k, c) => cellFor(r[c] ?? null, k))));
      const isLast = chunk === Math.max(total - 1, 0);
      if (isLast && state.rows > first + rows.length) target.getRange(lastRow + 1, 1, state.rows - first - rows.length, kinds.length).clearContent();
      const chunks = [...state.chunks];
      chunks[chunk] = hashes[chunk] ?? '';
      state = { shape, rows: isLast ? layout.rows.length : Math.max(state.rows, first + rows.length), chunks: chunks.slice(0, Math.max(total, 0)) };
      return state;
    },
  };
}

/** A plain-text column keeps the string as given; elsewhere a string needs the apostrophe to stay text. */
function cellFor(cell: Cell, kind: ColumnKind): string | number | boolean {
  const value = storedValue(cell, kind);
  if (value === null) return '';
  return KIND_NUMBER_FORMAT[kind] === '@' && typeof value === 'string' ? value : asTypedText(value);
}
