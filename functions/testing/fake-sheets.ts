/**
 * In-memory Google Sheets v4 model for the fake server: spreadsheets, sheets, cells as `CellData`
 * (userEnteredValue / userEnteredFormat / dataValidation), protected ranges, column widths.
 * It follows the REST reference for the subset the adapter uses and rejects what it does not model,
 * so a test cannot pass on a request the real API would refuse.
 *
 * Not modelled: formula evaluation (formula cells read as empty unless valueRenderOption=FORMULA),
 * USER_ENTERED date and percent parsing, merges, filters, conditional formats. Row heights are kept only when set.
 */
import { columnLetters } from '../../sheets-schema/a1';
import { assignFields, FieldMaskError, parseFieldMask } from './fields-mask';
import { GoogleApiError, invalid, notFound } from './google-error';

export interface ExtendedValue {
  stringValue?: string;
  numberValue?: number;
  boolValue?: boolean;
  formulaValue?: string;
}

export interface CellData {
  userEnteredValue?: ExtendedValue;
  userEnteredFormat?: Record<string, any>;
  dataValidation?: Record<string, any>;
}

export interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

export interface SheetProperties {
  sheetId: number;
  title: string;
  index: number;
  sheetType: 'GRID';
  hidden?: boolean;
  gridProperties: { rowCount: number; columnCount: number; frozenRowCount?: number; frozenColumnCount?: number };
}

export interface ProtectedRange {
  protectedRangeId: number;
  range: GridRange;
  description?: string;
  warningOnly?: boolean;
  requestingUserCanEdit?: boolean;
  editors?: { users?: string[]; groups?: string[]; domainUsersCanEdit?: boolean };
}

export interface FakeSheet {
  properties: SheetProperties;
  /** Sparse rows of cells, 0-based. */
  cells: Array<Array<CellData | undefined> | undefined>;
  columnWidths: Map<number, number>;
  /** Row heights in pixels given by updateDimensionProperties (absent: Sheets' default, fitted to the content). */
  rowHeights?: Map<number, number>;
  protectedRanges: ProtectedRange[];
  basicFilter?: { range: GridRange };
}

/**
 * Developer metadata at spreadsheet level: the ID is unique in the spreadsheet, so creating one with an ID in use
 * fails, which is what makes it usable as a lock.
 * https://developers.google.com/workspace/sheets/api/guides/metadata,
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
 */
export interface DeveloperMetadata {
  metadataId: number;
  metadataKey: string;
  metadataValue?: string;
  location: { locationType: 'SPREADSHEET'; spreadsheet: true };
  visibility: 'DOCUMENT' | 'PROJECT';
}

export interface FakeSpreadsheet {
  spreadsheetId: string;
  properties: { title: string; locale: string; timeZone: string; autoRecalc: string };
  sheets: FakeSheet[];
  developerMetadata: DeveloperMetadata[];
}

