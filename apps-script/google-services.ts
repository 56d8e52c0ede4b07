/**
 * The parts of Google's Apps Script services the adapter uses, and nothing more. Each type is a `Pick` of Google's own
 * declaration (`@types/google-apps-script`) for the methods that return plain values, so their signatures are
 * Google's; methods that return another Google object are declared here with the narrow type of that object, so a
 * chain (`sheet.getRange(…).protect().setDescription(…)`) stays narrow from end to end.
 *
 * Two things follow, both checked by the compiler:
 * - Google's real objects satisfy these types (the `Fits` list at the end, and `main.ts`, which passes the real
 *   globals in as they are);
 * - the fakes in `testing/` `implements` them, so a fake whose signature drifts from what the adapter calls no longer
 *   compiles, and the adapter cannot call a method no fake models without adding it here first.
 */

/**
 * A value of one of Google's enums (`ProtectionType.SHEET`, `ItemType.TEXT` …). Google's declarations make them
 * numbers, the fakes strings; the adapter only reads them from a service and compares them or hands them back.
 */
export type EnumValue = number | string;
type EnumOf<K extends string> = { readonly [P in K]: EnumValue };

// ---- Base ----

export type User = Pick<GoogleAppsScript.Base.User, 'getEmail'>;

export interface Menu extends Pick<GoogleAppsScript.Base.Menu, 'addToUi'> {
  addItem(caption: string, functionName: string): this;
  addSeparator(): this;
}

export interface Ui {
  ButtonSet: EnumOf<'OK'>;
  alert(title: string, prompt: string, buttons: EnumValue): EnumValue;
  createMenu(caption: string): Menu;
}

// ---- Spreadsheet ----

export interface SpreadsheetApp extends Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'flush'> {
  ProtectionType: EnumOf<'RANGE' | 'SHEET'>;
  create(name: string): Spreadsheet;
  getActiveSpreadsheet(): Spreadsheet | null;
  openById(id: string): Spreadsheet;
  getUi(): Ui;
  newDataValidation(): DataValidationBuilder;
  newConditionalFormatRule(): ConditionalFormatRuleBuilder;
  newCellImage(): CellImageBuilder;
}

export interface Spreadsheet extends Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, 'getFormUrl' | 'getId' | 'toast'> {
  getSheetByName(name: string): Sheet | null;
  copy(name: string): Spreadsheet;
  getSheets(): Sheet[];
  insertSheet(sheetName: string): Sheet;
  deleteSheet(sheet: Sheet): void;
  getOwner(): User | null;
  getEditors(): User[];
  addEditors(emailAddresses: string[]): this;
  removeEditor(emailAddress: string): this;
}

export interface Sheet extends Pick<
  GoogleAppsScript.Spreadsheet.Sheet,
  | 'deleteColumns'
  | 'deleteRows'
  | 'getFormUrl'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getSheetId'
  | 'setFrozenColumns'
  | 'setFrozenRows'
> {
  getRange(row: number, column: number, numRows?: number, numColumns?: number): Range;
  getDataRange(): Range;
  getRangeList(a1Notations: string[]): RangeList;
  clear(): this;
  setName(name: string): this;
  insertRowsAfter(afterPosition: number, howMany: number): this;
  insertColumnsAfter(afterPosition: number, howMany: number): this;
  setColumnWidths(startColumn: number, numColumns: number, width: number): this;
  setRowHeights(startRow: number, numRows: number, height: number): this;
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void;
  getFilter(): Filter | null;
  protect(): Protection;
  getProtections(type: EnumValue): Protection[];
}

export interface Range extends Pick<GoogleAppsScript.Spreadsheet.Range, 'getRow' | 'getValues'> {
  setValues(values: unknown[][]): this;
  setValue(value: unknown): this;
  clearContent(): this;
  clearFormat(): this;
  setNumberFormat(numberFormat: string): this;
  setNumberFormats(numberFormats: string[][]): this;
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this;
  setBackground(color: string | null): this;
  setDataValidation(rule: DataValidation | null): this;
  clearDataValidations(): this;
  createFilter(): Filter;
  protect(): Protection;
}

/** Several ranges of one sheet formatted in one call. */
export interface RangeList {
  setBackground(color: string | null): this;
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this;
  setWrap(isWrapEnabled: boolean): this;
}

export type Filter = Pick<GoogleAppsScript.Spreadsheet.Filter, 'remove'>;

