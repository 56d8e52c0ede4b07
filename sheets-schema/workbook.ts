import { formatThaiDate, formatThaiDateTime } from '../core/dates/format';
import type { Cell } from './cell';
import type { ColumnDef, ColumnKind, ColumnValidation, SheetDef } from './define';
import { columnKeys } from './define';

/**
 * A finished sheet as data: every writer (XLSX, SpreadsheetApp, Sheets API) renders this and nothing else,
 * so the three outputs cannot drift apart.
 */
export interface SheetLayout {
  name: string;
  /** Optional lines above the header (title, generated-at), each one cell. */
  preamble?: string[];
  columns: ColumnDef[];
  rows: Cell[][];
  freeze: { rows: number; columns: number };
  /** Data-entry sheets: locked columns are protected, validations applied to data rows. */
  protect?: boolean;
  /**
   * Per data row (same length as `rows` when given): how the row is coloured, so a reader sees at a glance which
   * LAOs are missing, which responses need review and how results fall. null: plain.
   */
  tones?: ReadonlyArray<Tone | null>;
  /**
   * Progress shown as a bar in `column` (0-based): per data row, done of total, or null. The cell itself holds the
   * text bar every program prints; writers that can draw a bar (Google Sheets' SPARKLINE) draw it there instead.
   */
  bars?: { column: number; rows: ReadonlyArray<{ done: number; total: number } | null> };
}

/** What a coloured row means; the colours themselves are in TONE_COLOURS. */
export type Tone =
  /** A block's heading (a district in the follow-up list). */
  | 'heading'
  /** A total row. */
  | 'total'
  /** Not registered / not entered: to chase. */
  | 'missing'
  /** Needs a person's review. */
  | 'review'
  /** Results: meets the target / part way / below or wrong. */
  | 'good'
  | 'partial'
  | 'bad';

/** Background and text colours (RGB hex, no #) per tone: light fills that still read on a grey-scale printer. */
export const TONE_COLOURS: Readonly<Record<Tone, { fill: string; font: string; bold?: boolean }>> = {
  heading: { fill: 'D9E2F3', font: '1F3864', bold: true },
  total: { fill: 'EDEDED', font: '000000', bold: true },
  missing: { fill: 'FCE4D6', font: '833C0B' },
  review: { fill: 'FFF2CC', font: '7F6000' },
  good: { fill: 'E2EFDA', font: '375623' },
  partial: { fill: 'FFF2CC', font: '7F6000' },
  bad: { fill: 'F8CBAD', font: '843C0C' },
};

export const HEADER_FILL_COLOUR = 'E7E6E6';

/**
 * How every summary sheet prints: A4 landscape, as wide as the page (as many pages down as needed), the title and
 * header rows repeated on each page. Writers that cannot set printing (Google Sheets sets it in the print dialog)
 * ignore it.
 */
export const PRINT_SETUP = {
  paper: 'A4',
  orientation: 'landscape',
  fitToWidth: 1,
  /** 0: no limit down the page. */
  fitToHeight: 0,
  /** Inches, as spreadsheet page setups count them: narrow, so more columns fit before shrinking. */
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 },
} as const;

/** Points per line of wrapped text at the default 11 pt size (Thai marks above and below need the room). */
const LINE_POINTS = 16;

/**
 * The header row's height in points, tall enough for its longest header wrapped at its column's width: wrapped Thai
 * in a row of default height hides its lower lines under the first data row.
 */
export function headerRowHeight(columns: readonly ColumnDef[]): number {
  const lines = columns.reduce((most, col) => Math.max(most, wrappedLines(col.header, columnWidth(col))), 1);
  return lines * LINE_POINTS + 4;
}

/**
 * A data row's height in points when its wrapped columns need more than one line; undefined for one line. Spreadsheet
 * programs grow such rows themselves only when they edit them: a file opened and printed as written (LibreOffice's
 * conversion, a first print in Excel) shows the first line and hides the rest under the next row.
 */
export function wrappedRowHeight(columns: readonly ColumnDef[], values: ReadonlyArray<string | number | boolean | null>): number | undefined {
  let lines = 1;
  columns.forEach((col, c) => {
    const value = values[c];
    if (col.wrap && typeof value === 'string') lines = Math.max(lines, wrappedLines(value, columnWidth(col)));
  });
  return lines > 1 ? lines * LINE_POINTS + 2 : undefined;
}