export type ValueInputOption = 'RAW' | 'USER_ENTERED';
export type RawValue = string | number | boolean | null;

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
const DEFAULT_COLUMN_WIDTH = 100;
const MAX_CELL_CHARACTERS = 50_000;
const DATE_TYPES = new Set(['DATE', 'TIME', 'DATE_TIME']);
/** Serial day 0 of Sheets (and Lotus) dates. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const BANGKOK_OFFSET_MS = 7 * 3600_000;

export class FakeSheetsStore {
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  private nextId = 1;

  constructor(
    private readonly maxCells = 10_000_000,
    /** Title of the sheet a new spreadsheet starts with (the creator's locale decides it). */
    private readonly defaultSheetTitle = 'Sheet1',
  ) {}

  // ---- creation and inspection (also used by tests to seed and to assert) ----

  create(
    body: { properties?: { title?: string; locale?: string; timeZone?: string }; sheets?: Array<{ properties?: Partial<SheetProperties> }> },
    id?: string,
  ): FakeSpreadsheet {
    const spreadsheetId = id ?? `fake-ss-${String(this.nextId++).padStart(4, '0')}`;
    const spreadsheet: FakeSpreadsheet = {
      spreadsheetId,
      properties: {
        title: body.properties?.title ?? 'Untitled spreadsheet',
        locale: body.properties?.locale ?? 'th_TH',
        timeZone: body.properties?.timeZone ?? 'Asia/Bangkok',
        autoRecalc: 'ON_CHANGE',
      },
      sheets: [],
      developerMetadata: [],
    };
    const requested = body.sheets?.length ? body.sheets : [{ properties: { title: this.defaultSheetTitle, sheetId: 0 } }];
    requested.forEach((s, i) => this.addSheet(spreadsheet, { ...s.properties, index: i }, `sheets[${i}]`));
    this.checkCellLimit(spreadsheet, 'create');
    this.spreadsheets.set(spreadsheetId, spreadsheet);
    return spreadsheet;
  }

  get(spreadsheetId: string): FakeSpreadsheet {
    const s = this.spreadsheets.get(spreadsheetId);
    if (!s) throw notFound('Requested entity was not found.');
    return s;
  }

  sheet(spreadsheetId: string, title: string): FakeSheet {
    const sheet = this.get(spreadsheetId).sheets.find((s) => s.properties.title === title);
    if (!sheet) throw new Error(`no sheet ${title} in ${spreadsheetId}`);
    return sheet;
  }

  /**
   * Test seeding, as Forms or a person typing would fill a sheet: strings stay strings, `Date`s become
   * date-time serials (Asia/Bangkok) shown with the Thai Forms timestamp pattern.
   */
  seedValues(
    spreadsheetId: string,
    title: string,
    rows: ReadonlyArray<ReadonlyArray<string | number | boolean | Date | null>>,
    /** 0-based row where the given rows start (a later row appends, as a new form submission does). */
    startRow = 0,
  ): void {
    const spreadsheet = this.get(spreadsheetId);
    let sheet = spreadsheet.sheets.find((s) => s.properties.title === title);
    if (!sheet) sheet = this.addSheet(spreadsheet, { title }, 'seed');
    const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
    sheet.properties.gridProperties.rowCount = Math.max(sheet.properties.gridProperties.rowCount, startRow + rows.length);
    sheet.properties.gridProperties.columnCount = Math.max(sheet.properties.gridProperties.columnCount, width);
    rows.forEach((row, i) => {
      const r = startRow + i;
      row.forEach((value, c) => {
        if (value === null) return;
        const cell: CellData =
          value instanceof Date
            ? {
                userEnteredValue: { numberValue: (value.getTime() + BANGKOK_OFFSET_MS - SERIAL_EPOCH_MS) / 86_400_000 },
                userEnteredFormat: { numberFormat: { type: 'DATE_TIME', pattern: 'd/m/yyyy, H:mm:ss' } },
              }
            : { userEnteredValue: typedValue(value) };
        setCell(sheet!, r, c, cell);
      });
    });
  }

  /** Every cell holding a formula, as `Title!A1` → formula. */
  formulas(spreadsheetId: string): Map<string, string> {
    const found = new Map<string, string>();
    for (const sheet of this.get(spreadsheetId).sheets) {
      sheet.cells.forEach((row, r) =>
        row?.forEach((cell, c) => {
          const f = cell?.userEnteredValue?.formulaValue;
          if (f !== undefined) found.set(`${sheet.properties.title}!${columnLetters(c)}${r + 1}`, f);
        }),
      );
    }
    return found;
  }

  /** The sheet's user-entered values as a plain grid (strings, numbers, booleans, null), trailing blanks trimmed. */
  grid(spreadsheetId: string, title: string): RawValue[][] {
    const sheet = this.sheet(spreadsheetId, title);
    const rows = sheet.cells.map((row) => (row ?? []).map((cell) => plainValue(cell)));
    return trimGrid(rows);
  }

  totalCells(spreadsheet: FakeSpreadsheet): number {
    return spreadsheet.sheets.reduce((n, s) => n + s.properties.gridProperties.rowCount * s.properties.gridProperties.columnCount, 0);
  }

  /** spreadsheets.developerMetadata.get */
  developerMetadata(spreadsheetId: string, metadataId: number): DeveloperMetadata {
    const found = this.get(spreadsheetId).developerMetadata.find((m) => m.metadataId === metadataId);
    if (!found) throw notFound(`No developer metadata with ID: ${metadataId}`);
    return structuredClone(found);
  }

  // ---- spreadsheets.get ----

  resource(spreadsheetId: string, baseUrl: string): Record<string, unknown> {
    const s = this.get(spreadsheetId);
    return {
      spreadsheetId: s.spreadsheetId,
      properties: { ...s.properties },
      sheets: s.sheets.map((sheet) => {
        const { frozenRowCount, frozenColumnCount, ...grid } = sheet.properties.gridProperties;
        const out: Record<string, unknown> = {
          properties: {
            ...sheet.properties,
            gridProperties: { ...grid, ...(frozenRowCount ? { frozenRowCount } : {}), ...(frozenColumnCount ? { frozenColumnCount } : {}) },
          },
        };
        if (sheet.protectedRanges.length) out.protectedRanges = structuredClone(sheet.protectedRanges);
        if (sheet.basicFilter) out.basicFilter = structuredClone(sheet.basicFilter);
        return out;
      }),
      spreadsheetUrl: `${baseUrl}spreadsheets/d/${s.spreadsheetId}/edit`,
    };
  }

  // ---- values ----

  getValues(
    spreadsheetId: string,
    range: string,
    options: { valueRenderOption?: string; dateTimeRenderOption?: string; majorDimension?: string },
  ): { range: string; majorDimension: string; values?: unknown[][] } {
    const spreadsheet = this.get(spreadsheetId);
    const area = resolveRange(spreadsheet, range);
    const render = options.valueRenderOption ?? 'FORMATTED_VALUE';
    const dateRender = options.dateTimeRenderOption ?? 'SERIAL_NUMBER';
    if (!['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'].includes(render)) throw invalid(`Invalid value at 'value_render_option' (${render})`);
    if (!['SERIAL_NUMBER', 'FORMATTED_STRING'].includes(dateRender)) throw invalid(`Invalid value at 'date_time_render_option' (${dateRender})`);
    const rows: unknown[][] = [];
    for (let r = area.startRow; r < area.endRow; r++) {
      const row: unknown[] = [];
      for (let c = area.startColumn; c < area.endColumn; c++) row.push(renderCell(area.sheet.cells[r]?.[c], render, dateRender));
      rows.push(row);
    }
    let values = trimGrid(rows.map((row) => row.map((v) => (v === '' ? null : v)))).map((row) => row.map((v) => v ?? ''));
    if (options.majorDimension === 'COLUMNS') values = transpose(values);
    return {
      range: formatRange(area.sheet.properties.title, area.startRow, area.endRow, area.startColumn, area.endColumn),
      majorDimension: options.majorDimension ?? 'ROWS',
      ...(values.length ? { values } : {}),
    };
  }

  /** values.update / values.batchUpdate: all ranges are checked before any is written (the batch is atomic). */
  updateValues(
    spreadsheetId: string,
    data: ReadonlyArray<{ range?: string; values?: RawValue[][]; majorDimension?: string }>,
    valueInputOption: string | undefined,
  ): Array<{ spreadsheetId: string; updatedRange: string; updatedRows: number; updatedColumns: number; updatedCells: number }> {
    if (valueInputOption === undefined) throw invalid("'valueInputOption' is required but not specified");
    if (valueInputOption !== 'RAW' && valueInputOption !== 'USER_ENTERED') throw invalid(`Invalid valueInputOption: ${valueInputOption}`);
    const spreadsheet = this.get(spreadsheetId);
    const writes = data.map((vr) => {
      if (!vr.range) throw invalid('Missing range');
      const area = resolveRange(spreadsheet, vr.range);
      const values = vr.majorDimension === 'COLUMNS' ? transpose(vr.values ?? []) : (vr.values ?? []);
      const rangeText = vr.range;
      if (values.length > area.endRow - area.startRow) {
        throw invalid(`Requested writing within range [${rangeText}], but tried writing to row [${area.startRow + values.length}]`);
      }
      values.forEach((row) => {
        if (row.length > area.endColumn - area.startColumn) {
          throw invalid(`Requested writing within range [${rangeText}], but tried writing to column [${columnLetters(area.startColumn + row.length - 1)}]`);
        }
        row.forEach((v) => {
          if (typeof v === 'string' && v.length > MAX_CELL_CHARACTERS) {
            throw invalid(`Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`);
          }
        });
      });
      return { area, values };
    });
    return writes.map(({ area, values }) => {
      let rows = 0,
        columns = 0,
        cells = 0;
      values.forEach((row, r) => {
        let wrote = false;
        row.forEach((v, c) => {
          if (v === null || v === undefined) return; // the API skips nulls; '' clears
          const existing = area.sheet.cells[area.startRow + r]?.[area.startColumn + c];
          const cell: CellData = { ...existing };
          const entered = valueInputOption === 'RAW' ? typedValue(v) : userEnteredValue(v);
          if (entered) cell.userEnteredValue = entered;
          else delete cell.userEnteredValue;
          setCell(area.sheet, area.startRow + r, area.startColumn + c, cell);
          cells++;
          wrote = true;
          columns = Math.max(columns, c + 1);
        });
        if (wrote) rows = r + 1;
      });
      return {
        spreadsheetId,
        updatedRange: formatRange(
          area.sheet.properties.title,
          area.startRow,
          area.startRow + Math.max(rows, 1),
          area.startColumn,
          area.startColumn + Math.max(columns, 1),
        ),
        updatedRows: rows,
        updatedColumns: columns,
        updatedCells: cells,
      };
    });
  }

  clearValues(spreadsheetId: string, range: string): { spreadsheetId: string; clearedRange: string } {
    const area = resolveRange(this.get(spreadsheetId), range);
    for (let r = area.startRow; r < area.endRow; r++) {
      for (let c = area.startColumn; c < area.endColumn; c++) {
        const cell = area.sheet.cells[r]?.[c];
        if (cell) {
          delete cell.userEnteredValue;
          setCell(area.sheet, r, c, cell);
        }
      }
    }
    return { spreadsheetId, clearedRange: formatRange(area.sheet.properties.title, area.startRow, area.endRow, area.startColumn, area.endColumn) };
  }

  // ---- spreadsheets.batchUpdate ----

  /** Applies every request to a copy and commits only if all succeed, as the real batchUpdate is atomic. */
  batchUpdate(spreadsheetId: string, requests: ReadonlyArray<Record<string, any>>): { spreadsheetId: string; replies: Array<Record<string, unknown>> } {
    const original = this.get(spreadsheetId);
    if (!Array.isArray(requests) || requests.length === 0) throw invalid('Must specify at least one request.');
    const draft = structuredClone(original);
    const replies = requests.map((request, i) => {
      const kinds = Object.keys(request);
      if (kinds.length !== 1) throw invalid(`Invalid requests[${i}]: exactly one kind of request must be set.`);
      const kind = kinds[0]!;
      const where = `requests[${i}].${kind}`;
      try {
        const reply = this.apply(draft, kind, request[kind], where);
        if (['addSheet', 'updateSheetProperties'].includes(kind)) this.checkCellLimit(draft, where);
        return reply;
      } catch (e) {
        if (e instanceof FieldMaskError) throw invalid(`Invalid ${where}: ${e.message}`);
        if (e instanceof GoogleApiError && !e.message.startsWith('Invalid requests[')) {
          throw new GoogleApiError(e.httpStatus, `Invalid ${where}: ${e.message}`, e.rpcStatus, e.reason);
        }
        throw e;
      }
    });
    this.spreadsheets.set(spreadsheetId, draft);
    return { spreadsheetId, replies };
  }

  private apply(s: FakeSpreadsheet, kind: string, body: any, where: string): Record<string, unknown> {
    switch (kind) {
      case 'addSheet': {
        const sheet = this.addSheet(s, body?.properties ?? {}, where);
        return { addSheet: { properties: structuredClone(sheet.properties) } };
      }
      case 'deleteSheet': {
        const sheet = sheetById(s, body?.sheetId);
        if (s.sheets.length === 1) throw invalid("You can't remove all the sheets in a document.");
        s.sheets = s.sheets.filter((x) => x !== sheet);
        if (s.sheets.every((x) => x.properties.hidden)) throw invalid("You can't hide all the sheets in a document.");
        reindex(s);
        return {};
      }
      case 'updateSheetProperties':
        updateSheetProperties(s, body);
        if (s.sheets.every((x) => x.properties.hidden)) throw invalid("You can't hide all the sheets in a document.");
        return {};
      case 'updateSpreadsheetProperties': {
        if (!body?.fields) throw invalid('At least one field must be updated, but none were specified.');
        assignFields(s.properties as any, body.properties, parseFieldMask(body.fields));
        return {};
      }
      case 'updateDimensionProperties': {
        const range = body?.range;
        const sheet = sheetById(s, range?.sheetId);
        if (!body.fields?.split(',').includes('pixelSize')) throw invalid('The fake models pixelSize only.');
        checkPixelSize(body.properties?.pixelSize);
        if (range.dimension === 'ROWS') {
          const end = range.endIndex ?? sheet.properties.gridProperties.rowCount;
          checkBounds(sheet, { startRowIndex: range.startIndex, endRowIndex: end });
          sheet.rowHeights ??= new Map();
          for (let r = range.startIndex ?? 0; r < end; r++) sheet.rowHeights.set(r, body.properties.pixelSize);
          return {};
        }
        if (range.dimension !== 'COLUMNS') throw invalid(`Invalid value at 'requests.update_dimension_properties.range.dimension' (${range.dimension})`);
        const end = range.endIndex ?? sheet.properties.gridProperties.columnCount;
        checkBounds(sheet, { startColumnIndex: range.startIndex, endColumnIndex: end });
        for (let c = range.startIndex ?? 0; c < end; c++) sheet.columnWidths.set(c, body.properties.pixelSize);
        return {};
      }
      case 'autoResizeDimensions': {
        const dims = body?.dimensions;
        const sheet = sheetById(s, dims?.sheetId);
        const end = dims.endIndex ?? sheet.properties.gridProperties.columnCount;
        for (let c = dims.startIndex ?? 0; c < end; c++) {
          const longest = sheet.cells.reduce((n, row) => Math.max(n, String(plainValue(row?.[c]) ?? '').length), 0);
          sheet.columnWidths.set(c, Math.max(DEFAULT_COLUMN_WIDTH, longest * 7 + 10));
        }
        return {};
      }
      case 'repeatCell': {
        if (!body?.fields) throw invalid('At least one field must be updated, but none were specified.');
        const mask = parseFieldMask(body.fields);
        checkCellData(body.cell);
        forEachCell(s, body.range, (sheet, r, c) => {
          const cell = { ...(sheet.cells[r]?.[c] ?? {}) } as Record<string, unknown>;
          assignFields(cell, structuredClone(body.cell ?? {}), mask);
          checkEnteredValue(cell as CellData);
          setCell(sheet, r, c, cell as CellData);
        });
        return {};
      }
      case 'updateCells': {
        if (!body?.fields) throw invalid('At least one field must be updated, but none were specified.');
        const mask = parseFieldMask(body.fields);
        const rows: Array<{ values?: CellData[] }> | undefined = body.rows;
        if (!rows) {
          forEachCell(s, body.range, (sheet, r, c) => {
            const cell = { ...(sheet.cells[r]?.[c] ?? {}) } as Record<string, unknown>;
            assignFields(cell, {}, mask);
            setCell(sheet, r, c, cell as CellData);
          });
          return {};
        }
        const anchor = body.start ?? body.range;
        const sheet = sheetById(s, anchor?.sheetId);
        const top = anchor.rowIndex ?? anchor.startRowIndex ?? 0;
        const left = anchor.columnIndex ?? anchor.startColumnIndex ?? 0;
        rows.forEach((row, r) =>
          (row.values ?? []).forEach((source, c) => {
            checkCellData(source);
            checkBounds(sheet, { startRowIndex: top + r, endRowIndex: top + r + 1, startColumnIndex: left + c, endColumnIndex: left + c + 1 });
            const cell = { ...(sheet.cells[top + r]?.[left + c] ?? {}) } as Record<string, unknown>;
            assignFields(cell, structuredClone(source as Record<string, unknown>), mask);
            checkEnteredValue(cell as CellData);
            setCell(sheet, top + r, left + c, cell as CellData);
          }),
        );
        return {};
      }
      case 'setDataValidation':
        forEachCell(s, body?.range, (sheet, r, c) => {
          const cell = { ...(sheet.cells[r]?.[c] ?? {}) };
          if (body.rule) cell.dataValidation = structuredClone(body.rule);
          else delete cell.dataValidation;
          setCell(sheet, r, c, cell);
        });
        return {};
      case 'addProtectedRange': {
        const requested = body?.protectedRange ?? {};
        const sheet = sheetById(s, requested.range?.sheetId);
        checkBounds(sheet, requested.range);
        for (const inner of requested.unprotectedRanges ?? []) checkBounds(sheetById(s, inner.sheetId), inner);
        const all = s.sheets.flatMap((x) => x.protectedRanges);
        const protectedRangeId: number = requested.protectedRangeId ?? 1_000_000 + all.length + Math.floor(Math.random() * 1_000_000);
        if (all.some((p) => p.protectedRangeId === protectedRangeId)) throw invalid(`Protected range ID ${protectedRangeId} is already in use.`);
        const protectedRange: ProtectedRange = { ...structuredClone(requested), protectedRangeId, requestingUserCanEdit: true };
        sheet.protectedRanges.push(protectedRange);
        return { addProtectedRange: { protectedRange: structuredClone(protectedRange) } };
      }
      case 'setBasicFilter': {
        const range = body?.filter?.range;
        const sheet = sheetById(s, range?.sheetId);
        checkBounds(sheet, range);
        sheet.basicFilter = { range: structuredClone(range) };
        return {};
      }
      case 'clearBasicFilter':
        delete sheetById(s, body?.sheetId).basicFilter;
        return {};
      case 'createDeveloperMetadata': {
        const m = body?.developerMetadata ?? {};
        if (!m.location?.spreadsheet) throw invalid('The fake models spreadsheet-level developer metadata only.');
        if (!m.metadataKey) throw invalid('Developer metadata must have a key.');
        if (!['DOCUMENT', 'PROJECT'].includes(m.visibility)) throw invalid('Developer metadata visibility must be specified.');
        const metadataId: number = m.metadataId ?? 1 + Math.floor(Math.random() * 2_000_000_000);
        if (!(Number.isInteger(metadataId) && metadataId > 0)) throw invalid('Developer metadata ID must be positive.');
        if (s.developerMetadata.some((x) => x.metadataId === metadataId)) throw invalid(`Developer metadata with ID ${metadataId} already exists.`);
        const created: DeveloperMetadata = {
          metadataId,
          metadataKey: m.metadataKey,
          ...(m.metadataValue !== undefined ? { metadataValue: String(m.metadataValue) } : {}),
          location: { locationType: 'SPREADSHEET', spreadsheet: true },
          visibility: m.visibility,
        };
        s.developerMetadata.push(created);
        return { createDeveloperMetadata: { developerMetadata: structuredClone(created) } };
      }
      case 'deleteDeveloperMetadata': {
        const lookup = body?.dataFilter?.developerMetadataLookup;
        if (!lookup) throw invalid('The fake models developerMetadataLookup filters only.');
        const matches = (x: DeveloperMetadata) =>
          (lookup.metadataId === undefined || x.metadataId === lookup.metadataId) &&
          (lookup.metadataKey === undefined || x.metadataKey === lookup.metadataKey) &&
          (lookup.metadataValue === undefined || x.metadataValue === lookup.metadataValue);
        const deleted = s.developerMetadata.filter(matches);
        s.developerMetadata = s.developerMetadata.filter((x) => !matches(x));
        return { deleteDeveloperMetadata: { deletedDeveloperMetadata: structuredClone(deleted) } };
      }
      case 'deleteProtectedRange': {
        const sheet = s.sheets.find((x) => x.protectedRanges.some((p) => p.protectedRangeId === body?.protectedRangeId));
        if (!sheet) throw invalid(`No protected range with id: ${body?.protectedRangeId}`);
        sheet.protectedRanges = sheet.protectedRanges.filter((p) => p.protectedRangeId !== body.protectedRangeId);
        return {};
      }
      default:
        throw invalid(`The fake Sheets server does not model ${kind}.`);
    }
  }

  private addSheet(s: FakeSpreadsheet, properties: Partial<SheetProperties>, where: string): FakeSheet {
    const title = properties.title ?? `Sheet${s.sheets.length + 1}`;
    if (s.sheets.some((x) => x.properties.title.toLowerCase() === title.toLowerCase())) {
      throw invalid(`Invalid ${where}: A sheet with the name "${title}" already exists. Please enter another name.`);
    }
    let sheetId = properties.sheetId;
    if (sheetId === undefined) {
      do sheetId = Math.floor(Math.random() * 2_000_000_000);
      while (s.sheets.some((x) => x.properties.sheetId === sheetId));
    } else if (s.sheets.some((x) => x.properties.sheetId === sheetId)) {
      throw invalid(`Invalid ${where}: Sheet with id ${sheetId} already exists.`);
    }
    const grid = properties.gridProperties ?? ({} as Partial<SheetProperties['gridProperties']>);
    const sheet: FakeSheet = {
      properties: {
        sheetId,
        title,
        index: 0,
        sheetType: 'GRID',
        ...(properties.hidden ? { hidden: true } : {}),
        gridProperties: {
          rowCount: grid.rowCount ?? DEFAULT_ROWS,
          columnCount: grid.columnCount ?? DEFAULT_COLUMNS,
          frozenRowCount: grid.frozenRowCount ?? 0,
          frozenColumnCount: grid.frozenColumnCount ?? 0,
        },
      },
      cells: [],
      columnWidths: new Map(),
      protectedRanges: [],
    };
    checkGrid(sheet);
    const index = Math.min(properties.index ?? s.sheets.length, s.sheets.length);
    s.sheets.splice(index, 0, sheet);
    reindex(s);
    return sheet;
  }

  private checkCellLimit(s: FakeSpreadsheet, where: string): void {
    if (this.totalCells(s) > this.maxCells) {
      throw invalid(`Invalid ${where}: This action would increase the number of cells in the workbook above the limit of ${this.maxCells} cells.`);
    }
  }
}

