/**
 * What each menu item and trigger does, in terms of the modules; `main.ts` only binds these to Apps Script's
 * globals. Errors reach a person: an alert from a menu, the execution log (and Google's failure e-mail) from a
 * trigger.
 */
import { pickingOrder } from '../core/rsvp/picked-lao';
import { formatFigure } from '../core/indicators/reasons';
import { compareThai } from '../core/summary/order';
import { provinceFilesSheet } from '../sheets-schema/province-files';
import { statusLabel } from '../core/vocabulary';
import { rsvpForm } from '../sheets-schema/rsvp-form';
import { rsvpLinksSheet } from '../sheets-schema/rsvp-links';
import { CONFIRMATIONS_ON_PROPERTY, SEND_BUDGET_MS, describeSend, sendConfirmations, type SendOutcome } from './confirmations';
import { checkEntryFilesInAppsScript, describeEntryCheck } from './entry-checks';
import { describeEntrySetup, setUpEntryFiles } from './entry-files';
import { UserError } from './errors';
import { healthReport } from './health-check';
import { listProblems, loadRegistry, loadSessions } from './inputs';
import { writeSheetLayout } from './layout-writer';
import { WRITE_BUDGET_MS, rebuildSummaries, type RebuildOutcome } from './rebuild';
import { describeQrSheets, writeQrSheets } from './qr-sheets';
import { importRegistry } from './registry-sheet';
import { describeSections } from './rsvp-sections';
import { createOrUpdateRsvpForm, describeResponders, firstLao, readPrefillTemplate, rsvpLinksLayout, savePrefillTemplate } from './rsvp-form';
import type { FormSubmitEvent } from './google-services';
import type { Services, Spreadsheet } from './services';
import { ensureSessionsSheet } from './sessions-setup';
import { handleSubmission } from './submission';
import { describePrepare, prepareSummaryFiles } from './summary-files';
import { installTriggersAsOwner, removeOwnTriggers } from './trigger-owner';
import { REBUILD_EVERY_MINUTES, type InstallResult } from './triggers';
import { MENU_TITLE, addMenu, tell } from './ui';

/**
 * Runs one action. Interactive: the outcome (or the error, in Thai) is shown in an alert. From a trigger: logged,
 * and errors are thrown again so Apps Script marks the execution failed.
 */
export function runAction(services: Services, interactive: boolean, action: () => string | null): void {
  try {
    const message = action();
    if (message) tell(services, interactive, message, 'info');
  } catch (error) {
    const detail = error instanceof UserError ? error.message : `เกิดข้อผิดพลาด: ${error instanceof Error ? error.message : String(error)}`;
    tell(services, interactive, detail);
    if (!interactive) throw error;
  }
}

export function boundSpreadsheet(services: Services): Spreadsheet {
  const spreadsheet = services.spreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new UserError('สคริปต์นี้ต้องผูกกับสเปรดชีตคำตอบของแบบฟอร์ม (ส่วนขยาย › Apps Script จากสเปรดชีตนั้น)');
  return spreadsheet;
}

export function openMenu(services: Services): void {
  addMenu(services);
}

export function installTriggersAction(services: Services): void {
  runAction(services, true, () => {
    try {
      return describeInstall(installTriggersAsOwner(services, boundSpreadsheet(services)));
    } catch (error) {
      if (error instanceof Error && /too many triggers/i.test(error.message)) {
        throw new UserError('โปรเจกต์นี้มีทริกเกอร์ครบ 20 รายการแล้ว กรุณาลบทริกเกอร์ที่ไม่ใช้ (หน้า Apps Script › ทริกเกอร์) แล้วลองอีกครั้ง');
      }
      throw error;
    }
  });
}

function describeInstall(result: InstallResult & { owner: string }): string {
  const state = (handler: string) => (result.created.includes(handler) ? 'ติดตั้งใหม่' : 'มีอยู่แล้ว');
  const lines = [
    `ติดตั้งทริกเกอร์เรียบร้อย ในนามของ ${result.owner} (ทริกเกอร์ทำงานในนามของผู้ติดตั้ง)`,
    result.formSubmitSkipped
      ? '• เมื่อมีผู้ส่งแบบฟอร์ม: ไม่ติดตั้ง (บัญชี Gmail มีเวลาทำงานของทริกเกอร์ 90 นาทีต่อวัน คำตอบใหม่จะรวมในการสร้างสรุปตามรอบเวลาแทน)'
      : `• เมื่อมีผู้ส่งแบบฟอร์ม: ${state('onFormSubmit')}`,
    `• สร้างสรุปใหม่ทุก ${REBUILD_EVERY_MINUTES} นาที: ${state('rebuildSummaries')}`,
  ];
  if (result.removed) lines.push(`ลบทริกเกอร์ที่ซ้ำกัน ${result.removed} รายการ`);
  return lines.join('\n');
}

/** The installer removes their triggers so that another admin can take over. */
export function removeTriggersAction(services: Services): void {
  runAction(services, true, () => removeOwnTriggers(services));
}

