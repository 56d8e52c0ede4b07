/**
 * What the rebuild function needs to know, from two places:
 * - its environment holds identifiers only (the source spreadsheet; for the shared-drive set-up, the shared-drive
 *   folder), so nothing a coordinator changes needs a redeploy and no personal data sits in the environment, which
 *   anyone with Project Viewer can read;
 * - everything people edit is read from sheets of the source spreadsheet (sheets-schema/coordinators.ts,
 *   summary-files.ts, settings.ts): who may open which file, and which prepared file is which province's.
 * Every problem comes back as Thai text for the person who fixes it; with any problem nothing is written.
 */
import { normaliseProvince } from '../core/lao/place';
import { parseCoordinators } from '../core/sharing/coordinators';
import type { Grid } from '../sheets-schema/cell';
import { cellText } from '../sheets-schema/cell';
import { coordinatorsSheet, NATIONAL_KEY } from '../sheets-schema/coordinators';
import { INDICATOR_CATALOG, INDICATOR_ENTRIES } from '../sheets-schema/indicators';
import { laoRegistrySheet } from '../sheets-schema/registry';
import { rsvpResponsesSheet } from '../sheets-schema/rsvp-form';
import { rsvpLinksSheet } from '../sheets-schema/rsvp-links';
import { sessionsSheet } from '../sheets-schema/sessions';
import { settingsSheet } from '../sheets-schema/settings';
import { summaryFilesSheet } from '../sheets-schema/summary-files';
import { readTable } from '../sheets-schema/table';

export { NATIONAL_KEY };

/** The function's environment variables (set by the deploy script). */
export const ENV = {
  sourceSpreadsheetId: 'SOURCE_SPREADSHEET_ID',
  sharedDriveFolderId: 'SHARED_DRIVE_FOLDER_ID',
  runMinutes: 'RUN_DEADLINE_MINUTES',
} as const;

/** Files are started up to this many minutes after the run starts: Cloud Scheduler waits at most 30. */
export const DEFAULT_RUN_MINUTES = 25;

export interface FunctionEnvironment {
  sourceSpreadsheetId: string;
  /**
   * Set: the shared-drive set-up, where the function's account is a Content manager and may create the summary
   * files in this folder. Unset: the My Drive set-up, where the owner prepares every file and the function
   * creates none (a service account has no Drive storage).
   */
  sharedDriveFolderId: string | undefined;
  /** No new file is started after this long; the rest are reported pending and the next run does them. */
  runMs: number;
}

export type EnvironmentRead = { ok: true; env: FunctionEnvironment } | { ok: false; message: string };

export function readEnvironment(vars: Readonly<Record<string, string | undefined>>): EnvironmentRead {
  const source = vars[ENV.sourceSpreadsheetId]?.trim();
  if (!source) {
    return { ok: false, message: `ไม่พบการตั้งค่า: กรุณากำหนดตัวแปร ${ENV.sourceSpreadsheetId} เป็นรหัสของสเปรดชีตต้นทาง` };
  }
  if (!spreadsheetIdFrom(source)) {
    return { ok: false, message: `ตัวแปร ${ENV.sourceSpreadsheetId} ต้องเป็นรหัสหรือลิงก์ของสเปรดชีตต้นทาง (ได้ "${source}")` };
  }
  const minutesText = vars[ENV.runMinutes]?.trim();
  const minutes = minutesText ? Number(minutesText) : DEFAULT_RUN_MINUTES;
  if (!(minutes > 0 && minutes <= 55)) {
    return { ok: false, message: `ตัวแปร ${ENV.runMinutes} ต้องเป็นจำนวนนาทีระหว่าง 1 ถึง 55 (ได้ "${minutesText}")` };
  }
  return {
    ok: true,
    env: {
      sourceSpreadsheetId: spreadsheetIdFrom(source),
      sharedDriveFolderId: vars[ENV.sharedDriveFolderId]?.trim() || undefined,
      runMs: minutes * 60_000,
    },
  };
}

/** The sheets of the source spreadsheet the function reads. */
export const SOURCE_SHEETS = {
  registry: laoRegistrySheet.name,
  sessions: sessionsSheet.name,
  responses: rsvpResponsesSheet.name,
  catalog: INDICATOR_CATALOG.name,
  entries: INDICATOR_ENTRIES.name,
  coordinators: coordinatorsSheet.name,
  summaryFiles: summaryFilesSheet.name,
  settings: settingsSheet.name,
  /** Written by the Apps Script set-up with the form: one prefilled registration link per LAO. */
  rsvpLinks: rsvpLinksSheet.name,
} as const;

export type ShareRole = 'reader' | 'commenter';

export interface RunSettings {
  /** Province as the registry spells it, or NATIONAL_KEY → the e-mails (lower case) of who may open its file. */
  viewers: Map<string, string[]>;
  /** Province or NATIONAL_KEY → the id of the file the owner prepared (My Drive set-up; empty map otherwise). */
  summaryFiles: Map<string, string>;
  /** Where each key's "last updated" cell is in the summary-files sheet (0-based), when it has that column. */
  updatedAtCells?: { column: number; rows: Map<string, number> };
  shareRole: ShareRole;
  notifyNewViewers: boolean;
}

