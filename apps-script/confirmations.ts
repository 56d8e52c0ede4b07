/**
 * Confirmation e-mails (ส่งอีเมลยืนยัน): one per kept registrant, sent with MailApp through a queue kept in the
 * `อีเมลยืนยัน` sheet, which coordinators see: รอส่ง / กำลังส่ง / ส่งแล้ว / ส่งไม่สำเร็จ / ไม่ทราบผล per person.
 *
 * - Who: rows ใช้ได้ of the registrations sheet the rebuild writes (after checks, matching and dedupe), one per
 *   e-mail address (core/rsvp/confirmations.ts). Reading that sheet costs one read, not a second pipeline run.
 * - Quota: MailApp allows 100 recipients a day on a consumer account and 1,500 on Workspace; the run sends no more
 *   than `getRemainingDailyQuota()` says (other scripts of the same user share it) and leaves the rest รอส่ง. The
 *   next run (the clock trigger, once someone has pressed the menu item) goes on when the quota is back.
 *   https://developers.google.com/apps-script/guides/services/quotas
 *   https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()
 * - Never twice: a row is marked กำลังส่ง and flushed before MailApp is called, ส่งแล้ว after. A run that finds
 *   กำลังส่ง left by an execution that was stopped (the 6-minute kill, a lost reply) cannot know whether Google
 *   sent it: it is marked ไม่ทราบผล and never sent again automatically (a coordinator may set it back to รอส่ง
 *   after checking). What remains: such a person may get no e-mail; none gets two.
 * - One execution at a time (the script lock), and no new e-mail after `SEND_BUDGET_MS`.
 */
import { parseLaoType } from '../core/lao/lao-type';
import { emailKey, newRegistrants, renderConfirmation, type ConfirmationTemplate, type KeptRegistrant } from '../core/rsvp/confirmations';
import { cellText } from '../sheets-schema/cell';
import { CONFIRMATION_STATUS, DEFAULT_TEMPLATE, TEMPLATE_KEYS, confirmationTemplateSheet, confirmationsSheet } from '../sheets-schema/confirmations';
import { layoutFromDef } from '../sheets-schema/workbook';
import { registrationsSheet } from '../sheets-schema/registrations';
import { readTable } from '../sheets-schema/table';
import { readGrid } from './grid-reader';
import { loadSessions } from './inputs';
import { asTypedText, writeSheetLayout } from './layout-writer';
import type { Services, Sheet, Spreadsheet } from './services';
import { laoDisplayName, statusLabel } from '../core/vocabulary';

/** Script property: a coordinator started sending, so clock runs carry the queue over to the next days. */
export const CONFIRMATIONS_ON_PROPERTY = 'confirmationsOn';
export const SEND_BUDGET_MS = 4 * 60 * 1000;

export interface SendOutcome {
  queued: number;
  sent: number;
  failed: number;
  /** Found กำลังส่ง from a stopped execution, now ไม่ทราบผล. */
  interrupted: number;
  /** Still รอส่ง after this run. */
  waiting: number;
  quotaLeft: number;
  stoppedBy: 'done' | 'quota' | 'time';
}

/** `startedAt`: when the execution began (after a rebuild in the same execution, the budget is what is left). */
export function sendConfirmations(services: Services, spreadsheet: Spreadsheet, startedAt = services.now().getTime()): SendOutcome | 'busy' | string {
  const lock = services.lockService.getScriptLock();
  if (!lock.tryLock(1000)) return 'busy';
  try {
    return sendLocked(services, spreadsheet, startedAt);
  } finally {
    lock.releaseLock();
  }
}

