import { headers } from './define';
import { registrationsSheet } from './registrations';
import { STATUS_LABELS, statusLabel } from '../core/vocabulary';

describe('registrations sheet', () => {
  test('Thai headers in the agreed order', () => {
    expect(headers(registrationsSheet)).toEqual([
      'แถวในไฟล์คำตอบ',
      'สถานะ',
      'ซ้ำกับแถวในไฟล์คำตอบ',
      'รหัส อปท.',
      'จังหวัด',
      'อำเภอ',
      'ประเภท อปท.',
      'ชื่อ อปท.',
      'ชื่อ-นามสกุล',
      'ตำแหน่ง',
      'โทรศัพท์',
      'อีเมล',
      'รอบการประชุม',
      'เวลาที่ส่ง',
      'เหตุผล',
      'รหัสเหตุผล',
      'อปท. ที่เป็นไปได้',
    ]);
  });

  test('status labels', () => {
    expect(STATUS_LABELS).toEqual({ ok: 'ใช้ได้', duplicate: 'ซ้ำ', invalid: 'ไม่สมบูรณ์', unmatched: 'ต้องตรวจสอบ' });
    expect(statusLabel('duplicate')).toBe('ซ้ำ');
  });
});
