/**
 * The rebuild function's settings, from one JSON document (the `REBUILD_CONFIG` environment variable):
 * where the source data is, which Drive folder holds the summaries, and who may open which province's file.
 */
import * as z from 'zod/mini';
import { INDICATOR_CATALOG, INDICATOR_ENTRIES } from '../sheets-schema/indicators';
import { laoRegistrySheet } from '../sheets-schema/registry';
import { rsvpResponsesSheet } from '../sheets-schema/rsvp-form';
import { sessionsSheet } from '../sheets-schema/sessions';

const id = () => z.string().check(z.trim(), z.minLength(1));
const sheetName = () => z.optional(z.string().check(z.trim(), z.minLength(1)));

export const RebuildConfigSchema = z.strictObject({
  /** The spreadsheet holding the registry, the sessions, the form's responses and the indicator sheets. */
  sourceSpreadsheetId: id(),
  /** The Drive folder of the summary spreadsheets (shared with the function's service account as editor). */
  folderId: id(),
  /** Sheet names in the source spreadsheet, when they differ from the defaults. */
  sheetNames: z.optional(
    z.strictObject({
      registry: sheetName(),
      sessions: sheetName(),
      responses: sheetName(),
      catalog: sheetName(),
      entries: sheetName(),
    }),
  ),
  /** Summarise the workshop registrations (default true). */
  rsvp: z.optional(z.boolean()),
  /** Summarise the indicator data too (default false). */
  indicators: z.optional(z.boolean()),
  /** Province (as the registry spells it; `จ.` prefixes are fine) → the e-mails of its coordinators. */
  coordinators: z.record(z.string(), z.array(z.email())),
  /** Who may open the national overview (counts only, no personal data). */
  nationalViewers: z.optional(z.array(z.email())),
  shareRole: z.optional(z.enum(['reader', 'commenter'])),
  /** Let Drive e-mail people when a file is first shared with them (default true). */
  notifyNewViewers: z.optional(z.boolean()),
  /** Bangkok's code (it is outside DLA's registry); default `BKK`. */
  bangkokCode: z.optional(id()),
});

export type RebuildConfigInput = z.infer<typeof RebuildConfigSchema>;

export interface RebuildConfig {
  sourceSpreadsheetId: string;
  folderId: string;
  sheetNames: { registry: string; sessions: string; responses: string; catalog: string; entries: string };
  rsvp: boolean;
  indicators: boolean;
  coordinators: Record<string, string[]>;
  nationalViewers: string[];
  shareRole: 'reader' | 'commenter';
  notifyNewViewers: boolean;
  bangkokCode: string | undefined;
}

export type ConfigRead = { ok: true; config: RebuildConfig } | { ok: false; message: string };

/** Parses and completes the settings; every problem comes back as one Thai message. */
export function parseRebuildConfig(json: string | undefined): ConfigRead {
  if (!json?.trim()) return { ok: false, message: 'ไม่พบการตั้งค่า: กรุณากำหนดตัวแปร REBUILD_CONFIG เป็น JSON' };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { ok: false, message: `การตั้งค่า REBUILD_CONFIG ไม่ใช่ JSON ที่ถูกต้อง (${(e as Error).message})` };
  }
  const parsed = RebuildConfigSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, message: ['การตั้งค่า REBUILD_CONFIG ไม่ถูกต้อง:', ...parsed.error.issues.map((issue) => describeIssue(issue, raw))].join('\n') };
  }
  const c = parsed.data;
  const config: RebuildConfig = {
    sourceSpreadsheetId: c.sourceSpreadsheetId,
    folderId: c.folderId,
    sheetNames: {
      registry: c.sheetNames?.registry ?? laoRegistrySheet.name,
      sessions: c.sheetNames?.sessions ?? sessionsSheet.name,
      responses: c.sheetNames?.responses ?? rsvpResponsesSheet.name,
      catalog: c.sheetNames?.catalog ?? INDICATOR_CATALOG.name,
      entries: c.sheetNames?.entries ?? INDICATOR_ENTRIES.name,
    },
    rsvp: c.rsvp ?? true,
    indicators: c.indicators ?? false,
    coordinators: c.coordinators,
    nationalViewers: c.nationalViewers ?? [],
    shareRole: c.shareRole ?? 'reader',
    notifyNewViewers: c.notifyNewViewers ?? true,
    bangkokCode: c.bangkokCode,
  };
  if (!config.rsvp && !config.indicators) {
    return { ok: false, message: 'การตั้งค่า REBUILD_CONFIG ไม่ถูกต้อง: ต้องเปิดอย่างน้อยหนึ่งอย่างระหว่าง rsvp และ indicators' };
  }
  return { ok: true, config };
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const where = issue.path.length ? issue.path.map(String).join('.') : '(ทั้งหมด)';
  const input = issue.path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key], raw);
  const what = (() => {
    switch (issue.code) {
      case 'invalid_type':
        return input === undefined ? 'ต้องระบุ' : `ชนิดข้อมูลไม่ถูกต้อง (ต้องเป็น ${issue.expected})`;
      case 'invalid_format':
        return issue.format === 'email' ? `"${String(input)}" ไม่ใช่อีเมลที่ถูกต้อง` : 'รูปแบบไม่ถูกต้อง';
      case 'too_small':
        return 'ต้องไม่ว่าง';
      case 'invalid_value':
        return `ต้องเป็นค่าใดค่าหนึ่งใน ${issue.values.map(String).join(', ')}`;
      case 'unrecognized_keys':
        return `ไม่รู้จักหัวข้อ ${issue.keys.join(', ')}`;
      default:
        return issue.message;
    }
  })();
  return `- ${where}: ${what}`;
}
