import { defineSheet } from './define';

/**
 * Where a rebuild in progress says which phase it is in and how far it got (Apps Script writes the summaries over
 * several executions of at most 6 minutes each). Kept in the bound spreadsheet; no personal data.
 */
export const rebuildStatusSheet = defineSheet({
  name: 'สถานะการสร้างสรุป',
  columns: {
    item: { header: 'รายการ', width: 24 },
    value: { header: 'สถานะ', width: 70 },
  },
  freeze: { rows: 1, columns: 1 },
});

/** The phases, in the order a rebuild writes them, as the status sheet names them. */
export const REBUILD_PHASES = {
  registrations: 'เขียนผลการตรวจการลงทะเบียน',
  national: 'เขียนสรุประดับประเทศ',
  provinces: 'เขียนไฟล์สรุปรายจังหวัด',
  done: 'เสร็จสมบูรณ์',
} as const;
