import type { LaoType } from '../vocabulary';

/** One LAO of the official registry, names as DLA spells them (bare name, no type prefix). */
export interface RegistryEntry {
  /** 7 digits; for Bangkok a configured code or 'BKK'. */
  code: string;
  type: LaoType;
  name: string;
  province: string;
  /** The district of the LAO's first coverage row (DLA's per-LAO file). */
  district: string;
  /** Every district the LAO covers, when known (DLA's coverage file); includes `district` unless it is '' (Bangkok). */
  districts: string[];
}
