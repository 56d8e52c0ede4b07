import { access } from 'node:fs/promises';
import type { Grid } from '../../sheets-schema/cell';
import { readGrid } from '../local/read-grid';
import { UserError } from './user-error';

export interface InputFile {
  /** The option that named it, e.g. `--registry`, so the message says which argument to fix. */
  flag: string;
  path: string;
}

const THAI = /[\u0E00-\u0E7F]/;

/** Fails with every missing file named at once, before anything is read. */
export async function assertInputsExist(files: readonly InputFile[]): Promise<void> {
  const missing: string[] = [];
  for (const { flag, path } of files) {
    try {
      await access(path);
    } catch {
      missing.push(`ไม่พบไฟล์ ${path} (${flag})`);
    }
  }
  if (missing.length) throw new UserError(missing.join('\n'));
}

/** Reads a CSV/XLSX input; an unreadable file becomes a Thai message naming the option. */
export async function readInput({ flag, path }: InputFile): Promise<Grid> {
  try {
    return await readGrid(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // The reader's own messages are Thai already; a library's (a broken zip) are not meant for users.
    throw new UserError(
      THAI.test(detail) ? `${detail} (${flag})` : `อ่านไฟล์ ${path} (${flag}) ไม่ได้: ไฟล์เสียหายหรือไม่ใช่ไฟล์ CSV/XLSX (${detail})`,
    );
  }
}

export interface RowProblem {
  message: string;
  /** 1-based data row; null or absent for the whole file. */
  row?: number | null;
}

/** Problems of one input as Thai lines, each with its row, at most `limit` of them. */
export function problemLines(problems: readonly RowProblem[], limit = 20): string[] {
  const lines = problems.slice(0, limit).map((p) => (p.row ? `แถว ${p.row}: ${p.message}` : p.message));
  if (problems.length > limit) lines.push(`... และอีก ${problems.length - limit} รายการ`);
  return lines;
}

/** Blocking problems of one input (a missing column, nothing usable) as an error naming the file. */
export function inputError({ flag, path }: InputFile, problems: readonly RowProblem[]): UserError {
  return new UserError([`ไฟล์ ${path} (${flag}) ใช้ไม่ได้:`, ...problemLines(problems)].join('\n'));
}
