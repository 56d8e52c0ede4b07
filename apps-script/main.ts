/**
 * Apps Script entry: binds the platform's globals to the adapter and exports the functions Apps Script calls by
 * name (simple trigger `onOpen`, installable triggers, menu items). The build exposes each export as a top-level
 * function. No logic here.
 */
import * as app from './app';
import type { Services } from './services';

function services(): Services {
  return {
    spreadsheetApp: SpreadsheetApp,
    formApp: FormApp,
    scriptApp: ScriptApp,
    lockService: LockService,
    propertiesService: PropertiesService,
    driveApp: DriveApp,
    mailApp: MailApp,
    log: console,
    now: () => new Date(),
    userEmail: () => Session.getEffectiveUser().getEmail(),
  };
}

export function onOpen(): void {
  app.openMenu(services());
}

export function installTriggers(): void {
  app.installTriggersAction(services());
}

export function importRegistry(): void {
  app.importRegistryAction(services());
}

export function createRsvpForm(): void {
  app.createRsvpFormAction(services());
}

export function removeTriggers(): void {
  app.removeTriggersAction(services());
}

export function prepareSummaryFiles(): void {
  app.prepareSummaryFilesAction(services());
}

export function writeQrSheets(): void {
  app.writeQrSheetsAction(services());
}

export function sendConfirmations(): void {
  app.sendConfirmationsAction(services());
}

export function checkHealth(): void {
  app.healthCheckAction(services());
}

export function onFormSubmit(e: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  app.formSubmitted(services(), e);
}

/** Time-driven trigger (called with an event) and menu item (called without). */
export function rebuildSummaries(e?: GoogleAppsScript.Events.TimeDriven): void {
  app.rebuildAction(services(), e === undefined);
}

export function setUpEntryFiles(): void {
  app.setUpEntryFilesAction(services());
}

/** Menu item (no event) and, where no cloud function is deployed, a clock trigger (an event). */
export function checkEntryFiles(e?: GoogleAppsScript.Events.TimeDriven): void {
  app.checkEntryFilesAction(services(), e === undefined);
}

/** One-off time-driven trigger: a rebuild with work left goes on a minute later. */
export function continueRebuild(_e?: GoogleAppsScript.Events.TimeDriven): void {
  app.rebuildAction(services(), false);
}
