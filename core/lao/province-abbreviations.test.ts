import type { RegistryEntry } from '../registry/types';
import { matchLao } from '../match/match-lao';
import { buildMatchIndex } from '../match/registry-index';
import { PROVINCE_ABBREVIATIONS, PROVINCE_EVERYDAY_NAMES, provinceOfShortName } from './province-abbreviations';

/** An SAO of one district, for the small registries below. */
function sao(code: string, name: string, province: string, district: string): RegistryEntry {
  return { code, type: 'อบต.', name, province, district, districts: [district] };
}

test('each of the 76 provinces outside Bangkok has one two-letter abbreviation', () => {
  expect(PROVINCE_ABBREVIATIONS.size).toBe(76);
  expect(new Set(PROVINCE_ABBREVIATIONS.values()).size).toBe(76);
  for (const abbreviation of PROVINCE_ABBREVIATIONS.keys()) expect(abbreviation).toMatch(/^[ก-ฮ]{2}$/);
});

test('a province answered by its abbreviation, as letters write it in addresses (ตก ๖๓๐๐๐), is that province', () => {
  // Two SAOs of one name in two provinces: only the province tells them apart when no district is answered.
  const index = buildMatchIndex([sao('6630801', 'บ้านใหม่', 'ตาก', 'อุ้มผาง'), sao('6400105', 'บ้านใหม่', 'ขอนแก่น', 'เมืองขอนแก่น')]);
  const answer = (province: string) => matchLao(index, { province, district: '', typeAnswer: 'อบต.', laoName: 'บ้านใหม่' });
  expect(answer('ตก')).toMatchObject({ status: 'matched', code: '6630801' });
  expect(answer('จ.ขก.')).toMatchObject({ status: 'matched', code: '6400105' });
  expect(answer('กข').status).not.toBe('matched');
});

test('everyday names are of official provinces, and none is an abbreviation or another province', () => {
  const official = new Set([...PROVINCE_ABBREVIATIONS.values(), 'กรุงเทพมหานคร']);
  for (const [name, province] of PROVINCE_EVERYDAY_NAMES) {
    expect(official.has(province)).toBe(true);
    expect(official.has(name)).toBe(false);
    expect(PROVINCE_ABBREVIATIONS.has(name)).toBe(false);
  }
  expect(provinceOfShortName('โคราช')).toBe('นครราชสีมา');
  expect(provinceOfShortName('สมุทรป.')).toBe('สมุทรปราการ');
  expect(provinceOfShortName('ขก.')).toBe('ขอนแก่น');
  expect(provinceOfShortName('ปากน้ำ')).toBeNull();
});

test('a province answered by an everyday name (โคราช, นครศรี) is that province, where the name alone repeats', () => {
  // Made-up SAOs of one name in three provinces. นครศรี is also inside พระนครศรีอยุธยา: no near spelling settles it,
  // the everyday name does.
  const index = buildMatchIndex([
    sao('6800711', 'ท่าเสม็ด', 'นครศรีธรรมราช', 'ชะอวด'),
    sao('6140201', 'ท่าเสม็ด', 'พระนครศรีอยุธยา', 'ท่าเรือ'),
    sao('6301299', 'ท่าเสม็ด', 'นครราชสีมา', 'บัวใหญ่'),
  ]);
  const answer = (province: string) => matchLao(index, { province, district: '', typeAnswer: 'อบต.', laoName: 'ท่าเสม็ด' });
  expect(answer('นครศรี')).toMatchObject({ status: 'matched', code: '6800711' });
  expect(answer('โคราช')).toMatchObject({ status: 'matched', code: '6301299' });
  expect(answer('ปากน้ำ').status).not.toBe('matched');
});
