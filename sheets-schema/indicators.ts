import { defineSheet } from './define';
import type { IndicatorResult } from '../core/vocabulary';

/**
 * Sheets of the indicator assessment. The catalog is ODLOC's data (next year's indicators need no code change);
 * entries are what LAOs record, one row per (LAO, indicator).
 */

/** One row per indicator and group of LAO types; a code may have several rows, each with its own types and target. */
export const INDICATOR_CATALOG = defineSheet({
  name: 'ตัวชี้วัด',
  columns: {
    // English headers are read as aliases (sheets-schema/examples/indicator-catalog.example-en.csv).
    code: { header: 'รหัสตัวชี้วัด', aliases: ['indicator_code', 'code'], kind: 'text', width: 12 },
    area: { header: 'ด้าน', aliases: ['area'], kind: 'text', width: 30 },
    mission: { header: 'ภารกิจ', aliases: ['mission'], kind: 'text', width: 30 },
    indicator: { header: 'ตัวชี้วัด', aliases: ['indicator'], kind: 'text', width: 60 },
    /** `ร้อยละ` makes it a percentage indicator (delivered may not exceed frame); anything else is a count. */
    unit: { header: 'หน่วย', aliases: ['unit'], kind: 'text', width: 14 },
    targetPct: { header: 'ค่าเป้าหมาย (%)', aliases: ['ค่าเป้าหมาย', 'target_pct', 'target'], kind: 'percent', width: 12 },
    /** Registry types it applies to, comma-separated, long or short forms; blank = every type. */
    laoTypes: { header: 'ประเภท อปท.', aliases: ['lao_types', 'lao_type'], kind: 'text', width: 24 },
  },
  freeze: { rows: 1, columns: 1 },
});

/** The bare entries sheet: the columns a reader needs. */
export const INDICATOR_ENTRIES = defineSheet({
  name: 'ข้อมูลตัวชี้วัด',
  columns: {
    // English headers are read as aliases (sheets-schema/examples/indicator-entries.example-en.csv).
    laoCode: { header: 'รหัส อปท.', aliases: ['lao_code'], kind: 'text', width: 11 },
    indicatorCode: { header: 'รหัสตัวชี้วัด', aliases: ['indicator_code'], kind: 'text', width: 12 },
    frame: { header: 'กรอบการประเมิน (1)', aliases: ['กรอบการประเมิน', 'frame'], kind: 'number', width: 16 },
    delivered: { header: 'การจัดบริการสาธารณะ (2)', aliases: ['การจัดบริการสาธารณะ', 'delivered'], kind: 'number', width: 18 },
    note: { header: 'หมายเหตุ', aliases: ['note'], kind: 'text', width: 30, optional: true },
  },
  freeze: { rows: 1, columns: 2 },
});

const INPUT_NUMBER = { kind: 'number', min: 0 } as const;

/**
 * The per-province data-entry template: LAO and indicator columns prefilled and locked, the two numbers and the note
 * open. Its header is the sheet's first row (no preamble) and it holds every entries column, so the entries reader
 * reads a filled template as it is; the extra columns are ignored.
 */
export const INDICATOR_ENTRY_TEMPLATE = defineSheet({
  name: 'กรอกข้อมูลตัวชี้วัด',
  columns: {
    laoCode: { ...INDICATOR_ENTRIES.columns.laoCode, locked: true },
    laoName: { header: 'ชื่อ อปท.', kind: 'text', width: 26, locked: true },
    laoType: { header: 'ประเภท', kind: 'text', width: 12, locked: true },
    district: { header: 'อำเภอ', kind: 'text', width: 14, locked: true },
    indicatorCode: { ...INDICATOR_ENTRIES.columns.indicatorCode, locked: true },
    indicator: { header: 'ตัวชี้วัด', kind: 'text', width: 60, locked: true },
    unit: { header: 'หน่วย', kind: 'text', width: 12, locked: true },
    targetPct: { header: 'ค่าเป้าหมาย (%)', kind: 'percent', width: 12, locked: true },
    frame: { ...INDICATOR_ENTRIES.columns.frame, validation: INPUT_NUMBER },
    delivered: { ...INDICATOR_ENTRIES.columns.delivered, validation: INPUT_NUMBER },
    note: { header: 'หมายเหตุ', kind: 'text', width: 30 },
  },
  freeze: { rows: 1, columns: 2 },
});

/** The template's second sheet: how to fill it in, one line per row. */
export const INDICATOR_TEMPLATE_HELP = defineSheet({
  name: 'คำอธิบาย',
  columns: { text: { header: 'วิธีกรอกข้อมูล', kind: 'text', width: 110 } },
});

/** Result counts as columns, in the order of INDICATOR_RESULTS; keys are what sheets/layouts use. */
export const RESULT_COLUMN_KEYS = {
  สูงกว่าค่าเป้าหมาย: 'meets',
  การพัฒนาในอนาคต: 'below',
  ไม่มีบริการสาธารณะ: 'noService',
  ไม่ได้ดำเนินการ: 'notDone',
} as const satisfies Record<IndicatorResult, string>;

const resultColumns = (suffix: string) =>
  ({
    meets: { header: `สูงกว่าค่าเป้าหมาย${suffix}`, kind: 'integer', width: 13 },
    below: { header: `การพัฒนาในอนาคต${suffix}`, kind: 'integer', width: 13 },
    noService: { header: `ไม่มีบริการสาธารณะ${suffix}`, kind: 'integer', width: 13 },
    notDone: { header: `ไม่ได้ดำเนินการ${suffix}`, kind: 'integer', width: 13 },
  }) as const;

