import { defineSheet } from './define';

/**
 * Where each province's summary spreadsheet is (Apps Script writes one spreadsheet per province, so that sharing a
 * file with a province's coordinators shows them their own province's people only). Kept in the national admin's
 * spreadsheet; no personal data.
 */
export const provinceFilesSheet = defineSheet({
  name: 'ไฟล์สรุปรายจังหวัด',
  columns: {
    province: { header: 'จังหวัด', width: 18 },
    link: { header: 'ลิงก์ไฟล์สรุปของจังหวัด', width: 70 },
    updatedAt: { header: 'ปรับปรุงข้อมูลล่าสุด', kind: 'datetime', width: 20 },
  },
  freeze: { rows: 1, columns: 1 },
});
