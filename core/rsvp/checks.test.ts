import { Registry } from '../registry/index';
import type { RegistryEntry } from '../registry/types';
import { checkResponse, sessionTypeReason, type ResponseCells } from './checks';
import type { Session } from './sessions';

const sessions: Session[] = [
  { label: 'รอบที่ 1 (อบจ. เทศบาลนคร เทศบาลเมือง)', date: null, time: '', laoTypes: ['อบจ.', 'เทศบาลนคร', 'เทศบาลเมือง'], link: null },
  { label: 'รอบที่ 2 (เทศบาลตำบล)', date: null, time: '', laoTypes: ['เทศบาลตำบล'], link: null },
  { label: 'รอบที่ 3 (อบต.)', date: null, time: '', laoTypes: ['อบต.'], link: null },
];

const entry = (code: string, type: RegistryEntry['type'], name: string, province: string, district: string): RegistryEntry => ({
  code,
  type,
  name,
  province,
  district,
  districts: district ? [district] : [],
});
const registry = new Registry([
  entry('6630101', 'อบต.', 'วังหิน', 'ตาก', 'เมืองตาก'),
  entry('5630601', 'เทศบาลตำบล', 'แม่ระมาด', 'ตาก', 'แม่ระมาด'),
  entry('BKK', 'กรุงเทพมหานคร', 'กรุงเทพมหานคร', 'กรุงเทพมหานคร', ''),
]);

const good: ResponseCells = {
  timestamp: '16/6/2026, 9:15:00',
  province: 'ตาก',
  district: 'เมืองตาก',
  laoType: 'องค์การบริหารส่วนตำบล',
  laoName: 'วังหิน',
  laoCode: '',
  personName: 'นางสาวสมศรี มีสุข',
  position: 'นักวิเคราะห์นโยบายและแผน',
  phone: '081-234-5678',
  email: 'somsri@example.com',
  session: 'รอบที่ 3 (อบต.)',
};

const codes = (row: ResponseCells, context = {}) => checkResponse(row, sessions, context).reasons.map((r) => r.code);

