import { attendeesSheet, needsReviewSheet, TOTAL_LABEL, NO_DISTRICT_LABEL, UNKNOWN_DISTRICT_LABEL } from '../../sheets-schema/summaries';
import type { RegistrationRow } from '../../sheets-schema/registrations';
import { layoutFromDef, type SheetLayout } from '../../sheets-schema/workbook';
import type { Registry } from '../registry';
import type { RegistryEntry } from '../registry/types';
import type { AnnotatedResponse } from '../rsvp/types';
import type { ProvinceSummary } from './counts';
import { byTypeLayout, overviewLayout, overviewRow, preamble, provinceTitle } from './layout-parts';
import { thaiRanks } from './order';
import type { Placement } from './placement';
import { LAO_TYPES, laoDisplayName } from '../vocabulary';

export interface PlacedResponse {
  response: AnnotatedResponse;
  placement: Placement;
  /** The response's registrations row (what the attendee and review sheets show of it). */
  row: RegistrationRow;
}

export interface ProvinceSheetsInput {
  summary: ProvinceSummary;
  /** The province's LAOs. */
  laos: readonly RegistryEntry[];
  /** The province's `ok`, `unmatched` and `invalid` responses (others are ignored). */
  responses: readonly PlacedResponse[];
  /** To name review candidates (they may lie outside the province). */
  registry: Registry;
  generatedAt: Date;
}

const TYPE_ORDER = new Map(LAO_TYPES.map((t, i) => [t, i]));

export interface ProvinceRsvpSheets {
  overview: SheetLayout;
  byType: SheetLayout;
  attendees: SheetLayout;
  review: SheetLayout;
  /** Codes of the province's LAOs with at least one `ok` response (the follow-up list chases the others). */
  registered: Set<string>;
}

/** The RSVP sheets of one province's workbook: districts, by type, attendees, review. */
export function provinceRsvpSheets(input: ProvinceSheetsInput): ProvinceRsvpSheets {
  const { summary, generatedAt } = input;
  const title = (sheet: string) => preamble(`${sheet} ${provinceTitle(summary.province)}`, generatedAt);
  const districtLabel = (district: string | null) => (district === null ? UNKNOWN_DISTRICT_LABEL : district || NO_DISTRICT_LABEL);
  const total = { label: TOTAL_LABEL.province, counts: summary };
  const areas = summary.districts.map((d) => ({ label: districtLabel(d.district), counts: d }));

  const registered = new Set<string>();
  const attendees: PlacedResponse[] = [];
  const review: PlacedResponse[] = [];
  for (const placed of input.responses) {
    const { status } = placed.response;
    if (status === 'ok') {
      registered.add(placed.placement.lao!.code);
      attendees.push(placed);
    } else if (status === 'unmatched' || status === 'invalid') {
      review.push(placed);
    }
  }
  const rank = thaiRanks(placesAndNames(input.laos, attendees, review));
  const byThai = (a: string, b: string) => rank.get(a)! - rank.get(b)!;
  const byDistrict = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : byThai(a, b));

  attendees.sort(
    (a, b) =>
      byDistrict(a.placement.district, b.placement.district) ||
      TYPE_ORDER.get(lao(a).type)! - TYPE_ORDER.get(lao(b).type)! ||
      byThai(lao(a).name, lao(b).name) ||
      byCode(lao(a).code, lao(b).code) ||
      time(a) - time(b) ||
      a.response.row - b.response.row,
  );
  review.sort((a, b) => byDistrict(a.placement.district, b.placement.district) || a.response.row - b.response.row);

  const reviewLayout = layoutFromDef(
    needsReviewSheet,
    // A subset of the registrations row, under the same keys.
    review.map(({ row }) => row),
    { preamble: title('คำตอบที่ต้องตรวจสอบ') },
  );
  return {
    registered,
    overview: overviewLayout(
      'province',
      [...areas, total].map((a) => overviewRow(a.label, a.counts)),
      title('สรุปรายอำเภอ'),
    ),
    byType: byTypeLayout('อำเภอ', areas, total, title('จำนวน อปท. แยกตามประเภท')),
    review: { ...reviewLayout, tones: review.map(() => 'review') },
    attendees: layoutFromDef(
      attendeesSheet,
      // The registrations row's person columns, placed in its LAO. Named one by one rather than spread: a copy of
      // the whole row for each of 30,000 attendees was most of this sheet's time.
      attendees.map(({ placement: p, row }) => ({
        district: districtLabel(p.district),
        lao: laoDisplayName(p.lao!.type, p.lao!.name),
        laoCode: p.lao!.code,
        personName: row.personName,
        position: row.position,
        phone: row.phone,
        email: row.email,
        session: row.session,
        submittedAt: row.submittedAt,
        notes: row.reasons,
      })),
      { preamble: title('ผู้ลงทะเบียน') },
    ),
  };
}

/** Every district and LAO name the sheets are sorted by. */
function* placesAndNames(laos: readonly RegistryEntry[], attendees: readonly PlacedResponse[], review: readonly PlacedResponse[]): Generator<string> {
  for (const e of laos) {
    yield e.district;
    yield e.name;
  }
  for (const a of attendees) yield lao(a).name;
  for (const placed of [...attendees, ...review]) if (placed.placement.district !== null) yield placed.placement.district;
}

/** Codes in the locale's order; one LAO's attendees share a code, which skips the collation for them. */
function byCode(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

function lao(placed: PlacedResponse): RegistryEntry {
  return placed.placement.lao!;
}

function time(placed: PlacedResponse): number {
  return placed.response.submittedAt?.getTime() ?? 0;
}
