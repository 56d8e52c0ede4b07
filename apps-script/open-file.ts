/**
 * Opening a file the script made earlier, by the id it kept. A new file may replace it only when the file no longer
 * exists: `openById` also fails now and then for a moment ("Service Spreadsheets failed while accessing document with
 * id …", "Unexpected error while getting the method or property openById …"), and taking that for "deleted" would
 * make a second province file or a second form linked to the spreadsheet, each time it happens.
 *
 * So an error is "gone" only when it says so, or when Drive, asked about the same id, says it has no such file (or
 * it is in the trash, where the owner put it). Anything else is passed on as a Thai "try again" for the person.
 */
import { UserError } from './errors';
import type { Services } from './services';

export type Opened<T> = { status: 'open'; file: T } | { status: 'gone'; reason: string };

/** The words Google uses when an id names nothing this user can reach (FormApp, DriveApp). */
const NOT_FOUND = /no item with the given id could be found|requested entity was not found|not found|does not exist|is missing \(perhaps it was deleted\?\)/i;

/** Thrown when a file exists (or may exist) but could not be opened just now. */
export class TransientOpenError extends UserError {}

export function openById<T>(services: Services, what: string, id: string, open: (id: string) => T): Opened<T> {
  let first: unknown;
  try {
    return { status: 'open', file: open(id) };
  } catch (error) {
    first = error;
  }
  if (NOT_FOUND.test(messageOf(first))) return { status: 'gone', reason: messageOf(first) };
  // The error itself is ambiguous: ask Drive whether the file is still there.
  let trashed: boolean;
  try {
    trashed = services.driveApp.getFileById(id).isTrashed();
  } catch (driveError) {
    if (NOT_FOUND.test(messageOf(driveError))) return { status: 'gone', reason: messageOf(driveError) };
    throw transient(what, id, first);
  }
  if (trashed) return { status: 'gone', reason: 'in the trash' };
  throw transient(what, id, first);
}

function transient(what: string, id: string, error: unknown): TransientOpenError {
  return new TransientOpenError(`เปิด${what} (รหัส ${id}) ไม่ได้ในขณะนี้ แต่ไฟล์ยังอยู่ จึงยังไม่สร้างไฟล์ใหม่แทน กรุณาลองใหม่อีกครั้งในอีกสักครู่\n(Google แจ้งว่า: ${messageOf(error)})`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