// ---- cells ----

function typedValue(v: string | number | boolean): ExtendedValue | undefined {
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  return v === '' ? undefined : { stringValue: v };
}

/** USER_ENTERED: parsed as if typed into the UI, so `=` starts a formula and digits lose leading zeros. */
function userEnteredValue(v: string | number | boolean): ExtendedValue | undefined {
  if (typeof v !== 'string') return typedValue(v);
  if (v.startsWith('=') && v.length > 1) return { formulaValue: v };
  if (v.startsWith("'")) return typedValue(v.slice(1));
  const t = v.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return { numberValue: Number(t.replace(/,/g, '')) };
  if (/^(true|false)$/i.test(t)) return { boolValue: t.toLowerCase() === 'true' };
  return typedValue(v);
}

/**
 * What the API refuses in a CellData it is asked to write (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#CellFormat,
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/other#Color): enums outside their values,
 * colour channels outside [0, 1], an ExtendedValue with more than one value (a union field).
 */
function checkCellData(cell: CellData | undefined): void {
  const format = cell?.userEnteredFormat;
  const oneOf = (field: string, value: unknown, allowed: readonly string[]) => {
    if (value !== undefined && !allowed.includes(value as string)) throw invalid(`Invalid value at '${field}' (${String(value)})`);
  };
  const colour = (field: string, c: Record<string, unknown> | undefined) => {
    if (!c) return;
    for (const channel of ['red', 'green', 'blue', 'alpha']) {
      const v = c[channel];
      if (v !== undefined && !(typeof v === 'number' && v >= 0 && v <= 1))
        throw invalid(`Invalid value at '${field}.${channel}' (${String(v)}): must be between 0 and 1`);
    }
  };
  if (format) {
    oneOf('cell.user_entered_format.wrap_strategy', format.wrapStrategy, ['OVERFLOW_CELL', 'LEGACY_WRAP', 'CLIP', 'WRAP']);
    oneOf('cell.user_entered_format.vertical_alignment', format.verticalAlignment, ['TOP', 'MIDDLE', 'BOTTOM']);
    oneOf('cell.user_entered_format.horizontal_alignment', format.horizontalAlignment, ['LEFT', 'CENTER', 'RIGHT']);
    oneOf('cell.user_entered_format.number_format.type', format.numberFormat?.type, [
      'TEXT',
      'NUMBER',
      'PERCENT',
      'CURRENCY',
      'DATE',
      'TIME',
      'DATE_TIME',
      'SCIENTIFIC',
    ]);
    colour('cell.user_entered_format.background_color', format.backgroundColor);
    colour('cell.user_entered_format.text_format.foreground_color', format.textFormat?.foregroundColor);
  }
  const value = cell?.userEnteredValue;
  if (value) {
    if (Object.keys(value).length > 1) throw invalid("Invalid value at 'cell.user_entered_value': only one of its values may be set");
  }
}