export function prepareSummaryFilesAction(services: Services): void {
  runAction(services, true, () => describePrepare(prepareSummaryFiles(services, boundSpreadsheet(services))));
}

/** ใส่ QR ลงทะเบียนในไฟล์สรุปรายจังหวัด: one sheet of links and QR codes per province file; goes on at the next click. */
export function writeQrSheetsAction(services: Services): void {
  runAction(services, true, () => describeQrSheets(writeQrSheets(services, boundSpreadsheet(services))));
}

export function healthCheckAction(services: Services): void {
  runAction(services, true, () => healthReport(services, boundSpreadsheet(services)));
}

export function importRegistryAction(services: Services): void {
  runAction(services, true, () => importRegistry(services, boundSpreadsheet(services)));
}

/**
 * Creates (or updates) the RSVP form from the registry's provinces and the sessions sheet, then writes one
 * prefilled link per LAO.
 */
export function createRsvpFormAction(services: Services): void {
  runAction(services, true, () => {
    const spreadsheet = boundSpreadsheet(services);
    const registry = loadRegistry(spreadsheet);
    if (!registry.ok) throw new UserError(registry.message);
    const madeSessions = ensureSessionsSheet(services, spreadsheet);
    if (madeSessions) return madeSessions;
    const sessions = loadSessions(spreadsheet);
    if (!sessions.ok) throw new UserError(sessions.message);
    const definition = rsvpForm({
      provinces: registry.value.provinces().sort(compareThai),
      sessionLabels: sessions.value.map((s) => s.label),
      laos: pickingOrder(registry.value.entries),
    });
    const { form, created, access, sections } = createOrUpdateRsvpForm(services, spreadsheet, definition);
    const sample = firstLao(registry.value);
    const lines = [
      created ? 'สร้างแบบฟอร์มลงทะเบียนแล้ว คำตอบจะบันทึกในสเปรดชีตนี้' : 'ปรับปรุงแบบฟอร์มลงทะเบียนแล้ว (จังหวัด รอบการประชุม คำอธิบาย)',
      ...access.changes.map((c) => `• ${c}`),
      ...(sections ? describeSections(sections) : []),
      `ผู้ตอบ: ${describeResponders(access)}`,
      ...access.problems.map((p) => `⚠️ ${p}`),
      `ลิงก์แบบฟอร์ม: ${form.getPublishedUrl()}`,
      `แก้ไขแบบฟอร์ม: ${form.getEditUrl()}`,
    ];
    if (sections && !sections.complete) return lines.join('\n');
    if (sample) {
      const template = readPrefillTemplate(services, form, sample, definition.laoSections);
      savePrefillTemplate(services, template);
      writeSheetLayout(spreadsheet, rsvpLinksLayout(template, registry.value.entries), services.spreadsheetApp);
      lines.push(`ลิงก์ลงทะเบียนราย อปท. ${formatFigure(registry.value.entries.length, 0)} ลิงก์ อยู่ในแผ่นงาน "${rsvpLinksSheet.name}"`);
    }
    if (created) lines.push('ขั้นต่อไป: เมนู › ติดตั้งทริกเกอร์');
    return lines.join('\n');
  });
}

/** The form-submit trigger: the submission is noted (a few calls); the clock's rebuild takes it up. */
export function formSubmitted(services: Services, e: FormSubmitEvent): void {
  runAction(services, false, () => {
    const outcome = handleSubmission(services, e);
    return outcome === 'noted' ? null : `ไม่มีการเปลี่ยนแปลง: เหตุการณ์ส่งแบบฟอร์ม${outcome === 'blank' ? 'ที่ไม่มีคำตอบ' : 'ซ้ำของแถวที่บันทึกแล้ว'} (${outcome})`;
  });
}

/**
 * The clock trigger (an event object) or the menu (none). The clock rebuilds only when something is new; the menu
 * always rebuilds.
 */
export function rebuildAction(services: Services, interactive: boolean): void {
  runAction(services, interactive, () => {
    const began = services.now().getTime();
    const spreadsheet = boundSpreadsheet(services);
    if (interactive) spreadsheet.toast('กำลังสร้างสรุปใหม่ อาจใช้เวลาหลายนาที', MENU_TITLE);
    // The confirmation queue goes on from the clock once a coordinator started it (next day's quota included).
    const mailOn = !interactive && confirmationsOn(services);
    // Unless the last run left no e-mail waiting, a rebuild spanning many executions leaves the queue a share of
    // each: neither starves the other.
    const budgetMs = mailOn && mailWaiting(services) !== false ? WRITE_BUDGET_MS - MAIL_SHARE_MS : undefined;
    const outcome = rebuildSummaries(services, spreadsheet, { force: interactive, budgetMs });
    const rebuilt = outcome && describeRebuild(outcome);
    // The queue's own set-up (reading the registrations and the ledger) is not started without time to send.
    const mailTime = services.now().getTime() - began < SEND_BUDGET_MS - MAIL_SETUP_MS;
    const mail = mailOn && mailTime ? sendConfirmations(services, spreadsheet, began) : null;
    if (mail && typeof mail === 'object') noteMailWaiting(services, mail);
    const mailed = mail && typeof mail === 'object' && (mail.sent || mail.queued || mail.failed || mail.interrupted) ? describeSend(mail) : null;
    return [rebuilt, mailed].filter(Boolean).join('\n') || null;
  });
}

