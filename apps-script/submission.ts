/**
 * One form submission. A full rebuild per submission would, at national scale (7,849 LAOs, 30,000 responses),
 * make about 13,000 service calls, read 370,000 cells and write 870,000 (measured on the fakes:
 * testing/measure.ts), while submissions queue on the lock behind it. So a submission only appends its own
 * annotated row to the registrations sheet (21 calls; the registry read is most of its 39,000 cells) and marks
 * the summaries stale; the clock trigger rebuilds them.
 *
 * The appended row is checked and matched against the registry on its own. That gives the right status for it:
 * when a person resubmits, the newest response is the one kept, so it is never the duplicate; the rebuild then
 * marks the older one. The raw responses sheet is only read.
 */
import { registrationRow } from '../core/rsvp/registration-row';
import { registrationsSheet } from '../sheets-schema/registrations';
import { annotate, loadRegistry, loadSessions } from './inputs';
import { typedRow } from './layout-writer';
import { markStale } from './rebuild';
import type { Services } from './services';

/** A submission waits this long for a rebuild or another submission; then the clock's rebuild covers it. */
const LOCK_WAIT_MS = 30 * 1000;

export type SubmissionOutcome = 'appended' | 'busy' | 'no-registrations-sheet' | 'not-annotated';

export function handleSubmission(services: Services, e: GoogleAppsScript.Events.SheetsOnFormSubmit): SubmissionOutcome {
  // First, so that whatever happens next, the next rebuild includes this response.
  markStale(services);
  const lock = services.lockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return 'busy';
  try {
    const sheet = e.range.getSheet();
    const spreadsheet = sheet.getParent();
    const registrations = spreadsheet.getSheetByName(registrationsSheet.name);
    if (!registrations) return 'no-registrations-sheet'; // the first rebuild creates it with every response
    const registry = loadRegistry(spreadsheet);
    if (!registry.ok) {
      services.log.warn(registry.message);
      return 'not-annotated';
    }
    const sessions = loadSessions(spreadsheet);
    const firstColumn = e.range.getColumn();
    const header = sheet.getRange(1, firstColumn, 1, e.range.getNumColumns()).getValues()[0] ?? [];
    const row = e.range.getValues()[0] ?? [];
    const annotated = annotate({ registry: registry.value, sessions: sessions.ok ? sessions.value : [], grid: [header, row], now: services.now() });
    const response = annotated.ok ? annotated.value[0] : undefined;
    if (!response) {
      services.log.warn(annotated.ok ? 'คำตอบว่าง ไม่ได้บันทึกผลการตรวจ' : annotated.message);
      return 'not-annotated';
    }
    const rowNumber = e.range.getRow() - 1; // data row: header excluded
    registrations.appendRow(typedRow(registrationsSheet, registrationRow({ ...response, row: rowNumber }, registry.value)));
    return 'appended';
  } finally {
    lock.releaseLock();
  }
}
