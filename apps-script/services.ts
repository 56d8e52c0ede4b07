/**
 * The Apps Script services the adapter uses, passed in rather than read from globals, so every module can run
 * against the in-memory fakes (`apps-script/testing/`). Only `main.ts` touches the real globals.
 */
export interface Services {
  spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  formApp: GoogleAppsScript.Forms.FormApp;
  scriptApp: GoogleAppsScript.Script.ScriptApp;
  lockService: GoogleAppsScript.Lock.LockService;
  propertiesService: GoogleAppsScript.Properties.PropertiesService;
  /** Apps Script's console (Cloud Logging). */
  log: Pick<Console, 'log' | 'warn' | 'error'>;
  now: () => Date;
}

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;