/** Progress per area: districts in a province's workbook, provinces in the national one. Results count (LAO, indicator) pairs. */
function indicatorAreaSheet(name: string, areaHeader: string) {
  return defineSheet({
    name,
    columns: {
      area: { header: areaHeader, width: 20 },
      laosExpected: { header: 'อปท. ที่ต้องกรอก', kind: 'integer', width: 11 },
      laosComplete: { header: 'กรอกครบแล้ว', kind: 'integer', width: 11 },
      laosIncomplete: { header: 'ยังไม่ครบ', kind: 'integer', width: 11 },
      completePct: { header: 'ร้อยละที่กรอกครบ', kind: 'percent', width: 12 },
      // With the two below, the LAOs not complete by why (the entry files' cascade states): they add up to ยังไม่ครบ.
      laosWithErrors: { header: 'อปท. ที่มีข้อผิดพลาด', kind: 'integer', width: 13 },
      laosInProgress: { header: 'กรอกแล้วบางส่วน', kind: 'integer', width: 12 },
      laosNotStarted: { header: 'ยังไม่เริ่มกรอก', kind: 'integer', width: 11 },
      ...resultColumns(' (รายการ)'),
    },
    freeze: { rows: 1, columns: 1 },
  });
}

export const indicatorDistrictSheet = indicatorAreaSheet('ตัวชี้วัด รายอำเภอ', 'อำเภอ');
export const indicatorProvinceOverviewSheet = indicatorAreaSheet('ตัวชี้วัด รายจังหวัด', 'จังหวัด');

/** Which LAO a row is about, as the follow-up sheets list it (district first, for the letter cascade). */
const LAO_COLUMNS = {
  district: { header: 'อำเภอ', width: 16 },
  laoType: { header: 'ประเภท อปท.', width: 13 },
  laoName: { header: 'ชื่อ อปท.', width: 28 },
  laoCode: { header: 'รหัส อปท.', width: 11 },
} as const;

/** LAOs that still have indicators to enter or fix, district by district for follow-up: errors first, then not started. */
export const indicatorIncompleteSheet = defineSheet({
  name: 'ตัวชี้วัด อปท.ยังไม่ครบ',
  columns: {
    ...LAO_COLUMNS,
    state: { header: 'สถานะ', width: 18 },
    applicable: { header: 'ตัวชี้วัดที่ต้องกรอก', kind: 'integer', width: 12 },
    done: { header: 'กรอกแล้ว (ไม่มีข้อผิดพลาด)', kind: 'integer', width: 14 },
    rowsWithErrors: { header: 'แถวที่มีข้อผิดพลาด', kind: 'integer', width: 12 },
    missing: { header: 'ตัวชี้วัดที่ยังไม่กรอกหรือต้องแก้', width: 50 },
  },
  freeze: { rows: 1, columns: 1 },
});

/** One row per problem (error or warning) of an entry row, so a reviewer can filter by code or level. */
export const indicatorProblemsSheet = defineSheet({
  name: 'ตัวชี้วัด ต้องตรวจสอบ',
  columns: {
    row: { header: 'แถวที่', kind: 'integer', width: 8 },
    district: { header: 'อำเภอ', width: 16 },
    laoName: { header: 'ชื่อ อปท.', width: 26 },
    laoCode: { header: 'รหัส อปท.', width: 11 },
    indicatorCode: { header: 'รหัสตัวชี้วัด', width: 12 },
    frame: { header: 'กรอบการประเมิน (1)', kind: 'number', width: 14 },
    delivered: { header: 'การจัดบริการสาธารณะ (2)', kind: 'number', width: 14 },
    ratioPct: { header: 'ร้อยละ', kind: 'percent', width: 10 },
    severity: { header: 'ระดับ', width: 12 },
    code: { header: 'รหัสปัญหา', width: 22 },
    message: { header: 'รายละเอียด', width: 80 },
  },
  freeze: { rows: 1, columns: 1 },
});

/** Entry rows whose LAO code is not in the registry (national workbook: no province can see them). */
export const indicatorUnknownLaoSheet = { ...indicatorProblemsSheet, name: 'ตัวชี้วัด ไม่พบ อปท.' };

export const indicatorScorecardSheet = defineSheet({
  name: 'ตัวชี้วัด ผลราย อปท.',
  columns: {
    ...LAO_COLUMNS,
    status: { header: 'สถานะ', width: 14 },
    applicable: { header: 'ตัวชี้วัดที่ต้องกรอก', kind: 'integer', width: 12 },
    done: { header: 'กรอกแล้ว (ไม่มีข้อผิดพลาด)', kind: 'integer', width: 14 },
    ...resultColumns(''),
    meetsTargetPct: { header: 'ร้อยละที่สูงกว่าค่าเป้าหมาย', kind: 'percent', width: 14 },
  },
  freeze: { rows: 1, columns: 4 },
});

/** Per catalog row (an indicator for a group of LAO types): how the LAOs expected to report it fared. */
export const indicatorTallySheet = defineSheet({
  name: 'ตัวชี้วัด ผลรายตัวชี้วัด',
  columns: {
    code: { header: 'รหัสตัวชี้วัด', width: 12 },
    indicator: { header: 'ตัวชี้วัด', width: 60 },
    laoTypes: { header: 'ประเภท อปท.', width: 22 },
    unit: { header: 'หน่วย', width: 10 },
    targetPct: { header: 'ค่าเป้าหมาย (%)', kind: 'percent', width: 11 },
    laosExpected: { header: 'อปท. ที่ต้องกรอก', kind: 'integer', width: 11 },
    laosDone: { header: 'กรอกแล้ว (ไม่มีข้อผิดพลาด)', kind: 'integer', width: 14 },
    laosWithErrors: { header: 'มีข้อผิดพลาด', kind: 'integer', width: 11 },
    ...resultColumns(''),
  },
  freeze: { rows: 1, columns: 1 },
});
