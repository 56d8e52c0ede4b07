import type { RegistryEntry } from '../registry/types';
import type { GeoDistrict, GeoProvince } from './geography';
import { createRng, type Rng } from './random';
import type { LaoType } from '../vocabulary';

/** Registry types the generator sizes; the PAO is one per province and Pattaya one in ชลบุรี. */
export type SizedLaoType = 'เทศบาลนคร' | 'เทศบาลเมือง' | 'เทศบาลตำบล' | 'อบต.';

export interface RegistryOptions {
  seed?: number | string;
  /** National counts per type; defaults are DLA's registry (MISSION.md). */
  counts?: Partial<Record<SizedLaoType, number>>;
  /** Share of cities named after their province (the rest after a district); real registry 22 of 30. */
  cityCapitalRate?: number;
  /** Share of the non-capital towns named after their district (the rest after a tambon); real about 0.45. */
  townDistrictNameRate?: number;
  /** Share of subdistrict municipalities named after their district rather than their tambon. */
  subdistrictDistrictNameRate?: number;
  /**
   * Share of tambon-named municipalities whose tambon also has an SAO of the same name (the municipality covers the
   * town, the SAO the rest). This is the registry's main name-clash family (494 pairs in the real registry); more
   * pairs arise where a province has fewer free tambons than SAOs.
   */
  sharedTambonRate?: number;
  /** Subdistrict municipalities that keep the 6-prefix code of the SAO they were upgraded from (real registry: 2). */
  upgradedCodeExceptions?: number;
}

export const REGISTRY_DEFAULTS = {
  counts: { เทศบาลนคร: 30, เทศบาลเมือง: 195, เทศบาลตำบล: 2247, 'อบต.': 5300 } as Record<SizedLaoType, number>,
  cityCapitalRate: 22 / 30,
  townDistrictNameRate: 0.45,
  subdistrictDistrictNameRate: 0.08,
  sharedTambonRate: 0.17,
  upgradedCodeExceptions: 2,
};

const CODE_DIGIT: Record<LaoType, string> = {
  'อบจ.': '2',
  เทศบาลนคร: '3',
  ท้องถิ่นรูปแบบพิเศษ: '3',
  เทศบาลเมือง: '4',
  เทศบาลตำบล: '5',
  'อบต.': '6',
  กรุงเทพมหานคร: '1',
};

interface Slot {
  tambon: string;
  district: GeoDistrict;
}

interface Draft {
  type: LaoType;
  name: string;
  district: GeoDistrict;
}

/**
 * A national LAO registry in DLA's shape, built from real geography: every name is a real province, district or
 * tambon name, so the name clashes of the real registry (PAO and capital municipality sharing the province's name,
 * a subdistrict municipality and an SAO sharing a tambon's name, the same tambon name in two districts) arise the way
 * they do in reality. Bangkok is skipped (it is outside DLA's registry). Sorted by code.
 */