/** DimensionProperties.pixelSize is an int32 (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#DimensionProperties). */
function checkPixelSize(size: unknown): void {
  if (!(typeof size === 'number' && Number.isInteger(size) && size >= 0))
    throw invalid(`Invalid value at 'properties.pixel_size' (TYPE_INT32), ${String(size)}`);
}

function checkEnteredValue(cell: CellData): void {
  const s = cell.userEnteredValue?.stringValue;
  if (s !== undefined && s.length > MAX_CELL_CHARACTERS) {
    throw invalid(`Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`);
  }
}

function setCell(sheet: FakeSheet, r: number, c: number, cell: CellData): void {
  const empty = !cell.userEnteredValue && !cell.userEnteredFormat && !cell.dataValidation;
  if (empty && !sheet.cells[r]) return;
  const row = (sheet.cells[r] ??= []);
  row[c] = empty ? undefined : cell;
}

function plainValue(cell: CellData | undefined): RawValue {
  const v = cell?.userEnteredValue;
  if (!v) return null;
  return v.stringValue ?? v.numberValue ?? v.boolValue ?? v.formulaValue ?? null;
}

function renderCell(cell: CellData | undefined, render: string, dateRender: string): unknown {
  const v = cell?.userEnteredValue;
  if (!v) return '';
  if (v.formulaValue !== undefined) return render === 'FORMULA' ? v.formulaValue : '';
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.boolValue !== undefined) return render === 'FORMATTED_VALUE' ? (v.boolValue ? 'TRUE' : 'FALSE') : v.boolValue;
  const n = v.numberValue!;
  const numberFormat = cell?.userEnteredFormat?.numberFormat;
  if (numberFormat && DATE_TYPES.has(numberFormat.type)) {
    if (render === 'FORMATTED_VALUE' || dateRender === 'FORMATTED_STRING') return formatSerial(n, numberFormat.pattern ?? 'd/m/yyyy, H:mm:ss');
    return n;
  }
  return render === 'FORMATTED_VALUE' ? String(n) : n;
}

