import { cellText, type Grid } from '../../sheets-schema/cell';
import { rsvpLinksSheet } from '../../sheets-schema/rsvp-links';
import { readTable } from '../../sheets-schema/table';

/** A problem of one row (1-based data row) or of the whole table (row null). */
export interface LinksProblem {
  severity: 'error' | 'warning';
  message: string;
  row: number | null;
}

export type LinksRead = { ok: true; links: Map<string, string>; problems: LinksProblem[] } | { ok: false; problems: LinksProblem[] };

const FORM_LINK = /^https:\/\/docs\.google\.com\/forms\/\S+\/viewform\?\S+$/;

/**
 * The per-LAO registration links of the sheet `ลิงก์ลงทะเบียนราย อปท.` (as Apps Script writes it; read by header,
 * so columns may be moved or added), by LAO code. A row without a code is skipped; a row whose link is not a
 * prefilled Google Forms link is an error (its LAO gets no card); a code listed twice keeps its first link.
 */
export function linksFromGrid(grid: Grid): LinksRead {
  const table = readTable(rsvpLinksSheet, grid);
  if (!table.ok) return { ok: false, problems: table.problems.map((p) => ({ severity: 'error', message: p.message, row: null })) };
  const links = new Map<string, string>();
  const problems: LinksProblem[] = [];
  for (const row of table.rows) {
    const code = cellText(row.laoCode).trim();
    const link = cellText(row.link).trim();
    if (!code) {
      problems.push({ severity: 'warning', message: `ไม่มี${rsvpLinksSheet.columns.laoCode.header} ข้ามแถวนี้`, row: row.rowNumber });
      continue;
    }
    if (!FORM_LINK.test(link)) {
      problems.push({ severity: 'error', message: `ลิงก์ของ ${code} ไม่ใช่ลิงก์แบบฟอร์ม Google ที่กรอกข้อมูลไว้ล่วงหน้า: "${link.slice(0, 60)}"`, row: row.rowNumber });
      continue;
    }
    const known = links.get(code);
    if (known !== undefined) {
      if (known !== link) problems.push({ severity: 'warning', message: `${code} มีมากกว่าหนึ่งลิงก์ ใช้ลิงก์แรก`, row: row.rowNumber });
      continue;
    }
    links.set(code, link);
  }
  if (links.size === 0) return { ok: false, problems: [...problems, { severity: 'error', message: 'ไม่มีลิงก์ที่ใช้ได้เลย', row: null }] };
  return { ok: true, links, problems };
}
