import type { RegistryEntry } from '../registry/types';
import { matchLao } from '../match/match-lao';
import { buildMatchIndex } from '../match/registry-index';
import { PROVINCE_ABBREVIATIONS } from './province-abbreviations';

test('each of the 76 provinces outside Bangkok has one two-letter abbreviation', () => {
  expect(PROVINCE_ABBREVIATIONS.size).toBe(76);
  expect(new Set(PROVINCE_ABBREVIATIONS.values()).size).toBe(76);
  for (const abbreviation of PROVINCE_ABBREVIATIONS.keys()) expect(abbreviation).toMatch(/^[ก-ฮ]{2}$/);
});

test('a province answered by its abbreviation, as letters write it in addresses (ตก ๖๓๐๐๐), is that province', () => {
  const lao = (code: string, province: string, district: string): RegistryEntry => ({
    code,
    type: 'อบต.',
    name: 'บ้านใหม่',
    province,
    district,
    districts: [district],
  });
  // Two SAOs of one name in two provinces: only the province tells them apart when no district is answered.
  const index = buildMatchIndex([lao('6630801', 'ตาก', 'อุ้มผาง'), lao('6400105', 'ขอนแก่น', 'เมืองขอนแก่น')]);
  const answer = (province: string) => matchLao(index, { province, district: '', typeAnswer: 'อบต.', laoName: 'บ้านใหม่' });
  expect(answer('ตก')).toMatchObject({ status: 'matched', code: '6630801' });
  expect(answer('จ.ขก.')).toMatchObject({ status: 'matched', code: '6400105' });
  expect(answer('กข').status).not.toBe('matched');
});
