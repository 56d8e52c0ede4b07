import { districtKey, expandAbbreviation, expandDistrictAbbreviation, normaliseProvince } from '../lao/place';
import { provinceOfShortName } from '../lao/province-abbreviations';
import type { RegistryEntry } from './types';
import { push } from '../push';

/**
 * The registry with the look-ups every consumer needs: by code, per province, per (province, district).
 * An LAO is listed under its first district only, so per-district counts add up to the province's.
 * Matching builds its own, richer indexes (core/match).
 */
export class Registry {
  readonly entries: readonly RegistryEntry[];
  readonly byCode: ReadonlyMap<string, RegistryEntry>;
  private readonly perProvince = new Map<string, RegistryEntry[]>();
  private readonly perDistrict = new Map<string, RegistryEntry[]>();

  constructor(entries: readonly RegistryEntry[]) {
    this.entries = entries;
    this.byCode = new Map(entries.map((e) => [e.code, e]));
    for (const e of entries) {
      push(this.perProvince, e.province, e);
      push(this.perDistrict, placeKey(e.province, e.district), e);
    }
  }

  /**
   * Province names in the official order of province codes (digits 2–3 of the LAO codes; Bangkok, code 10, first).
   * Sort with a Thai collation where alphabetical order is wanted.
   */
  provinces(): string[] {
    const order = new Map<string, number>();
    for (const [province, list] of this.perProvince) {
      const codes = list.filter((e) => /^\d{7}$/.test(e.code)).map((e) => Number(e.code.slice(1, 3)));
      order.set(province, codes.length ? Math.min(...codes) : 10);
    }
    return [...order.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }

  /** LAOs of a province, however it is written (`จ.ตาก`, `กทม.`, `นครศรีฯ`). */
  inProvince(province: string): readonly RegistryEntry[] {
    return this.perProvince.get(this.provinceName(province)) ?? [];
  }

  /** The registry's spelling of a province as written, ฯ abbreviations expanded (else the normalised answer). */
  provinceName(province: string): string {
    const name = normaliseProvince(province);
    if (this.perProvince.has(name)) return name;
    const short = provinceOfShortName(name);
    return short !== null && this.perProvince.has(short) ? short : (expandAbbreviation(name, this.perProvince.keys()) ?? name);
  }

  /** Districts of a province (first districts of its LAOs), in registry order. */
  districtsOf(province: string): string[] {
    return [...new Set(this.inProvince(province).map((e) => e.district))];
  }

  /** LAOs whose first district is this one; `อ.เมือง` and `อ.เมืองฯ` find the capital district. */
  inDistrict(province: string, district: string): readonly RegistryEntry[] {
    const name = this.provinceName(province);
    const found = this.perDistrict.get(placeKey(name, district));
    if (found) return found;
    const keys = this.districtsOf(name).map((d) => districtKey(d, name));
    const expanded = expandDistrictAbbreviation(districtKey(district, name), name, keys);
    return expanded ? (this.perDistrict.get(`${name}|${expanded}`) ?? []) : [];
  }
}

function placeKey(province: string, district: string): string {
  return `${normaliseProvince(province)}|${districtKey(district, province)}`;
}
