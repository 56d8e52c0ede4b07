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
  /** The owner's set-up: summary files, and telling a deleted file from a transient error. */
  driveApp: GoogleAppsScript.Drive.DriveApp;
  /** The health check reads the remaining daily e-mail quota. */
  mailApp: GoogleAppsScript.Mail.MailApp;
  /** Apps Script's console (Cloud Logging). */
  log: Pick<Console, 'log' | 'warn' | 'error'>;
  now: () => Date;
  /** The account the script runs as (Session.getEffectiveUser): consumer or Workspace decides the triggers. */
  userEmail: () => string;
}

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;