/** As the owner's set-up reads it: an id column or a link column will do. */
const SUMMARY_FILES_LINKS_ACCEPTED = {
  ...summaryFilesSheet,
  columns: { ...summaryFilesSheet.columns, fileId: { ...summaryFilesSheet.columns.fileId, optional: true } },
};

export type SettingsRead = { ok: true; settings: RunSettings } | { ok: false; problems: string[] };

/**
 * Reads the coordinators sheet (required), the summary-files sheet (required in the My Drive set-up) and checks
 * every row against the registry's provinces.
 */
export function readRunSettings(
  grids: { coordinators: Grid | undefined; summaryFiles: Grid | undefined },
  provinces: readonly string[],
  { myDrive }: { myDrive: boolean },
): SettingsRead {
  const known = new Set([...provinces, NATIONAL_KEY]);
  const problems: string[] = [];
  const provinceOf = (cell: unknown, sheet: string, row: number): string | undefined => {
    const text = cellText(cell as never).trim();
    const province = text === NATIONAL_KEY ? NATIONAL_KEY : normaliseProvince(text);
    if (known.has(province)) return province;
    problems.push(
      text
        ? `แผ่นงาน "${sheet}" แถว ${row + 1}: ไม่พบจังหวัด "${text}" ในทะเบียน อปท. กรุณาตรวจสอบชื่อจังหวัด (หรือใช้ "${NATIONAL_KEY}" สำหรับภาพรวมระดับประเทศ)`
        : `แผ่นงาน "${sheet}" แถว ${row + 1}: ไม่ได้ระบุจังหวัด`,
    );
    return undefined;
  };

  // The same reader as the owner's set-up in Apps Script, so both share each file with the same people.
  let viewers = new Map<string, string[]>();
  if (!grids.coordinators) {
    problems.push(`ไม่พบแผ่นงาน "${coordinatorsSheet.name}" ในสเปรดชีตต้นทาง กรุณาเพิ่มแผ่นงานนี้ (คอลัมน์ จังหวัด และ อีเมล)`);
  } else {
    const read = parseCoordinators(grids.coordinators, provinces);
    if (read.ok) viewers = read.byProvince;
    else problems.push(...read.problems.map((p) => (p.row === null ? p.message : `แผ่นงาน "${coordinatorsSheet.name}" แถว ${p.row + 1}: ${p.message}`)));
  }

  const summaryFiles = new Map<string, string>();
  let updatedAtCells: RunSettings['updatedAtCells'];
  if (myDrive) {
    if (!grids.summaryFiles) {
      problems.push(`ไม่พบแผ่นงาน "${summaryFilesSheet.name}" ในสเปรดชีตต้นทาง กรุณาเตรียมไฟล์สรุปจากเมนูในสเปรดชีตก่อน (เจ้าของไฟล์เป็นผู้สร้าง)`);
    } else {
      const table = readTable(SUMMARY_FILES_LINKS_ACCEPTED, grids.summaryFiles);
      if (!table.ok) problems.push(...table.problems.map((p) => p.message));
      else {
        const column = table.columnIndex.updatedAt;
        if (column !== undefined) updatedAtCells = { column, rows: new Map() };
        for (const row of table.rows) {
          const province = provinceOf(row.province, summaryFilesSheet.name, row.rowNumber);
          if (province !== undefined) updatedAtCells?.rows.set(province, row.rowNumber);
          if (province === undefined) continue;
          const id = spreadsheetIdFrom(cellText(row.fileId).trim() || cellText(row.link).trim());
          if (!id) {
            // Not made yet ("ยังไม่ได้สร้าง"): reported as missing for that province; the others are still written.
            continue;
          } else if (summaryFiles.has(province) && summaryFiles.get(province) !== id) {
            problems.push(`แผ่นงาน "${summaryFilesSheet.name}" แถว ${row.rowNumber + 1}: "${province}" มีไฟล์มากกว่าหนึ่งไฟล์ กรุณาเหลือไว้แถวเดียว`);
          } else if ([...summaryFiles].some(([other, otherId]) => otherId === id && other !== province)) {
            // One file for two provinces would show one province's people to the other's coordinators (PDPA).
            const other = [...summaryFiles].find(([, otherId]) => otherId === id)![0];
            problems.push(
              `แผ่นงาน "${summaryFilesSheet.name}" แถว ${row.rowNumber + 1}: ไฟล์ของ "${province}" เป็นไฟล์เดียวกับของ "${other}" แต่ละจังหวัดต้องมีไฟล์ของตนเอง`,
            );
          } else {
            summaryFiles.set(province, id);
          }
        }
      }
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, settings: { viewers, summaryFiles, shareRole: 'reader', notifyNewViewers: true, ...(updatedAtCells ? { updatedAtCells } : {}) } };
}

/**
 * A spreadsheet or file id, also from a pasted link (`…/d/<id>/edit`); empty for anything else (the set-up writes
 * "ยังไม่ได้สร้าง" where a file is not made yet).
 */
export function spreadsheetIdFrom(text: string): string {
  const m = /\/d\/([A-Za-z0-9_-]+)/.exec(text) ?? /[?&]id=([A-Za-z0-9_-]+)/.exec(text);
  if (m) return m[1]!;
  return /^[A-Za-z0-9_-]+$/.test(text.trim()) ? text.trim() : '';
}
