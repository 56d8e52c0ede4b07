import { NATIONAL_KEY } from './coordinators';
import { defineSheet } from './define';

export { NATIONAL_KEY };

/**
 * The summary spreadsheets and where they are: the national overview (province = NATIONAL_KEY) and one file per
 * province (a file can be shared with one province's coordinators; a sheet cannot be hidden from its
 * spreadsheet's editors, so per-province sheets in one file would break PDPA).
 *
 * The owner's set-up (Apps Script, running as the owner, whose Drive holds the files: a service account has no
 * Drive storage since 2025-04-15) creates the files and writes this sheet; the cloud function reads it and finds
 * each file by its id, never by title. Kept in the source spreadsheet; no personal data.
 */
export const summaryFilesSheet = defineSheet({
  name: 'ไฟล์สรุปรายจังหวัด',
  columns: {
    province: { header: 'จังหวัด', width: 18 },
    fileId: { header: 'รหัสไฟล์', width: 46 },
    link: { header: 'ลิงก์ไฟล์สรุป', aliases: ['ลิงก์ไฟล์สรุปของจังหวัด'], width: 70 },
    updatedAt: { header: 'ปรับปรุงข้อมูลล่าสุด', kind: 'datetime', optional: true, width: 20 },
  },
  freeze: { rows: 1, columns: 1 },
});
