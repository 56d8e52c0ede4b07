import { Registry } from './index';
import type { RegistryEntry } from './types';

const entry = (code: string, province: string, district: string, name = code): RegistryEntry => ({
  code,
  type: 'อบต.',
  name,
  province,
  district,
  districts: [district],
});

describe('Registry', () => {
  const registry = new Registry([
    entry('6630101', 'ตาก', 'เมืองตาก'),
    entry('6630601', 'ตาก', 'แม่สอด'),
    entry('6140101', 'พระนครศรีอยุธยา', 'พระนครศรีอยุธยา'),
    entry('6110101', 'สมุทรปราการ', 'เมืองสมุทรปราการ'),
    { ...entry('BKK', 'กรุงเทพมหานคร', ''), type: 'กรุงเทพมหานคร' },
  ]);

  test('provinces in province-code order, Bangkok first', () => {
    expect(registry.provinces()).toEqual(['กรุงเทพมหานคร', 'สมุทรปราการ', 'พระนครศรีอยุธยา', 'ตาก']);
  });

  test('by code', () => {
    expect(registry.byCode.get('6630601')?.district).toBe('แม่สอด');
    expect(registry.byCode.get('0000000')).toBeUndefined();
  });

  test('province and district written as people write them', () => {
    expect(registry.inProvince('จังหวัดตาก').map((e) => e.code)).toEqual(['6630101', '6630601']);
    expect(registry.inDistrict('จ.ตาก', 'อำเภอเมือง').map((e) => e.code)).toEqual(['6630101']);
    expect(registry.inDistrict('พระนครศรีอยุธยา', 'อ.เมือง').map((e) => e.code)).toEqual(['6140101']);
    expect(registry.inDistrict('ตาก', 'พบพระ')).toEqual([]);
    expect(registry.districtsOf('ตาก')).toEqual(['เมืองตาก', 'แม่สอด']);
  });
});

test('a province or district cut short with ฯ is found when its stem begins one name only', () => {
  const registry = new Registry([
    { code: '2800101', type: 'อบจ.', name: 'นครศรีธรรมราช', province: 'นครศรีธรรมราช', district: 'เมืองนครศรีธรรมราช', districts: [] },
    { code: '6800101', type: 'อบต.', name: 'ฉลอง', province: 'นครศรีธรรมราช', district: 'สิชล', districts: [] },
    { code: '2730101', type: 'อบจ.', name: 'นครปฐม', province: 'นครปฐม', district: 'เมืองนครปฐม', districts: [] },
  ]);
  expect(registry.inProvince('จ.นครศรีฯ').map((e) => e.code)).toEqual(['2800101', '6800101']);
  expect(registry.inProvince('นครฯ')).toEqual([]);
  expect(registry.inDistrict('นครศรีฯ', 'อ.เมืองฯ').map((e) => e.code)).toEqual(['2800101']);
  expect(registry.inDistrict('นครศรีธรรมราช', 'สิฯ').map((e) => e.code)).toEqual(['6800101']);
});

test('a capital district named like its province (อ.พระนครศรีอยุธยา), cut short with ฯ, is found as written out', () => {
  const registry = new Registry([
    entry('6140101', 'พระนครศรีอยุธยา', 'พระนครศรีอยุธยา'),
    entry('6140601', 'พระนครศรีอยุธยา', 'บางปะอิน'),
    entry('6140701', 'พระนครศรีอยุธยา', 'บางปะหัน'),
    entry('6800101', 'นครศรีธรรมราช', 'สิชล'),
    entry('6800102', 'นครศรีธรรมราช', 'เมืองนครศรีธรรมราช'),
  ]);
  expect(registry.inDistrict('พระนครศรีอยุธยา', 'พระนครศรีฯ').map((e) => e.code)).toEqual(['6140101']);
  expect(registry.inDistrict('พระนครศรีอยุธยา', 'อ.พระนครศรีฯ').map((e) => e.code)).toEqual(['6140101']);
  // The province's name cut short reads as its capital district, as the name written out does.
  expect(registry.inDistrict('นครศรีธรรมราช', 'นครศรีฯ').map((e) => e.code)).toEqual(['6800102']);
  expect(registry.inDistrict('นครศรีธรรมราช', 'นครศรีธรรมราช').map((e) => e.code)).toEqual(['6800102']);
  // A stem that begins two districts stays unread.
  expect(registry.inDistrict('พระนครศรีอยุธยา', 'บางปะฯ')).toEqual([]);
});
