import type { LaoType } from '../core/vocabulary';
import { defineSheet, type ColumnDef, type SheetDef } from './define';

/**
 * The summary workbooks' sheets: the national one (counts only: PDPA) and one per province
 * (its own people only). Contents are built in core/summary; writers render the layouts.
 */

/** Counts per area: provinces in the national workbook, districts in a province's. */
function overviewSheet(name: string, areaHeader: string) {
  return defineSheet({
    name,
    columns: {
      area: { header: areaHeader, width: 20 },
      laosTotal: { header: 'จำนวน อปท.', kind: 'integer', width: 11 },
      laosRegistered: { header: 'อปท. ที่ลงทะเบียนแล้ว', kind: 'integer', width: 14 },
      laosNotRegistered: { header: 'อปท. ที่ยังไม่ลงทะเบียน', kind: 'integer', width: 14 },
      coveragePct: { header: 'ร้อยละที่ลงทะเบียน', kind: 'percent', width: 13 },
      attendees: { header: 'ผู้ลงทะเบียน (คน)', kind: 'integer', width: 13 },
      needsReview: { header: 'คำตอบที่ต้องตรวจสอบ', kind: 'integer', width: 14 },
    },
    freeze: { rows: 1, columns: 1 },
  });
}

export const nationalOverviewSheet = overviewSheet('ภาพรวมรายจังหวัด', 'จังหวัด');
export const districtOverviewSheet = overviewSheet('สรุปรายอำเภอ', 'อำเภอ');

/** Row labels the overview sheets add to the areas. */
export const TOTAL_LABEL = { national: 'รวมทั้งประเทศ', province: 'รวมทั้งจังหวัด' } as const;
export const UNKNOWN_PROVINCE_LABEL = 'ไม่ทราบจังหวัด';
/** Review rows whose answered district is none of the province's. */
export const UNKNOWN_DISTRICT_LABEL = 'ไม่ทราบอำเภอ';
/** LAOs the registry gives no district (Bangkok). */
export const NO_DISTRICT_LABEL = 'ไม่แบ่งอำเภอ';

/** Per area, LAOs and registered LAOs of each type present: `${type}|total` and `${type}|registered` columns. */
export function byTypeSheet(areaHeader: string, types: readonly LaoType[]): SheetDef<string> {
  const columns: Record<string, ColumnDef> = { area: { header: areaHeader, width: 20 } };
  for (const type of types) {
    columns[`${type}|total`] = { header: `${type} ทั้งหมด`, kind: 'integer', width: 12 };
    columns[`${type}|registered`] = { header: `${type} ลงทะเบียนแล้ว`, kind: 'integer', width: 12 };
  }
  return { name: 'แยกตามประเภท อปท.', columns, freeze: { rows: 1, columns: 1 } };
}

/**
 * The follow-up list, in order of responsibility: the province's own LAOs in one block, then one block per district
 * for the เทศบาลตำบล and อบต. it passes the letters to. Each block opens with a heading row (its count and a
 * progress bar), then the LAOs still to chase with their prefilled registration links. Built in core/summary.
 */
export const notRegisteredSheet = defineSheet({
  name: 'อปท. ที่ยังไม่ลงทะเบียน',
  columns: {
    block: { header: 'ผู้ติดตาม', width: 18 },
    laoType: { header: 'ประเภท อปท.', width: 12 },
    laoName: { header: 'ชื่อ อปท.', width: 30 },
    laoCode: { header: 'รหัส อปท.', width: 10 },
    followUp: { header: 'สิ่งที่ต้องติดตาม', width: 30, wrap: true },
    progress: { header: 'ความคืบหน้า', width: 22 },
    link: { header: 'ลิงก์ลงทะเบียน (กรอกข้อมูล อปท. ไว้ให้แล้ว)', width: 60 },
  },
  freeze: { rows: 1, columns: 1 },
});

/** The follow-up list's block labels. */
export const FOLLOW_UP_LABEL = {
  province: 'จังหวัด (ติดตามโดยตรง)',
  district: (district: string) => (district ? `อำเภอ${district}` : NO_DISTRICT_LABEL),
  notRegistered: 'ยังไม่ลงทะเบียน',
  incomplete: (done: number, applicable: number) => `กรอกตัวชี้วัดแล้ว ${done} จาก ${applicable} ตัวชี้วัด`,
} as const;

export const attendeesSheet = defineSheet({
  name: 'ผู้ลงทะเบียน',
  columns: {
    district: { header: 'อำเภอ', width: 16 },
    lao: { header: 'อปท.', width: 28 },
    laoCode: { header: 'รหัส อปท.', width: 11 },
    personName: { header: 'ชื่อ-นามสกุล', width: 26 },
    position: { header: 'ตำแหน่ง', width: 22, wrap: true },
    phone: { header: 'โทรศัพท์', width: 14 },
    email: { header: 'อีเมล', width: 26 },
    session: { header: 'รอบการประชุม', width: 24, wrap: true },
    submittedAt: { header: 'ลงทะเบียนเมื่อ', kind: 'datetime', width: 16 },
    notes: { header: 'ข้อสังเกต', width: 34, wrap: true },
  },
  freeze: { rows: 1, columns: 2 },
});

/** Responses a person must look at; answers shown as typed (cleaned) so the reviewer sees what went wrong. */
export const needsReviewSheet = defineSheet({
  name: 'คำตอบที่ต้องตรวจสอบ',
  columns: {
    row: { header: 'แถวในไฟล์คำตอบ', kind: 'integer', width: 10 },
    status: { header: 'สถานะ', width: 16 },
    reasons: { header: 'เหตุผล', width: 50, wrap: true },
    candidates: { header: 'อปท. ที่อาจตรงกัน', width: 60, wrap: true },
    district: { header: 'อำเภอ (ที่ตอบ)', width: 16 },
    laoType: { header: 'ประเภท อปท. (ที่ตอบ)', width: 14 },
    laoName: { header: 'ชื่อ อปท. (ที่ตอบ)', width: 24 },
    personName: { header: 'ชื่อ-นามสกุล', width: 28 },
    position: { header: 'ตำแหน่ง', width: 24 },
    phone: { header: 'โทรศัพท์', width: 16 },
    email: { header: 'อีเมล', width: 30 },
    session: { header: 'รอบการประชุม', width: 30 },
    submittedAt: { header: 'ลงทะเบียนเมื่อ', kind: 'datetime', width: 17 },
  },
  freeze: { rows: 1, columns: 2 },
});

/** When and from what the workbook was made, and what the statuses mean. */
export const aboutSheet = defineSheet({
  name: 'เกี่ยวกับรายงาน',
  columns: {
    topic: { header: 'หัวข้อ', width: 30 },
    detail: { header: 'รายละเอียด', width: 90, wrap: true },
  },
  freeze: { rows: 1, columns: 0 },
});
