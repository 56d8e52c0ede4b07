import type { RegistryEntry } from '../registry/types';
import type { LaoType } from '../vocabulary';

export interface Lookup {
  byProvinceName: Map<string, RegistryEntry[]>;
  byDistrict: Map<string, RegistryEntry[]>;
  districts: Map<string, string[]>;
  byCode: Map<string, RegistryEntry>;
}

export function buildLookup(registry: readonly RegistryEntry[]): Lookup {
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const lookup: Lookup = { byProvinceName: new Map(), byDistrict: new Map(), districts: new Map(), byCode: new Map() };
  for (const e of registry) {
    push(lookup.byProvinceName, `${e.province}|${e.name}`, e);
    push(lookup.byDistrict, `${e.province}|${e.district}`, e);
    lookup.byCode.set(e.code, e);
  }
  for (const key of lookup.byDistrict.keys()) {
    const [province = '', district = ''] = key.split('|');
    push(lookup.districts, province, district);
  }
  return lookup;
}

/**
 * The oracle for "resolvable by a person": the answers that are right (name, possibly with a typo a reader sees
 * through; type; district; code) must single out the true LAO, and no wrong answer may point to another LAO (a wrong
 * type or district under which the same name exists, a typo that spells another LAO's name, a code of another LAO
 * that agrees with the rest). A right code settles it when no other answer contradicts it.
 */
export function isResolvable(
  lookup: Lookup,
  lao: RegistryEntry,
  typed: { type: LaoType | null; district: string | null; name: string; code: string | null },
): boolean {
  if (lao.type === 'กรุงเทพมหานคร') return true;
  const typeRight = typed.type === null || typed.type === lao.type;
  const districtRight = typed.district === null || typed.district === lao.district;
  if (typed.code === lao.code && typeRight && districtRight) return true;
  // A typo that spells another LAO of the province misleads any reader.
  if (typed.name !== lao.name && (lookup.byProvinceName.get(`${lao.province}|${typed.name}`)?.length ?? 0) > 0) return false;
  const sameName = lookup.byProvinceName.get(`${lao.province}|${lao.name}`) ?? [];
  const fits = (e: RegistryEntry, type: LaoType | null, district: string | null) =>
    (type === null || e.type === type) && (district === null || e.district === district);
  // Wrong answers that fit another LAO of the same name.
  if (!typeRight && sameName.some((e) => e !== lao && fits(e, typed.type, districtRight ? typed.district : null))) return false;
  if (!districtRight && sameName.some((e) => e !== lao && fits(e, typeRight ? typed.type : null, typed.district))) return false;
  const misleadingCode = typed.code !== null && typed.code !== lao.code ? lookup.byCode.get(typed.code) : undefined;
  if (misleadingCode && misleadingCode.name === lao.name) return false;
  const candidates = sameName.filter((e) => fits(e, typeRight ? typed.type : null, districtRight ? typed.district : null));
  return candidates.length === 1;
}