function sendLocked(services: Services, spreadsheet: Spreadsheet, started: number): SendOutcome | string {
  const registrations = spreadsheet.getSheetByName(registrationsSheet.name);
  if (!registrations) return `ยังไม่มีแผ่นงาน "${registrationsSheet.name}" กรุณาใช้เมนู สร้างสรุปใหม่ ก่อนส่งอีเมลยืนยัน`;
  const sessions = loadSessions(spreadsheet);
  if (!sessions.ok) return sessions.message;
  const template = readTemplate(services, spreadsheet);
  const ledger =
    spreadsheet.getSheetByName(confirmationsSheet.name) ?? writeSheetLayout(spreadsheet, layoutFromDef(confirmationsSheet, []), services.spreadsheetApp);
  const table = readTable(confirmationsSheet, readGrid(ledger));
  if (!table.ok) return table.problems.map((p) => p.message).join('\n');
  const col = table.columnIndex as Record<keyof typeof confirmationsSheet.columns, number>;
  const mark = (sheetRow: number, status: string, note: string) => {
    const cells = [asTypedText(status), services.now(), asTypedText(note)] as Array<string | number | boolean | Date>;
    if (col.at === col.status + 1 && col.note === col.status + 2) ledger.getRange(sheetRow, col.status + 1, 1, 3).setValues([cells]);
    else [col.status, col.at, col.note].forEach((c, i) => ledger.getRange(sheetRow, c + 1).setValue(cells[i]));
  };

  const outcome: SendOutcome = { queued: 0, sent: 0, failed: 0, interrupted: 0, waiting: 0, quotaLeft: 0, stoppedBy: 'done' };
  // The registrant as the ledger row holds it (a coordinator may have corrected the address there).
  const rows = table.rows.map((r) => ({
    sheetRow: r.rowNumber + 1,
    status: cellText(r.status).trim(),
    person: {
      row: Number(r.row) || 0,
      email: cellText(r.email).trim(),
      personName: cellText(r.personName),
      lao: cellText(r.lao),
      province: cellText(r.province),
      session: cellText(r.session),
    } satisfies KeptRegistrant,
  }));
  for (const r of rows) {
    if (r.status !== CONFIRMATION_STATUS.sending) continue;
    mark(r.sheetRow, CONFIRMATION_STATUS.unknown, 'การส่งครั้งก่อนหยุดกลางคัน อาจส่งไปแล้ว: ตรวจในกล่อง "ส่งแล้ว" ของบัญชีผู้ส่ง หากยังไม่ได้ส่ง ให้แก้สถานะเป็น รอส่ง');
    r.status = CONFIRMATION_STATUS.unknown;
    outcome.interrupted++;
  }

  const fresh = newRegistrants(keptRegistrants(registrations), new Set(rows.map((r) => emailKey(r.person.email))));
  if (fresh.length) {
    const first = ledger.getLastRow() + 1;
    const last = first + fresh.length - 1;
    if (last > ledger.getMaxRows()) ledger.insertRowsAfter(ledger.getMaxRows(), last - ledger.getMaxRows());
    const width = Math.max(...Object.values(col)) + 1;
    ledger.getRange(first, 1, fresh.length, width).setValues(
      fresh.map((f) => {
        const cells: Array<string | number | boolean> = new Array<string>(width).fill('');
        cells[col.email] = asTypedText(f.email);
        cells[col.personName] = asTypedText(f.personName);
        cells[col.lao] = asTypedText(f.lao);
        cells[col.province] = asTypedText(f.province);
        cells[col.session] = asTypedText(f.session);
        cells[col.row] = f.row;
        cells[col.status] = asTypedText(CONFIRMATION_STATUS.queued);
        return cells;
      }),
    );
    fresh.forEach((person, i) => rows.push({ sheetRow: first + i, status: CONFIRMATION_STATUS.queued, person }));
    outcome.queued = fresh.length;
  }

  const bySession = new Map(sessions.value.map((s) => [s.label, s]));
  let quota = services.mailApp.getRemainingDailyQuota();
  for (const r of rows) {
    if (r.status !== CONFIRMATION_STATUS.queued) continue;
    if (quota <= 0) {
      outcome.stoppedBy = 'quota';
      break;
    }
    if (services.now().getTime() - started > SEND_BUDGET_MS) {
      outcome.stoppedBy = 'time';
      break;
    }
    const { person } = r;
    const message = renderConfirmation(template, person, bySession.get(person.session));
    mark(r.sheetRow, CONFIRMATION_STATUS.sending, '');
    // The record must reach the sheet before the e-mail leaves: a kill after sending then shows กำลังส่ง, not รอส่ง.
    services.spreadsheetApp.flush();
    try {
      services.mailApp.sendEmail(person.email, message.subject, message.body);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (/too many times|quota/i.test(text)) {
        mark(r.sheetRow, CONFIRMATION_STATUS.queued, '');
        quota = 0;
        outcome.stoppedBy = 'quota';
        break;
      }
      // Refused outright (a bad address): not sent. Anything else (a lost reply, a service error) may have been
      // sent: ไม่ทราบผล, never retried automatically.
      const refused = /invalid email/i.test(text);
      const status = refused ? CONFIRMATION_STATUS.failed : CONFIRMATION_STATUS.unknown;
      mark(r.sheetRow, status, refused ? text : `${text} (อาจส่งไปแล้ว ตรวจในกล่อง "ส่งแล้ว" ก่อนแก้สถานะเป็น รอส่ง)`);
      r.status = status;
      if (refused) outcome.failed++;
      else outcome.interrupted++;
      continue;
    }
    mark(r.sheetRow, CONFIRMATION_STATUS.sent, '');
    r.status = CONFIRMATION_STATUS.sent;
    outcome.sent++;
    quota--;
  }
  outcome.waiting = rows.filter((r) => r.status === CONFIRMATION_STATUS.queued).length;
  outcome.quotaLeft = Math.max(0, quota);
  return outcome;
}

