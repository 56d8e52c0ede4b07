import { readFileSync } from 'node:fs';
import geodb from 'thai-address-database/database/backup/geodb.json';
import type { RegistryEntry } from '../registry/types';
import { expandCompactAddressDb, type CompactAddressDb } from './geography';
import { allocateProportionally, generateRegistry } from './registry';
import { sharedDataPath, testWithSharedData } from '../../scripts/testing/shared-data';

const geography = expandCompactAddressDb(geodb as CompactAddressDb);
const registry = generateRegistry(geography, { seed: 1 });

/** The real DLA registry, read only to compare shapes (never copied into the repository). */
function realRegistry(): Array<Pick<RegistryEntry, 'code' | 'type' | 'name' | 'province' | 'district'>> {
  const text = readFileSync(sharedDataPath('lao-registry.csv'), 'utf8');
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [code = '', type = '', name = '', province = '', district = ''] = line.split(',');
      return { code, type: type as RegistryEntry['type'], name, province, district };
    });
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

const clashes = (rows: ReadonlyArray<Pick<RegistryEntry, 'province' | 'name' | 'type' | 'district'>>, key: (r: (typeof rows)[number]) => string) =>
  [...countBy(rows, key).values()].filter((n) => n > 1).length;

describe('geography from thai-address-database', () => {
  test('has the 77 provinces with codes, each with a capital district 01 and tambons', () => {
    expect(geography).toHaveLength(77);
    for (const p of geography) {
      expect(p.code).toMatch(/^\d{2}$/);
      expect(p.districts.some((d) => d.code === '01')).toBe(true);
      expect(new Set(p.districts.map((d) => d.code)).size).toBe(p.districts.length);
      for (const d of p.districts) expect(d.tambons.length).toBeGreaterThan(0);
    }
    const krabi = geography.find((p) => p.name === 'กระบี่');
    expect(krabi?.code).toBe('81');
    expect(krabi?.districts.find((d) => d.name === 'คลองท่อม')?.tambons).toContain('คลองท่อมใต้');
    expect(geography.find((p) => p.name === 'บึงกาฬ')?.code).toBe('38');
  });
});

