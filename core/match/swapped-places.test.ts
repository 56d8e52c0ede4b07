/**
 * The district and the LAO's name each written in the other's box, as FEBRL's data-set generator swaps neighbouring
 * address fields (dsgen/generate.py, field_swap_prob). Small registry with DLA's codes and places; the real registry's
 * cases are in match-lao.test.ts.
 */
import type { RegistryEntry } from '../registry/types';
import { matchLao, type LaoMatch } from './match-lao';
import { READING_NOTES } from './swapped-places';
import { buildMatchIndex } from './registry-index';
import { registryEntry } from '../registry/test-entries';

const lao = (code: string, type: RegistryEntry['type'], name: string, district: string): RegistryEntry =>
  registryEntry(code, type, name, 'นครราชสีมา', district);

const INDEX = buildMatchIndex([
  lao('4301201', 'เทศบาลเมือง', 'บัวใหญ่', 'บัวใหญ่'),
  lao('6301202', 'อบต.', 'บัวใหญ่', 'บัวใหญ่'),
  lao('6301210', 'อบต.', 'เสมาใหญ่', 'บัวใหญ่'),
  lao('6301502', 'อบต.', 'ขามสมบูรณ์', 'คง'),
]);

/** A match as one line: the code matched, or the status and the candidates' codes in order. */
function outcomeText(result: LaoMatch): string {
  return result.status === 'matched'
    ? result.code
    : `${result.status} ${result.candidates
        .map((c) => c.code)
        .sort()
        .join(',')}`;
}

function outcome(district: string, laoName: string, typeAnswer = ''): string {
  return outcomeText(matchLao(INDEX, { province: 'นครราชสีมา', district, typeAnswer, laoName }));
}

test('an LAO of the district in the district box and the district in the name box are read the other way round', () => {
  expect(outcome('เสมาใหญ่', 'บัวใหญ่', 'องค์การบริหารส่วนตำบล')).toBe('6301210');
  expect(outcome('เสมาใหญ่', 'บัวใหญ่')).toBe('6301210');
});

test('boxes that read as answered stay so', () => {
  expect(outcome('บัวใหญ่', 'บัวใหญ่', 'องค์การบริหารส่วนตำบล')).toBe('6301202');
  expect(outcome('บัวใหญ่', 'เสมาใหญ่')).toBe('6301210');
});

test('an LAO of another district in the district box: each reading has one answer wrong, and a person asks', () => {
  // อบต.บัวใหญ่ with another LAO's name for its district, or อบต.ขามสมบูรณ์ (of อ.คง) with the district wrong too.
  expect(outcome('ขามสมบูรณ์', 'บัวใหญ่', 'องค์การบริหารส่วนตำบล')).toBe('ambiguous 6301202,6301502');
  // The type answered fits only the boxes as answered: they stand.
  expect(outcome('ขามสมบูรณ์', 'บัวใหญ่', 'เทศบาลเมือง')).toBe('4301201');
});

