/**
 * Renders a `SheetLayout` / `WorkbookLayout` into a spreadsheet with SpreadsheetApp, in batch: one setValues and
 * one setNumberFormats per sheet, whatever its size. Nothing about content is decided here.
 */
import type { Cell } from '../sheets-schema/cell';
import { columnKeys, type ColumnDef, type ColumnKind, type ColumnValidation, type SheetDef } from '../sheets-schema/define';
import { KIND_NUMBER_FORMAT, columnWidth, numberRule, storedValue, validationMessage, type SheetLayout, type WorkbookLayout } from '../sheets-schema/workbook';
import { renderedFingerprint } from '../core/summary/fingerprint';
import { applyLook, applyTones, barFormula } from './layout-look';
import type { Sheet, Spreadsheet } from './services';
import type { DataValidation, Range, SpreadsheetApp } from './google-services';

const HEADER_BACKGROUND = '#e7e6e6';
/** Sheets widths are pixels; layouts give characters. Thai script is about as wide as Latin at the default size. */
const PIXELS_PER_CHARACTER = 7;
const PIXEL_PADDING = 12;
const PLAIN_TEXT = '@';

/**
 * A value as `setValues` must receive it. Apps Script reads strings as if typed into the sheet: `=…` becomes a
 * formula, `0812…` a number, `1/10/2569` a date. A leading apostrophe makes the rest plain text and is not
 * stored, so every non-empty string gets one; numbers and booleans are written as they are.
 */
