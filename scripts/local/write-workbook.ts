import ExcelJS from 'exceljs';
import { BANGKOK_OFFSET_MS } from '../../core/dates/bangkok';
import type { Cell } from '../../sheets-schema/cell';
import type { ColumnDef, ColumnKind, ColumnValidation } from '../../sheets-schema/define';
import {
  HEADER_FILL_COLOUR,
  KIND_NUMBER_FORMAT,
  PRINT_SETUP,
  TONE_COLOURS,
  columnWidth,
  headerRowHeight,
  wrappedRowHeight,
  numberRule,
  storedValue,
  validationMessage,
  type SheetLayout,
  type Tone,
  type WorkbookLayout,
} from '../../sheets-schema/workbook';

/** Longest inline list Excel accepts in a list validation; longer lists go to a hidden sheet. */
const INLINE_LIST_LIMIT = 255;
const LISTS_SHEET = 'รายการเลือก';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${HEADER_FILL_COLOUR}` } };
/** Excel's paper size code for A4. */
const PAPER_A4 = 9;

/** exceljs has `dataValidations` on every worksheet but leaves it out of its type declarations. */
type WithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

/**
 * Writes a workbook layout to an XLSX file; nothing about content is decided here, and formats, widths and stored
 * values follow the rules every writer shares (sheets-schema/workbook.ts).
 *
 * exceljs's streaming writer: each row is turned into XML as soon as it is filled, so a workbook is never held as
 * cell objects, and the zip is compressed by Node's zlib rather than in JavaScript (the 77 national data-entry
 * templates, 8.7 million cells: 8.5 s and 180 MB instead of 29 s and 810 MB; the 77 province summaries: 2.8 s
 * instead of 5.5 s). Read back, the files hold the same cells and settings. It supports what the layouts use:
 * column widths and formats, frozen panes (given when the sheet is created: the streaming writer ignores later
 * changes), autofilter, validations, protection, a very hidden sheet. Shared strings, as the in-memory writer uses.
 */
export async function writeWorkbook(layout: WorkbookLayout, path: string, options: WriteWorkbookOptions = {}): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  workbook.title = layout.title;
  workbook.creator = 'lao-minstd';
  const lists = new ListSheet(workbook);
  for (const sheet of layout.sheets) await renderSheet(workbook, sheet, lists, options.onCellCut ?? (() => undefined));
  await workbook.commit();
}

export interface WriteWorkbookOptions {
  /** Told of each text cut to Excel's cell limit: the sheet, the cell (A1 form) and the text's full length. */
  onCellCut?(sheet: string, cell: string, length: number): void;
}

/** Excel's limit on the characters in one cell (https://support.microsoft.com/office/1672b34d-7043-467e-8e27-269d656771c3). */
export const EXCEL_CELL_LIMIT = 32_767;
/** Ends a cut text, so nobody takes it for the whole answer. */
export const CUT_MARKER = ' …[ตัดข้อความส่วนที่เกิน 32,767 ตัวอักษรออก]';

/**
 * Date and time cells as real dates, shown in the Buddhist era by Excel's Thai-calendar locale code (calendar 07,
 * locale 041E), so they sort and filter as dates. LibreOffice shows them the same way (`16 ส.ค. 2569 09:05`). Only
 * this writer does so: Google Sheets has no Buddhist-calendar format, and its writers keep Buddhist-era text.
 */
const BE_DATE_FORMAT: Partial<Record<ColumnKind, string>> = {
  date: '[$-107041E]d mmmm yyyy',
  datetime: '[$-107041E]d mmm yyyy hh:mm',
};

async function renderSheet(
  workbook: ExcelJS.Workbook,
  layout: SheetLayout,
  lists: ListSheet,
  onCellCut: NonNullable<WriteWorkbookOptions['onCellCut']>,
): Promise<void> {
  const frozen = layout.freeze.rows > 0 || layout.freeze.columns > 0;
  // The streaming writer writes the views when the sheet is created: they cannot be set afterwards.
  const views: Array<Partial<ExcelJS.WorksheetView>> = frozen ? [{ state: 'frozen', xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }] : [];
  const preamble = layout.preamble ?? [];
  const headerRow = preamble.length + 1;
  // Page setup, like the views, goes with the sheet's creation; the title and header rows repeat on every page.
  const pageSetup: Partial<ExcelJS.PageSetup> = layout.protect
    ? {}
    : {
        paperSize: PAPER_A4,
        orientation: PRINT_SETUP.orientation,
        fitToPage: true,
        fitToWidth: PRINT_SETUP.fitToWidth,
        fitToHeight: PRINT_SETUP.fitToHeight,
        margins: PRINT_SETUP.margins,
        printTitlesRow: `1:${headerRow}`,
      };
  const ws = workbook.addWorksheet(layout.name, { views, pageSetup }) as WithValidations;
  const firstDataRow = headerRow + 1;
  const lastDataRow = headerRow + layout.rows.length;
  const kinds = layout.columns.map((c) => c.kind ?? 'text');

  const wrapped: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
  // In a sheet with wrapped columns, the other cells of a tall row stand at its top too, beside the text they go with.
  const top: Partial<ExcelJS.Alignment> | undefined = layout.columns.some((col) => col.wrap) ? { vertical: 'top' } : undefined;
  const numFmt = (kind: ColumnKind) => BE_DATE_FORMAT[kind] ?? KIND_NUMBER_FORMAT[kind];
  ws.columns = layout.columns.map((col, i) => ({
    width: columnWidth(col),
    style: { numFmt: numFmt(kinds[i]!), ...(col.wrap ? { alignment: wrapped } : top ? { alignment: top } : {}) },
  }));

  preamble.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.numFmt = '@';
    if (i === 0) cell.font = { bold: true, size: 13 };
  });

  const header = ws.getRow(headerRow);
  header.height = headerRowHeight(layout.columns);
  layout.columns.forEach((col, i) => {
    const cell = header.getCell(i + 1);
    cell.value = col.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.commit();

  // One style object per column, shared by its cells: exceljs keys its style table by object, so a shared object is
  // looked up once instead of being serialised for every cell.
  const styles = layout.columns.map((col, c): Partial<ExcelJS.Style> => ({
    numFmt: numFmt(kinds[c]!),
    ...(col.wrap ? { alignment: wrapped } : top ? { alignment: top } : {}),
    ...(layout.protect && !col.locked ? { protection: { locked: false } } : {}),
  }));
  // Coloured rows: one style per tone and column, made when first needed and shared likewise.
  const toned = new Map<Tone, Array<Partial<ExcelJS.Style>>>();
  const toneStyles = (tone: Tone) => {
    let list = toned.get(tone);
    if (!list) {
      const { fill, font, bold } = TONE_COLOURS[tone];
      list = styles.map((style) => ({
        ...style,
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill}` } },
        font: { color: { argb: `FF${font}` }, bold: bold ?? false },
      }));
      toned.set(tone, list);
    }
    return list;
  };
  const unlocked = layout.protect ? layout.columns.flatMap((col, c) => (col.locked ? [] : [c])) : [];
  const hasWrapped = layout.columns.some((col) => col.wrap);
  layout.rows.forEach((row, r) => {
    const target = ws.getRow(firstDataRow + r);
    const tone = layout.tones?.[r];
    const rowStyles = tone ? toneStyles(tone) : styles;
    for (let c = 0; c < layout.columns.length; c++) {
      const value = cellValue(row[c] ?? null, kinds[c]!);
      // A coloured row is coloured across, blanks included.
      if (value === null && !tone) continue;
      const cell = target.getCell(c + 1);
      if (typeof value === 'string' && value.length > EXCEL_CELL_LIMIT) {
        onCellCut(layout.name, cell.address, value.length);
        cell.value = `${value.slice(0, EXCEL_CELL_LIMIT - CUT_MARKER.length)}${CUT_MARKER}`;
      } else if (value !== null) {
        cell.value = value;
      }
      cell.style = rowStyles[c]!;
    }
    if (hasWrapped) {
      const height = wrappedRowHeight(
        layout.columns,
        row.map((cell, c) => storedValue(cell ?? null, kinds[c]!)),
      );
      if (height) target.height = height;
    }
    // Input cells stay unlocked even when blank.
    for (const c of unlocked) target.getCell(c + 1).style = styles[c]!;
    target.commit();
  });

  if (layout.columns.length > 0) {
    ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(headerRow, lastDataRow), column: layout.columns.length } };
  }
  if (layout.rows.length > 0) {
    layout.columns.forEach((col, c) => {
      if (!col.validation) return;
      const letter = ws.getColumn(c + 1).letter;
      ws.dataValidations.add(`${letter}${firstDataRow}:${letter}${lastDataRow}`, excelValidation(col, col.validation, lists));
    });
  }
  if (layout.protect) {
    // No password: protection guards against accidental edits of prefilled columns, not against the coordinator.
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: false,
    });
  }
  ws.commit();
}

