import { defineSheet } from './define';

/**
 * Sheets of the indicator assessment. The catalog is ODLOC's data (next year's indicators need no code change);
 * entries are what LAOs record, one row per (LAO, indicator).
 */

/** One row per indicator and group of LAO types; a code may have several rows, each with its own types and target. */
export const INDICATOR_CATALOG = defineSheet({
  name: 'ตัวชี้วัด',
  columns: {
    code: { header: 'รหัสตัวชี้วัด', kind: 'text', width: 12 },
    area: { header: 'ด้าน', kind: 'text', width: 30 },
    mission: { header: 'ภารกิจ', kind: 'text', width: 30 },
    indicator: { header: 'ตัวชี้วัด', kind: 'text', width: 60 },
    /** `ร้อยละ` makes it a percentage indicator (delivered may not exceed frame); anything else is a count. */
    unit: { header: 'หน่วย', kind: 'text', width: 14 },
    targetPct: { header: 'ค่าเป้าหมาย (%)', aliases: ['ค่าเป้าหมาย'], kind: 'percent', width: 12 },
    /** Registry types it applies to, comma-separated, long or short forms; blank = every type. */
    laoTypes: { header: 'ประเภท อปท.', kind: 'text', width: 24 },
  },
  freeze: { rows: 1, columns: 1 },
});

/** The bare entries sheet: the columns a reader needs. */
export const INDICATOR_ENTRIES = defineSheet({
  name: 'ข้อมูลตัวชี้วัด',
  columns: {
    laoCode: { header: 'รหัส อปท.', kind: 'text', width: 11 },
    indicatorCode: { header: 'รหัสตัวชี้วัด', kind: 'text', width: 12 },
    frame: { header: 'กรอบการประเมิน (1)', aliases: ['กรอบการประเมิน'], kind: 'number', width: 16 },
    delivered: { header: 'การจัดบริการสาธารณะ (2)', aliases: ['การจัดบริการสาธารณะ'], kind: 'number', width: 18 },
    note: { header: 'หมายเหตุ', kind: 'text', width: 30, optional: true },
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
