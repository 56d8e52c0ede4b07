import { normaliseProvince } from '../lao/place';
import type { Registry } from '../registry';
import type { RegistryEntry } from '../registry/types';
import type { AnnotatedResponse } from '../rsvp/types';

/** Where a response counts and which province's coordinators see it. */
export interface Placement {
  /** Registry spelling. */
  province: string;
  /** Registry spelling; null when a response needing review names no district of its province. */
  district: string | null;
  /** The matched LAO (`ok`, and `duplicate` of a matched response). */
  lao: RegistryEntry | null;
}

/**
 * Places a response: a matched one in its LAO's registry province and district (the district of the LAO's first
 * coverage row), whatever the person typed; an unmatched or invalid one, or a duplicate of an unmatched one, where
 * its answers point, if that is a registry province (else nowhere: null), in the registry district its answered
 * district names (else null).
 */
export function placeResponse(r: AnnotatedResponse, registry: Registry): Placement | null {
  // A duplicate without an LAO (an earlier unmatched try of the same answers) is placed where its answers point.
  if (r.status === 'ok' || (r.status === 'duplicate' && r.laoCode !== null)) {
    const lao = r.laoCode === null ? undefined : registry.byCode.get(r.laoCode);
    if (!lao) throw new Error(`response row ${r.row} is ${r.status} but its LAO code ${r.laoCode} is not in the registry`);
    return { province: lao.province, district: lao.district, lao };
  }
  const province = r.province === null ? '' : normaliseProvince(r.province);
  if (registry.inProvince(province).length === 0) return null;
  const district = r.district === null ? undefined : registry.inDistrict(province, r.district)[0]?.district;
  return { province, district: district ?? null, lao: null };
}
