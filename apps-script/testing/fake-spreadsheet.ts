/**
 * In-memory SpreadsheetApp: spreadsheets, sheets, ranges, protections, data validation and the UI, with the
 * rules of the official reference that the adapter must respect, each where Google documents it:
 * - `setValues` refuses data whose dimensions differ from the range's;
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
 * - a range outside the sheet is refused, and a spreadsheet holds at most 10 million cells;
 *   https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
 *   https://support.google.com/drive/answer/37603
 * - sheet names are unique in a spreadsheet;
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)
 * - values are stored as if typed (formulas, numbers, dates, the apostrophe; cell-values.ts);
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
 * - protections: a sheet's or range's editors start as the spreadsheet's, the owner stays one;
 *   https://developers.google.com/apps-script/reference/spreadsheet/protection
 * - no UI from an installable trigger ("Cannot call SpreadsheetApp.getUi() from this context").
 *   https://developers.google.com/apps-script/reference/base/ui
 * The classes implement what the adapter uses (../google-services.ts), so tsc checks their signatures.
 */
import { columnLetters } from '../../sheets-schema/a1';
import type * as Google from '../google-services';
import { displayValue, enterValue, readValue, type StoredValue } from './cell-values';
import { FakeCellImage, FakeCellImageBuilder } from './fake-cell-image';
import type { FakeEnv } from './env';
import { userOf } from './shared';

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
export const MAX_CELLS = 10_000_000;
const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;
const DEFAULT_NUMBER_FORMAT = '0.###############';

interface CellRecord {
  value: StoredValue;
  formula: string;
  format: string | null;
  bold: boolean;
  background: string | null;
  validation: FakeDataValidation | null;
  /** An image in the cell (its value reads as the CellImage). */
  image?: FakeCellImage | null;
  /** The look (layout-look.ts): absent until set, as formats are. */
  look?: CellLook;
}

/** Formats beyond number format, weight and background, kept apart so the record above stays as it was. */
interface CellLook {
  wrap?: boolean;
}

const emptyCell = (): CellRecord => ({ value: '', formula: '', format: null, bold: false, background: null, validation: null });
const hasContent = (c: CellRecord | undefined) => !!c && (c.formula !== '' || c.value !== '' || !!c.image);

export type ProtectionType = 'RANGE' | 'SHEET';

export class FakeProtection implements Google.Protection {
  private description = '';
  private editors: string[];
  private unprotected: FakeRange[] = [];
  private domainEdit = true;
  removed = false;

