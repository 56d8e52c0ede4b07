import { parseLaoType, splitLaoName } from './lao-type';
import { districtKey, normaliseDistrict, normaliseProvince } from './place';
import { laoDisplayName } from '../vocabulary';

describe('LAO types', () => {
  test.each([
    ['องค์การบริหารส่วนตำบล', 'อบต.'],
    ['อบต', 'อบต.'],
    ['อบต.', 'อบต.'],
    ['ทต.', 'เทศบาลตำบล'],
    ['ท.ต.', 'เทศบาลตำบล'],
    ['ทม.', 'เทศบาลเมือง'],
    ['ทน.', 'เทศบาลนคร'],
    ['องค์การบริหารส่วนจังหวัด', 'อบจ.'],
    ['เมืองพัทยา', 'ท้องถิ่นรูปแบบพิเศษ'],
    ['กรุงเทพมหานคร', 'กรุงเทพมหานคร'],
  ])('%s is %s', (text, type) => {
    expect(parseLaoType(text)).toBe(type);
  });

  test('unknown type is null', () => {
    expect(parseLaoType('สุขาภิบาล')).toBeNull();
  });

  test.each([
    ['อบต.คลองท่อมใต้', 'อบต.', 'คลองท่อมใต้'],
    ['อบต. คลองท่อมใต้', 'อบต.', 'คลองท่อมใต้'],
    ['องค์การบริหารส่วนตำบลคลองท่อมใต้', 'อบต.', 'คลองท่อมใต้'],
    ['คลองท่อมใต้', null, 'คลองท่อมใต้'],
    ['เทศบาลตำบลแม่ระมาด', 'เทศบาลตำบล', 'แม่ระมาด'],
    ['ทต.แม่ระมาด', 'เทศบาลตำบล', 'แม่ระมาด'],
    ['เทศบาลนครแม่สอด', 'เทศบาลนคร', 'แม่สอด'],
    ['เทศบาลเมืองตาก', 'เทศบาลเมือง', 'ตาก'],
    ['เทศบาลแม่ระมาด', null, 'แม่ระมาด'],
    ['อบจ.ตาก', 'อบจ.', 'ตาก'],
    ['เมืองพัทยา', 'ท้องถิ่นรูปแบบพิเศษ', 'เมืองพัทยา'],
    ['ท.ต. แม่ระมาด', 'เทศบาลตำบล', 'แม่ระมาด'],
    ['ทมอ', null, 'ทมอ'],
    ['อบต.ทมนางาม', 'อบต.', 'ทมนางาม'],
    ['อบตทมนางาม', 'อบต.', 'ทมนางาม'],
  ])('%s splits into %s + %s', (text, type, name) => {
    expect(splitLaoName(text)).toEqual({ type, name });
  });

  // A bare name that merely begins like a type word is not split into nothing.
  test('a name equal to an abbreviation is kept', () => {
    expect(splitLaoName('ทม').name).toBe('ทม');
  });
});

describe('places', () => {
  test('province prefixes and Bangkok spellings', () => {
    expect(normaliseProvince('จ.ตาก')).toBe('ตาก');
    expect(normaliseProvince('จังหวัด ตาก')).toBe('ตาก');
    expect(normaliseProvince(' ตาก ')).toBe('ตาก');
    expect(normaliseProvince('กทม.')).toBe('กรุงเทพมหานคร');
    expect(normaliseProvince('กรุงเทพฯ')).toBe('กรุงเทพมหานคร');
  });

  test('district prefixes', () => {
    expect(normaliseDistrict('อ.แม่สอด')).toBe('แม่สอด');
    expect(normaliseDistrict('อำเภอ แม่สอด')).toBe('แม่สอด');
    expect(normaliseDistrict('เขตบางรัก')).toBe('บางรัก');
  });

  test('quotes around a place, plain or curly (iOS types “ ”), are left out', () => {
    expect(normaliseDistrict('“อ.แม่สอด”')).toBe('แม่สอด');
    expect(normaliseDistrict('"แม่สอด"')).toBe('แม่สอด');
    expect(normaliseProvince("'จ.ตาก'")).toBe('ตาก');
  });

  test('capital district written as เมือง alone', () => {
    expect(districtKey('อ.เมือง', 'ตาก')).toBe('เมืองตาก');
    expect(districtKey('เมืองตาก', 'จ.ตาก')).toBe('เมืองตาก');
    expect(districtKey('แม่สอด', 'ตาก')).toBe('แม่สอด');
  });
});

test.each([
  ['อบต.', 'วังหิน', 'อบต.วังหิน'],
  ['อบจ.', 'ตาก', 'อบจ.ตาก'],
  ['เทศบาลตำบล', 'แม่ระมาด', 'เทศบาลตำบลแม่ระมาด'],
  ['ท้องถิ่นรูปแบบพิเศษ', 'เมืองพัทยา', 'เมืองพัทยา'],
  ['กรุงเทพมหานคร', 'กรุงเทพมหานคร', 'กรุงเทพมหานคร'],
] as const)('%s %s is written %s', (type, name, shown) => {
  expect(laoDisplayName(type, name)).toBe(shown);
});
