/**
 * What each Apps Script service call costs in time, as a price list the fake clock advances by (runtime.ts) and
 * the benchmark sums (measure.ts). Three sets, low / typical / high, because Apps Script's latency varies a lot
 * from day to day and account to account; the design has to hold at `typical` and say what happens at `high`.
 *
 * Where the figures come from (none of them measured here: no Google account is reachable):
 * - Google's best practices, https://developers.google.com/apps-script/guides/support/best-practices : calls to
 *   other services (Sheets, Drive, Properties …) are slower than anything JavaScript does by itself, so batch
 *   reads and writes; and Google's "Optimizing Spreadsheet Operations" (googleappsscript.blogspot.com, 2010-06):
 *   reads and writes go through look-ahead and write caches, and interleaving them defeats the caches.
 * - Kanshi Tanaike's benchmarks of Spreadsheet service calls (https://tanaikech.github.io/topics/benchmark and his
 *   gists, 2019–2024), Bruce McPherson's "Measuring sheet operation performance"
 *   (https://ramblings.mcpher.com/performance/measuring-sheet-operation-performance/), and the figures collected in
 *   this project's issue 8 from them: a read about 150 ms + ~9 ms per 1,000 cells, a write about 200 ms + ~60 ms
 *   per 1,000 cells, `appendRow` 110–275 ms, creating a spreadsheet about 2 s, an execution starting in about 1 s
 *   (loading a 150 KB script included); calls answered from Apps Script's own objects a few ms.
 * - Apps Script V8 runs JavaScript slower than Node on a developer's machine; `computeFactor` multiplies the Node
 *   time the script spends between calls (an assumption, not a measurement: 1, 2, 4).
 *
 * Calls are told apart by whether they reach a Google backend: getters of a Range or Sheet object already fetched
 * (`getRow`, `getNumColumns`, `getName`, `getSheetId`), builders (`newDataValidation().…build()`, trigger builders
 * before `create()`), `getRange` (a Range is a reference; nothing is fetched until its values are) are local.
 */

export interface LatencyModel {
  name: 'low' | 'typical' | 'high';
  /** Each execution, before the first line runs (loading the bundle included). */
  executionStartMs: number;
  /** Answered from objects Apps Script already holds. */
  localMs: number;
  /** PropertiesService, LockService, Session: their own backends, small payloads. */
  propertiesMs: number;
  lockMs: number;
  /** A call that asks the spreadsheet something without cells (sheets, last row, sizes, filters, protections). */
  metadataMs: number;
  /** getValues and friends: base + per 1,000 cells. */
  readMs: number;
  readPer1000CellsMs: number;
  /** setValues/setNumberFormats (one value per cell): base + per 1,000 cells. */
  writeMs: number;
  writePer1000CellsMs: number;
  /** A write that sends one thing whatever the range (setNumberFormat, setFontWeight, insertSheet, freeze …). */
  structureMs: number;
  appendRowMs: number;
  openMs: number;
  createFileMs: number;
  /** ScriptApp: listing, creating, deleting triggers. */
  triggersMs: number;
  /** FormApp calls. */
  formsMs: number;
  /**
   * Each image placed by setValues, on top of the write's own price: Sheets decodes and stores every image. Google
   * publishes no figure for cell images (https://developers.google.com/apps-script/reference/spreadsheet/cell-image
   * says only that setValue(s) places them); assumed about a quarter of a write call each.
   */
  cellImageMs: number;
  /** MailApp.sendEmail: no published figure; priced as a write of a few cells (an assumption). */
  mailMs: number;
  /** Multiplies the Node CPU time spent between calls (the script's own computing). */
  computeFactor: number;
}

export const LATENCY: Readonly<Record<LatencyModel['name'], LatencyModel>> = {
  low: {
    name: 'low',
    executionStartMs: 500,
    localMs: 0.5,
    propertiesMs: 20,
    lockMs: 20,
    metadataMs: 50,
    readMs: 80,
    readPer1000CellsMs: 5,
    writeMs: 100,
    writePer1000CellsMs: 30,
    structureMs: 100,
    appendRowMs: 110,
    openMs: 400,
    createFileMs: 1000,
    triggersMs: 100,
    formsMs: 100,
    cellImageMs: 20,
    mailMs: 100,
    computeFactor: 1,
  },
  typical: {
    name: 'typical',
    executionStartMs: 1000,
    localMs: 2,
    propertiesMs: 50,
    lockMs: 50,
    metadataMs: 100,
    readMs: 150,
    readPer1000CellsMs: 9,
    writeMs: 200,
    writePer1000CellsMs: 60,
    structureMs: 200,
    appendRowMs: 200,
    openMs: 800,
    createFileMs: 2000,
    triggersMs: 250,
    formsMs: 200,
    cellImageMs: 50,
    mailMs: 200,
    computeFactor: 2,
  },
  high: {
    name: 'high',
    executionStartMs: 2000,
    localMs: 5,
    propertiesMs: 150,
    lockMs: 150,
    metadataMs: 275,
    readMs: 300,
    readPer1000CellsMs: 20,
    writeMs: 400,
    writePer1000CellsMs: 120,
    structureMs: 400,
    appendRowMs: 275,
    openMs: 1500,
    createFileMs: 4000,
    triggersMs: 500,
    formsMs: 400,
    cellImageMs: 150,
    mailMs: 400,
    computeFactor: 4,
  },
};