/** Formats a serial date with the few pattern tokens Thai sheets use (d, dd, m, mm, yyyy, H, HH, mm, ss). */
function formatSerial(serial: number, pattern: string): string {
  const t = new Date(SERIAL_EPOCH_MS + Math.round(serial * 86_400_000));
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  let afterHour = false;
  return pattern.replace(/yyyy|dd|d|mm|m|HH|H|ss|s/g, (token) => {
    switch (token) {
      case 'yyyy':
        return String(t.getUTCFullYear());
      case 'dd':
      case 'd':
        return pad(t.getUTCDate(), token.length);
      case 'HH':
      case 'H':
        afterHour = true;
        return pad(t.getUTCHours(), token.length);
      case 'ss':
      case 's':
        return pad(t.getUTCSeconds(), token.length);
      default:
        return afterHour ? pad(t.getUTCMinutes(), token.length) : pad(t.getUTCMonth() + 1, token.length);
    }
  });
}

function trimGrid<T>(rows: Array<Array<T | null>>): Array<Array<T | null>> {
  const trimmed = rows.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
    return row.slice(0, end);
  });
  let last = trimmed.length;
  while (last > 0 && trimmed[last - 1]!.length === 0) last--;
  return trimmed.slice(0, last);
}

function transpose<T>(rows: T[][]): T[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return Array.from({ length: width }, (_, c) => rows.map((r) => r[c] as T));
}

