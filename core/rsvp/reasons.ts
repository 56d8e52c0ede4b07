import type { Reason } from './types';
import { fillTemplate } from '../reasons/template';
import { sheetRow } from '../../sheets-schema/table';

/**
 * Every reason a response can carry, as data: a stable code (used in report.json and the รหัสเหตุผล column), its
 * severity, and a Thai message template. `{name}` is filled from the detail; a `[...]` segment is dropped when a
 * placeholder inside it has no detail, so every message reads well with or without details.
 * Errors make a response `invalid`; everything else travels with the row as a warning.
 */
export const REASONS = {
  // Blocking
  name_missing: { severity: 'error', template: 'ไม่มีชื่อ-นามสกุลของผู้ลงทะเบียน' },
  lao_missing: { severity: 'error', template: 'ไม่มีข้อมูล อปท. (จังหวัด ประเภท ชื่อ และรหัส อปท. ว่างทั้งหมด)' },
  // Answers
  timestamp_invalid: { severity: 'warning', template: 'อ่านเวลาที่ส่งไม่ได้[ ("{value}")]' },
  position_missing: { severity: 'warning', template: 'ไม่ได้ระบุตำแหน่ง' },
  phone_missing: { severity: 'warning', template: 'ไม่มีหมายเลขโทรศัพท์มือถือ' },
  phone_invalid: { severity: 'warning', template: 'หมายเลขโทรศัพท์ไม่ถูกต้อง[ ("{value}")]' },
  phone_not_mobile: { severity: 'warning', template: 'หมายเลขโทรศัพท์[ {value}] เป็นโทรศัพท์พื้นฐาน ไม่ใช่โทรศัพท์มือถือ' },
  email_missing: { severity: 'warning', template: 'ไม่มีอีเมล' },
  email_invalid: { severity: 'warning', template: 'อีเมลไม่ถูกต้อง[ ("{value}")]' },
  session_missing: { severity: 'warning', template: 'ไม่ได้เลือกรอบการประชุม' },
  session_unknown: { severity: 'warning', template: 'ไม่พบรอบการประชุม[ "{value}"] ในตารางรอบการประชุม' },
  session_wrong_type: {
    severity: 'warning',
    template: 'รอบการประชุม[ "{value}"] ไม่ได้จัดสำหรับ[ {type}][ (รอบสำหรับประเภทนี้: {expected})]',
  },
  // Place and LAO
  province_unknown: { severity: 'warning', template: 'ไม่พบจังหวัด[ "{value}"] ในทะเบียน อปท.' },
  district_unknown: { severity: 'warning', template: 'ไม่พบอำเภอ[ "{value}"][ ในจังหวัด{province}]' },
  code_invalid: { severity: 'warning', template: 'รหัส อปท.[ "{value}"] ไม่ใช่ตัวเลข 7 หลัก' },
  code_unknown: { severity: 'warning', template: 'ไม่พบรหัส อปท.[ {value}] ในทะเบียน' },
  code_mismatch: { severity: 'warning', template: 'รหัส อปท.[ {value}] ไม่ตรงกับข้อมูล อปท. ที่ตอบ[ ({expected})]' },
  // One candidate can be ambiguous too: it fits, but not with enough evidence to assign it without a person.
  lao_ambiguous: { severity: 'warning', template: 'ข้อมูลที่ตอบไม่พอจะระบุ อปท. ได้แน่ชัด[ (อปท. ที่อาจตรงกัน {count} แห่ง)] ต้องตรวจสอบว่าเป็นแห่งใด' },
  lao_name_english_layout: {
    severity: 'warning',
    template: 'ชื่อ อปท.[ "{value}"] พิมพ์ขณะแป้นพิมพ์เป็นภาษาอังกฤษ อ่านเป็น[ "{expected}"]',
  },
  lao_boxes_swapped: {
    severity: 'warning',
    template: 'ตอบ[{value} ]สลับช่องกัน อ่านสลับกลับแล้วตรงกับ อปท. ในทะเบียน',
  },
  province_from_district: {
    severity: 'warning',
    template: 'อำเภอที่ตอบ[ ("{value}")] ไม่อยู่ในจังหวัดที่ตอบ จึงอ่านเป็นอำเภอของจังหวัด[{expected}] แล้วตรงกับ อปท. ในทะเบียน',
  },
  lao_not_found: { severity: 'warning', template: 'ไม่พบ อปท. ที่ตรงกับข้อมูลที่ตอบในทะเบียน' },
  lao_office_not_lao: {
    severity: 'warning',
    template: 'ชื่อที่ตอบ[ "{value}"] เป็นหน่วยงานที่ไม่ใช่ อปท. (เช่น สำนักงานท้องถิ่นจังหวัดหรืออำเภอ) ต้องตรวจสอบว่าผู้ลงทะเบียนสังกัด อปท. ใด',
  },
  lao_from_other_submission: {
    severity: 'warning',
    template: 'ข้อมูล อปท. ที่ตอบในแถวนี้ระบุไม่ได้ว่าเป็นแห่งใด จึงใช้ อปท. จากการลงทะเบียนอีกครั้งของบุคคลเดียวกัน[ (แถว {row})]',
  },
  // Duplicates
  duplicate_of: { severity: 'warning', template: 'ลงทะเบียนซ้ำ ใช้ข้อมูลที่ส่งล่าสุด[ (แถว {row})]' },
  lao_changed: {
    severity: 'warning',
    template: 'ลงทะเบียนใหม่กับ อปท. อื่น (ชื่อเดียวกัน มือถือหรืออีเมลส่วนตัวตรงกัน หรือครั้งแรกใช้อีเมลสำนักงานของ อปท. ใหม่ ไม่มีข้อมูลติดต่อที่ขัดกัน) ใช้ข้อมูลที่ส่งล่าสุด[ (แถว {row})]',
  },
  other_lao_registration: {
    severity: 'warning',
    template: 'บุคคลชื่อเดียวกันลงทะเบียนกับ อปท. อื่นด้วย[ (แถว {row})] ควรตรวจสอบว่าเป็นคนเดียวกันหรือไม่',
  },
  possible_duplicate: {
    severity: 'warning',
    template: 'อาจเป็นการลงทะเบียนซ้ำ[ ของบุคคลเดียวกับแถว {row}] ควรตรวจสอบพร้อมกัน',
  },
} as const satisfies Record<string, { severity: Reason['severity']; template: string }>;

