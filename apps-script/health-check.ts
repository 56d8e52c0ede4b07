/**
 * ตรวจสอบระบบ: one Thai message with what nothing in this repository can verify and the admin can, on the real
 * account, in a minute: the form published and accepting responses and who may answer it, the triggers and whose
 * they are, the responses sheet, the registry and sessions, the summary files and their sharing with the cloud
 * function, the e-mail quota left today, and the last rebuild. It only reads; every line says what to do when
 * something is wrong.
 */
import { formatFigure } from '../core/indicators/reasons';
import { formatThaiDateTime } from '../core/dates/format';
import { parseSettings } from '../core/sharing/settings';
import { laoRegistrySheet } from '../sheets-schema/registry';
import { settingsSheet } from '../sheets-schema/settings';
import { NATIONAL_KEY, summaryFilesSheet } from '../sheets-schema/summary-files';
import { readGrid } from './grid-reader';
import { qrSheetsHealthLine } from './qr-sheets';
import { findLinkedResponsesSheet, loadSessions } from './inputs';
import { openById } from './open-file';
import { confirmationsHealthLine } from './confirmations';
import { describeResponders, FORM_ID_PROPERTY, readAccess } from './rsvp-form';
import type { Services, Spreadsheet } from './services';
import { summaryFileIds } from './summary-files';
import { HANDLERS, REBUILD_EVERY_MINUTES } from './triggers';
import { triggerOwner } from './trigger-owner';
import { CAPTIONS, MENU_TITLE } from './ui';

/**
 * What a finished rebuild records: `{"finishedAt": ISO time, "durationMs": from the first execution's start to the
 * end, "executions": how many}`. Written by the rebuild (rebuild.ts), read here.
 */
export const LAST_REBUILD_PROPERTY = 'lastRebuild';

const OK = '✅';
const PROBLEM = '⚠️';

export function healthReport(services: Services, spreadsheet: Spreadsheet): string {
  const properties = services.propertiesService.getScriptProperties();
  const me = services.userEmail();
  const formId = properties.getProperty(FORM_ID_PROPERTY);
  const sections = [
    formSection(services, formId),
    triggersSection(services, spreadsheet, me),
    responsesSection(spreadsheet, formId),
    inputsSection(spreadsheet),
    summaryFilesSection(services, spreadsheet),
    qrSheetsHealthLine(properties.getProperties(), summaryFileIds(spreadsheet)),
    mailSection(services.mailApp.getRemainingDailyQuota()),
    ...[confirmationsHealthLine(spreadsheet)].filter((line): line is string => line !== null),
    lastRebuildSection(properties.getProperty(LAST_REBUILD_PROPERTY)),
  ];
  return [
    `ผลการตรวจสอบระบบ (ตรวจโดย ${me || 'ไม่ทราบบัญชี'})`,
    ...sections,
    '',
    'สิ่งที่ต้องตรวจด้วยตนเองบนบัญชีจริง:',
    '• เปิดลิงก์แบบฟอร์มในหน้าต่างไม่ระบุตัวตน (ไม่ได้ลงชื่อเข้าใช้) แล้วลองส่งคำตอบทดสอบ 1 รายการ',
    '• หน้า Apps Script › ทริกเกอร์ และ › การดำเนินการ: ทริกเกอร์ทำงานโดยไม่ล้มเหลว',
    '• เปิดไฟล์สรุปของจังหวัดหนึ่ง ตรวจว่าเห็นเฉพาะข้อมูลจังหวัดนั้น และแชร์ให้ผู้ประสานงานของจังหวัดนั้นเท่านั้น',
    '• หลังฟังก์ชันคลาวด์ทำงานรอบแรก: คอลัมน์ "ปรับปรุงข้อมูลล่าสุด" ในแผ่นงานไฟล์สรุปมีวันเวลา (ฟังก์ชันเขียนไฟล์ได้จริง)',
  ].join('\n');
}

