import type { Registry } from '../registry';
import type { AnnotatedResponse } from '../rsvp/types';
import { compareThai } from './order';
import { placeResponse } from './placement';
import { LAO_TYPES, type LaoType } from '../vocabulary';

export interface TypeCount {
  total: number;
  /** Distinct LAOs of this type with at least one `ok` response. */
  registered: number;
}

/** Only the types the area's registry has appear, in LAO_TYPES order. */
export type TypeCounts = Partial<Record<LaoType, TypeCount>>;

export interface AreaCounts {
  laosTotal: number;
  /** Distinct LAOs with at least one `ok` response. */
  laosRegistered: number;
  /** `ok` responses. */
  attendees: number;
  /** `unmatched` + `invalid` responses. */
  needsReview: number;
  byType: TypeCounts;
}

export interface DistrictSummary extends AreaCounts {
  /** Registry spelling; null for responses needing review whose district matches none of the province's. */
  district: string | null;
}

export interface ProvinceSummary extends AreaCounts {
  /** Registry spelling (Bangkok: กรุงเทพมหานคร). */
  province: string;
  /** Thai order; the null district, when present, last. The districts' counts add up to the province's. */
  districts: DistrictSummary[];
}

export interface RsvpSummary {
  /** Every registry province, in Thai order. */
  provinces: ProvinceSummary[];
  /**
   * Responses needing review whose province is blank or not a registry province (typo, invalid row): no province
   * coordinator would see them, so the national view shows them as their own "unknown province" bucket.
   */
  unknownProvinceNeedsReview: number;
  /** Sum of the provinces plus the unknown-province bucket (needsReview only). */
  national: AreaCounts;
  /** Every response by status, for the national "about" sheet. */
  statusCounts: Record<AnnotatedResponse['status'], number>;
}

/** Registered LAOs over all LAOs in percentage points (as `percent` columns hold them); null without LAOs. */
export function coveragePct(counts: Pick<AreaCounts, 'laosTotal' | 'laosRegistered'>): number | null {
  return counts.laosTotal === 0 ? null : (counts.laosRegistered / counts.laosTotal) * 100;
}

export function needsReview(response: Pick<AnnotatedResponse, 'status'>): boolean {
  return response.status === 'unmatched' || response.status === 'invalid';
}

function emptyCounts(): AreaCounts {
  return { laosTotal: 0, laosRegistered: 0, attendees: 0, needsReview: 0, byType: {} };
}

function addLao(counts: AreaCounts, type: LaoType, registered: boolean): void {
  counts.laosTotal++;
  const t = (counts.byType[type] ??= { total: 0, registered: 0 });
  t.total++;
  if (registered) {
    counts.laosRegistered++;
    t.registered++;
  }
}

function addCounts(into: AreaCounts, from: AreaCounts): void {
  into.laosTotal += from.laosTotal;
  into.laosRegistered += from.laosRegistered;
  into.attendees += from.attendees;
  into.needsReview += from.needsReview;
  for (const [type, c] of Object.entries(from.byType) as Array<[LaoType, TypeCount]>) {
    const t = (into.byType[type] ??= { total: 0, registered: 0 });
    t.total += c.total;
    t.registered += c.registered;
  }
}

function orderByType(byType: TypeCounts): TypeCounts {
  const ordered: TypeCounts = {};
  for (const type of LAO_TYPES) if (byType[type]) ordered[type] = byType[type];
  return ordered;
}

/**
 * Per-province, per-district and national counts of an RSVP run, each response counted where `placeResponse`
 * places it; a response needing review that has no place goes to the national unknown-province bucket.
 */
export function summarizeRsvp(responses: readonly AnnotatedResponse[], registry: Registry): RsvpSummary {
  const registeredCodes = new Set<string>();
  const statusCounts = { ok: 0, duplicate: 0, invalid: 0, unmatched: 0 };
  const provinces = new Map<string, Map<string | null, AreaCounts>>();
  const area = (province: string, district: string | null): AreaCounts => {
    let districts = provinces.get(province);
    if (!districts) provinces.set(province, (districts = new Map()));
    let counts = districts.get(district);
    if (!counts) districts.set(district, (counts = emptyCounts()));
    return counts;
  };

  let unknownProvinceNeedsReview = 0;
  for (const r of responses) {
    statusCounts[r.status]++;
    const placement = placeResponse(r, registry);
    if (r.status === 'ok') {
      registeredCodes.add(r.laoCode!);
      area(placement!.province, placement!.district).attendees++;
    } else if (needsReview(r)) {
      if (placement) area(placement.province, placement.district).needsReview++;
      else unknownProvinceNeedsReview++;
    }
  }
  for (const e of registry.entries) addLao(area(e.province, e.district), e.type, registeredCodes.has(e.code));

  const national = emptyCounts();
  const provinceSummaries: ProvinceSummary[] = [...provinces.entries()]
    .sort(([a], [b]) => compareThai(a, b))
    .map(([province, districts]) => {
      const total = emptyCounts();
      const districtSummaries = [...districts.entries()]
        .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : compareThai(a, b)))
        .map(([district, counts]) => {
          addCounts(total, counts);
          return { district, ...counts, byType: orderByType(counts.byType) };
        });
      addCounts(national, total);
      return { province, ...total, byType: orderByType(total.byType), districts: districtSummaries };
    });
  national.needsReview += unknownProvinceNeedsReview;
  national.byType = orderByType(national.byType);
  return { provinces: provinceSummaries, unknownProvinceNeedsReview, national, statusCounts };
}