describe('a district box that is a district the LAO as answered does not lie in', () => {
  // เชียงราย: อ.ป่าแดด has ทต.ป่าแดด, and อ.แม่สรวย has ทต.แม่สรวย and an อบต.ป่าแดด. อำเภอ ป่าแดด with the name แม่สรวย is
  // ทต.แม่สรวย with its district wrong, or อบต.ป่าแดด with the boxes swapped: both readings have one thing against them.
  const inChiangRai = (code: string, type: RegistryEntry['type'], name: string, district: string): RegistryEntry =>
    registryEntry(code, type, name, 'เชียงราย', district);
  const maeSuai = [inChiangRai('5571001', 'เทศบาลตำบล', 'แม่สรวย', 'แม่สรวย'), inChiangRai('5570604', 'เทศบาลตำบล', 'ป่าแดด', 'ป่าแดด')];
  const answer = (index: ReturnType<typeof buildMatchIndex>, district: string, typeAnswer: string) =>
    matchLao(index, { province: 'เชียงราย', district, typeAnswer, laoName: 'แม่สรวย' });

  test('the type answered decides between the two readings; without one, a person asks', () => {
    const index = buildMatchIndex([...maeSuai, inChiangRai('6571005', 'อบต.', 'ป่าแดด', 'แม่สรวย')]);
    expect(answer(index, 'ป่าแดด', 'องค์การบริหารส่วนตำบล')).toMatchObject({ status: 'matched', code: '6571005', placesRead: 'district_name_swapped' });
    expect(answer(index, 'ป่าแดด', 'เทศบาลตำบล')).toMatchObject({ status: 'matched', code: '5571001' });
    expect(answer(index, 'ป่าแดด', 'เทศบาลตำบล')).not.toHaveProperty('placesRead');
    const asked = answer(index, 'ป่าแดด', '');
    if (asked.status === 'matched') throw new Error(`expected review, got ${asked.code}`);
    expect(asked.status).toBe('ambiguous');
    expect(asked.candidates.map((c) => c.code).sort()).toEqual(['5571001', '6571005']);
  });

  test('only a swapped reading that names an LAO exactly stands beside it; the district of the LAO as answered is no swap', () => {
    // อบต.ป่าแดง (a slip from ป่าแดด) in แม่สรวย, and no LAO named ป่าแดด: the district answered wrong is the plainer slip.
    const index = buildMatchIndex([
      inChiangRai('5571001', 'เทศบาลตำบล', 'แม่สรวย', 'แม่สรวย'),
      inChiangRai('5570601', 'เทศบาลตำบล', 'สันมะค่า', 'ป่าแดด'),
      inChiangRai('6571006', 'อบต.', 'ป่าแดง', 'แม่สรวย'),
    ]);
    expect(answer(index, 'ป่าแดด', '')).toMatchObject({ status: 'matched', code: '5571001' });
    expect(answer(index, 'แม่สรวย', '')).toMatchObject({ status: 'matched', code: '5571001' });
  });
});

test('a type answered that only the LAO named like the district fits: a person asks', () => {
  expect(outcome('เสมาใหญ่', 'บัวใหญ่', 'เทศบาลเมือง')).toBe('ambiguous 4301201,6301210');
});

test('the review list says which candidate was read from the boxes swapped, and explains it as so read', () => {
  const result = matchLao(INDEX, { province: 'นครราชสีมา', district: 'เสมาใหญ่', typeAnswer: 'เทศบาลเมือง', laoName: 'บัวใหญ่' });
  if (result.status === 'matched') throw new Error('expected review');
  const explained = new Map(result.candidates.map((c) => [c.code, c.explanation]));
  expect(explained.get('6301210')).toMatch(new RegExp(`^${READING_NOTES.district_name_swapped}ชื่อตรงกัน \\+10`));
  expect(explained.get('4301201')).not.toContain(READING_NOTES.district_name_swapped);
});

test('a district of another province, with the LAO named there: read with that province, and said so when reviewed', () => {
  // อบต.เสมาใหญ่ of อ.บัวใหญ่ (นครราชสีมา), answered with ขอนแก่น, which has no อ.บัวใหญ่.
  const twoProvinces = buildMatchIndex([
    lao('6301210', 'อบต.', 'เสมาใหญ่', 'บัวใหญ่'),
    { code: '6400105', type: 'อบต.', name: 'หนองตูม', province: 'ขอนแก่น', district: 'เมืองขอนแก่น', districts: ['เมืองขอนแก่น'] },
  ]);
  const result = matchLao(twoProvinces, { province: 'ขอนแก่น', district: 'บัวใหญ่', typeAnswer: '', laoName: 'เสมาใหญ่' });
  expect(result).toMatchObject({ status: 'matched', code: '6301210', placesRead: 'province_of_district' });
  expect(READING_NOTES.province_of_district).toMatch(/^อ่านจังหวัดจากอำเภอที่ตอบ/);
});

