import { districtKey, normaliseProvince } from '../lao/place';
import type { RegistryEntry } from '../registry/types';
import type { AnnotatedResponse } from '../rsvp/types';

/** Where a response counts and which province's coordinators see it. */
export interface Placement {
  /** Registry spelling. */
  province: string;
  /** Registry spelling; null when a response needing review names no district of its province. */
  district: string | null;
  /** The matched LAO (`ok` and `duplicate`). */
  lao: RegistryEntry | null;
}

/**
 * Places responses: a matched one in its LAO's registry province and district (the district of the LAO's first
 * coverage row), whatever the person typed; an unmatched or invalid one where its answers point, if that is a
 * registry province (else nowhere: null), in the registry district its answered district names (else null).
 */
export function createPlacer(registry: readonly RegistryEntry[]): (response: AnnotatedResponse) => Placement | null {
  const byCode = new Map(registry.map((e) => [e.code, e]));
  // province -> district key -> registry district spelling
  const districtNames = new Map<string, Map<string, string>>();
  for (const e of registry) {
    let names = districtNames.get(e.province);
    if (!names) districtNames.set(e.province, (names = new Map()));
    names.set(districtKey(e.district, e.province), e.district);
  }
  return (r) => {
    if (r.status === 'ok' || r.status === 'duplicate') {
      const lao = r.laoCode === null ? undefined : byCode.get(r.laoCode);
      if (!lao) throw new Error(`response row ${r.row} is ${r.status} but its LAO code ${r.laoCode} is not in the registry`);
      return { province: lao.province, district: lao.district, lao };
    }
    const province = r.province === null ? '' : normaliseProvince(r.province);
    const names = districtNames.get(province);
    if (!names) return null;
    const district = r.district === null ? undefined : names.get(districtKey(r.district, province));
    return { province, district: district ?? null, lao: null };
  };
}
