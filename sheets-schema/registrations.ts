import { laoDisplayName } from '../core/lao/lao-type';
import type { Registry } from '../core/registry/index';
import type { AnnotatedResponse, MatchCandidate, ResponseStatus } from '../core/rsvp/types';
import type { Cell } from './cell';
import { defineSheet } from './define';
import { sheetRow } from './table';

/** Thai status labels, one per ResponseStatus. */
export const STATUS_LABELS: Readonly<Record<ResponseStatus, string>> = {
  ok: 'ใช้ได้',
  duplicate: 'ซ้ำ',
  invalid: 'ไม่สมบูรณ์',
  unmatched: 'ต้องตรวจสอบ',
};

export function statusLabel(status: ResponseStatus): string {
  return STATUS_LABELS[status];
}

/**
 * Every response, annotated: the derived sheet next to the raw responses (which are never changed) and
 * `registrations.csv`. One row per response, in response order.
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

/** One annotated response as a registrations row; the registry names the candidates. */
export function registrationRow(r: AnnotatedResponse, registry: Registry): RegistrationRow {
  return {
    // The rows people see in the responses sheet (header first), not the data rows the code counts.
    row: sheetRow(r.row),
    status: statusLabel(r.status),
    duplicateOf: r.duplicateOf === null ? null : sheetRow(r.duplicateOf),
    laoCode: r.laoCode,
    province: r.province,
    district: r.district,
    laoType: r.laoType,
    laoName: r.laoName,
    personName: r.personName,
    position: r.position,
    phone: r.phone,
    email: r.email,
    session: r.session,
    submittedAt: r.submittedAt,
    reasons: r.reasons.map((reason) => reason.message).join('; '),
    reasonCodes: r.reasons.map((reason) => reason.code).join(', '),
    candidates: r.candidates.map((c) => describeCandidate(c, registry)).join('; '),
  };
}

/** `5630103 เทศบาลตำบลแม่ระมาด อ.แม่ระมาด จ.ตาก (ชื่อตรงกัน, อำเภอตรงกัน)`. */
export function describeCandidate(c: MatchCandidate, registry: Registry): string {
  const e = registry.byCode.get(c.code);
  if (!e) return `${c.code} (${c.explanation})`;
  const place = e.type === 'กรุงเทพมหานคร' ? [] : [e.district && `อ.${e.district}`, `จ.${e.province}`];
  const what = [laoDisplayName(e.type, e.name), ...place].filter(Boolean).join(' ');
  return `${c.code} ${what} (${c.explanation})`;
}
