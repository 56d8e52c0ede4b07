/**
 * The per-LAO registration links for the cloud function. It has no Forms access, so it cannot read the form's link
 * template as Apps Script does (kept in Apps Script's script properties); the Apps Script set-up also lists every
 * LAO's prefilled link in the source spreadsheet (`ลิงก์ลงทะเบียนราย อปท.`, made with the form), and the function
 * reads them there: its follow-up lists then carry the same links, and each province file gets its own LAOs' list,
 * as the files Apps Script writes do.
 */
import type { Registry } from '../core/registry/index';
import { cellText, type Grid } from '../sheets-schema/cell';
import { rsvpLinksSheet } from '../sheets-schema/rsvp-links';
import { readTable } from '../sheets-schema/table';
import { layoutFromDef, type SheetLayout } from '../sheets-schema/workbook';

export interface RegistrationLinks {
  /** LAO code → its prefilled link. */
  byCode: Map<string, string>;
  /** Each province's links sheet, for its summary file. */
  provinceSheets: (registry: Registry) => Map<string, SheetLayout[]>;
}

/** Null when the sheet is absent or has no link (the form not made yet); a warning in Thai when it cannot be read. */
export function readRegistrationLinks(grid: Grid | undefined): { links: RegistrationLinks | null; warning?: string } {
  if (!grid) return { links: null };
  const table = readTable(rsvpLinksSheet, grid);
  if (!table.ok) {
    return { links: null, warning: `อ่านแผ่นงาน "${rsvpLinksSheet.name}" ไม่ได้ รายชื่อ อปท. ที่ต้องติดตามจึงไม่มีลิงก์ลงทะเบียน (สร้างแบบฟอร์มใหม่จากเมนูเพื่อเขียนแผ่นงานนี้อีกครั้ง)` };
  }
  const rows = table.rows
    .map((r) => ({
      province: cellText(r.province).trim(),
      district: cellText(r.district).trim(),
      laoType: cellText(r.laoType).trim(),
      laoName: cellText(r.laoName).trim(),
      laoCode: cellText(r.laoCode).trim(),
      link: cellText(r.link).trim(),
    }))
    .filter((r) => r.laoCode && /^https:\/\//.test(r.link));
  if (!rows.length) return { links: null };
  const byCode = new Map(rows.map((r) => [r.laoCode, r.link]));
  return {
    links: {
      byCode,
      provinceSheets: (registry) => {
        // By the registry's province of each code (the list's own province column may be older), in the list's order.
        const byProvince = new Map<string, typeof rows>();
        for (const row of rows) {
          const province = registry.byCode.get(row.laoCode)?.province;
          if (!province) continue;
          const list = byProvince.get(province) ?? [];
          list.push(row);
          byProvince.set(province, list);
        }
        return new Map([...byProvince].map(([province, list]) => [province, [layoutFromDef(rsvpLinksSheet, list)]]));
      },
    },
  };
}