/** Rows ใช้ได้ of the registrations sheet, as registrants. */
function keptRegistrants(sheet: Sheet): KeptRegistrant[] {
  const table = readTable(registrationsSheet, readGrid(sheet));
  if (!table.ok) return [];
  const ok = statusLabel('ok');
  return table.rows
    .filter((r) => cellText(r.status) === ok)
    .map((r) => {
      const type = parseLaoType(cellText(r.laoType));
      const name = cellText(r.laoName);
      return {
        row: Number(r.row) || 0,
        email: cellText(r.email),
        personName: cellText(r.personName),
        lao: type ? laoDisplayName(type, name) : name,
        province: cellText(r.province),
        session: cellText(r.session),
      };
    });
}

/** The coordinators' template; the sheet is made with the default text when missing. */
function readTemplate(services: Services, spreadsheet: Spreadsheet): ConfirmationTemplate {
  let sheet = spreadsheet.getSheetByName(confirmationTemplateSheet.name);
  if (!sheet) {
    sheet = writeSheetLayout(
      spreadsheet,
      layoutFromDef(confirmationTemplateSheet, [
        { key: TEMPLATE_KEYS.subject, text: DEFAULT_TEMPLATE.subject },
        { key: TEMPLATE_KEYS.body, text: DEFAULT_TEMPLATE.body },
      ]),
      services.spreadsheetApp,
    );
  }
  const table = readTable(confirmationTemplateSheet, readGrid(sheet));
  const text = (key: string, fallback: string) => {
    const row = table.ok ? table.rows.find((r) => cellText(r.key).trim() === key) : undefined;
    const value = row ? cellText(row.text) : '';
    return value.trim() ? value : fallback;
  };
  return { subject: text(TEMPLATE_KEYS.subject, DEFAULT_TEMPLATE.subject), body: text(TEMPLATE_KEYS.body, DEFAULT_TEMPLATE.body) };
}

/** The outcome in Thai. */
export function describeSend(o: SendOutcome): string {
  const lines = [`ส่งอีเมลยืนยันแล้ว ${o.sent} ฉบับ` + (o.queued ? ` (เพิ่มผู้ลงทะเบียนเข้าคิว ${o.queued} คน)` : '')];
  if (o.failed) lines.push(`ส่งไม่สำเร็จ ${o.failed} ฉบับ ดูเหตุผลในแผ่นงาน "${confirmationsSheet.name}"`);
  if (o.interrupted) lines.push(`⚠️ ${o.interrupted} ฉบับ การส่งครั้งก่อนหยุดกลางคัน (ไม่ทราบผล) จะไม่ส่งซ้ำอัตโนมัติ ดูหมายเหตุในแผ่นงาน`);
  if (o.waiting) {
    const why = o.stoppedBy === 'quota' ? 'โควตาอีเมลของวันนี้หมดแล้ว' : 'ใกล้ครบเวลาทำงานต่อครั้ง';
    lines.push(`เหลือในคิว ${o.waiting} ฉบับ (${why}) ระบบจะส่งต่อเองในรอบถัดไปของทริกเกอร์สร้างสรุป`);
  }
  lines.push(`โควตาอีเมลที่เหลือวันนี้: ${o.quotaLeft} ผู้รับ`);
  return lines.join('\n');
}

/** One health-check line: how the queue stands (one read of the ledger), or null before the first send. */
export function confirmationsHealthLine(spreadsheet: Spreadsheet): string | null {
  const sheet = spreadsheet.getSheetByName(confirmationsSheet.name);
  if (!sheet) return null;
  const table = readTable(confirmationsSheet, readGrid(sheet));
  if (!table.ok) return `⚠️ อีเมลยืนยัน: ${table.problems.map((p) => p.message).join(' ')}`;
  const count = (status: string) => table.rows.filter((r) => cellText(r.status).trim() === status).length;
  const unknown = count(CONFIRMATION_STATUS.unknown);
  const failed = count(CONFIRMATION_STATUS.failed);
  const line = `อีเมลยืนยัน: ส่งแล้ว ${count(CONFIRMATION_STATUS.sent)} รอส่ง ${count(CONFIRMATION_STATUS.queued)} ส่งไม่สำเร็จ ${failed} ไม่ทราบผล ${unknown}`;
  return unknown || failed ? `⚠️ ${line} — ดูหมายเหตุในแผ่นงาน "${confirmationsSheet.name}"` : `✅ ${line}`;
}
