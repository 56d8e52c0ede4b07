import { registrationsSheet } from '../../sheets-schema/registrations';
import { layoutFromDef } from '../../sheets-schema/workbook';
import { Registry } from '../registry/index';
import { describeCandidate, registrationRow } from './registration-row';
import type { AnnotatedResponse } from './types';

const registry = new Registry([
  { code: '5630103', type: 'เทศบาลตำบล', name: 'แม่ระมาด', province: 'ตาก', district: 'แม่ระมาด', districts: ['แม่ระมาด'] },
  { code: 'BKK', type: 'กรุงเทพมหานคร', name: 'กรุงเทพมหานคร', province: 'กรุงเทพมหานคร', district: '', districts: [] },
]);

const response: AnnotatedResponse = {
  row: 7,
  status: 'unmatched',
  submittedAt: new Date('2026-06-10T03:00:00Z'),
  laoCode: null,
  province: 'ตาก',
  district: 'แม่ระมาด',
  laoType: null,
  laoName: 'แม่ระมาด',
  personName: 'นายสมชาย ใจดี',
  position: 'ปลัด',
  phone: '081-234-5678',
  email: 'a@b.co',
  session: 'รอบที่ 2',
  duplicateOf: null,
  reasons: [
    { code: 'lao_ambiguous', severity: 'warning', message: 'ข้อมูลตรงกับ อปท. มากกว่าหนึ่งแห่ง' },
    { code: 'email_invalid', severity: 'warning', message: 'อีเมลไม่ถูกต้อง' },
  ],
  candidates: [
    { code: '5630103', score: 15, explanation: 'ชื่อตรงกัน +10, ไม่ได้ระบุประเภท 0, อำเภอตรงกัน +3, จังหวัดตรงกัน +2 = +15' },
    { code: '9999999', score: 3, explanation: 'ชื่อสะกดต่างกัน 1 ตัวอักษร +5, ไม่ได้ระบุประเภท 0, อำเภอไม่ตรงกัน -3, ไม่พบจังหวัดที่ตอบ 0 = +2' },
  ],
};

describe('registration rows', () => {
  test('a response becomes one row: reasons joined, codes listed, candidates named from the registry', () => {
    const row = registrationRow(response, registry);
    expect(row).toMatchObject({
      row: 8, // data row 7 is the sheet's row 8, under the header
      status: 'ต้องตรวจสอบ',
      duplicateOf: null,
      laoCode: null,
      reasons: 'ข้อมูลตรงกับ อปท. มากกว่าหนึ่งแห่ง; อีเมลไม่ถูกต้อง',
      reasonCodes: 'lao_ambiguous, email_invalid',
      candidates:
        '5630103 เทศบาลตำบลแม่ระมาด อ.แม่ระมาด จ.ตาก (ชื่อตรงกัน +10, ไม่ได้ระบุประเภท 0, อำเภอตรงกัน +3, จังหวัดตรงกัน +2 = +15); 9999999 (ชื่อสะกดต่างกัน 1 ตัวอักษร +5, ไม่ได้ระบุประเภท 0, อำเภอไม่ตรงกัน -3, ไม่พบจังหวัดที่ตอบ 0 = +2)',
    });
    expect(row.submittedAt).toBe(response.submittedAt);
    const layout = layoutFromDef(registrationsSheet, [row]);
    expect(layout.rows[0]).toHaveLength(17);
  });

  test('Bangkok candidate has no district or province suffix', () => {
    expect(describeCandidate({ code: 'BKK', score: 12, explanation: 'ชื่อตรงกัน +10, จังหวัดตรงกัน +2 = +12' }, registry)).toBe(
      'BKK กรุงเทพมหานคร (ชื่อตรงกัน +10, จังหวัดตรงกัน +2 = +12)',
    );
  });
});
