/**
 * Steps that make files in someone's Drive run as the bound spreadsheet's owner only. Drive answers "not found"
 * alike for a deleted file and for one not shared with the user, so a co-editor running them would take the owner's
 * form or summary files for deleted and make second ones in their own Drive.
 */
import { UserError } from './errors';
import type { Services, Spreadsheet } from './services';

/** The owner's e-mail, or null where Drive names none (a shared drive). */
export function spreadsheetOwner(services: Services, spreadsheet: Spreadsheet): string | null {
  try {
    return services.driveApp.getFileById(spreadsheet.getId()).getOwner()?.getEmail() || null;
  } catch (error) {
    throw new UserError(`ตรวจสอบเจ้าของสเปรดชีตไม่ได้ในขณะนี้ กรุณาลองใหม่อีกครั้งในอีกสักครู่\n(Google แจ้งว่า: ${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Throws a Thai UserError, `why` first, unless the current user owns the spreadsheet. */
export function requireSpreadsheetOwner(services: Services, spreadsheet: Spreadsheet, why: string): void {
  const owner = spreadsheetOwner(services, spreadsheet);
  const me = services.userEmail();
  if (owner && me && owner.toLowerCase() !== me.toLowerCase()) {
    throw new UserError(`${why}\nกรุณาให้เจ้าของสเปรดชีต ${owner} เลือกเมนูนี้ (บัญชีที่ใช้อยู่: ${me})`);
  }
}