// ---- sheets and ranges ----

function sheetById(s: FakeSpreadsheet, sheetId: unknown): FakeSheet {
  const sheet = s.sheets.find((x) => x.properties.sheetId === (sheetId ?? 0));
  if (!sheet) throw invalid(`No grid with id: ${sheetId ?? 0}`);
  return sheet;
}

function reindex(s: FakeSpreadsheet): void {
  s.sheets.forEach((sheet, i) => (sheet.properties.index = i));
}

function checkGrid(sheet: FakeSheet): void {
  const g = sheet.properties.gridProperties;
  if (g.rowCount < 1 || g.columnCount < 1) throw invalid('A sheet needs at least one row and one column.');
  if ((g.frozenRowCount ?? 0) >= g.rowCount) throw invalid("You can't freeze all visible rows on the sheet.");
  if ((g.frozenColumnCount ?? 0) >= g.columnCount) throw invalid("You can't freeze all visible columns on the sheet.");
}

function updateSheetProperties(s: FakeSpreadsheet, body: any): void {
  if (!body?.fields) throw invalid('At least one field must be updated, but none were specified.');
  const sheet = sheetById(s, body.properties?.sheetId);
  const mask = parseFieldMask(body.fields);
  mask.delete('sheetId');
  const next = structuredClone(sheet.properties) as unknown as Record<string, unknown>;
  assignFields(next, body.properties, mask);
  const props = next as unknown as SheetProperties;
  if (mask.has('title') && s.sheets.some((x) => x !== sheet && x.properties.title.toLowerCase() === String(props.title).toLowerCase())) {
    throw invalid(`A sheet with the name "${props.title}" already exists. Please enter another name.`);
  }
  props.gridProperties.rowCount ??= DEFAULT_ROWS;
  props.gridProperties.columnCount ??= DEFAULT_COLUMNS;
  sheet.properties = props;
  checkGrid(sheet);
  // Shrinking the grid deletes the rows and columns that fall off it, content included.
  sheet.cells.length = Math.min(sheet.cells.length, props.gridProperties.rowCount);
  sheet.cells.forEach((row) => row && (row.length = Math.min(row.length, props.gridProperties.columnCount)));
  if (mask.has('index')) {
    // The API counts the destination in positions before the move: moving right lands one place left of it.
    const from = s.sheets.indexOf(sheet);
    const to = props.index > from ? props.index - 1 : props.index;
    s.sheets = s.sheets.filter((x) => x !== sheet);
    s.sheets.splice(Math.min(Math.max(to, 0), s.sheets.length), 0, sheet);
    reindex(s);
  }
}