/**
 * Lines a text takes wrapped at `width` characters, breaking at spaces and line breaks; a word longer than a line (Thai
 * runs without spaces) is broken wherever the program breaks it, so it is counted by its length.
 */
function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      // Thai combining marks take no width.
      let length = word.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;
      if (used > 0 && used + 1 + length > usable) {
        lines++;
        used = 0;
      }
      while (length > usable) {
        lines++;
        length -= usable;
      }
      used += (used > 0 ? 1 : 0) + length;
    }
  }
  return Math.max(lines, 1);
}

export interface WorkbookLayout {
  /** File or spreadsheet title. */
  title: string;
  sheets: SheetLayout[];
}

/** Builds a layout from a sheet definition and rows keyed like it. */
export function layoutFromDef<K extends string>(
  def: SheetDef<K>,
  rows: ReadonlyArray<Record<K, Cell>>,
  options: { preamble?: string[]; protect?: boolean } = {},
): SheetLayout {
  const keys = columnKeys(def);
  const preambleRows = options.preamble?.length ?? 0;
  const freeze = def.freeze ?? { rows: 1, columns: 0 };
  return {
    name: def.name,
    preamble: options.preamble,
    columns: keys.map((k) => def.columns[k]),
    rows: rows.map((row) => keys.map((k) => row[k] ?? null)),
    freeze: { rows: freeze.rows + preambleRows, columns: freeze.columns },
    protect: options.protect,
  };
}

/**
 * How each column kind is shown, in Excel number-format syntax (Google Sheets reads the same patterns;
 * `General` means none), counts with thousands separators. `percent` columns hold percentage points as computed (52.00384 means 52%), so the
 * format only rounds to 2 decimals and never multiplies by 100. Text columns are `@` so what a user later
 * types there (e.g. `=...`) stays text; dates are written as Buddhist-era text, so their columns are text too.
 */
export const KIND_NUMBER_FORMAT: Readonly<Record<ColumnKind, string>> = {
  text: '@',
  integer: '#,##0',
  // Entered figures keep their own decimals: a fixed count would misstate them, and `#,##0.##` shows `12.` in Excel.
  number: 'General',
  percent: '#,##0.00',
  date: '@',
  datetime: '@',
};

const KIND_DEFAULT_WIDTH: Readonly<Record<ColumnKind, number>> = { text: 20, integer: 10, number: 12, percent: 10, date: 12, datetime: 18 };

/** Width in characters: the column's own, else its kind's default widened to fit the header. */
export function columnWidth(col: ColumnDef): number {
  return col.width ?? Math.max(KIND_DEFAULT_WIDTH[col.kind ?? 'text'], col.header.length + 2);
}

/**
 * A cell as every writer stores it: dates become Buddhist-era Bangkok text (no spreadsheet has a portable
 * Buddhist-calendar number format), empty strings and invalid dates become nothing.
 */
export function storedValue(cell: Cell, kind: ColumnKind = 'text'): string | number | boolean | null {
  if (cell instanceof Date) return isNaN(cell.getTime()) ? null : kind === 'date' ? formatThaiDate(cell) : formatThaiDateTime(cell);
  if (typeof cell === 'string') return cell === '' ? null : cell;
  return cell;
}

/**
 * A number validation as the one comparison every writer makes. "Any number" has no rule in Excel or Sheets, so a
 * range wider than any real value stands for it.
 */
export type NumberRule = { operator: 'between'; values: [number, number] } | { operator: 'atLeast' | 'atMost'; values: [number] };

export function numberRule({ min, max }: { min?: number; max?: number }): NumberRule {
  if (min !== undefined && max !== undefined) return { operator: 'between', values: [min, max] };
  if (min !== undefined) return { operator: 'atLeast', values: [min] };
  if (max !== undefined) return { operator: 'atMost', values: [max] };
  return { operator: 'between', values: [-1e15, 1e15] };
}

/** What a person is told about a validated column (help text, or the error when a value is refused). */
export function validationMessage(col: ColumnDef, validation: ColumnValidation): string {
  if (validation.kind === 'list') return `กรุณาเลือกจากรายการในคอลัมน์ "${col.header}"`;
  const { min, max } = validation;
  const range =
    min !== undefined && max !== undefined ? ` ตั้งแต่ ${min} ถึง ${max}` : min !== undefined ? ` ตั้งแต่ ${min} ขึ้นไป` : max !== undefined ? ` ไม่เกิน ${max}` : '';
  return `กรุณากรอกตัวเลข${range} ในคอลัมน์ "${col.header}"`;
}
