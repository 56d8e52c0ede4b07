/**
 * The coordinators sheet (`sheets-schema/coordinators.ts`) read into who may open which summary file. Shared by the
 * owner's set-up in Apps Script and, if it wishes, the cloud function: both share each file from this sheet.
 * An unknown province or a malformed e-mail is an error naming the row, in Thai; nothing should be shared then.
 */
import { cellText, type Grid } from '../../sheets-schema/cell';
import { coordinatorsSheet, NATIONAL_KEY } from '../../sheets-schema/coordinators';
import { readTable } from '../../sheets-schema/table';
import { parseEmail } from '../contact/email';
import { normaliseProvince } from '../lao/place';
import { cleanText } from '../text/thai';

export interface SheetProblem {
  /** 1-based data row, null for the whole sheet. */
  row: number | null;
  message: string;
}

export type CoordinatorsRead =
  | { ok: true; /** Province (registry spelling, or NATIONAL_KEY) → e-mails, lower case, each once. */ byProvince: Map<string, string[]> }
  | { ok: false; problems: SheetProblem[] };

/** Several addresses in one cell: each person gets a row of their own, so that removing one is one row. */
const SEVERAL = /[,;/]|หรือ/;

/** One address, as `core/contact/email` repairs it (case, spaces, full-width characters), or null. */
export function singleEmail(text: string): string | null {
  if (SEVERAL.test(text)) return null;
  const parsed = parseEmail(text);
  return parsed.ok ? parsed.value : null;
}

export function parseCoordinators(grid: Grid, provinces: readonly string[]): CoordinatorsRead {
  const table = readTable(coordinatorsSheet, grid);
  if (!table.ok) return { ok: false, problems: table.problems.map((p) => ({ row: null, message: p.message })) };
  const known = new Map(provinces.map((p) => [normaliseProvince(p), p]));
  const byProvince = new Map<string, string[]>();
  const problems: SheetProblem[] = [];
  for (const row of table.rows) {
    const typed = cleanText(cellText(row.province));
    const email = singleEmail(cellText(row.email));
    const province = typed === NATIONAL_KEY ? NATIONAL_KEY : known.get(normaliseProvince(typed));
    if (!province) {
      problems.push({ row: row.rowNumber, message: `ไม่รู้จักจังหวัด "${typed}" (ต้องสะกดตามทะเบียน อปท. หรือ "${NATIONAL_KEY}" สำหรับผู้ดูภาพรวมทั้งประเทศ)` });
      continue;
    }
    if (!email) {
      problems.push({ row: row.rowNumber, message: `อีเมล "${cellText(row.email)}" ไม่ถูกต้อง (ใส่อีเมลเดียวต่อแถว)` });
      continue;
    }
    const list = byProvince.get(province) ?? [];
    if (!list.includes(email)) list.push(email);
    byProvince.set(province, list);
  }
  return problems.length ? { ok: false, problems } : { ok: true, byProvince };
}