function checkBounds(sheet: FakeSheet, range: GridRange | undefined): void {
  const g = sheet.properties.gridProperties;
  const endRow = range?.endRowIndex ?? g.rowCount;
  const endColumn = range?.endColumnIndex ?? g.columnCount;
  const startRow = range?.startRowIndex ?? 0;
  const startColumn = range?.startColumnIndex ?? 0;
  if (startRow < 0 || startColumn < 0 || startRow > endRow || startColumn > endColumn) throw invalid('Invalid range.');
  if (endRow > g.rowCount || endColumn > g.columnCount) {
    throw invalid(
      `Range (${formatRange(sheet.properties.title, startRow, endRow, startColumn, endColumn)}) exceeds grid limits. Max rows: ${g.rowCount}, max columns: ${g.columnCount}`,
    );
  }
}

function forEachCell(s: FakeSpreadsheet, range: GridRange | undefined, fn: (sheet: FakeSheet, r: number, c: number) => void): void {
  const sheet = sheetById(s, range?.sheetId);
  checkBounds(sheet, range);
  const g = sheet.properties.gridProperties;
  for (let r = range?.startRowIndex ?? 0; r < (range?.endRowIndex ?? g.rowCount); r++) {
    for (let c = range?.startColumnIndex ?? 0; c < (range?.endColumnIndex ?? g.columnCount); c++) fn(sheet, r, c);
  }
}