export function asTypedText(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return '';
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/** One keyed row of a sheet definition as `setValues`/`appendRow` must receive it. */
export function typedRow<K extends string>(def: SheetDef<K>, row: Record<K, Cell>): Array<string | number | boolean> {
  return columnKeys(def).map((k) => asTypedText(storedValue(row[k] ?? null, def.columns[k].kind)));
}

/**
 * Writes one layout into the sheet of that name (created if missing, emptied and reset if present), its look
 * (wrap, tones, bars) by layout-look.ts. Not rendered: the print set-up, which Google Sheets takes in its print
 * dialog, not from a script (the Sheet class has no page set-up:
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet); that dialog's "Repeat frozen rows" repeats
 * the title and header rows frozen here.
 */
export function writeSheetLayout(spreadsheet: Spreadsheet, layout: SheetLayout, app: SpreadsheetApp): Sheet {
  return writeLayoutInto(spreadsheet.getSheetByName(layout.name), spreadsheet, layout, app);
}

/**
 * What decides a sheet's set-up (columns, kinds, title lines, freeze, protection, validations) as opposed to its
 * rows: a sheet rewritten with the same shape keeps its widths and freeze, and has no protection or validation to
 * remove beyond its own.
 */
export function layoutShape(layout: SheetLayout): string {
  return renderedFingerprint([layout.columns, layout.preamble?.length ?? 0, layout.freeze, layout.protect ?? false]);
}

/**
 * As writeSheetLayout, into a sheet already looked up (null: none of that name). `sameShape`: the caller knows this
 * sheet was last written from a layout of the same `layoutShape` — then widths, freeze, and protections or
 * validations the layout does not have are left as they are (about ten calls, two seconds, fewer per sheet).
 */
export function writeLayoutInto(
  existing: Sheet | null,
  spreadsheet: Spreadsheet,
  layout: SheetLayout,
  app: SpreadsheetApp,
  options: { sameShape?: boolean } = {},
): Sheet {
  const lean = existing !== null && options.sameShape === true;
  const sheet = existing ?? spreadsheet.insertSheet(layout.name);
  const preamble = layout.preamble ?? [];
  const width = Math.max(layout.columns.length, 1);
  const kinds = columnKinds(layout);
  const headerRow = preamble.length + 1;
  const values = layoutValues(layout);
  // One row past the frozen ones at least: Sheets refuses to freeze every row.
  const height = Math.max(values.length, layout.freeze.rows + 1);
  prepare(app, sheet, existing === null ? 'new' : lean ? layout : 'reused', height, Math.max(width, layout.freeze.columns + 1));

  const all = sheet.getRange(1, 1, values.length, width);
  all.setValues(values);
  // Formats after values (the apostrophes above already made text of every string, on cells that prepare() left
  // without a format), whole columns at a time: one call per run of same-format columns, not one format per cell.
  sheet.getRange(1, 1, headerRow, width).setNumberFormat(PLAIN_TEXT);
  setColumnFormats(sheet, kinds, headerRow + 1, layout.rows.length);
  sheet.getRange(headerRow, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  if (preamble.length) sheet.getRange(1, 1).setFontWeight('bold');
  applyLook(sheet, layout, headerRow);
  if (!lean) {
    setWidths(sheet, layout.columns);
    if (layout.freeze.rows) sheet.setFrozenRows(layout.freeze.rows);
    if (layout.freeze.columns) sheet.setFrozenColumns(layout.freeze.columns);
  }
  sheet.getRange(headerRow, 1, 1 + layout.rows.length, width).createFilter();

  const dataRows = layout.rows.length;
  if (dataRows > 0) {
    layout.columns.forEach((col, c) => {
      if (col.validation) sheet.getRange(headerRow + 1, c + 1, dataRows, 1).setDataValidation(validationRule(app, col, col.validation));
    });
    if (layout.protect) protectLockedColumns(sheet, layout.columns, headerRow + 1, dataRows);
  }
  return sheet;
}

/**
 * Writes every sheet of a workbook. With `removeOthers` (a spreadsheet that holds only this workbook), sheets not in
 * the layout are deleted, such as the empty first sheet of a new spreadsheet; otherwise other sheets are untouched.
 */
export function writeWorkbookLayout(spreadsheet: Spreadsheet, workbook: WorkbookLayout, app: SpreadsheetApp, options: { removeOthers?: boolean } = {}): void {
  for (const layout of workbook.sheets) writeSheetLayout(spreadsheet, layout, app);
  if (!options.removeOthers) return;
  const wanted = new Set(workbook.sheets.map((s) => s.name));
  for (const sheet of spreadsheet.getSheets()) if (!wanted.has(sheet.getName())) spreadsheet.deleteSheet(sheet);
}

/**
 * Empties a sheet written before (contents, formats, validation, filter, protection, freeze) and sizes it exactly.
 * Given the layout it was last written with (same shape), only what that layout adds is removed.
 */
function prepare(app: SpreadsheetApp, sheet: Sheet, previous: 'new' | 'reused' | SheetLayout, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (previous !== 'new') {
    const same = previous === 'reused' ? null : previous;
    // Raw form responses are never written over, whatever a layout is called.
    if (sheet.getFormUrl()) throw new Error(`แผ่นงาน "${sheet.getName()}" รับคำตอบจากแบบฟอร์ม จึงเขียนทับไม่ได้`);
    sheet.getFilter()?.remove();
    if (!same || same.protect) {
      for (const p of sheet.getProtections(app.ProtectionType.SHEET)) p.remove();
      for (const p of sheet.getProtections(app.ProtectionType.RANGE)) p.remove();
    }
    if (!same) {
      sheet.setFrozenRows(0);
      sheet.setFrozenColumns(0);
    }
    sheet.clear();
    if (!same || same.columns.some((c) => c.validation)) sheet.getRange(1, 1, maxRows, maxColumns).clearDataValidations();
  }
  // Exact size: the spreadsheet-wide 10 million cell limit counts empty cells too.
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  else if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
}

/** One call per run of adjacent columns with the same format, over `count` rows from `firstRow`. */
export function setColumnFormats(sheet: Sheet, kinds: readonly ColumnKind[], firstRow: number, count: number): void {
  if (count < 1) return;
  let start = 0;
  for (let i = 1; i <= kinds.length; i++) {
    if (i < kinds.length && KIND_NUMBER_FORMAT[kinds[i]!] === KIND_NUMBER_FORMAT[kinds[start]!]) continue;
    sheet.getRange(firstRow, start + 1, count, i - start).setNumberFormat(KIND_NUMBER_FORMAT[kinds[start]!]);
    start = i;
  }
}

function setWidths(sheet: Sheet, columns: readonly ColumnDef[]): void {
  const pixels = columns.map((c) => Math.round(columnWidth(c) * PIXELS_PER_CHARACTER + PIXEL_PADDING));
  let start = 0;
  for (let i = 1; i <= pixels.length; i++) {
    if (i < pixels.length && pixels[i] === pixels[start]) continue;
    sheet.setColumnWidths(start + 1, i - start, pixels[start]!);
    start = i;
  }
}

export function validationRule(app: SpreadsheetApp, col: ColumnDef, validation: ColumnValidation): DataValidation {
  const builder = app.newDataValidation().setAllowInvalid(false).setHelpText(validationMessage(col, validation));
  if (validation.kind === 'list') return builder.requireValueInList([...validation.values], true).build();
  const rule = numberRule(validation);
  if (rule.operator === 'between') return builder.requireNumberBetween(...rule.values).build();
  const [bound] = rule.values;
  return (rule.operator === 'atLeast' ? builder.requireNumberGreaterThanOrEqualTo(bound) : builder.requireNumberLessThanOrEqualTo(bound)).build();
}

/**
 * Data-entry sheets: the whole sheet is protected (only the owner edits prefilled columns); the data rows of the
 * columns that are not `locked` stay open to everyone who can edit the spreadsheet.
 */
function protectLockedColumns(sheet: Sheet, columns: readonly ColumnDef[], firstDataRow: number, dataRows: number): void {
  const open: Range[] = [];
  let start = -1;
  columns.forEach((col, c) => {
    if (!col.locked && start < 0) start = c;
    if ((col.locked || c === columns.length - 1) && start >= 0) {
      const end = col.locked ? c : c + 1;
      open.push(sheet.getRange(firstDataRow, start + 1, dataRows, end - start));
      start = -1;
    }
  });
  const protection = sheet.protect().setDescription('คอลัมน์ที่กรอกไว้ให้แล้ว (แก้ไขไม่ได้)');
  protection.setUnprotectedRanges(open);
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** Every cell of a layout (preamble, header, rows) as `setValues` must receive it. */
export function layoutValues(layout: SheetLayout): Array<Array<string | number | boolean>> {
  const width = Math.max(layout.columns.length, 1);
  const kinds = columnKinds(layout);
  const withFirst = (first: string) => [asTypedText(first), ...new Array<string>(width - 1).fill('')];
  return [
    ...(layout.preamble ?? []).map(withFirst),
    layout.columns.map((c) => asTypedText(c.header)),
    ...layout.rows.map((row, r) => layout.columns.map((_, c) => barFormula(layout, r, c) ?? asTypedText(storedValue(row[c] ?? null, kinds[c])))),
  ];
}

/**
 * A template sheet for layouts of this shape (`layoutShape`) with at most `rows` data rows: written as `layout`
 * with `rows` empty data rows (so every set-up and column format is in place) and no filter. A copy of it is filled
 * by `fillFromTemplate` in three calls instead of the twenty-odd of a set-up.
 */
export function writeTemplateSheet(spreadsheet: Spreadsheet, layout: SheetLayout, rows: number, app: SpreadsheetApp): Sheet {
  const sheet = writeLayoutInto(
    spreadsheet.getSheetByName(layout.name),
    spreadsheet,
    { ...layout, rows: new Array<SheetLayout['rows'][number]>(rows).fill([]), tones: undefined },
    app,
  );
  sheet.getFilter()?.remove();
  return sheet;
}

/**
 * Each column's kind as this writer formats it. A column of progress bars is 'number' (General): in a plain-text
 * cell a SPARKLINE written later (a template's copy, a values-only rewrite) would stay text, as typed text does.
 */
function columnKinds(layout: SheetLayout): ColumnKind[] {
  return layout.columns.map((c, i) => (layout.bars?.column === i ? 'number' : (c.kind ?? 'text')));
}

/**
 * As `layoutValues`, for cells whose formats are already set (a template's copy): in plain-text cells (title and
 * header rows, text columns) strings go in as they are, since an apostrophe there would be kept literally.
 */
function templateValues(layout: SheetLayout): Array<Array<string | number | boolean>> {
  const width = Math.max(layout.columns.length, 1);
  const kinds = columnKinds(layout);
  const plain = (value: string | number | boolean | null, kind: ColumnKind) =>
    value === null ? '' : KIND_NUMBER_FORMAT[kind] === PLAIN_TEXT && typeof value === 'string' ? value : asTypedText(value);
  return [
    ...(layout.preamble ?? []).map((first) => [first, ...new Array<string>(width - 1).fill('')]),
    layout.columns.map((c) => c.header),
    ...layout.rows.map((row, r) => layout.columns.map((_, c) => barFormula(layout, r, c) ?? plain(storedValue(row[c] ?? null, kinds[c]), kinds[c]!))),
  ];
}

/** The height `writeLayoutInto` gives a layout of `rows` data rows: one row past the frozen ones at least. */
export function layoutHeight(layout: SheetLayout, rows = layout.rows.length): number {
  return Math.max((layout.preamble?.length ?? 0) + 1 + rows, layout.freeze.rows + 1);
}

/**
 * Fills a sheet copied from `writeTemplateSheet` (same shape, `templateRows` ≥ the layout's rows): cuts it to the
 * layout's height, writes the values and makes the filter. The result is the sheet `writeLayoutInto` makes
 * (layout-writer.test.ts compares the two): whatever `writeLayoutInto` comes to render per row (row tones) must be
 * rendered here too.
 */
export function fillFromTemplate(sheet: Sheet, layout: SheetLayout, templateRows: number): void {
  const values = templateValues(layout);
  const height = layoutHeight(layout);
  const templateHeight = layoutHeight(layout, templateRows);
  if (templateHeight > height) sheet.deleteRows(height + 1, templateHeight - height);
  // With no data rows, the one row past the frozen ones is blank and, written directly, unformatted.
  if (height > values.length && templateRows > 0) sheet.getRange(values.length + 1, 1, height - values.length, values[0]!.length).clearFormat();
  sheet.getRange(1, 1, values.length, values[0]!.length).setValues(values);
  const headerRow = (layout.preamble?.length ?? 0) + 1;
  // The template has the wrap of its columns and header, but no row tones (they differ from file to file).
  applyTones(sheet, layout, headerRow);
  sheet.getRange(headerRow, 1, 1 + layout.rows.length, values[0]!.length).createFilter();
}

/**
 * Rewrites the values of a sheet last written from a layout of the same shape and the same number of rows: its
 * size, formats, widths, freeze and filter are already what the layout needs, so one setValues does (instead of
 * the fifteen calls of a rewrite). Strings go into formatted cells (templateValues).
 */
export function rewriteValues(sheet: Sheet, layout: SheetLayout): void {
  const values = templateValues(layout);
  sheet.getRange(1, 1, values.length, values[0]!.length).setValues(values);
  // Row tones move with the rows (a total row, the rows needing review): the last write's are cleared first.
  if (layout.tones && layout.rows.length > 0) {
    const headerRow = (layout.preamble?.length ?? 0) + 1;
    sheet
      .getRange(headerRow + 1, 1, layout.rows.length, values[0]!.length)
      .setBackground(null)
      .setFontWeight(null);
    applyTones(sheet, layout, headerRow);
  }
}