const LOCAL_METHODS = new Set([
  'getRow',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getA1Notation',
  'getSheet',
  'getRange',
  'getName',
  'getSheetId',
  'getParent',
  'getId',
  'getUrl',
  'getIndex',
  'getActiveSpreadsheet',
  'getActive',
  'newDataValidation',
  'getScriptProperties',
  'getDocumentProperties',
  'getUserProperties',
  'getScriptLock',
  'getDocumentLock',
  'getUserLock',
  'getScriptId',
  'getHandlerFunction',
  'getEventType',
  'getTriggerSource',
  'getTriggerSourceId',
  'getUniqueId',
  'toast',
  'getUi',
  'newCellImage',
  // Like getRange, a list of references: nothing is fetched; each call on the list is then one structure write.
  'getRangeList',
  'getRanges',
]);
/** Range getters whose answer is the range's own shape (Range.getLastRow is local, Sheet.getLastRow is not). */
const LOCAL_RANGE_METHODS = new Set(['getLastRow', 'getLastColumn']);
const READ_METHODS = new Set([
  'getValues',
  'getValue',
  'getDisplayValues',
  'getDisplayValue',
  'getFormulas',
  'getNumberFormats',
  'getFontWeights',
  'getBackgrounds',
  'getDataValidations',
]);
const CELL_WRITE_METHODS = new Set(['setValues', 'setNumberFormats', 'setFormulas', 'setBackgrounds', 'setFontWeights', 'setDataValidations']);
const LOCAL_CLASSES = new Set([
  'DataValidationBuilder',
  'DataValidation',
  'Choice',
  'Menu',
  'Ui',
  'Session',
  'Utilities',
  'Logger',
  'PropertiesService',
  'LockService',
  'CellImageBuilder',
  'CellImage',
]);

export type CallKind =
  'local' | 'properties' | 'lock' | 'metadata' | 'read' | 'write' | 'structure' | 'appendRow' | 'open' | 'create' | 'triggers' | 'forms' | 'mail';

/** What kind of call `Class.method` is, for pricing. */
export function callKind(name: string): CallKind {
  const [cls = '', method = ''] = name.split('.');
  if (cls === 'TriggerBuilder') return method === 'create' ? 'triggers' : 'local';
  if (cls === 'ScriptApp') return method === 'newTrigger' || LOCAL_METHODS.has(method) ? 'local' : 'triggers';
  if (cls === 'Trigger') return 'local';
  if (LOCAL_CLASSES.has(cls) || LOCAL_METHODS.has(method)) return 'local';
  if (cls === 'Properties') return 'properties';
  if (cls === 'Lock') return 'lock';
  if (name === 'MailApp.sendEmail') return 'mail';
  if (cls === 'FormApp' && method === 'create') return 'create';
  if (cls === 'FormApp' && method.startsWith('open')) return 'open';
  if (cls === 'Form' || cls === 'FormApp' || cls === 'Item' || cls === 'FormResponse' || cls === 'ItemResponse') return 'forms';
  if (cls === 'Range' && LOCAL_RANGE_METHODS.has(method)) return 'local';
  if (READ_METHODS.has(method)) return 'read';
  if (CELL_WRITE_METHODS.has(method)) return 'write';
  if (method === 'appendRow') return 'appendRow';
  if (method === 'openById' || method === 'openByUrl') return 'open';
  if (method === 'create' || name === 'Spreadsheet.copy') return 'create';
  if (method.startsWith('get') || method.startsWith('can') || method.startsWith('is')) return 'metadata';
  return 'structure';
}

/** Modelled milliseconds of one call; `cells` is the cells it reads or writes (0 for others). */
export function callMs(model: LatencyModel, name: string, cells: number): number {
  const kind = callKind(name);
  switch (kind) {
    case 'local':
      return model.localMs;
    case 'properties':
      return model.propertiesMs;
    case 'lock':
      return model.lockMs;
    case 'metadata':
      return model.metadataMs;
    case 'read':
      return model.readMs + (model.readPer1000CellsMs * cells) / 1000;
    case 'write':
      return model.writeMs + (model.writePer1000CellsMs * cells) / 1000;
    case 'structure':
      return model.structureMs;
    case 'appendRow':
      return model.appendRowMs + (model.writePer1000CellsMs * cells) / 1000;
    case 'open':
      return model.openMs;
    case 'create':
      // Spreadsheet.copy makes a file like SpreadsheetApp.create (no published figure of its own).
      return name.startsWith('SpreadsheetApp') || name.startsWith('FormApp') || name === 'Spreadsheet.copy' ? model.createFileMs : model.structureMs;
    case 'triggers':
      return model.triggersMs;
    case 'forms':
      return model.formsMs;
    case 'mail':
      return model.mailMs;
  }
}
