import { sheetRow } from '../../sheets-schema/table';
import { fillTemplate } from '../reasons/template';
import { hasError, reason, REASONS, type ReasonCode, type ReasonDetail } from './reasons';

describe('reasons', () => {
  test('the codes the pipeline relies on exist, with their severity', () => {
    const required = [
      'name_missing',
      'lao_missing',
      'phone_invalid',
      'phone_missing',
      'email_invalid',
      'email_missing',
      'session_unknown',
      'session_wrong_type',
      'timestamp_invalid',
      'province_unknown',
      'district_unknown',
      'code_mismatch',
      'code_unknown',
      'lao_ambiguous',
      'lao_not_found',
      'duplicate_of',
      'lao_from_other_submission',
      'possible_duplicate',
    ];
    for (const code of required) expect(Object.keys(REASONS)).toContain(code);
    const errors = Object.entries(REASONS)
      .filter(([, spec]) => spec.severity === 'error')
      .map(([code]) => code);
    expect(errors.sort()).toEqual(['lao_missing', 'name_missing']);
  });

  test('every message is Thai and has no unfilled placeholder, with or without details', () => {
    for (const code of Object.keys(REASONS) as Array<keyof typeof REASONS>) {
      for (const r of [reason(code), reason(code, { value: 'x', type: 'อบต.', expected: 'รอบ 1', province: 'ตาก', row: 3, count: 2 })]) {
        expect(r.code).toBe(code);
        expect(r.message).toMatch(/[ก-๙]/);
        expect(r.message).not.toMatch(/[{}[\]]/);
      }
    }
  });

  test('details fill the template; missing ones drop their segment', () => {
    expect(reason('duplicate_of', { row: 12 }).message).toBe('ลงทะเบียนซ้ำ ใช้ข้อมูลที่ส่งล่าสุด (แถว 13)'); // data row 12 is the sheet's row 13
    expect(reason('duplicate_of').message).toBe('ลงทะเบียนซ้ำ ใช้ข้อมูลที่ส่งล่าสุด');
    expect(reason('possible_duplicate').message).toBe('อาจเป็นการลงทะเบียนซ้ำ ควรตรวจสอบพร้อมกัน');
    // The row a reason points to is kept as data too, for whatever shows the two responses together.
    expect(reason('possible_duplicate', { row: 7 }).otherRow).toBe(7);
    expect(reason('possible_duplicate')).not.toHaveProperty('otherRow');
    expect(reason('district_unknown', { value: 'แม่สาย' }).message).toBe('ไม่พบอำเภอ "แม่สาย"');
    expect(reason('district_unknown', { value: 'แม่สาย', province: 'ตาก' }).message).toBe('ไม่พบอำเภอ "แม่สาย" ในจังหวัดตาก');
    expect(reason('phone_invalid', { value: '' }).message).toBe('หมายเลขโทรศัพท์ไม่ถูกต้อง');
    expect(reason('lao_ambiguous', { count: 0 }).message).toContain('ที่อาจตรงกัน 0 แห่ง)');
  });

  test('long typed values are shortened', () => {
    const message = reason('email_invalid', { value: 'ก'.repeat(500) }).message;
    expect(message.length).toBeLessThan(100);
    expect(message).toContain('…');
  });

  test('hasError', () => {
    expect(hasError([reason('phone_invalid'), reason('email_missing')])).toBe(false);
    expect(hasError([reason('phone_invalid'), reason('name_missing')])).toBe(true);
    expect(hasError([])).toBe(false);
  });

  test('the message cache never answers for another detail: each field, changed alone, gives its own message', () => {
    // Two details that differ in one field only, asked in turn: a field missing from the cache key would return the
    // first one's message for the second. Compared with the template filled afresh (rows as the sheet shows them).
    const base: Required<ReasonDetail> = { value: 'ก', type: 'อบต.', expected: 'รอบ 1', province: 'ตาก', row: 3, count: 2 };
    const changed: Required<ReasonDetail> = { value: 'ข', type: 'เทศบาลตำบล', expected: 'รอบ 2', province: 'น่าน', row: 4, count: 5 };
    for (const code of Object.keys(REASONS) as ReasonCode[]) {
      for (const field of Object.keys(base) as Array<keyof ReasonDetail>) {
        for (const detail of [base, { ...base, [field]: changed[field] }, { ...base, [field]: undefined }]) {
          const shown = detail.row === undefined ? detail : { ...detail, row: sheetRow(detail.row) };
          expect(reason(code, detail).message).toBe(fillTemplate(REASONS[code].template, shown));
        }
      }
    }
  });
});
