/**
 * The inputs that people keep in the bound spreadsheet (the registry they import, the sessions they type, the
 * responses Google writes), each read in one call and checked by the core readers, whose problems are Thai.
 */
import { registryFromGrid, withBangkok } from '../core/registry/import';
import { Registry } from '../core/registry/index';
import { processResponses } from '../core/rsvp/pipeline';
import { parseSessions, type Session } from '../core/rsvp/sessions';
import type { AnnotatedResponse } from '../core/rsvp/types';
import type { Grid } from '../sheets-schema/cell';
import { laoRegistrySheet } from '../sheets-schema/registry';
import { rsvpResponsesSheet } from '../sheets-schema/rsvp-form';
import { sessionsSheet } from '../sheets-schema/sessions';
import { sheetRow } from '../sheets-schema/table';
import { readGrid } from './grid-reader';
import { formIdOfUrl } from './rsvp-form';
import type { Sheet, Spreadsheet } from './services';
import { EXAMPLE_MARK } from './sessions-setup';
import { CAPTIONS, MENU_TITLE } from './ui';

export type Loaded<T> = { ok: true; value: T; warnings: string[] } | { ok: false; message: string };

/** At most this many problem lines in one alert; the rest are counted. */
const SHOWN_PROBLEMS = 10;

export function listProblems(messages: readonly string[]): string {
  const shown = messages.slice(0, SHOWN_PROBLEMS).map((m) => `• ${m}`);
  if (messages.length > SHOWN_PROBLEMS) shown.push(`… และอีก ${messages.length - SHOWN_PROBLEMS} รายการ`);
  return shown.join('\n');
}

const missingSheet = (name: string, hint: string) => `ไม่พบแผ่นงาน "${name}" ${hint}`;

export function loadRegistry(spreadsheet: Spreadsheet): Loaded<Registry> {
  const sheet = findRegistrySheet(spreadsheet);
  return sheet.ok ? registryFromSheetGrid(readGrid(sheet.value)) : sheet;
}

export function findRegistrySheet(spreadsheet: Spreadsheet): Loaded<Sheet> {
  const sheet = spreadsheet.getSheetByName(laoRegistrySheet.name);
  if (!sheet) return { ok: false, message: missingSheet(laoRegistrySheet.name, `กรุณาใช้เมนู ${MENU_TITLE} › นำเข้าทะเบียน อปท.`) };
  return { ok: true, value: sheet, warnings: [] };
}

export function registryFromSheetGrid(grid: Grid): Loaded<Registry> {
  const imported = registryFromGrid(grid);
  const errors = imported.problems.filter((p) => p.severity === 'error').map(withRow);
  const warnings = imported.problems.filter((p) => p.severity === 'warning').map(withRow);
  if (!imported.ok) return { ok: false, message: `ทะเบียน อปท. ใช้ไม่ได้:\n${listProblems(errors)}` };
  return { ok: true, value: new Registry(withBangkok(imported.entries)), warnings: [...errors, ...warnings] };
}

export function loadSessions(spreadsheet: Spreadsheet): Loaded<Session[]> {
  const sheet = findSessionsSheet(spreadsheet);
  if (!sheet.ok) return sheet;
  const parsed = parseSessions(readGrid(sheet.value));
  const messages = parsed.problems.map(withRow);
  if (!parsed.ok) return { ok: false, message: `แผ่นงาน "${sessionsSheet.name}" ใช้ไม่ได้:\n${listProblems(messages)}` };
  // Example rows made by the set-up must not become the form's choices.
  const examples = parsed.sessions.filter((s) => s.label.startsWith(EXAMPLE_MARK));
  if (examples.length) {
    return {
      ok: false,
      message: `แผ่นงาน "${sessionsSheet.name}" ยังมีแถวตัวอย่าง ${examples.length} แถว (ชื่อรอบขึ้นต้นด้วย "${EXAMPLE_MARK}") กรุณาแก้เป็นรอบการประชุมจริงหรือลบแถวนั้น แล้วเลือกเมนูนี้อีกครั้ง`,
    };
  }
  return { ok: true, value: parsed.sessions, warnings: messages };
}

export function findSessionsSheet(spreadsheet: Spreadsheet): Loaded<Sheet> {
  const sheet = spreadsheet.getSheetByName(sessionsSheet.name);
  if (!sheet)
    return { ok: false, message: missingSheet(sessionsSheet.name, `กรุณาใช้เมนู ${MENU_TITLE} › ${CAPTIONS.createForm} ซึ่งจะสร้างแผ่นงานนี้พร้อมแถวตัวอย่างให้`) };
  return { ok: true, value: sheet, warnings: [] };
}

/**
 * Names Google gives the linked responses sheet, by the owner's language; used only when no sheet knows its form
 * (responses imported by hand).
 */
export const RESPONSES_SHEET_NAMES = [rsvpResponsesSheet.name, 'การตอบแบบฟอร์ม 1', 'Form Responses 1'] as const;

/**
 * The sheet the RSVP form writes to, found through the form link whatever it is called (Google names it in the
 * owner's language, and people rename it): the sheet linked to `formId` when known, else the one linked sheet,
 * else a sheet with one of Google's names.
 */
export function findLinkedResponsesSheet(spreadsheet: Spreadsheet, formId?: string | null): Sheet | null {
  const sheets = spreadsheet.getSheets();
  const linked = sheets.flatMap((sheet) => {
    const url = sheet.getFormUrl();
    return url ? [{ sheet, formId: formIdOfUrl(url) }] : [];
  });
  if (formId) {
    const ours = linked.find((l) => l.formId === formId);
    if (ours) return ours.sheet;
  }
  if (linked[0]) return linked[0].sheet;
  return RESPONSES_SHEET_NAMES.map((name) => sheets.find((s) => s.getName() === name)).find((s) => s) ?? null;
}

export function loadResponsesSheet(spreadsheet: Spreadsheet, formId?: string | null): Loaded<Sheet> {
  const sheet = findLinkedResponsesSheet(spreadsheet, formId);
  if (!sheet) return { ok: false, message: `ไม่พบแผ่นงานคำตอบของแบบฟอร์ม กรุณาใช้เมนู ${MENU_TITLE} › ${CAPTIONS.createForm} หรือเชื่อมแบบฟอร์มกับสเปรดชีตนี้` };
  return { ok: true, value: sheet, warnings: [] };
}

/** The responses through the core pipeline; a responses sheet missing a question's column is reported, in Thai. */
export function annotate(input: { registry: Registry; sessions: readonly Session[]; grid: Grid; now: Date }): Loaded<AnnotatedResponse[]> {
  const result = processResponses(input);
  if (!result.ok) return { ok: false, message: `แผ่นงานคำตอบใช้ไม่ได้:\n${listProblems(result.problems.map((p) => p.message))}` };
  return { ok: true, value: result.responses, warnings: [] };
}

function withRow(p: { message: string; row: number | null }): string {
  return p.row === null ? p.message : `แถว ${sheetRow(p.row)}: ${p.message}`;
}