  constructor(
    private readonly env: FakeEnv,
    readonly type: ProtectionType,
    readonly range: FakeRange,
  ) {
    // "Until the script actually changes the list of editors for the range ... the permissions mirror those of the
    // spreadsheet itself" (https://developers.google.com/apps-script/reference/spreadsheet/range#protect()): a new
    // protection starts with every editor of the file.
    this.editors = range.sheet.parent.getEditors().map((u) => u.getEmail());
    env.counter.expose('Protection', this);
  }
  getRange(): FakeRange {
    return this.range;
  }
  setDescription(description: string): this {
    this.description = description;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  getEditors(): Google.User[] {
    return this.editors.map(userOf);
  }
  /**
   * Protection.addEditors: only people who may edit the spreadsheet can edit a protected range
   * (https://developers.google.com/apps-script/reference/spreadsheet/protection#addEditors(String)).
   */
  addEditors(emails: string[]): this {
    const file = this.range.sheet.parent;
    const strangers = emails.filter((e) => !file.canEdit(e));
    if (strangers.length) this.env.fail(`${strangers[0]} is not an editor of this spreadsheet.`);
    for (const email of emails) if (!this.editors.includes(email)) this.editors.push(email);
    return this;
  }
  /** The owner (the script's user) always keeps edit rights, as in Sheets. */
  removeEditors(users: Array<string | Google.User>): this {
    const emails = users.map((u) => (typeof u === 'string' ? u : u.getEmail()));
    this.editors = this.editors.filter((e) => e === this.env.userEmail || !emails.includes(e));
    return this;
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this.domainEdit = editable;
    return this;
  }
  setUnprotectedRanges(ranges: FakeRange[]): this {
    if (this.type !== 'SHEET') this.env.fail('Unprotected ranges can only be set on a sheet protection.');
    this.unprotected = [...ranges];
    return this;
  }
  getUnprotectedRanges(): FakeRange[] {
    return [...this.unprotected];
  }
  remove(): void {
    this.removed = true;
    this.range.sheet.dropProtection(this);
  }
}

/**
 * A conditional format rule (https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder):
 * only the text conditions and the background the adapter uses. `build()` without a condition fails as Sheets does.
 */
export class FakeConditionalFormatRule {
  constructor(
    readonly condition: { kind: 'TEXT_STARTS_WITH' | 'TEXT_EQUAL_TO'; text: string },
    readonly background: string | null,
    readonly ranges: FakeRange[],
  ) {}
  /** The background this rule gives a cell showing `text`, or null when the condition does not hold. */
  backgroundFor(text: string): string | null {
    const holds = this.condition.kind === 'TEXT_STARTS_WITH' ? text.startsWith(this.condition.text) : text === this.condition.text;
    return holds ? this.background : null;
  }
}

export class FakeConditionalFormatRuleBuilder implements Google.ConditionalFormatRuleBuilder {
  private condition: FakeConditionalFormatRule['condition'] | null = null;
  private background: string | null = null;
  private ranges: FakeRange[] = [];
  constructor(private readonly env: FakeEnv) {
    env.counter.expose('ConditionalFormatRuleBuilder', this);
  }
  whenTextStartsWith(text: string): this {
    this.condition = { kind: 'TEXT_STARTS_WITH', text };
    return this;
  }
  setBackground(color: string | null): this {
    this.background = color;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.ranges = [...ranges];
    return this;
  }
  build(): FakeConditionalFormatRule {
    if (!this.condition) this.env.fail('The conditional format rule must have a condition.');
    if (!this.ranges.length) this.env.fail('The conditional format rule must have at least one range.');
    return new FakeConditionalFormatRule(this.condition, this.background, this.ranges);
  }
}

export class FakeFilter implements Google.Filter {
  constructor(
    env: FakeEnv,
    readonly range: FakeRange,
  ) {
    env.counter.expose('Filter', this);
  }
  getRange(): FakeRange {
    return this.range;
  }
  remove(): void {
    this.range.sheet.dropFilter(this);
  }
}

export type CriteriaType = 'VALUE_IN_LIST' | 'NUMBER_BETWEEN' | 'NUMBER_GREATER_THAN_OR_EQUAL_TO' | 'NUMBER_LESS_THAN_OR_EQUAL_TO';

export class FakeDataValidation {
  constructor(
    env: FakeEnv,
    readonly criteria: CriteriaType,
    readonly values: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {
    env.counter.expose('DataValidation', this);
  }
  getCriteriaType(): CriteriaType {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getHelpText(): string {
    return this.helpText;
  }
}

export class FakeDataValidationBuilder implements Google.DataValidationBuilder {
  private criteria: CriteriaType | null = null;
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';

  constructor(private readonly env: FakeEnv) {
    env.counter.expose('DataValidationBuilder', this);
  }
  requireValueInList(values: string[], showDropdown = true): this {
    this.criteria = 'VALUE_IN_LIST';
    this.values = [[...values], showDropdown];
    return this;
  }
  requireNumberBetween(start: number, end: number): this {
    this.criteria = 'NUMBER_BETWEEN';
    this.values = [start, end];
    return this;
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    this.criteria = 'NUMBER_GREATER_THAN_OR_EQUAL_TO';
    this.values = [number];
    return this;
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    this.criteria = 'NUMBER_LESS_THAN_OR_EQUAL_TO';
    this.values = [number];
    return this;
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.allowInvalid = allowInvalid;
    return this;
  }
  setHelpText(helpText: string): this {
    this.helpText = helpText;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria) this.env.fail('You must specify criteria before building a data validation rule.');
    return new FakeDataValidation(this.env, this.criteria, this.values, this.allowInvalid, this.helpText);
  }
}

export class FakeRange implements Google.Range {
  constructor(
    private readonly env: FakeEnv,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    env.counter.expose('Range', this);
  }