describe('checkResponse', () => {
  test('a clean response has no reason, and every answer is parsed', () => {
    const { reasons, parsed } = checkResponse(good, sessions, { registry });
    expect(reasons).toEqual([]);
    expect(parsed.submittedAt?.toISOString()).toBe('2026-06-16T02:15:00.000Z');
    expect(parsed.person).toMatchObject({ titles: ['นางสาว'], given: 'สมศรี', family: 'มีสุข' });
    expect(parsed.phone).toMatchObject({ ok: true, e164: '+66812345678' });
    expect(parsed.phoneDisplay).toBe('081-234-5678');
    expect(parsed.email).toEqual({ ok: true, value: 'somsri@example.com', comparable: 'somsri@example.com' });
    expect(parsed.session?.laoTypes).toEqual(['อบต.']);
    expect(parsed).toMatchObject({ province: 'ตาก', district: 'เมืองตาก', laoTypeAnswer: 'องค์การบริหารส่วนตำบล', laoNameAnswer: 'วังหิน', codeAnswer: '' });
  });

  describe('blocking errors', () => {
    test('no name, or only a title', () => {
      expect(codes({ ...good, personName: '' })).toEqual(['name_missing']);
      expect(codes({ ...good, personName: 'นาย' })).toEqual(['name_missing']);
      expect(codes({ ...good, personName: ' - ' })).toEqual(['name_missing']);
      // Names without letters are no name: digits, Thai digits, a repetition mark alone.
      expect(codes({ ...good, personName: '1234' })).toEqual(['name_missing']);
      expect(codes({ ...good, personName: 'นาย ๑๒๓' })).toEqual(['name_missing']);
      expect(codes({ ...good, personName: 'ๆๆ' })).toEqual(['name_missing']);
    });

    test('no LAO information at all', () => {
      const none = { ...good, province: '', laoType: '', laoName: '-', laoCode: '', district: 'เมืองตาก' };
      expect(codes(none)).toEqual(['lao_missing']);
      expect(checkResponse(none, sessions).reasons[0]?.severity).toBe('error');
    });

    test('any single piece of LAO information is enough to go on', () => {
      const blankLao = { ...good, province: '', laoType: '', laoName: '', laoCode: '' };
      expect(codes({ ...blankLao, province: 'ตาก' })).not.toContain('lao_missing');
      expect(codes({ ...blankLao, laoType: 'องค์การบริหารส่วนตำบล' })).not.toContain('lao_missing');
      expect(codes({ ...blankLao, laoName: 'วังหิน' })).not.toContain('lao_missing');
      expect(codes({ ...blankLao, laoCode: '6630101' })).not.toContain('lao_missing');
    });
  });

  describe('warnings', () => {
    test('phone', () => {
      expect(codes({ ...good, phone: '' })).toEqual(['phone_missing']);
      expect(codes({ ...good, phone: '081-234-567' })).toEqual(['phone_invalid']);
      expect(codes({ ...good, phone: '055-123-456' })).toEqual(['phone_not_mobile']);
      expect(codes({ ...good, phone: '055-123-456, 089-999-8888' })).toEqual([]);
      expect(checkResponse({ ...good, phone: 'ไม่มี' }, sessions).parsed.phoneDisplay).toBe('ไม่มี');
    });

    test('e-mail, with the form-collected address as fallback', () => {
      expect(codes({ ...good, email: '' })).toEqual(['email_missing']);
      expect(codes({ ...good, email: 'somsri@' })).toEqual(['email_invalid']);
      const fallback = checkResponse({ ...good, email: '', collectedEmail: 'Somsri@Gmail.com' }, sessions);
      expect(fallback.reasons).toEqual([]);
      expect(fallback.parsed.email).toEqual({ ok: true, value: 'somsri@gmail.com', comparable: 'somsri@gmail.com' });
      const wrongTyped = checkResponse({ ...good, email: 'somsri@', collectedEmail: 'somsri@gmail.com' }, sessions);
      expect(wrongTyped.reasons.map((r) => r.code)).toEqual(['email_invalid']);
      expect(wrongTyped.parsed.emailDisplay).toBe('somsri@gmail.com');
    });

    test('timestamp', () => {
      expect(codes({ ...good, timestamp: 'เมื่อวาน' })).toEqual(['timestamp_invalid']);
      expect(codes({ ...good, timestamp: null })).toEqual(['timestamp_invalid']);
      expect(codes({ ...good, timestamp: new Date('2026-06-16T02:15:00Z') })).toEqual([]);
    });

    test('position', () => {
      expect(codes({ ...good, position: '' })).toEqual(['position_missing']);
    });

    test('session: missing, unknown, not for this LAO type', () => {
      expect(codes({ ...good, session: '' })).toEqual(['session_missing']);
      expect(codes({ ...good, session: 'รอบที่ 9' })).toEqual(['session_unknown']);
      const wrong = checkResponse({ ...good, session: 'รอบที่ 2 (เทศบาลตำบล)' }, sessions);
      expect(wrong.reasons.map((r) => r.code)).toEqual(['session_wrong_type']);
      expect(wrong.reasons[0]?.message).toBe('รอบการประชุม "รอบที่ 2 (เทศบาลตำบล)" ไม่ได้จัดสำหรับ องค์การบริหารส่วนตำบล (รอบสำหรับประเภทนี้: รอบที่ 3 (อบต.))');
      expect(wrong.parsed.session?.label).toBe('รอบที่ 2 (เทศบาลตำบล)');
    });

    test('session type from the name prefix when the type is blank, and from the matched LAO when given', () => {
      expect(codes({ ...good, laoType: '', laoName: 'ทต.แม่ระมาด' })).toEqual(['session_wrong_type']);
      expect(codes({ ...good, laoType: '', laoName: 'แม่ระมาด' })).toEqual([]);
      expect(codes(good, { laoType: 'เทศบาลตำบล' })).toEqual(['session_wrong_type']);
    });

    test('no sessions sheet: session answers are kept, not checked', () => {
      const result = checkResponse({ ...good, session: 'อะไรก็ได้' }, []);
      expect(result.reasons).toEqual([]);
      expect(result.parsed.sessionAnswer).toBe('อะไรก็ได้');
      expect(result.parsed.session).toBeNull();
    });

    test('province and district against the registry', () => {
      expect(codes({ ...good, province: 'จ.ตาก', district: 'อ.เมือง' }, { registry })).toEqual([]);
      expect(codes({ ...good, province: 'ตาด' }, { registry })).toEqual(['province_unknown']);
      const district = checkResponse({ ...good, district: 'แม่สาย' }, sessions, { registry }).reasons;
      expect(district.map((r) => r.code)).toEqual(['district_unknown']);
      expect(district[0]?.message).toBe('ไม่พบอำเภอ "แม่สาย" ในจังหวัดตาก');
      expect(
        codes({ ...good, province: 'กทม.', district: 'เขตบางรัก', laoType: 'กรุงเทพมหานคร', session: 'รอบที่ 1 (อบจ. เทศบาลนคร เทศบาลเมือง)' }, { registry }),
      ).toEqual(['session_wrong_type']);
      // Without a registry nothing is claimed about places.
      expect(codes({ ...good, province: 'ตาด', district: 'แม่สาย' })).toEqual([]);
    });

    test('a province by its two-letter abbreviation or an everyday name is found, as the matcher reads it', () => {
      expect(codes({ ...good, province: 'ตก' }, { registry })).toEqual([]);
      expect(codes({ ...good, province: 'จ.ตก.', district: 'อ.แม่ระมาด' }, { registry })).toEqual([]);
      const korat = new Registry([entry('6301210', 'อบต.', 'เสมาใหญ่', 'นครราชสีมา', 'บัวใหญ่')]);
      expect(codes({ ...good, province: 'โคราช', district: 'บัวใหญ่', laoName: 'เสมาใหญ่' }, { registry: korat })).toEqual([]);
      expect(codes({ ...good, province: 'ปากน้ำ', district: 'บัวใหญ่', laoName: 'เสมาใหญ่' }, { registry: korat })).toEqual(['province_unknown']);
    });

    // A Thai postal address writes the district, then the province: an address line in the district's box.
    test('the district box as an address line: the district is read, the province after it left out', () => {
      for (const district of ['อ.แม่ระมาด จ.ตาก', 'อำเภอแม่ระมาด จังหวัดตาก', 'แม่ระมาด - ตาก', 'อ.เมือง จ.ตาก']) {
        const result = checkResponse({ ...good, district }, sessions, { registry });
        expect(result.reasons).toEqual([]);
        expect(result.parsed.district).toBe(district.includes('เมือง') ? 'เมือง' : 'แม่ระมาด');
      }
      // The province answered cut short with ฯ: the registry's name for it is what follows the district.
      expect(codes({ ...good, province: 'ตาฯ', district: 'อ.แม่ระมาด จ.ตาก' }, { registry })).toEqual([]);
      // Another province after it is not the stated one: the district is not found.
      expect(codes({ ...good, district: 'อ.แม่ระมาด จ.เชียงราย' }, { registry })).toEqual(['district_unknown']);
    });

    test('code format', () => {
      expect(codes({ ...good, laoCode: '663-0101' })).toEqual([]);
      expect(codes({ ...good, laoCode: '๖๖๓๐๑๐๑' })).toEqual([]);
      expect(codes({ ...good, laoCode: '66301' })).toEqual(['code_invalid']);
      // Written back by pandas as a float: the code the matcher reads (parseCodeAnswer), not a malformed one.
      expect(codes({ ...good, laoCode: '6630101.0' })).toEqual([]);
      expect(codes({ ...good, laoCode: '6630101.5' })).toEqual(['code_invalid']);
      expect(codes({ ...good, laoCode: 'bkk' }, { registry })).toEqual([]);
      expect(checkResponse({ ...good, laoCode: ' 6630101 ' }, sessions).parsed.codeAnswer).toBe('6630101');
    });

    test('several problems at once, in a stable order, none blocking', () => {
      const result = checkResponse({ ...good, phone: 'x', email: 'y', session: 'z', timestamp: '' }, sessions);
      expect(result.reasons.map((r) => r.code)).toEqual(['timestamp_invalid', 'phone_invalid', 'email_invalid', 'session_unknown']);
      expect(result.reasons.every((r) => r.severity === 'warning')).toBe(true);
    });
  });

  test('missing columns count as blank', () => {
    expect(codes({ personName: 'สมชาย ใจดี', laoName: 'วังหิน' })).toEqual([
      'timestamp_invalid',
      'position_missing',
      'phone_missing',
      'email_missing',
      'session_missing',
    ]);
  });
});

describe('sessionTypeReason', () => {
  test('null when the session is for the type', () => {
    expect(sessionTypeReason(sessions[2]!, 'อบต.', sessions)).toBeNull();
  });
  test('names the right sessions; Pattaya by its name', () => {
    const r = sessionTypeReason(sessions[2]!, 'ท้องถิ่นรูปแบบพิเศษ', sessions);
    expect(r?.code).toBe('session_wrong_type');
    expect(r?.message).toBe('รอบการประชุม "รอบที่ 3 (อบต.)" ไม่ได้จัดสำหรับ เมืองพัทยา');
  });
});
