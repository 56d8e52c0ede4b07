import { STATUS_LABELS } from '../core/vocabulary';
import type { Cell } from './cell';
import { defineSheet } from './define';

// The labels are vocabulary (core/vocabulary.ts); re-exported beside the sheet whose status column lists them.

/**
 * Every response, annotated (rows are built by core/rsvp/registration-row.ts): the derived sheet next to the raw
 * responses (which are never changed) and `registrations.csv`. One row per response, in response order.
 */
export const registrationsSheet = defineSheet({
  name: 'ผลการตรวจการลงทะเบียน',
  columns: {
    row: { header: 'แถวในไฟล์คำตอบ', kind: 'integer', width: 10 },
    status: { header: 'สถานะ', width: 12, validation: { kind: 'list', values: Object.values(STATUS_LABELS) } },
    duplicateOf: { header: 'ซ้ำกับแถวในไฟล์คำตอบ', kind: 'integer', width: 12 },
    laoCode: { header: 'รหัส อปท.', width: 11 },
    province: { header: 'จังหวัด', width: 16 },
    district: { header: 'อำเภอ', width: 16 },
    laoType: { header: 'ประเภท อปท.', width: 16 },
    laoName: { header: 'ชื่อ อปท.', width: 24 },
    personName: { header: 'ชื่อ-นามสกุล', width: 28 },
    position: { header: 'ตำแหน่ง', width: 24 },
    phone: { header: 'โทรศัพท์', width: 16 },
    email: { header: 'อีเมล', width: 28 },
    session: { header: 'รอบการประชุม', width: 36 },
    submittedAt: { header: 'เวลาที่ส่ง', kind: 'datetime', width: 18 },
    reasons: { header: 'เหตุผล', width: 60 },
    reasonCodes: { header: 'รหัสเหตุผล', width: 30 },
    candidates: { header: 'อปท. ที่เป็นไปได้', width: 60 },
  },
  freeze: { rows: 1, columns: 2 },
});

export type RegistrationRow = Record<keyof typeof registrationsSheet.columns, Cell>;