export function generateRegistry(provinces: readonly GeoProvince[], options: RegistryOptions = {}): RegistryEntry[] {
  const o = { ...REGISTRY_DEFAULTS, ...options, counts: { ...REGISTRY_DEFAULTS.counts, ...options.counts } };
  const rng = createRng(options.seed ?? 1);
  const provs = provinces.filter((p) => p.name !== 'กรุงเทพมหานคร' && p.districts.length > 0);
  const tambonCount = provs.map((p) => p.districts.reduce((n, d) => n + d.tambons.length, 0));

  // Cities: the capital ones go to distinct provinces, the others to districts of any province; big provinces first.
  const capitalCities = Math.round(o.counts['เทศบาลนคร'] * o.cityCapitalRate);
  const hasCapitalCity = new Set(sampleWithoutReplacement(rng.fork('capital-cities'), tambonCount, capitalCities));
  const extraCities = allocateRandomly(rng.fork('extra-cities'), tambonCount, o.counts['เทศบาลนคร'] - capitalCities);
  const capitalTowns = provs.length - hasCapitalCity.size;
  const extraTowns = allocateRandomly(rng.fork('extra-towns'), tambonCount, o.counts['เทศบาลเมือง'] - capitalTowns);
  const subdistrict = allocateProportionally(tambonCount, o.counts['เทศบาลตำบล']);
  const saoWeights = tambonCount.map((t, i) => {
    const occupied = (subdistrict[i] ?? 0) + (extraTowns[i] ?? 0) + (extraCities[i] ?? 0) + 1;
    return Math.max(0, t - occupied) + o.sharedTambonRate * (subdistrict[i] ?? 0);
  });
  const sao = allocateProportionally(saoWeights, o.counts['อบต.']);

  const entries: RegistryEntry[] = [];
  const upgradedCandidates: RegistryEntry[] = [];
  provs.forEach((province, i) => {
    const drafts = provinceDrafts(province, rng.fork(`province-${province.code}`), o, {
      capitalType: hasCapitalCity.has(i) ? 'เทศบาลนคร' : 'เทศบาลเมือง',
      extraCities: extraCities[i] ?? 0,
      extraTowns: extraTowns[i] ?? 0,
      subdistrict: subdistrict[i] ?? 0,
      sao: sao[i] ?? 0,
    });
    const made = assignCodes(province, drafts, rng.fork(`codes-${province.code}`));
    entries.push(...made);
    upgradedCandidates.push(...made.filter((e) => e.type === 'เทศบาลตำบล'));
  });
  const upgraded = rng.fork('upgraded').shuffle(upgradedCandidates).slice(0, o.upgradedCodeExceptions);
  for (const entry of upgraded) entry.code = '6' + entry.code.slice(1);
  return entries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function provinceDrafts(
  province: GeoProvince,
  rng: Rng,
  o: typeof REGISTRY_DEFAULTS,
  n: { capitalType: LaoType; extraCities: number; extraTowns: number; subdistrict: number; sao: number },
): Draft[] {
  const capital = province.districts.find((d) => d.code === '01') ?? (province.districts[0] as GeoDistrict);
  const others = province.districts.filter((d) => d !== capital);
  const free: Slot[] = rng.shuffle(province.districts.flatMap((district) => district.tambons.map((tambon) => ({ tambon, district }))));
  // Tambons whose municipality carries the tambon's name: candidates for an SAO of the same name.
  const shareable: Slot[] = [];
  const drafts: Draft[] = [];
  const used = new Set<string>();
  const add = (type: LaoType, name: string, district: GeoDistrict): boolean => {
    const key = `${district.code}|${type}|${name}`;
    if (used.has(key)) return false; // (province, district, type, name) is unique in the real registry
    used.add(key);
    drafts.push({ type, name, district });
    return true;
  };
  const takeSlot = (inDistrict?: GeoDistrict, named?: string): Slot | undefined => {
    let at = free.findIndex((s) => (!inDistrict || s.district === inDistrict) && (!named || s.tambon === named));
    if (at < 0 && named) at = free.findIndex((s) => !inDistrict || s.district === inDistrict);
    if (at < 0) at = 0;
    return free.splice(at, 1)[0];
  };

  add('อบจ.', province.name, capital);
  add(n.capitalType, province.name, capital);
  takeSlot(capital);
  if (province.name === 'ชลบุรี') {
    const banglamung = province.districts.find((d) => d.name === 'บางละมุง');
    if (banglamung) add('ท้องถิ่นรูปแบบพิเศษ', 'เมืองพัทยา', banglamung);
  }

  // Extra cities and district-named towns take a district's name, each district at most once.
  const namingDistricts = rng.shuffle([...others]);
  for (let k = 0; k < n.extraCities; k++) {
    const district = namingDistricts.shift() ?? rng.pick(province.districts);
    add('เทศบาลนคร', district.name, district);
    takeSlot(district, district.name);
  }
  for (let k = 0; k < n.extraTowns; k++) {
    const district = rng.chance(o.townDistrictNameRate) ? namingDistricts.shift() : undefined;
    if (district && add('เทศบาลเมือง', district.name, district)) {
      takeSlot(district, district.name);
      continue;
    }
    const slot = takeSlot();
    if (slot && add('เทศบาลเมือง', slot.tambon, slot.district)) shareable.push(slot);
  }
  for (let k = 0; k < n.subdistrict; k++) {
    const slot = takeSlot();
    if (!slot) break;
    // Named after its district, but never after the capital district: `เมือง<province>` is no LAO's name in reality.
    if (slot.district !== capital && rng.chance(o.subdistrictDistrictNameRate) && add('เทศบาลตำบล', slot.district.name, slot.district)) continue;
    if (add('เทศบาลตำบล', slot.tambon, slot.district)) shareable.push(slot);
    else k--; // the name was taken in this district: try the next tambon
  }

  // SAOs: some share a municipality's tambon (and name); the rest take free tambons; if free tambons run out, more share.
  rng.shuffle(shareable);
  let shared = Math.min(Math.round(o.sharedTambonRate * shareable.length), n.sao);
  shared = Math.max(shared, n.sao - free.length);
  let made = 0;
  for (const slot of shareable.slice(0, shared)) if (add('อบต.', slot.tambon, slot.district)) made++;
  while (made < n.sao && free.length > 0) {
    const slot = free.shift() as Slot;
    if (add('อบต.', slot.tambon, slot.district)) made++;
  }
  return drafts;
}

/** Code = type digit, province code, district code, sequence within the district (the PAO first). */
function assignCodes(province: GeoProvince, drafts: Draft[], rng: Rng): RegistryEntry[] {
  const byDistrict = new Map<GeoDistrict, Draft[]>();
  for (const d of drafts) byDistrict.set(d.district, [...(byDistrict.get(d.district) ?? []), d]);
  const entries: RegistryEntry[] = [];
  for (const [district, list] of byDistrict) {
    const pao = list.filter((d) => d.type === 'อบจ.');
    const ordered = [...pao, ...rng.shuffle(list.filter((d) => d.type !== 'อบจ.'))];
    ordered.forEach((d, k) => {
      entries.push({
        code: CODE_DIGIT[d.type] + province.code + district.code + String(k + 1).padStart(2, '0'),
        type: d.type,
        name: d.name,
        province: province.name,
        district: district.name,
        districts: [district.name],
      });
    });
  }
  return entries;
}

/** Largest-remainder split of `total` in proportion to `weights`. */
export function allocateProportionally(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const result = exact.map(Math.floor);
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    result[i] = (result[i] ?? 0) + 1;
  }
  return result;
}

function allocateRandomly(rng: Rng, weights: readonly number[], total: number): number[] {
  const result = weights.map(() => 0);
  const items = weights.map((w, i) => [i, w] as const);
  for (let k = 0; k < total; k++) {
    const i = rng.weighted(items);
    result[i] = (result[i] ?? 0) + 1;
  }
  return result;
}

function sampleWithoutReplacement(rng: Rng, weights: readonly number[], count: number): number[] {
  const items = weights.map((w, i) => [i, w] as [number, number]);
  const chosen: number[] = [];
  while (chosen.length < count && items.some(([, w]) => w > 0)) {
    const i = rng.weighted(items);
    chosen.push(i);
    const at = items.findIndex(([j]) => j === i);
    items.splice(at, 1);
  }
  return chosen;
}