function formSection(services: Services, formId: string | null): string {
  if (!formId) return `${PROBLEM} แบบฟอร์ม: ยังไม่ได้สร้าง ใช้เมนู ${MENU_TITLE} › ${CAPTIONS.createForm}`;
  let opened;
  try {
    opened = openById(services, 'แบบฟอร์ม', formId, (id) => services.formApp.openById(id));
  } catch (error) {
    return `${PROBLEM} แบบฟอร์ม: เปิดไม่ได้ในขณะนี้ กรุณาตรวจสอบอีกครั้ง (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
  if (opened.status === 'gone') return `${PROBLEM} แบบฟอร์ม: ถูกลบแล้ว ใช้เมนู ${MENU_TITLE} › ${CAPTIONS.createForm} เพื่อสร้างใหม่`;
  const form = opened.file;
  const access = readAccess(form);
  const good = access.published && access.accepting && !access.domainOnly;
  const fix = good ? '' : ` — แก้ได้ด้วยเมนู ${MENU_TITLE} › ${CAPTIONS.createForm}`;
  return `${good ? OK : PROBLEM} แบบฟอร์ม: ${describeResponders(access)}${fix}\n   ${form.getPublishedUrl()}`;
}

function triggersSection(services: Services, spreadsheet: Spreadsheet, me: string): string {
  const owner = triggerOwner(services);
  const { scriptApp } = services;
  const mine = scriptApp.getProjectTriggers();
  const submit = mine.filter((t) => t.getHandlerFunction() === HANDLERS.formSubmit && t.getTriggerSourceId() === spreadsheet.getId()).length;
  const clock = mine.filter((t) => t.getHandlerFunction() === HANDLERS.rebuild && t.getEventType() === scriptApp.EventType.CLOCK).length;
  if (!owner) {
    if (!submit && !clock) return `${PROBLEM} ทริกเกอร์: ยังไม่ได้ติดตั้ง ใช้เมนู ${MENU_TITLE} › ${CAPTIONS.installTriggers}`;
    return `${PROBLEM} ทริกเกอร์: บัญชีนี้มีทริกเกอร์ (ส่งแบบฟอร์ม ${submit}, สร้างสรุป ${clock}) แต่ไม่มีบันทึกผู้ติดตั้ง ใช้เมนู ${CAPTIONS.installTriggers} เพื่อบันทึก`;
  }
  if (owner.toLowerCase() !== me.toLowerCase()) {
    const doubled = submit || clock ? ` ${PROBLEM} บัญชีนี้ (${me}) ก็มีทริกเกอร์ของระบบด้วย ทุกอย่างจะทำงานซ้ำ: ใช้เมนู ${CAPTIONS.removeTriggers}` : '';
    return `${doubled ? PROBLEM : OK} ทริกเกอร์: ติดตั้งโดย ${owner} (Google แสดงทริกเกอร์ให้เฉพาะเจ้าของเห็น ตรวจได้เมื่อเปิดด้วยบัญชีนั้น)${doubled}`;
  }
  const lines = [`เมื่อมีผู้ส่งแบบฟอร์ม ${submit} รายการ`, `สร้างสรุปทุก ${REBUILD_EVERY_MINUTES} นาที ${clock} รายการ`];
  const good = submit <= 1 && clock === 1;
  return `${good ? OK : PROBLEM} ทริกเกอร์ของ ${owner} (บัญชีนี้): ${lines.join(', ')}${good ? '' : ` — ใช้เมนู ${CAPTIONS.installTriggers} เพื่อแก้`}`;
}

function responsesSection(spreadsheet: Spreadsheet, formId: string | null): string {
  const sheet = findLinkedResponsesSheet(spreadsheet, formId);
  if (!sheet) return `${PROBLEM} แผ่นงานคำตอบ: ไม่พบ (แบบฟอร์มยังไม่ได้เชื่อมกับสเปรดชีตนี้)`;
  return `${OK} แผ่นงานคำตอบ: "${sheet.getName()}" ${formatFigure(Math.max(sheet.getLastRow() - 1, 0), 0)} คำตอบ`;
}

function inputsSection(spreadsheet: Spreadsheet): string {
  const registry = spreadsheet.getSheetByName(laoRegistrySheet.name);
  const registryLine = registry
    ? `${OK} ทะเบียน อปท.: ${formatFigure(Math.max(registry.getLastRow() - 1, 0), 0)} แถว`
    : `${PROBLEM} ทะเบียน อปท.: ไม่พบ ใช้เมนู ${MENU_TITLE} › นำเข้าทะเบียน อปท.`;
  const sessions = loadSessions(spreadsheet);
  const sessionsLine = sessions.ok ? `${OK} รอบการประชุม: ${sessions.value.length} รอบ` : `${PROBLEM} รอบการประชุม: ${sessions.message.split('\n')[0]}`;
  return `${registryLine}\n${sessionsLine}`;
}

function summaryFilesSection(services: Services, spreadsheet: Spreadsheet): string {
  const ids = summaryFileIds(spreadsheet);
  if (!ids.size) return `${PROBLEM} ไฟล์สรุป: ยังไม่ได้เตรียม (จำเป็นเมื่อใช้ฟังก์ชันคลาวด์) ใช้เมนู ${MENU_TITLE} › ${CAPTIONS.prepareSummaryFiles}`;
  const settingsSheetFound = spreadsheet.getSheetByName(settingsSheet.name);
  const settings = settingsSheetFound ? parseSettings(readGrid(settingsSheetFound)) : null;
  const serviceAccount = settings?.ok ? settings.values.functionServiceAccount?.toLowerCase() : undefined;
  const national = ids.has(NATIONAL_KEY) ? 'มีไฟล์ระดับประเทศ' : 'ไม่มีไฟล์ระดับประเทศ';
  if (!serviceAccount) return `${PROBLEM} ไฟล์สรุป: ${ids.size} ไฟล์ (${national}) แต่ยังไม่ได้ระบุบัญชีบริการของฟังก์ชันคลาวด์ในแผ่นงาน "${settingsSheet.name}"`;
  const unshared: string[] = [];
  const missing: string[] = [];
  for (const [key, id] of ids) {
    try {
      const file = services.driveApp.getFileById(id);
      if (file.isTrashed()) missing.push(key);
      else if (!file.getEditors().some((u) => u.getEmail().toLowerCase() === serviceAccount)) unshared.push(key);
    } catch {
      missing.push(key);
    }
  }
  const good = !unshared.length && !missing.length;
  const details = [
    missing.length
      ? `เปิดด้วยบัญชีนี้ไม่ได้ ${missing.length} ไฟล์ (ไม่ได้แชร์ให้บัญชีนี้ ถูกลบ หรืออยู่ในถังขยะ: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''})`
      : '',
    unshared.length ? `ยังไม่ได้แชร์ให้ ${serviceAccount} ${unshared.length} ไฟล์` : '',
  ].filter(Boolean);
  const fix = good ? '' : ` — ใช้เมนู ${CAPTIONS.prepareSummaryFiles}`;
  return `${good ? OK : PROBLEM} ไฟล์สรุป: ${ids.size} ไฟล์ในแผ่นงาน "${summaryFilesSheet.name}" (${national}) ${good ? `แชร์ให้ ${serviceAccount} แล้วทุกไฟล์` : details.join(', ')}${fix}`;
}

/** Recipients left today (100 a day on a consumer account, 1,500 on Workspace); the quota resets 24 h after use. */
function mailSection(remaining: number): string {
  const line = `โควตาอีเมลที่เหลือวันนี้: ${formatFigure(remaining, 0)} ผู้รับ`;
  return remaining > 0 ? `${OK} ${line}` : `${PROBLEM} ${line} — สคริปต์ส่งอีเมลไม่ได้จนกว่าโควตาจะคืน (ภายใน 24 ชั่วโมง)`;
}

function lastRebuildSection(text: string | null): string {
  const record = parseLastRebuild(text);
  if (!record) return `${OK} การสร้างสรุปครั้งล่าสุด: ยังไม่มีข้อมูล`;
  const minutes = record.durationMs / 60000;
  const executions = record.executions ? ` ใน ${record.executions} รอบการทำงาน` : '';
  return `${OK} การสร้างสรุปครั้งล่าสุด: เสร็จเมื่อ ${formatThaiDateTime(new Date(record.finishedAt))} น. ใช้เวลา ${formatFigure(minutes, 1)} นาที${executions}`;
}

export function parseLastRebuild(text: string | null): { finishedAt: string; durationMs: number; executions?: number } | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as { finishedAt?: unknown; durationMs?: unknown; executions?: unknown };
    if (typeof value.finishedAt !== 'string' || typeof value.durationMs !== 'number' || isNaN(Date.parse(value.finishedAt))) return null;
    return { finishedAt: value.finishedAt, durationMs: value.durationMs, executions: typeof value.executions === 'number' ? value.executions : undefined };
  } catch {
    return null;
  }
}