/**
 * The shared stored value, except a date in a date column: a real date whose UTC fields are the Bangkok wall time
 * (exceljs writes a Date's UTC fields as the cell's clock, and readGrid reads them back as Bangkok time).
 */
function cellValue(cell: Cell, kind: ColumnKind): string | number | boolean | Date | null {
  if (cell instanceof Date && BE_DATE_FORMAT[kind]) return isNaN(cell.getTime()) ? null : new Date(cell.getTime() + BANGKOK_OFFSET_MS);
  return storedValue(cell, kind);
}

const EXCEL_OPERATOR = { between: 'between', atLeast: 'greaterThanOrEqual', atMost: 'lessThanOrEqual' } as const;

function excelValidation(col: ColumnDef, validation: ColumnValidation, lists: ListSheet): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: col.header, error: validationMessage(col, validation) };
  if (validation.kind === 'list') return { ...common, type: 'list', formulae: [lists.formula(validation.values)] };
  const rule = numberRule(validation);
  return { ...common, type: col.kind === 'integer' ? 'whole' : 'decimal', operator: EXCEL_OPERATOR[rule.operator], formulae: rule.values };
}

/**
 * Inline list validations are limited to 255 characters and cannot hold commas; longer lists are written
 * to one hidden sheet and referenced by range. Created only when needed; the workbook's commit writes it last.
 */
class ListSheet {
  private sheet: ExcelJS.Worksheet | undefined;
  private column = 0;

  constructor(private readonly workbook: ExcelJS.Workbook) {}

  formula(values: readonly string[]): string {
    const inline = values.join(',');
    if (inline.length + 2 <= INLINE_LIST_LIMIT && !values.some((v) => v.includes(',') || v.includes('"'))) {
      return `"${inline}"`;
    }
    this.sheet ??= this.workbook.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
    this.column += 1;
    const col = this.sheet.getColumn(this.column);
    values.forEach((v, i) => {
      const cell = this.sheet!.getCell(i + 1, this.column);
      cell.value = v;
    });
    return `'${LISTS_SHEET}'!$${col.letter}$1:$${col.letter}$${Math.max(values.length, 1)}`;
  }
}
