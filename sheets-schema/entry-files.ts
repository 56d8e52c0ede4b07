import { defineSheet } from './define';
import { INDICATOR_ENTRY_TEMPLATE } from './indicators';

/**
 * The indicator entry spreadsheets on Google: one per province, made by the owner's set-up (Apps Script), where the
 * province's LAOs type their indicator data and the scheduled check writes, beside each row, what is wrong with it.
 */

/** What the check says about one entry row; blank while nothing is entered. */
export const ENTRY_STATUS = {
  ok: 'ผ่าน',
  fix: 'ต้องแก้ไข',
  suspicious: 'น่าสงสัย',
} as const;

export type EntryStatusKey = keyof typeof ENTRY_STATUS;
export type EntryStatusLabel = (typeof ENTRY_STATUS)[EntryStatusKey];

/** Status cell colours (conditional formatting on the status column): green, red, amber, as the template's users expect. */
export const ENTRY_STATUS_COLOURS: Readonly<Record<EntryStatusKey, string>> = {
  ok: '#d9ead3',
  fix: '#f4cccc',
  suspicious: '#fff2cc',
};

/**
 * The entry sheet: the template's columns (`npm run templates`: prefilled and locked LAO and indicator columns, the
 * two numbers and the note open and validated), then two status columns that only the check writes. They are
 * locked like the prefilled ones: never an input column. Its header is the first row, so the core entries reader
 * reads it as it is.
 */
export const entrySheet = defineSheet({
  name: INDICATOR_ENTRY_TEMPLATE.name,
  columns: {
    ...INDICATOR_ENTRY_TEMPLATE.columns,
    checkStatus: { header: 'ผลการตรวจ', kind: 'text', width: 12, locked: true },
    checkDetail: { header: 'รายละเอียดผลการตรวจ', kind: 'text', width: 70, locked: true },
  },
  freeze: INDICATOR_ENTRY_TEMPLATE.freeze,
});

export type EntryColumn = keyof typeof entrySheet.columns;

/** The columns an LAO types in; every other column is written by the set-up or the check only. */
export const ENTRY_INPUT_COLUMNS = ['frame', 'delivered', 'note'] as const satisfies readonly EntryColumn[];
/** The columns the check writes, and nothing else. */
export const ENTRY_STATUS_COLUMNS = ['checkStatus', 'checkDetail'] as const satisfies readonly EntryColumn[];

/** The entry file's second sheet (how to fill it in), as in the template, plus what the status means. */
export const entryHelpSheet = defineSheet({
  name: 'คำอธิบาย',
  columns: { text: { header: 'วิธีกรอกข้อมูล', kind: 'text', width: 110 } },
});

/**
 * The entry files and where they are, in the source spreadsheet (the style of `summary-files.ts`): the owner's
 * set-up creates each file and writes its row; the check runs (cloud function or Apps Script) find each file by
 * its id, never by title. No personal data.
 */
export const entryFilesSheet = defineSheet({
  name: 'ไฟล์บันทึกตัวชี้วัดรายจังหวัด',
  columns: {
    province: { header: 'จังหวัด', width: 18 },
    fileId: { header: 'รหัสไฟล์', width: 46 },
    link: { header: 'ลิงก์ไฟล์บันทึกตัวชี้วัด', width: 70 },
    laos: { header: 'อปท. ที่ต้องกรอก', kind: 'integer', optional: true, width: 12 },
    laosWithOwnAccess: { header: 'อปท. ที่แก้ไขได้เฉพาะแถวของตน', kind: 'integer', optional: true, width: 16 },
  },
  freeze: { rows: 1, columns: 1 },
});

/** Progress of entry per district (a province's entry file) or per province (the source spreadsheet). */
function entryAreaSheet(name: string, areaHeader: string) {
  return defineSheet({
    name,
    columns: {
      area: { header: areaHeader, width: 20 },
      laosExpected: { header: 'อปท. ที่ต้องกรอก', kind: 'integer', width: 11 },
      laosComplete: { header: 'กรอกครบและถูกต้อง', kind: 'integer', width: 12 },
      laosWithErrors: { header: 'มีข้อผิดพลาดต้องแก้ไข', kind: 'integer', width: 13 },
      laosInProgress: { header: 'กรอกแล้วบางส่วน', kind: 'integer', width: 12 },
      laosNotStarted: { header: 'ยังไม่เริ่มกรอก', kind: 'integer', width: 11 },
      completePct: { header: 'ร้อยละที่กรอกครบ', kind: 'percent', width: 11 },
    },
    freeze: { rows: 1, columns: 1 },
  });
}

export const entryDistrictProgressSheet = entryAreaSheet('ความคืบหน้า รายอำเภอ', 'อำเภอ');
export const entryProvinceProgressSheet = entryAreaSheet('ความคืบหน้าการบันทึกตัวชี้วัด', 'จังหวัด');

/** LAO states in the follow-up list, in the order a district officer calls them. */
export const ENTRY_LAO_STATES = {
  withErrors: 'มีข้อผิดพลาดต้องแก้ไข',
  notStarted: 'ยังไม่เริ่มกรอก',
  inProgress: 'กรอกแล้วบางส่วน',
  complete: 'กรอกครบและถูกต้อง',
} as const;

/** Per district, the LAOs not complete: who the district office calls, and about what. */
export const entryFollowUpSheet = defineSheet({
  name: 'อปท. ที่ต้องติดตาม',
  columns: {
    district: { header: 'อำเภอ', width: 16 },
    laoCode: { header: 'รหัส อปท.', width: 11 },
    laoName: { header: 'ชื่อ อปท.', width: 28 },
    state: { header: 'สถานะ', width: 18 },
    applicable: { header: 'ตัวชี้วัดที่ต้องกรอก', kind: 'integer', width: 12 },
    done: { header: 'กรอกแล้วถูกต้อง', kind: 'integer', width: 12 },
    rowsToFix: { header: 'แถวที่ต้องแก้ไข', kind: 'integer', width: 11 },
    missing: { header: 'ตัวชี้วัดที่ยังไม่กรอกหรือต้องแก้', width: 50 },
  },
  freeze: { rows: 1, columns: 1 },
});
