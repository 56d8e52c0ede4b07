import { stat } from 'node:fs/promises';
import type { Grid } from '../../sheets-schema/cell';
import type { JobInput } from '../../core/job/summarize-grids';
import type { SheetDef } from '../../sheets-schema/define';
import { INDICATOR_CATALOG, INDICATOR_ENTRIES } from '../../sheets-schema/indicators';
import { laoCoverageSheet, laoRegistrySheet } from '../../sheets-schema/registry';
import { rsvpResponsesSheet } from '../../sheets-schema/rsvp-form';
import { sessionsSheet } from '../../sheets-schema/sessions';
import { encodingNote, readGridFile } from '../local/read-grid';
import { sheetRow } from '../../sheets-schema/table';
import { UserError } from './user-error';

export interface InputFile {
  /** The option that named it, e.g. `--registry`, so the message says which argument to fix. */
  flag: string;
  path: string;
}

const THAI = /[\u0E00-\u0E7F]/;

/** Fails with every missing file (or folder given where a file is wanted) named at once, before anything is read. */
export async function assertInputsExist(files: readonly InputFile[]): Promise<void> {
  const missing: string[] = [];
  for (const { flag, path } of files) {
    const info = await stat(path).catch(() => null);
    if (!info) missing.push(`ไม่พบไฟล์ ${path} (${flag})`);
    else if (info.isDirectory()) missing.push(`${path} (${flag}) เป็นโฟลเดอร์ ไม่ใช่ไฟล์ กรุณาระบุไฟล์ CSV หรือ XLSX ในโฟลเดอร์นั้น`);
  }
  if (missing.length) throw new UserError(missing.join('\n'));
}

export interface ReadInputOptions {
  /** XLSX: the sheet to read (`--sheet`). */
  sheet?: string;
  /** XLSX: headers that pick the sheet when none is named. */
  expectHeaders?: readonly string[];
  /**
   * A file with a header row and no data: an error for files the job cannot do without (the registry), a warning for
   * those that may still be empty early in the season (responses, entries).
   */
  headerOnly?: 'error' | 'warn';
  /** Where notes (the encoding or sheet read) and header-only warnings go. */
  note?: (line: string) => void;
}

/**
 * How each input is read: the headers that pick its sheet in an XLSX, and whether a file with only its header row may
 * go on with a warning (responses and entries may still be empty early in the season). Shared by both threads of
 * the job (scripts/cli/indicator-worker.ts reads the catalog and the entries).
 */
export const INPUT_READS: Readonly<Record<JobInput, ReadInputOptions>> = {
  registry: { expectHeaders: [...allHeaders(laoRegistrySheet), ...allHeaders(laoCoverageSheet)] },
  responses: { expectHeaders: allHeaders(rsvpResponsesSheet), headerOnly: 'warn' },
  sessions: { expectHeaders: allHeaders(sessionsSheet) },
  catalog: { expectHeaders: allHeaders(INDICATOR_CATALOG) },
  entries: { expectHeaders: allHeaders(INDICATOR_ENTRIES), headerOnly: 'warn' },
};

/** Every header and alias of a sheet: what picks the sheet of an XLSX holding it. */
function allHeaders(def: SheetDef<string>): string[] {
  return Object.values(def.columns).flatMap((c) => [c.header, ...(c.aliases ?? [])]);
}

/** Reads a CSV/XLSX input; an unreadable, empty or binary file becomes a Thai message naming the option. */
export async function readInput({ flag, path }: InputFile, options: ReadInputOptions = {}): Promise<Grid> {
  let read;
  try {
    read = await readGridFile(path, { sheet: options.sheet, expectHeaders: options.expectHeaders });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // The reader's own messages are Thai already; a library's (a broken zip) are not meant for users.
    throw new UserError(THAI.test(detail) ? `${detail} (${flag})` : `อ่านไฟล์ ${path} (${flag}) ไม่ได้: ไฟล์เสียหายหรือไม่ใช่ไฟล์ CSV/XLSX (${detail})`);
  }
  const note = options.note ?? (() => undefined);
  const encoding = encodingNote(path, read.encoding);
  if (encoding) note(encoding);
  if (read.sheet?.chosenByHeaders) note(`ไฟล์ ${path} (${flag}): อ่านแผ่นงาน "${read.sheet.name}" ซึ่งมีหัวตารางที่ต้องการ (ระบุแผ่นงานอื่นได้ด้วย --sheet)`);
  const filled = read.grid.filter((row) => row.some((cell) => cell !== null && String(cell).trim() !== '')).length;
  const where = read.sheet ? `แผ่นงาน "${read.sheet.name}" ของไฟล์ ${path}` : `ไฟล์ ${path}`;
  if (filled === 0) throw new UserError(`${where} (${flag}) ว่างเปล่า ไม่มีข้อมูลเลย กรุณาตรวจสอบว่าเลือกไฟล์ถูกต้อง`);
  if (filled === 1) {
    const message = `${where} (${flag}) มีแต่แถวหัวตาราง ยังไม่มีข้อมูล`;
    if (options.headerOnly === 'warn') note(`คำเตือน: ${message}`);
    else throw new UserError(`${message} กรุณาตรวจสอบว่าเลือกไฟล์ถูกต้อง`);
  }
  return read.grid;
}

export interface RowProblem {
  message: string;
  /** 1-based data row (shown as the sheet's row, one more); null or absent for the whole file. */
  row?: number | null;
}

/** Problems of one input as Thai lines, each with its row, at most `limit` of them. */
export function problemLines(problems: readonly RowProblem[], limit = 20): string[] {
  const lines = problems.slice(0, limit).map((p) => (p.row ? `แถว ${sheetRow(p.row)}: ${p.message}` : p.message));
  if (problems.length > limit) lines.push(`... และอีก ${problems.length - limit} รายการ`);
  return lines;
}

/** Blocking problems of one input (a missing column, nothing usable) as an error naming the file. */
export function inputError({ flag, path }: InputFile, problems: readonly RowProblem[]): UserError {
  return new UserError([`ไฟล์ ${path} (${flag}) ใช้ไม่ได้:`, ...problemLines(problems)].join('\n'));
}
