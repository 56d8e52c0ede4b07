import type { RegistrationRow } from '../../sheets-schema/registrations';
import { sheetRow } from '../../sheets-schema/table';
import type { Registry } from '../registry/index';
import { laoDisplayName, statusLabel } from '../vocabulary';
import type { AnnotatedResponse, MatchCandidate } from './types';

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
