/**
 * The `รอบการประชุม` sheet, made by the owner's set-up when it is missing: the headers from
 * `sheets-schema/sessions.ts` and two example rows a coordinator edits. The examples are marked in their label, and
 * the form is not built while a marked row remains (see `loadSessions`), so an example never becomes a choice.
 */
import { sessionsSheet } from '../sheets-schema/sessions';
import { layoutFromDef } from '../sheets-schema/workbook';
import { writeSheetLayout } from './layout-writer';
import type { Services, Spreadsheet } from './services';
import { LAO_TYPE_LONG } from '../core/vocabulary';

export const EXAMPLE_MARK = '[ตัวอย่าง]';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Null when the sheet exists (nothing is touched); otherwise what was made, in Thai. */
export function ensureSessionsSheet(services: Services, spreadsheet: Spreadsheet): string | null {
  if (spreadsheet.getSheetByName(sessionsSheet.name)) return null;
  // Two weeks ahead, so the examples read as plausible dates whatever the year.
  const first = new Date(services.now().getTime() + 14 * DAY_MS);
  const second = new Date(first.getTime() + DAY_MS);
  const rows = [
    {
      label: `${EXAMPLE_MARK} รอบที่ 1 (อบจ. เทศบาล เมืองพัทยา กรุงเทพมหานคร)`,
      date: first,
      time: '09:00-12:00 น.',
      laoTypes: `อบจ., เทศบาล, เมืองพัทยา, ${LAO_TYPE_LONG['กรุงเทพมหานคร']}`,
      link: '',
    },
    { label: `${EXAMPLE_MARK} รอบที่ 2 (อบต.)`, date: second, time: '09:00-12:00 น.', laoTypes: 'อบต.', link: '' },
  ];
  writeSheetLayout(spreadsheet, layoutFromDef(sessionsSheet, rows), services.spreadsheetApp);
  return [
    `สร้างแผ่นงาน "${sessionsSheet.name}" พร้อมแถวตัวอย่าง 2 แถวแล้ว`,
    `กรุณาแก้ให้เป็นรอบการประชุมจริง (ชื่อรอบ วันที่ เวลา ประเภท อปท. ที่เข้าร่วม) และลบคำว่า "${EXAMPLE_MARK}" ออก หรือลบแถวตัวอย่างที่ไม่ใช้`,
    'ชื่อรอบการประชุมจะเป็นตัวเลือกในแบบฟอร์ม แล้วเลือกเมนูนี้อีกครั้ง',
  ].join('\n');
}