  getSheet(): FakeSheet {
    return this.sheet;
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getA1Notation(): string {
    const start = `${columnLetters(this.column - 1)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnLetters(this.getLastColumn() - 1)}${this.getLastRow()}`;
  }

  getValues(): Array<Array<string | number | boolean | Date>> {
    this.env.counter.cellsRead += this.numRows * this.numColumns;
    // An image cell reads as its CellImage (Apps Script's getValues is any[][]; typed here for the common case).
    return this.map((c) => (c.image as unknown as string | null | undefined) ?? readValue(c.value, c.formula, (ms) => this.env.date(ms)));
  }
  getValue(): string | number | boolean | Date {
    return this.getValues()[0]![0]!;
  }
  getDisplayValues(): string[][] {
    this.env.counter.cellsRead += this.numRows * this.numColumns;
    return this.map((c) => displayValue(c.value, c.formula, c.format, this.sheet.parent.timeZone));
  }
  getFormulas(): string[][] {
    return this.map((c) => c.formula);
  }
  setValues(values: unknown[][]): this {
    this.checkShape(values, 'data');
    this.env.counter.cellsWritten += this.numRows * this.numColumns;
    this.sheet.ensureCellsWritable(this);
    let images = 0;
    this.forEach((cell, r, c) => {
      const image = this.env.counter.raw(values[r]![c]);
      cell.image = image instanceof FakeCellImage ? image : null;
      if (cell.image) {
        images++;
        cell.value = '';
        cell.formula = '';
        return;
      }
      const entered = enterValue(values[r]![c], cell.format, this.sheet.parent.timeZone, (v): v is Date => this.env.isDate(v));
      cell.value = entered.value;
      cell.formula = entered.formula;
    });
    if (images) this.env.runtime.chargeCellImages(images);
    return this;
  }
  setValue(value: unknown): this {
    return this.setValues(this.map(() => value));
  }
  clearContent(): this {
    this.forEach((cell) => {
      cell.value = '';
      cell.formula = '';
      cell.image = null;
    });
    return this;
  }
  setNumberFormat(format: string): this {
    this.forEach((cell) => {
      cell.format = format;
    });
    return this;
  }
  /** Number format, weight and background back to the defaults (https://developers.google.com/apps-script/reference/spreadsheet/range#clearFormat()). */
  clearFormat(): this {
    this.forEach((cell) => {
      cell.format = null;
      cell.bold = false;
      cell.background = null;
    });
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    this.checkShape(formats, 'data');
    this.forEach((cell, r, c) => {
      cell.format = formats[r]![c]!;
    });
    return this;
  }
  getNumberFormats(): string[][] {
    return this.map((c) => c.format ?? DEFAULT_NUMBER_FORMAT);
  }
  setFontWeight(weight: 'bold' | 'normal' | null): this {
    this.forEach((cell) => {
      cell.bold = weight === 'bold';
    });
    return this;
  }
  getFontWeights(): string[][] {
    return this.map((c) => (c.bold ? 'bold' : 'normal'));
  }
  setBackground(color: string | null): this {
    this.forEach((cell) => {
      cell.background = color;
    });
    return this;
  }
  getBackgrounds(): string[][] {
    return this.map((c) => c.background ?? '#ffffff');
  }
  createFilter(): FakeFilter {
    return this.sheet.addFilter(this);
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    this.forEach((cell) => {
      cell.validation = rule;
    });
    return this;
  }
  getDataValidations(): Array<Array<FakeDataValidation | null>> {
    return this.map((c) => c.validation);
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }
  protect(): FakeProtection {
    return this.sheet.addProtection(new FakeProtection(this.env, 'RANGE', this));
  }

  // --- the look: wrap, vertical alignment, font colour ---

  /** Range.setWrap (https://developers.google.com/apps-script/reference/spreadsheet/range#setWrap(Boolean)). */
  setWrap(wrap: boolean): this {
    this.forEach((cell) => ((cell.look ??= {}).wrap = wrap === true));
    return this;
  }
  getWraps(): boolean[][] {
    return this.map((c) => c.look?.wrap ?? false);
  }
  /** Same checks and messages as Apps Script for a 2D array that must match this range. */
  private checkShape(values: unknown, what: string): void {
    if (!Array.isArray(values) || !values.every((row) => Array.isArray(row))) {
      this.env.fail(`The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.setValues.`);
    }
    const rows = values as unknown[][];
    if (rows.length !== this.numRows) {
      this.env.fail(
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${rows.length} but the range has ${this.numRows}.`,
      );
    }
    for (const row of rows) {
      if (row.length !== this.numColumns) {
        this.env.fail(
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${row.length} but the range has ${this.numColumns}.`,
        );
      }
    }
  }

  private map<T>(fn: (cell: CellRecord) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(fn(this.sheet.peek(this.row + r, this.column + c)));
      out.push(line);
    }
    return out;
  }