export interface Protection extends Pick<GoogleAppsScript.Spreadsheet.Protection, 'canDomainEdit' | 'getDescription' | 'remove'> {
  getEditors(): User[];
  setDescription(description: string): this;
  setDomainEdit(editable: boolean): this;
  addEditors(emailAddresses: string[]): this;
  removeEditors(emailAddresses: string[]): this;
  removeEditors(users: User[]): this;
  setUnprotectedRanges(ranges: Range[]): this;
}

/** Built by the adapter and handed back to `setDataValidation`; never read. */
export type DataValidation = object;

export interface DataValidationBuilder {
  requireValueInList(values: string[], showDropdown: boolean): this;
  requireNumberBetween(start: number, end: number): this;
  requireNumberGreaterThanOrEqualTo(number: number): this;
  requireNumberLessThanOrEqualTo(number: number): this;
  setAllowInvalid(allowInvalidData: boolean): this;
  setHelpText(helpText: string): this;
  build(): DataValidation;
}

/** Built by the adapter and handed back to `setConditionalFormatRules`; never read. */
export type ConditionalFormatRule = object;

export interface ConditionalFormatRuleBuilder {
  whenTextStartsWith(text: string): this;
  setBackground(color: string | null): this;
  setRanges(ranges: Range[]): this;
  build(): ConditionalFormatRule;
}

/** Built by the adapter and written into cells with `setValues`; never read. */
export type CellImage = object;

export interface CellImageBuilder {
  setSourceUrl(url: string): this;
  setAltTextTitle(title: string): this;
  build(): CellImage;
}

// ---- Forms ----

export interface FormApp {
  DestinationType: EnumOf<'SPREADSHEET'>;
  ItemType: EnumOf<'LIST' | 'MULTIPLE_CHOICE' | 'TEXT' | 'PAGE_BREAK'>;
  PageNavigationType: EnumOf<'CONTINUE'>;
  create(title: string): Form;
  openById(id: string): Form;
}

export interface Form extends Pick<
  GoogleAppsScript.Forms.Form,
  'getEditUrl' | 'getId' | 'getPublishedUrl' | 'isAcceptingResponses' | 'isPublished' | 'requiresLogin'
> {
  /** Google's declaration says a string; a form without a destination answers null in the fake (the adapter takes both). */
  getDestinationId(): string | null;
  setTitle(title: string): this;
  setDescription(description: string): this;
  setConfirmationMessage(message: string): this;
  setAcceptingResponses(enabled: boolean): this;
  setRequireLogin(requireLogin: boolean): this;
  setPublished(enabled: boolean): this;
  setDestination(type: EnumValue, id: string): this;
  addTextItem(): TextItem;
  addListItem(): ListItem;
  addMultipleChoiceItem(): MultipleChoiceItem;
  addPageBreakItem(): PageBreakItem;
  getItems(): Item[];
  /** Apps Script takes any item here, of whatever kind; only its id matters. */
  moveItem(item: ItemRef, toIndex: number): ItemRef;
  deleteItem(item: ItemRef): void;
  createResponse(): FormResponse;
}

/** Any item of a form, of whatever kind: what `moveItem` and `deleteItem` take. */
export type ItemRef = Pick<GoogleAppsScript.Forms.Item, 'getId'>;

export interface Item extends Pick<GoogleAppsScript.Forms.Item, 'getId' | 'getTitle'> {
  getType(): EnumValue;
  asTextItem(): TextItem;
  asListItem(): ListItem;
  asMultipleChoiceItem(): MultipleChoiceItem;
  asPageBreakItem(): PageBreakItem;
}

/** What every question the adapter makes has: a title, help text, required. */
interface Question extends ItemRef {
  setTitle(title: string): this;
  setHelpText(text: string): this;
  setRequired(enabled: boolean): this;
  createResponse(response: string): ItemResponse;
}

export type TextItem = Question;

export interface ListItem extends Question {
  setChoiceValues(values: string[]): this;
  setChoices(choices: Choice[]): this;
  getChoices(): Choice[];
  createChoice(value: string, navigation: PageBreakItem | EnumValue): Choice;
}

export interface MultipleChoiceItem extends Question {
  setChoiceValues(values: string[]): this;
}

export interface PageBreakItem extends Pick<GoogleAppsScript.Forms.PageBreakItem, 'getId'> {
  setTitle(title: string): this;
  getGoToPage(): PageBreakItem | null;
  setGoToPage(target: PageBreakItem | EnumValue): this;
  getPageNavigationType(): EnumValue;
}

