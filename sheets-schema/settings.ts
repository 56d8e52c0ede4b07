import { defineSheet } from './define';

/**
 * Settings people edit in the source spreadsheet, one per row (key in Thai, value beside it), so that nothing a
 * coordinator may change needs a redeploy. The cloud function's environment holds identifiers only.
 */
export const settingsSheet = defineSheet({
  name: 'ตั้งค่า',
  columns: {
    key: { header: 'รายการ', width: 40 },
    value: { header: 'ค่า', width: 50 },
    note: { header: 'คำอธิบาย', optional: true, width: 60 },
  },
  freeze: { rows: 1, columns: 1 },
});

/** The rows of the settings sheet that the code reads, by their Thai label in the `รายการ` column. */
export const SETTING_KEYS = {
  /** The cloud function's runtime service account (…@….iam.gserviceaccount.com): editor of every summary file. */
  functionServiceAccount: 'บัญชีบริการของฟังก์ชันคลาวด์',
  /** The Drive folder (id or link) of the owner's Drive that holds the summary files. */
  summaryFolder: 'โฟลเดอร์ไฟล์สรุป',
  /** First and last day (inclusive) LAOs may enter indicator data, as dates (Buddhist or Common era). */
  entryWindowStart: 'วันเริ่มบันทึกตัวชี้วัด',
  entryWindowEnd: 'วันสุดท้ายของการบันทึกตัวชี้วัด',
  /** `ใช่` once the cloud function is deployed: Apps Script then leaves the province files to it. */
  provinceFilesByFunction: 'ฟังก์ชันคลาวด์เขียนไฟล์สรุปรายจังหวัด',
} as const;

export type SettingKey = keyof typeof SETTING_KEYS;