  private forEach(fn: (cell: CellRecord, r: number, c: number) => void): void {
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) fn(this.sheet.cell(this.row + r, this.column + c), r, c);
    }
  }
}

export class FakeSheet implements Google.Sheet {
  private rows: Array<Array<CellRecord | undefined> | undefined> = [];
  private maxRows: number;
  private maxColumns: number;
  private frozenRows = 0;
  private frozenColumns = 0;
  private widths = new Map<number, number>();
  private readonly rowHeights = new Map<number, number>();
  private protections: FakeProtection[] = [];
  private conditionalRules: FakeConditionalFormatRule[] = [];
  private filter: FakeFilter | null = null;
  /** Set when a form sends its responses here. */
  formUrl: string | null = null;

  constructor(
    private readonly env: FakeEnv,
    readonly parent: FakeSpreadsheet,
    readonly sheetId: number,
    private name: string,
    rows = DEFAULT_ROWS,
    columns = DEFAULT_COLUMNS,
  ) {
    this.maxRows = rows;
    this.maxColumns = columns;
    env.counter.expose('Sheet', this);
  }

  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.parent.checkNewName(name, this);
    this.name = name;
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getParent(): FakeSpreadsheet {
    return this.parent;
  }
  getFormUrl(): string | null {
    return this.formUrl;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  getLastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]?.some(hasContent)) return r;
    return 0;
  }
  getLastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) {
        if (hasContent(line[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  getRange(row: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof row === 'string' || column === undefined) {
      return this.env.fail('The fake supports only getRange(row, column, numRows?, numColumns?).');
    }
    for (const [value, label] of [
      [row, 'starting row'],
      [column, 'starting column'],
    ] as const) {
      if (!Number.isInteger(value) || value < 1) this.env.fail(`The ${label} of the range is too small.`);
    }
    if (!Number.isInteger(numRows) || numRows < 1) this.env.fail('The number of rows in the range must be at least 1.');
    if (!Number.isInteger(numColumns) || numColumns < 1) this.env.fail('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      this.env.fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.env, this, row, column, numRows, numColumns);
  }
  getDataRange(): FakeRange {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      this.env.fail("The parameters () don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) this.growRows(row - this.maxRows);
    if (rowContents.length > this.maxColumns) this.growColumns(rowContents.length - this.maxColumns);
    // The new row takes the number formats of the row above, as a row added below formatted rows does in Sheets
    // (reported, not documented: https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object)
    // says nothing of formats). Under plain text (`@`), an apostrophe-prefixed string keeps its apostrophe.
    if (row > 1) for (let c = 1; c <= rowContents.length; c++) this.cell(row, c).format = this.peek(row - 1, c).format;
    new FakeRange(this.env, this, row, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.checkPosition(afterPosition, this.maxRows, 'row');
    this.growRows(howMany);
    if (afterPosition < this.rows.length) this.rows.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => undefined));
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.checkPosition(afterPosition, this.maxColumns, 'column');
    this.growColumns(howMany);
    for (const line of this.rows) if (line && afterPosition < line.length) line.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => undefined));
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.checkPosition(rowPosition, this.maxRows, 'row');
    if (rowPosition + howMany - 1 > this.maxRows) this.env.fail('Those rows are out of bounds.');
    if (howMany >= this.maxRows) this.env.fail("You can't delete all the rows on the sheet.");
    if (this.maxRows - howMany <= this.frozenRows) this.env.fail('Sorry, it is not possible to delete all non-frozen rows.');
    this.rows.splice(rowPosition - 1, howMany);
    this.maxRows -= howMany;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.checkPosition(columnPosition, this.maxColumns, 'column');
    if (columnPosition + howMany - 1 > this.maxColumns) this.env.fail('Those columns are out of bounds.');
    if (howMany >= this.maxColumns) this.env.fail("You can't delete all the columns on the sheet.");
    if (this.maxColumns - howMany <= this.frozenColumns) this.env.fail('Sorry, it is not possible to delete all non-frozen columns.');
    for (const line of this.rows) line?.splice(columnPosition - 1, howMany);
    this.maxColumns -= howMany;
  }

  /** Contents and formats go; data validation and protections stay (they are neither). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): this {
    for (const line of this.rows) {
      for (const cell of line ?? []) {
        if (!cell) continue;
        const all = !options || (!options.contentsOnly && !options.formatOnly && !options.validationsOnly);
        if (all || options?.contentsOnly) {
          cell.value = '';
          cell.formula = '';
          cell.image = null;
        }
        if (all || options?.formatOnly) {
          cell.format = null;
          cell.bold = false;
          cell.background = null;
          delete cell.look;
        }
        if (options?.validationsOnly) cell.validation = null;
      }
    }
    return this;
  }

  setFrozenRows(rows: number): void {
    if (rows >= this.maxRows) this.env.fail("You can't freeze all visible rows on the sheet.");
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns >= this.maxColumns) this.env.fail("You can't freeze all visible columns on the sheet.");
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.widths.set(c, width);
    return this;
  }
  getColumnWidth(column: number): number {
    return this.widths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }
  /** Sheet.setRowHeights (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setRowHeights(Integer,Integer,Integer)). */
  setRowHeights(startRow: number, numRows: number, height: number): this {
    if (startRow < 1 || startRow + numRows - 1 > this.getMaxRows()) this.env.fail('Those rows are out of bounds.');
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights.set(r, height);
    return this;
  }
  getRowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }
  /** Replaces every conditional format rule of the sheet (Sheet.setConditionalFormatRules). */
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.conditionalRules = [...rules];
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this.conditionalRules];
  }

  /**
   * Sheet.getRangeList (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String)):
   * ranges in A1 notation (`A5:G7`, `C5`), each checked as getRange checks its coordinates; the fake reads cell and
   * cell:cell references only.
   */
  getRangeList(a1Notations: string[]): FakeRangeList {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0)
      this.env.fail("The parameters () don't match the method signature for SpreadsheetApp.Sheet.getRangeList.");
    const ranges = a1Notations.map((a1) => {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
      if (!m) return this.env.fail(`Range not found: ${a1}`);
      const [c1, r1] = [columnNumber(m[1]!), Number(m[2])];
      const [c2, r2] = m[3] ? [columnNumber(m[3]), Number(m[4])] : [c1, r1];
      if (r1 < 1 || r2 < r1 || c2 < c1) return this.env.fail(`Range not found: ${a1}`);
      return this.getRange(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
    });
    return new FakeRangeList(this.env, ranges);
  }

  protect(): FakeProtection {
    const existing = this.protections.find((p) => p.type === 'SHEET');
    if (existing) return existing;
    return this.addProtection(new FakeProtection(this.env, 'SHEET', new FakeRange(this.env, this, 1, 1, this.maxRows, this.maxColumns)));
  }
  getProtections(type: ProtectionType): FakeProtection[] {
    return this.protections.filter((p) => p.type === type);
  }
  getFilter(): FakeFilter | null {
    return this.filter;
  }

  // --- internals used by other fakes (not part of the Apps Script surface) ---

  addFilter(range: FakeRange): FakeFilter {
    if (this.filter) this.env.fail("You can't create a filter in a sheet that already has a filter.");
    this.filter = new FakeFilter(this.env, range);
    return this.filter;
  }
  dropFilter(filter: FakeFilter): void {
    if (this.filter === filter) this.filter = null;
  }
  addProtection(protection: FakeProtection): FakeProtection {
    this.protections.push(protection);
    return protection;
  }
  dropProtection(protection: FakeProtection): void {
    this.protections = this.protections.filter((p) => p !== protection);
  }
  cellCount(): number {
    return this.maxRows * this.maxColumns;
  }
  peek(row: number, column: number): CellRecord {
    return this.rows[row - 1]?.[column - 1] ?? emptyCell();
  }
  cell(row: number, column: number): CellRecord {
    const line = (this.rows[row - 1] ??= []);
    return (line[column - 1] ??= emptyCell());
  }
  ensureCellsWritable(range: FakeRange): void {
    if (range.getLastRow() > this.maxRows || range.getLastColumn() > this.maxColumns) {
      this.env.fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }
  /**
   * This sheet as `Spreadsheet.copy` makes it in `parent`: contents, formats, sizes, widths, frozen rows and
   * columns, conditional formats and the filter's range. Protections are not modelled for a copy (none of the
   * adapter's templates has one): a harness error rather than a silent difference.
   */
  cloneInto(parent: FakeSpreadsheet, sheetId: number): FakeSheet {
    if (this.protections.length) throw new Error('FakeSheet.cloneInto: copying protections is not modelled');
    const copy = new FakeSheet(this.env, parent, sheetId, this.name, this.maxRows, this.maxColumns);
    copy.rows = this.rows.map((row) => row?.map((cell) => (cell ? { ...cell } : undefined)));
    copy.frozenRows = this.frozenRows;
    copy.frozenColumns = this.frozenColumns;
    copy.widths = new Map(this.widths);
    copy.conditionalRules = [...this.conditionalRules];
    if (this.filter) {
      const r = this.filter.getRange();
      copy.filter = new FakeFilter(this.env, copy.getRange(r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()));
    }
    return copy;
  }
  private growRows(howMany: number): void {
    this.parent.checkCellLimit(howMany * this.maxColumns);
    this.maxRows += howMany;
  }
  private growColumns(howMany: number): void {
    this.parent.checkCellLimit(howMany * this.maxRows);
    this.maxColumns += howMany;
  }
  private checkPosition(position: number, max: number, what: string): void {
    if (!Number.isInteger(position) || position < 1 || position > max) this.env.fail(`Those ${what}s are out of bounds.`);
  }
}

