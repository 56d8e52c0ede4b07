import ExcelJS from 'exceljs';
import type { ColumnDef, ColumnValidation } from '../../sheets-schema/define';
import { KIND_NUMBER_FORMAT, columnWidth, storedValue, type SheetLayout, type WorkbookLayout } from '../../sheets-schema/workbook';

/** Longest inline list Excel accepts in a list validation; longer lists go to a hidden sheet. */
const INLINE_LIST_LIMIT = 255;
const LISTS_SHEET = 'รายการเลือก';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };

/** exceljs has `dataValidations` on every worksheet but leaves it out of its type declarations. */
type WithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

/**
 * Writes a workbook layout to an XLSX file; nothing about content is decided here, and formats, widths and stored
 * values follow the rules every writer shares (sheets-schema/workbook.ts).
 */
export async function writeWorkbook(layout: WorkbookLayout, path: string): Promise<void> {
  const workbook = await buildWorkbook(layout);
  await workbook.xlsx.writeFile(path);
}

/** The exceljs workbook for a layout (exported for writers that stream or buffer instead of writing a file). */
export async function buildWorkbook(layout: WorkbookLayout): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = layout.title;
  workbook.creator = 'lao-minstd';
  const lists = new ListSheet(workbook);
  for (const sheet of layout.sheets) await renderSheet(workbook, sheet, lists);
  return workbook;
}

async function renderSheet(workbook: ExcelJS.Workbook, layout: SheetLayout, lists: ListSheet): Promise<void> {
  const ws = workbook.addWorksheet(layout.name) as WithValidations;
  const preamble = layout.preamble ?? [];
  const headerRow = preamble.length + 1;
  const firstDataRow = headerRow + 1;
  const lastDataRow = headerRow + layout.rows.length;
  const kinds = layout.columns.map((c) => c.kind ?? 'text');

  ws.columns = layout.columns.map((col, i) => ({ width: columnWidth(col), style: { numFmt: KIND_NUMBER_FORMAT[kinds[i]!] } }));

  preamble.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.numFmt = '@';
    if (i === 0) cell.font = { bold: true, size: 13 };
  });

  const header = ws.getRow(headerRow);
  layout.columns.forEach((col, i) => {
    const cell = header.getCell(i + 1);
    cell.value = col.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });

  layout.rows.forEach((row, r) => {
    const target = ws.getRow(firstDataRow + r);
    layout.columns.forEach((col, c) => {
      const value = storedValue(row[c] ?? null, kinds[c]!);
      if (value !== null) target.getCell(c + 1).value = value;
      if (layout.protect && !col.locked) target.getCell(c + 1).protection = { locked: false };
    });
  });

  if (layout.freeze.rows > 0 || layout.freeze.columns > 0) {
    ws.views = [{ state: 'frozen', xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }];
  }
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
}

function excelValidation(col: ColumnDef, validation: ColumnValidation, lists: ListSheet): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: col.header };
  if (validation.kind === 'list') {
    return {
      ...common,
      type: 'list',
      formulae: [lists.formula(validation.values)],
      error: `กรุณาเลือกจากรายการในคอลัมน์ "${col.header}"`,
    };
  }
  const { min, max } = validation;
  const type = col.kind === 'integer' ? 'whole' : 'decimal';
  const describe =
    min !== undefined && max !== undefined
      ? `ตั้งแต่ ${min} ถึง ${max}`
      : min !== undefined
        ? `ตั้งแต่ ${min} ขึ้นไป`
        : max !== undefined
          ? `ไม่เกิน ${max}`
          : '';
  const error = `กรุณากรอกตัวเลข${describe ? ' ' + describe : ''} ในคอลัมน์ "${col.header}"`;
  if (min !== undefined && max !== undefined) return { ...common, type, operator: 'between', formulae: [min, max], error };
  if (min !== undefined) return { ...common, type, operator: 'greaterThanOrEqual', formulae: [min], error };
  if (max !== undefined) return { ...common, type, operator: 'lessThanOrEqual', formulae: [max], error };
  // Any number at all: Excel has no "is a number" operator, so a range wider than any real value.
  return { ...common, type, operator: 'between', formulae: [-1e15, 1e15], error };
}

/**
 * Inline list validations are limited to 255 characters and cannot hold commas; longer lists are written
 * to one hidden sheet and referenced by range. Created only when needed.
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
