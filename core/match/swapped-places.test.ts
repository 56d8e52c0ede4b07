/**
 * The district and the LAO's name each written in the other's box, as FEBRL's data-set generator swaps neighbouring
 * address fields (dsgen/generate.py, field_swap_prob). Small registry with DLA's codes and places; the real registry's
 * cases are in match-lao.test.ts.
 */
import type { RegistryEntry } from '../registry/types';
import { matchLao, type LaoMatch } from './match-lao';
import { READING_NOTES } from './swapped-places';
import { buildMatchIndex } from './registry-index';

const lao = (code: string, type: RegistryEntry['type'], name: string, district: string): RegistryEntry => ({
  code,
  type,
  name,
  province: 'นครราชสีมา',
  district,
  districts: [district],
});

const INDEX = buildMatchIndex([
  lao('4301201', 'เทศบาลเมือง', 'บัวใหญ่', 'บัวใหญ่'),
  lao('6301202', 'อบต.', 'บัวใหญ่', 'บัวใหญ่'),
  lao('6301210', 'อบต.', 'เสมาใหญ่', 'บัวใหญ่'),
  lao('6301502', 'อบต.', 'ขามสมบูรณ์', 'คง'),
]);

function outcome(district: string, laoName: string, typeAnswer = ''): string {
  const result: LaoMatch = matchLao(INDEX, { province: 'นครราชสีมา', district, typeAnswer, laoName });
  return result.status === 'matched'
    ? result.code
    : `${result.status} ${result.candidates
        .map((c) => c.code)
        .sort()
        .join(',')}`;
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