interface ResolvedRange {
  sheet: FakeSheet;
  startRow: number;
  endRow: number;
  startColumn: number;
  endColumn: number;
}

const CELL = /^([A-Z]*)(\d*)$/;

/** A1 notation → cells. Names outside letters, digits and `_` must be quoted, as the API requires. */
export function resolveRange(s: FakeSpreadsheet, text: string): ResolvedRange {
  const fail = () => invalid(`Unable to parse range: ${text}`);
  let title: string | undefined;
  let cells: string | undefined = text;
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    for (; i < text.length; i++) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i++;
          continue;
        }
        break;
      }
      name += text[i];
    }
    if (i >= text.length) throw fail();
    title = name;
    const rest = text.slice(i + 1);
    if (rest === '') cells = undefined;
    else if (rest.startsWith('!')) cells = rest.slice(1);
    else throw fail();
  } else if (text.includes('!')) {
    const bang = text.lastIndexOf('!');
    title = text.slice(0, bang);
    cells = text.slice(bang + 1);
    if (!/^[\p{L}\p{M}\p{N}_]+$/u.test(title)) throw fail();
  } else if (!isCellRange(text)) {
    if (!/^[\p{L}\p{M}\p{N}_]+$/u.test(text)) throw fail();
    title = text;
    cells = undefined;
  }
  const sheet = title === undefined ? s.sheets[0] : s.sheets.find((x) => x.properties.title === title);
  if (!sheet) throw fail();
  const g = sheet.properties.gridProperties;
  const whole = { sheet, startRow: 0, endRow: g.rowCount, startColumn: 0, endColumn: g.columnCount };
  if (cells === undefined) return whole;
  if (!isCellRange(cells)) throw fail();
  const [from, to = from] = cells.split(':') as [string, string?];
  const a = CELL.exec(from)!;
  const b = CELL.exec(to!)!;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const area = {
    sheet,
    startColumn: a[1] ? col(a[1]) : 0,
    startRow: a[2] ? Number(a[2]) - 1 : 0,
    endColumn: b[1] ? col(b[1]) + 1 : g.columnCount,
    endRow: b[2] ? Number(b[2]) : g.rowCount,
  };
  if (area.startRow < 0 || area.endRow <= area.startRow || area.endColumn <= area.startColumn) throw fail();
  if (area.endRow > g.rowCount || area.endColumn > g.columnCount) {
    throw invalid(`Range (${text}) exceeds grid limits. Max rows: ${g.rowCount}, max columns: ${g.columnCount}`);
  }
  return area;
}

function isCellRange(text: string): boolean {
  const parts = text.split(':');
  if (parts.length > 2) return false;
  return parts.every((p) => p !== '' && CELL.test(p)) && (parts.length === 2 || /^[A-Z]+\d+$/.test(parts[0]!));
}

function formatRange(title: string, startRow: number, endRow: number, startColumn: number, endColumn: number): string {
  const name = /^[A-Za-z0-9_]+$/.test(title) ? title : `'${title.replace(/'/g, "''")}'`;
  return `${name}!${columnLetters(startColumn)}${startRow + 1}:${columnLetters(endColumn - 1)}${endRow}`;
}