export interface Choice extends Pick<GoogleAppsScript.Forms.Choice, 'getValue'> {
  getGotoPage(): PageBreakItem | null;
}

/** Made by `createResponse` and handed back to `withItemResponse`; never read. */
export type ItemResponse = object;

export interface FormResponse extends Pick<GoogleAppsScript.Forms.FormResponse, 'toPrefilledUrl'> {
  withItemResponse(response: ItemResponse): this;
}

// ---- Script: triggers ----

export interface ScriptApp {
  EventType: EnumOf<'CLOCK' | 'ON_FORM_SUBMIT'>;
  newTrigger(functionName: string): TriggerBuilder;
  getProjectTriggers(): Trigger[];
  deleteTrigger(trigger: Trigger): void;
}

export interface Trigger extends Pick<GoogleAppsScript.Script.Trigger, 'getHandlerFunction'> {
  getEventType(): EnumValue;
  getTriggerSourceId(): string | null;
}

export interface TriggerBuilder {
  timeBased(): ClockTriggerBuilder;
  forSpreadsheet(sheet: Spreadsheet): SpreadsheetTriggerBuilder;
}

export interface ClockTriggerBuilder {
  everyMinutes(n: number): this;
  after(durationMilliseconds: number): this;
  create(): Trigger;
}

export interface SpreadsheetTriggerBuilder {
  onFormSubmit(): this;
  create(): Trigger;
}

// ---- Lock, properties, mail ----

export interface LockService {
  getScriptLock(): Lock;
}

export type Lock = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>;

export interface PropertiesService {
  getScriptProperties(): Properties;
}

export interface Properties extends Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'getProperties'> {
  setProperty(key: string, value: string): this;
  setProperties(properties: { [key: string]: string }): this;
  deleteProperty(key: string): this;
}

export interface MailApp extends Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota'> {
  sendEmail(recipient: string, subject: string, body: string): void;
}

// ---- Drive ----

export interface DriveApp {
  getFileById(id: string): DriveFile;
  getFolderById(id: string): Folder;
  createFolder(name: string): Folder;
}

export interface DriveFile extends Pick<GoogleAppsScript.Drive.File, 'getId' | 'isTrashed'> {
  getOwner(): User;
  getEditors(): User[];
  getViewers(): User[];
  getParents(): DriveIterator<Folder>;
  addEditor(emailAddress: string): this;
  addViewer(emailAddress: string): this;
  removeViewer(emailAddress: string): this;
  moveTo(destination: Folder): this;
  setTrashed(trashed: boolean): this;
}

export interface Folder extends Pick<GoogleAppsScript.Drive.Folder, 'getId' | 'getUrl' | 'isTrashed'> {
  getFilesByName(name: string): DriveIterator<DriveFile>;
}

/** Drive's FileIterator and FolderIterator. */
export interface DriveIterator<T> {
  hasNext(): boolean;
  next(): T;
}

// ---- Events ----

/** The spreadsheet's form-submit event: the row's range and its values. */
export interface FormSubmitEvent extends Pick<GoogleAppsScript.Events.SheetsOnFormSubmit, 'values'> {
  range: Range;
}

// ---- Google's own objects fit ----

type Fits<Real extends Narrow, Narrow> = [Real, Narrow];
export type GoogleFits = [
  Fits<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetApp>,
  Fits<GoogleAppsScript.Forms.FormApp, FormApp>,
  Fits<GoogleAppsScript.Script.ScriptApp, ScriptApp>,
  Fits<GoogleAppsScript.Lock.LockService, LockService>,
  Fits<GoogleAppsScript.Properties.PropertiesService, PropertiesService>,
  Fits<GoogleAppsScript.Drive.DriveApp, DriveApp>,
  Fits<GoogleAppsScript.Mail.MailApp, MailApp>,
  Fits<GoogleAppsScript.Events.SheetsOnFormSubmit, FormSubmitEvent>,
  Fits<GoogleAppsScript.Forms.TextItem, TextItem>,
  Fits<GoogleAppsScript.Forms.ListItem, ListItem>,
  Fits<GoogleAppsScript.Forms.MultipleChoiceItem, MultipleChoiceItem>,
  Fits<GoogleAppsScript.Forms.Item, Item>,
  Fits<GoogleAppsScript.Drive.FileIterator, DriveIterator<DriveFile>>,
  Fits<GoogleAppsScript.Drive.FolderIterator, DriveIterator<Folder>>,
];