export type ReasonCode = keyof typeof REASONS;

/** Details a template may use; user-typed values are shortened so a message stays one readable line. */
export type ReasonDetail = {
  value?: string;
  type?: string;
  expected?: string;
  province?: string;
  row?: number;
  count?: number;
};

/**
 * Every detail key, listed once. Typed as a record of ReasonDetail's keys, so adding a field to ReasonDetail without
 * listing it here fails to compile: a field left out of the message key would return another detail's message.
 */
const DETAIL_FIELDS: Readonly<Record<keyof ReasonDetail, true>> = { value: true, type: true, expected: true, province: true, row: true, count: true };
const DETAIL_KEYS = Object.keys(DETAIL_FIELDS) as Array<keyof ReasonDetail>;

// Messages repeat (most reasons carry no detail or a repeated one): each is filled once. Bounded, as details can be
// anything a respondent typed.
const MESSAGES = new Map<string, string>();
const MAX_MESSAGES = 10_000;
const NO_DETAIL: ReasonDetail = Object.freeze({});

/** Builds the `Reason` for a code, its message filled from `detail`. */
export function reason(code: ReasonCode, detail: ReasonDetail = NO_DETAIL): Reason {
  const spec = REASONS[code];
  const key = detail === NO_DETAIL ? code : messageKey(code, detail);
  let message = MESSAGES.get(key);
  if (message === undefined) {
    // Messages name the row people see in the sheet; otherRow stays the data row, for programs.
    message = fillTemplate(spec.template, detail.row === undefined ? detail : { ...detail, row: sheetRow(detail.row) });
    if (MESSAGES.size >= MAX_MESSAGES) MESSAGES.clear();
    MESSAGES.set(key, message);
  }
  const built: Reason = { code, severity: spec.severity, message };
  if (detail.row !== undefined) built.otherRow = detail.row;
  return built;
}

/**
 * The cache key of a message: the code, then each detail in DETAIL_KEYS order. Without details the code alone is the
 * key (no other key is a bare code: they all hold a newline).
 */
function messageKey(code: ReasonCode, detail: ReasonDetail): string {
  let key: string = code;
  for (const field of DETAIL_KEYS) key += part(detail[field]);
  return key;
}

/** One detail in a message key: absent and given (even as the text "undefined") never collide. */
function part(value: string | number | undefined): string {
  return value === undefined ? '\n' : `\n=${value}`;
}

/** A response with any error reason is `invalid`. */
export function hasError(reasons: readonly Reason[]): boolean {
  return reasons.some((r) => r.severity === 'error');
}
