import type { RegistryEntry } from '../../core/registry/types';
import { analystDuplicates, analystMatch, analystPhone, fuzzRatio, type AnalystRow } from './analyst';

const lao = (code: string, type: RegistryEntry['type'], name: string, district: string): RegistryEntry => ({
  code,
  type,
  name,
  province: 'ตาก',
  district,
  districts: [district],
});
const row = (over: Partial<AnalystRow>): AnalystRow => ({
  province: 'ตาก',
  district: '',
  laoType: '',
  laoName: '',
  person: '',
  phone: '',
  email: '',
  order: 0,
  ...over,
});

describe('analyst baseline', () => {
  test('fuzz.ratio as RapidFuzz documents it (normalised Indel similarity)', () => {
    // RapidFuzz's documented example: fuzz.ratio("this is a test", "this is a test!") == 96.55...
    expect(fuzzRatio('this is a test', 'this is a test!')).toBeCloseTo(96.5517, 3);
    expect(fuzzRatio('', '')).toBe(100);
    expect(fuzzRatio('abc', 'xyz')).toBe(0);
  });

  test('blocked by province and type; the district adds 10; the best at 80 or more wins', () => {
    const registry = [lao('6630101', 'อบต.', 'วังหิน', 'เมืองตาก'), lao('6630601', 'อบต.', 'วังหินใต้', 'แม่ระมาด'), lao('5630101', 'เทศบาลตำบล', 'วังหิน', 'เมืองตาก')];
    const codes = analystMatch(registry, [
      row({ laoType: 'องค์การบริหารส่วนตำบล', laoName: 'อบต.วังหิน' }),
      row({ laoType: 'เทศบาลตำบล', laoName: 'วังหิน' }),
      row({ laoType: 'องค์การบริหารส่วนตำบล', laoName: 'วังหินใ', district: 'อ.แม่ระมาด' }),
      row({ laoType: 'องค์การบริหารส่วนตำบล', laoName: 'ท่าสายลวด' }),
    ]);
    expect(codes).toEqual(['6630101', '5630101', '6630601', null]);
  });

  test('duplicates: a similar name with the same phone or e-mail, within one LAO, pointing to the latest row', () => {
    const rows = [
      row({ person: 'นายสมชาย ใจดี', phone: '081-234-5678', order: 0 }),
      row({ person: 'สมชาย ใจดี', phone: '+66812345678', order: 1 }),
      row({ person: 'สมชาย ใจดี', phone: '0899999999', email: 'x@example.com', order: 2 }),
      row({ person: 'วิชัย ดีงาม', phone: '0812345678', order: 3 }),
    ];
    expect(analystPhone('+66 81 234 5678')).toBe('0812345678');
    expect(analystDuplicates(rows, ['A', 'A', 'A', 'A'])).toEqual([1, null, null, null]);
    expect(analystDuplicates(rows, ['A', 'B', 'A', 'A'])).toEqual([null, null, null, null]);
  });
});
