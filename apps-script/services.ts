import type * as Google from './google-services';

/**
 * The Apps Script services the adapter uses, passed in rather than read from globals, so every module can run
 * against the in-memory fakes (`apps-script/testing/`). Only `main.ts` touches the real globals. Each is typed by
 * what the adapter uses of it (`google-services.ts`): Google's objects and the fakes both satisfy those types.
 */
export interface Services {
  spreadsheetApp: Google.SpreadsheetApp;
  formApp: Google.FormApp;
  scriptApp: Google.ScriptApp;
  lockService: Google.LockService;
  propertiesService: Google.PropertiesService;
  /** The owner's set-up: summary files, and telling a deleted file from a transient error. */
  driveApp: Google.DriveApp;
  /** The health check reads the remaining daily e-mail quota. */
  mailApp: Google.MailApp;
  /** Apps Script's console (Cloud Logging). */
  log: Pick<Console, 'log' | 'warn' | 'error'>;
  now: () => Date;
  /** The account the script runs as (Session.getEffectiveUser): consumer or Workspace decides the triggers. */
  userEmail: () => string;
}

export type Spreadsheet = Google.Spreadsheet;
export type Sheet = Google.Sheet;
export type Range = Google.Range;