/** 1-based column number of column letters (A → 1, AA → 27). */
function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * A RangeList (https://developers.google.com/apps-script/reference/spreadsheet/range-list): one call formats every
 * range of the list.
 */
export class FakeRangeList implements Google.RangeList {
  constructor(
    env: FakeEnv,
    private readonly ranges: FakeRange[],
  ) {
    env.counter.expose('RangeList', this);
  }
  setBackground(color: string | null): this {
    for (const r of this.ranges) r.setBackground(color);
    return this;
  }
  setFontWeight(weight: 'bold' | 'normal' | null): this {
    for (const r of this.ranges) r.setFontWeight(weight);
    return this;
  }
  setWrap(wrap: boolean): this {
    for (const r of this.ranges) r.setWrap(wrap);
    return this;
  }
}

export interface Toast {
  message: string;
  title: string;
}

export class FakeSpreadsheet implements Google.Spreadsheet {
  private sheets: FakeSheet[] = [];
  private nextSheetId = 0;
  readonly toasts: Toast[] = [];
  readonly editors: string[] = [];

  constructor(
    private readonly env: FakeEnv,
    readonly id: string,
    private name: string,
    readonly timeZone: string,
    private readonly app: FakeSpreadsheetApp,
  ) {
    env.counter.expose('Spreadsheet', this);
  }

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getFormUrl(): string | null {
    return this.sheets.find((s) => s.formUrl)?.formUrl ?? null;
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }
  insertSheet(name?: string, index?: number): FakeSheet {
    const sheetName = name ?? `ชีต${this.sheets.length + 1}`;
    this.checkNewName(sheetName, null);
    this.checkCellLimit(DEFAULT_ROWS * DEFAULT_COLUMNS);
    const sheet = new FakeSheet(this.env, this, this.nextSheetId++, sheetName);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    return sheet;
  }
  /**
   * A new spreadsheet with a copy of every sheet, in the owner's Drive root
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#copy(String): "Copies the
   * spreadsheet and returns the new one"). Priced as creating a file (latency.ts).
   */
  copy(name: string): FakeSpreadsheet {
    this.env.requireAuthorized('Spreadsheet.copy');
    const copy = this.app.make(name);
    for (const sheet of this.sheets) copy.sheetList().push(sheet.cloneInto(copy, sheet.sheetId));
    copy.nextSheetId = this.nextSheetId;
    return copy;
  }
  deleteSheet(sheet: FakeSheet): void {
    if (!this.sheets.includes(sheet)) this.env.fail('The sheet does not belong to this spreadsheet.');
    if (sheet.formUrl) this.env.fail('This sheet receives form responses and cannot be deleted. Unlink the form first.');
    if (this.sheets.length === 1) this.env.fail("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
  }
  toast(message: string, title = '', _timeoutSeconds?: number | null): void {
    this.toasts.push({ message: String(message), title });
  }
  /**
   * Sharing as editor (Spreadsheet.addEditors / getEditors / removeEditor,
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addEditors(String)): the owner is
   * always an editor and cannot be removed; an invalid address fails as Drive refuses it.
   */
  addEditors(emails: string[]): this {
    for (const email of emails) {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) this.env.fail(`Invalid email: ${email}`);
      if (email !== this.env.userEmail && !this.editors.includes(email)) this.editors.push(email);
    }
    return this;
  }
  removeEditor(email: string): this {
    if (email === this.env.userEmail) this.env.fail('The owner of a file cannot be removed.');
    const i = this.editors.indexOf(email);
    if (i >= 0) this.editors.splice(i, 1);
    return this;
  }
  getEditors(): Google.User[] {
    return [this.env.userEmail, ...this.editors].map(userOf);
  }
  getOwner(): Google.User {
    const email = this.env.userEmail;
    return userOf(email);
  }
  /** Who may edit: the owner and the editors it was shared with. */
  canEdit(email: string): boolean {
    return email === this.env.userEmail || this.editors.includes(email);
  }

  // --- internals ---

  sheetList(): FakeSheet[] {
    return this.sheets;
  }
  /** Sheet names are unique regardless of case. */
  checkNewName(name: string, self: FakeSheet | null): void {
    if (!name.trim()) this.env.fail('Sheet names cannot be empty.');
    if (name.length > 100) this.env.fail('Sheet names cannot be longer than 100 characters.');
    const clash = this.sheets.find((s) => s !== self && s.getName().toLowerCase() === name.toLowerCase());
    if (clash) this.env.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
  checkCellLimit(added: number): void {
    const total = this.sheets.reduce((sum, s) => sum + s.cellCount(), 0);
    if (total + added > MAX_CELLS) {
      this.env.fail(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
  }
}

export interface MenuEntry {
  caption: string;
  /** null for a separator. */
  functionName: string | null;
}

export class FakeMenu implements Google.Menu {
  readonly entries: MenuEntry[] = [];
  constructor(
    env: FakeEnv,
    private readonly ui: FakeUi,
    readonly caption: string,
  ) {
    env.counter.expose('Menu', this);
  }
  addItem(caption: string, functionName: string): this {
    this.entries.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.entries.push({ caption: '', functionName: null });
    return this;
  }
  addToUi(): void {
    this.ui.menus.push(this);
  }
}

export interface Alert {
  title: string;
  prompt: string;
}

export class FakeUi implements Google.Ui {
  readonly menus: FakeMenu[] = [];
  readonly alerts: Alert[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;

  constructor(private readonly env: FakeEnv) {
    env.counter.expose('Ui', this);
  }
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.env, this, caption);
  }
  /** alert(prompt) or alert(title, prompt, buttons); answers OK, as a person clicking it would. */
  alert(titleOrPrompt: string, prompt?: string, _buttons?: Google.EnumValue): string {
    this.alerts.push(prompt === undefined ? { title: '', prompt: titleOrPrompt } : { title: titleOrPrompt, prompt });
    return this.Button.OK;
  }
}

export class FakeSpreadsheetApp implements Google.SpreadsheetApp {
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
  readonly DataValidationCriteria = {
    VALUE_IN_LIST: 'VALUE_IN_LIST',
    NUMBER_BETWEEN: 'NUMBER_BETWEEN',
    NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  } as const;
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  active: FakeSpreadsheet | null = null;

  constructor(
    private readonly env: FakeEnv,
    readonly ui: FakeUi,
  ) {
    env.counter.expose('SpreadsheetApp', this);
  }

  getActiveSpreadsheet(): FakeSpreadsheet | null {
    return this.active;
  }
  openById(id: string): FakeSpreadsheet {
    this.env.requireAuthorized('SpreadsheetApp.openById');
    const found = this.spreadsheets.get(id);
    if (!found) this.env.fail('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return found;
  }
  create(name: string, rows = DEFAULT_ROWS, columns = DEFAULT_COLUMNS): FakeSpreadsheet {
    this.env.requireAuthorized('SpreadsheetApp.create');
    const spreadsheet = this.make(name);
    spreadsheet.sheetList().push(new FakeSheet(this.env, spreadsheet, 0, 'ชีต1', rows, columns));
    return spreadsheet;
  }
  getUi(): FakeUi {
    if (this.env.mode === 'trigger') this.env.fail('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.env);
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.env);
  }
  newCellImage(): FakeCellImageBuilder {
    return new FakeCellImageBuilder(this.env);
  }
  flush(): void {}

  /** A spreadsheet with no sheets yet (harness use). */
  make(name: string): FakeSpreadsheet {
    const spreadsheet = new FakeSpreadsheet(this.env, this.env.newId('ss'), name, this.env.timeZone, this);
    this.spreadsheets.set(spreadsheet.id, spreadsheet);
    return spreadsheet;
  }
}