describe('generated registry', () => {
  testWithSharedData('has the real count per type and 76 provinces, without Bangkok', ['lao-registry.csv'], () => {
    const real = realRegistry();
    expect(registry).toHaveLength(7849);
    expect(Object.fromEntries(countBy(registry, (e) => e.type))).toEqual(Object.fromEntries(countBy(real, (e) => e.type)));
    expect(new Set(registry.map((e) => e.province)).size).toBe(76);
    expect(registry.some((e) => e.province === 'กรุงเทพมหานคร')).toBe(false);
  });

  test('codes are unique, 7 digits, province code in digits 2-3, type in digit 1 except two upgraded ones', () => {
    expect(new Set(registry.map((e) => e.code)).size).toBe(registry.length);
    const provinceCode = new Map(geography.map((p) => [p.name, p.code]));
    const typeDigit: Record<string, string> = { 'อบจ.': '2', เทศบาลนคร: '3', ท้องถิ่นรูปแบบพิเศษ: '3', เทศบาลเมือง: '4', เทศบาลตำบล: '5', 'อบต.': '6' };
    for (const e of registry) {
      expect(e.code).toMatch(/^\d{7}$/);
      expect(e.code.slice(1, 3)).toBe(provinceCode.get(e.province));
    }
    const exceptions = registry.filter((e) => e.code[0] !== typeDigit[e.type]);
    expect(exceptions).toHaveLength(2);
    for (const e of exceptions) expect([e.type, e.code[0]]).toEqual(['เทศบาลตำบล', '6']);
    expect(registry.filter((e) => e.type === 'อบจ.').every((e) => e.code.endsWith('0101'))).toBe(true);
  });

  test('names are bare real place names: PAO = province, SAOs named after a tambon of their district', () => {
    for (const e of registry.filter((x) => x.type === 'อบจ.')) expect(e.name).toBe(e.province);
    expect(registry.filter((e) => e.name === `เมือง${e.province}`)).toEqual([]);
    const tambons = new Set(geography.flatMap((p) => p.districts.flatMap((d) => d.tambons.map((t) => `${p.name}|${d.name}|${t}`))));
    for (const e of registry.filter((x) => x.type === 'อบต.')) expect(tambons.has(`${e.province}|${e.district}|${e.name}`)).toBe(true);
    const pattaya = registry.filter((e) => e.type === 'ท้องถิ่นรูปแบบพิเศษ');
    expect(pattaya.map((e) => [e.name, e.province, e.district])).toEqual([['เมืองพัทยา', 'ชลบุรี', 'บางละมุง']]);
    expect(registry.every((e) => e.districts.length === 1 && e.districts[0] === e.district)).toBe(true);
  });

  testWithSharedData('reproduces the real name-clash families at roughly the real rates', ['lao-registry.csv'], () => {
    const real = realRegistry();
    const byProvinceName = (r: Pick<RegistryEntry, 'province' | 'name'>) => `${r.province}|${r.name}`;
    const byProvinceTypeName = (r: Pick<RegistryEntry, 'province' | 'type' | 'name'>) => `${r.province}|${r.type}|${r.name}`;
    const full = (r: Pick<RegistryEntry, 'province' | 'district' | 'type' | 'name'>) => `${r.province}|${r.district}|${r.type}|${r.name}`;
    const [genShared, realShared] = [clashes(registry, byProvinceName), clashes(real, byProvinceName)];
    expect(genShared / realShared).toBeGreaterThan(0.8);
    expect(genShared / realShared).toBeLessThan(1.25);
    const [genTyped, realTyped] = [clashes(registry, byProvinceTypeName), clashes(real, byProvinceTypeName)];
    expect(genTyped / realTyped).toBeGreaterThan(0.6);
    expect(genTyped / realTyped).toBeLessThan(1.6);
    expect(clashes(registry, full)).toBe(0);
    // The two big families: the PAO with the capital municipality, a subdistrict municipality with an SAO.
    const family = (rows: typeof registry | typeof real, types: string[]) =>
      [...groupBy(rows, byProvinceName).values()].filter((g) => types.every((t) => g.some((e) => e.type === t))).length;
    const capital = family(registry, ['อบจ.', 'เทศบาลนคร']) + family(registry, ['อบจ.', 'เทศบาลเมือง']);
    expect(capital).toBe(76);
    const tambon = family(registry, ['เทศบาลตำบล', 'อบต.']);
    const realTambon = family(real, ['เทศบาลตำบล', 'อบต.']);
    expect(tambon / realTambon).toBeGreaterThan(0.8);
    expect(tambon / realTambon).toBeLessThan(1.25);
  });

  testWithSharedData('provinces are sized like the real ones', ['lao-registry.csv'], () => {
    const real = realRegistry();
    const gen = countBy(registry, (e) => e.province);
    const actual = countBy(real, (e) => e.province);
    let relativeError = 0;
    for (const [province, n] of actual) {
      const g = gen.get(province) ?? 0;
      expect(g / n).toBeGreaterThan(1 / 1.6);
      expect(g / n).toBeLessThan(1.6);
      relativeError += Math.abs(g - n) / n / actual.size;
    }
    expect(relativeError).toBeLessThan(0.1);
  });

  test('is deterministic per seed', () => {
    expect(generateRegistry(geography, { seed: 1 })).toEqual(registry);
    const other = generateRegistry(geography, { seed: 2 });
    expect(other.map((e) => e.code + e.name)).not.toEqual(registry.map((e) => e.code + e.name));
  });
});

describe('allocateProportionally', () => {
  test('splits the total exactly, by largest remainder', () => {
    expect(allocateProportionally([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(allocateProportionally([2, 1, 0], 6)).toEqual([4, 2, 0]);
    expect(allocateProportionally([0, 0], 5)).toEqual([0, 0]);
  });
});

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
