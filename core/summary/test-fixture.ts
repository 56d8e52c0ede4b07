/**
 * A data set small enough to check every summary figure by hand (tests only):
 * ตาก 7 LAOs, กระบี่ 4, Bangkok 1 (as core/registry's withBangkok adds it); 16 responses covering every status, a typo'd province,
 * a district typed with its prefix, and a district the registry does not have.
 */
import type { RegistryEntry } from '../registry/types';
import type { AnnotatedResponse } from '../rsvp/types';

function lao(code: string, type: RegistryEntry['type'], name: string, province: string, district: string): RegistryEntry {
  return { code, type, name, province, district, districts: [district] };
}

export const REGISTRY: RegistryEntry[] = [
  lao('2630101', 'อบจ.', 'ตาก', 'ตาก', 'เมืองตาก'),
  lao('4630102', 'เทศบาลเมือง', 'แม่สอด', 'ตาก', 'แม่สอด'),
  lao('5630103', 'เทศบาลตำบล', 'แม่ระมาด', 'ตาก', 'แม่ระมาด'),
  lao('6630104', 'อบต.', 'แม่ระมาด', 'ตาก', 'แม่ระมาด'),
  lao('6630105', 'อบต.', 'ขะเนจื้อ', 'ตาก', 'แม่ระมาด'),
  lao('6630106', 'อบต.', 'ท่าสายลวด', 'ตาก', 'แม่สอด'),
  lao('6630107', 'อบต.', 'วังหิน', 'ตาก', 'บ้านตาก'),
  lao('2810101', 'อบจ.', 'กระบี่', 'กระบี่', 'เมืองกระบี่'),
  lao('5810102', 'เทศบาลตำบล', 'อ่าวนาง', 'กระบี่', 'เมืองกระบี่'),
  lao('6810103', 'อบต.', 'คลองท่อมใต้', 'กระบี่', 'คลองท่อม'),
  lao('6810104', 'อบต.', 'เพหลา', 'กระบี่', 'คลองท่อม'),
  { code: 'BKK', type: 'กรุงเทพมหานคร', name: 'กรุงเทพมหานคร', province: 'กรุงเทพมหานคร', district: '', districts: [] },
];

const byCode = new Map(REGISTRY.map((e) => [e.code, e]));

/** A response as the pipeline would leave it; an `ok`/`duplicate` one takes its place from its LAO. */
function response(row: number, fields: Partial<AnnotatedResponse> & Pick<AnnotatedResponse, 'status'>): AnnotatedResponse {
  const entry = fields.laoCode ? byCode.get(fields.laoCode) : undefined;
  return {
    row,
    submittedAt: new Date(Date.UTC(2026, 5, 10, 2, row)),
    laoCode: null,
    province: entry?.province ?? null,
    district: entry?.district ?? null,
    laoType: entry?.type ?? null,
    laoName: entry?.name ?? null,
    personName: `นายทดสอบ แถว${row}`,
    position: 'นักวิเคราะห์นโยบายและแผน',
    phone: `081-234-${String(5600 + row)}`,
    email: `person${row}@example.go.th`,
    session: 'รอบที่ 3 อบต.',
    duplicateOf: null,
    reasons: [],
    candidates: [],
    ...fields,
  };
}

export const RESPONSES: AnnotatedResponse[] = [
  response(1, { status: 'ok', laoCode: '2630101', personName: 'นายสมชาย ใจดี' }),
  response(2, {
    status: 'ok',
    laoCode: '4630102',
    personName: 'นางสาวมาลี ศรีสุข',
    phone: '02-123',
    reasons: [{ code: 'phone_invalid', severity: 'warning', message: 'เบอร์โทรศัพท์ไม่ถูกต้อง' }],
  }),
  response(3, { status: 'duplicate', laoCode: '4630102', personName: 'นายวิชัย มั่นคง', duplicateOf: 4 }),
  response(4, { status: 'ok', laoCode: '4630102', personName: 'นายวิชัย มั่นคง' }),
  response(5, { status: 'ok', laoCode: '6630104' }),
  response(6, {
    status: 'unmatched',
    province: 'ตาก',
    district: 'แม่ระมาด',
    laoName: 'แม่ระมาด',
    personName: 'นางรอ ตรวจสอบ',
    reasons: [{ code: 'lao_ambiguous', severity: 'error', message: 'ชื่อ อปท. ตรงกับหลายแห่ง กรุณาระบุประเภท' }],
    candidates: [
      { code: '5630103', score: 15, explanation: 'ชื่อตรงกัน +10, ไม่ได้ระบุประเภท 0, อำเภอตรงกัน +3, จังหวัดตรงกัน +2 = +15' },
      { code: '6630104', score: 15, explanation: 'ชื่อตรงกัน +10, ไม่ได้ระบุประเภท 0, อำเภอตรงกัน +3, จังหวัดตรงกัน +2 = +15' },
    ],
  }),
  response(7, {
    status: 'invalid',
    province: 'ตาก',
    personName: '',
    reasons: [{ code: 'name_missing', severity: 'error', message: 'ไม่ได้กรอกชื่อ-นามสกุล' }],
  }),
  response(8, {
    status: 'invalid',
    reasons: [{ code: 'lao_missing', severity: 'error', message: 'ไม่มีข้อมูล อปท.' }],
  }),
  response(9, {
    status: 'unmatched',
    province: 'ตากก',
    district: 'แม่สอด',
    laoName: 'แม่สอด',
    reasons: [{ code: 'province_unknown', severity: 'error', message: 'ไม่รู้จักจังหวัด' }],
  }),
  response(10, { status: 'ok', laoCode: '6810103' }),
  response(11, { status: 'ok', laoCode: '6810103' }),
  response(12, { status: 'ok', laoCode: '2810101' }),
  response(13, { status: 'duplicate', laoCode: '2810101', duplicateOf: 12, personName: 'นายทดสอบ แถว12' }),
  response(14, {
    status: 'unmatched',
    province: 'กระบี่',
    district: 'อ.คลองท่อม',
    laoName: 'คลองท่อมเหนือ',
    reasons: [{ code: 'lao_not_found', severity: 'error', message: 'ไม่พบ อปท. นี้ในทะเบียน' }],
    candidates: [{ code: '6810103', score: 6, explanation: 'ชื่อหนึ่งเป็นส่วนหนึ่งของอีกชื่อ +1, ไม่ได้ระบุประเภท 0, อำเภอตรงกัน +3, จังหวัดตรงกัน +2 = +6' }],
  }),
  response(15, { status: 'ok', laoCode: 'BKK' }),
  response(16, {
    status: 'unmatched',
    province: 'กระบี่',
    district: 'เหนือคลอง',
    laoName: 'โคกยาง',
    reasons: [{ code: 'lao_not_found', severity: 'error', message: 'ไม่พบ อปท. นี้ในทะเบียน' }],
  }),
];