describe('a district answered that is one of the province answered by a slip, and another province’s exactly', () => {
  // ร้อยเอ็ด has อ.ศรีสมเด็จ, and อบต.หมูม้น in อ.เชียงขวัญ; กาฬสินธุ์ has อ.สมเด็จ with อบต.หมูม่น. Two อบต.หนองแวง in
  // ร้อยเอ็ด (neither in ศรีสมเด็จ) and one อบต.โพนทอง, and one of each in กาฬสินธุ์'s สมเด็จ.
  const entry = (code: string, name: string, province: string, district: string): RegistryEntry => registryEntry(code, 'อบต.', name, province, district);
  const index = buildMatchIndex([
    entry('6450114', 'หนองแวง', 'ร้อยเอ็ด', 'เมืองร้อยเอ็ด'),
    entry('6450215', 'หนองแวง', 'ร้อยเอ็ด', 'เกษตรวิสัย'),
    entry('6451301', 'สวนจิก', 'ร้อยเอ็ด', 'ศรีสมเด็จ'),
    entry('6451806', 'หมูม้น', 'ร้อยเอ็ด', 'เชียงขวัญ'),
    entry('6461307', 'หมูม่น', 'กาฬสินธุ์', 'สมเด็จ'),
    entry('6461308', 'หนองแวง', 'กาฬสินธุ์', 'สมเด็จ'),
    entry('6451101', 'โพนทอง', 'ร้อยเอ็ด', 'เสลภูมิ'),
    entry('6461309', 'โพนทอง', 'กาฬสินธุ์', 'สมเด็จ'),
  ]);
  const outcomeOf = (laoName: string): string =>
    outcomeText(matchLao(index, { province: 'ร้อยเอ็ด', district: 'สมเด็จ', typeAnswer: 'องค์การบริหารส่วนตำบล', laoName }));

  test('beside an LAO of the province answered named only nearly, in another district: a person asks', () => {
    // หมูม่น is อบต.หมูม้น with a tone slip and the district wrong, or อบต.หมูม่น with the province wrong.
    expect(outcomeOf('หมูม่น')).toBe('ambiguous 6451806,6461307');
  });

  test('the LAO of the province answered named exactly, or none singled out there, is not read with another province', () => {
    expect(outcomeOf('หมูม้น')).toBe('6451806');
    // โพนทอง of both: the name answered exactly, only the district off, as in any answer with the district wrong.
    expect(outcomeOf('โพนทอง')).toBe('6451101');
    expect(outcomeOf('หนองแวง')).toMatch(/^ambiguous /);
    expect(outcomeOf('หนองแวง')).not.toContain('6461308');
  });
});

describe('both readings single out the LAO', () => {
  const index = buildMatchIndex([
    lao('2300101', 'อบจ.', 'นครราชสีมา', 'เมืองนครราชสีมา'),
    lao('3300102', 'เทศบาลนคร', 'นครราชสีมา', 'เมืองนครราชสีมา'),
    lao('4301201', 'เทศบาลเมือง', 'บัวใหญ่', 'บัวใหญ่'),
    lao('6301210', 'อบต.', 'เสมาใหญ่', 'บัวใหญ่'),
  ]);

  test('the district in the name box and the LAO in the district box: the row says the boxes were swapped', () => {
    // The type singles out the PAO as answered; read swapped, the answers name it too.
    const result = matchLao(index, { province: 'นครราชสีมา', district: 'อบจ.นครราชสีมา', typeAnswer: 'องค์การบริหารส่วนจังหวัด', laoName: 'เมืองนครราชสีมา' });
    expect(result).toMatchObject({ status: 'matched', code: '2300101', placesRead: 'district_name_swapped' });
  });

  test('an LAO named like its district, in both boxes, shows no swap', () => {
    const result = matchLao(index, { province: 'นครราชสีมา', district: 'ทม.บัวใหญ่', typeAnswer: 'เทศบาลเมือง', laoName: 'บัวใหญ่' });
    expect(result).toMatchObject({ status: 'matched', code: '4301201' });
    expect(result).not.toHaveProperty('placesRead');
  });
});