/** ส่งอีเมลยืนยันผู้ลงทะเบียน: sends what the quota allows now, and lets the clock carry the rest over. */
export function sendConfirmationsAction(services: Services): void {
  runAction(services, true, () => {
    const outcome = sendConfirmations(services, boundSpreadsheet(services));
    if (outcome === 'busy') return 'กำลังทำงานอื่นอยู่ กรุณาลองใหม่อีกครั้งในอีกสักครู่';
    if (typeof outcome === 'string') throw new UserError(outcome);
    services.propertiesService.getScriptProperties().setProperty(CONFIRMATIONS_ON_PROPERTY, 'true');
    return describeSend(outcome);
  });
}

/** What a clock run that sends e-mails keeps from the rebuild: about 100 e-mails (a consumer's daily quota). */
export const MAIL_SHARE_MS = 60 * 1000;
/** Reading the registrations and the ledger before the first e-mail: a few seconds by the typical model. */
const MAIL_SETUP_MS = 30 * 1000;
/** Script property: whether the last run left e-mails waiting for time (not for quota); absent: not known. */
const MAIL_WAITING_PROPERTY = 'confirmationsWaiting';

function mailWaiting(services: Services): boolean | null {
  const value = services.propertiesService.getScriptProperties().getProperty(MAIL_WAITING_PROPERTY);
  return value === null ? null : value === 'true';
}

/** Waiting for quota is not waiting for time: tomorrow's first clock run sends them whatever the rebuild does. */
function noteMailWaiting(services: Services, mail: SendOutcome): void {
  const waiting = mail.waiting > 0 && mail.stoppedBy === 'time';
  if (waiting !== mailWaiting(services)) services.propertiesService.getScriptProperties().setProperty(MAIL_WAITING_PROPERTY, String(waiting));
}

function confirmationsOn(services: Services): boolean {
  return services.propertiesService.getScriptProperties().getProperty(CONFIRMATIONS_ON_PROPERTY) === 'true';
}

function describeRebuild(o: RebuildOutcome): string {
  const statuses = (Object.keys(o.statusCounts) as Array<keyof RebuildOutcome['statusCounts']>)
    .map((s) => `${statusLabel(s)} ${formatFigure(o.statusCounts[s], 0)}`)
    .join(', ');
  const files = o.provincesByFunction
    ? ['ฟังก์ชันคลาวด์เป็นผู้เขียน (ตั้งค่า)']
    : [`ปรับปรุง ${o.provincesWritten.length} จังหวัด`, `ไม่มีการเปลี่ยนแปลง ${o.provincesUnchanged} จังหวัด`];
  if (o.provincesPending.length) files.push(`เหลือ ${o.provincesPending.length} จังหวัด`);
  const lines = [
    o.pending ? 'สร้างสรุปไปบางส่วน จะทำต่อโดยอัตโนมัติในอีกประมาณ 1 นาที (ดูแผ่นงาน "สถานะการสร้างสรุป")' : 'สร้างสรุปเรียบร้อย',
    `คำตอบทั้งหมด ${formatFigure(o.responses, 0)} รายการ: ${statuses}`,
    `ไฟล์สรุปรายจังหวัด: ${files.join(', ')}`,
    `ลิงก์ไฟล์ของแต่ละจังหวัดอยู่ในแผ่นงาน "${provinceFilesSheet.name}" แชร์แต่ละไฟล์ให้ผู้ประสานงานของจังหวัดนั้นเท่านั้น (ข้อมูลส่วนบุคคล)`,
  ];
  if (o.warnings.length) lines.push(`ข้อควรตรวจสอบ ${o.warnings.length} รายการ:`, listProblems(o.warnings));
  return lines.join('\n');
}

/** Creates (or resumes creating) the indicator entry file of each province, shared and protected per LAO. */
export function setUpEntryFilesAction(services: Services): void {
  runAction(services, true, () => describeEntrySetup(setUpEntryFiles(services, boundSpreadsheet(services))));
}

/** Checks every entry file and writes the status columns (menu, or a clock trigger where no function runs). */
export function checkEntryFilesAction(services: Services, interactive: boolean): void {
  runAction(services, interactive, () => {
    const outcome = checkEntryFilesInAppsScript(services, boundSpreadsheet(services));
    if (!outcome) return interactive ? 'กำลังทำงานอื่นอยู่ กรุณาลองใหม่อีกครั้งในอีกสักครู่' : null;
    return describeEntryCheck(outcome);
  });
}
