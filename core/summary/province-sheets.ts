import {
  attendeesSheet,
  needsReviewSheet,
  notRegisteredSheet,
  TOTAL_LABEL,
  NO_DISTRICT_LABEL,
  UNKNOWN_DISTRICT_LABEL,
} from '../../sheets-schema/summaries';
import { registrationRow } from '../../sheets-schema/registrations';
import { layoutFromDef, type SheetLayout } from '../../sheets-schema/workbook';
import { LAO_TYPES, laoDisplayName } from '../lao/lao-type';
import type { Registry } from '../registry';
import type { RegistryEntry } from '../registry/types';
import type { AnnotatedResponse } from '../rsvp/types';
import type { ProvinceSummary } from './counts';
import { byTypeLayout, overviewLayout, overviewRow, preamble, provinceTitle } from './layout-parts';
import { compareThai } from './order';
import type { Placement } from './placement';

export interface PlacedResponse {
  response: AnnotatedResponse;
  placement: Placement;
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

/** The RSVP sheets of one province's workbook: districts, by type, LAOs not yet registered, attendees, review. */
export function provinceRsvpSheets(input: ProvinceSheetsInput): SheetLayout[] {
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
  const byDistrict = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : compareThai(a, b));

  const notRegistered = input.laos
    .filter((e) => !registered.has(e.code))
    .sort(
      (a, b) =>
        compareThai(a.district, b.district) ||
        TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)! ||
        compareThai(a.name, b.name) ||
        a.code.localeCompare(b.code),
    );

  attendees.sort(
    (a, b) =>
      byDistrict(a.placement.district, b.placement.district) ||
      TYPE_ORDER.get(lao(a).type)! - TYPE_ORDER.get(lao(b).type)! ||
      compareThai(lao(a).name, lao(b).name) ||
      lao(a).code.localeCompare(lao(b).code) ||
      time(a) - time(b) ||
      a.response.row - b.response.row,
  );
  review.sort((a, b) => byDistrict(a.placement.district, b.placement.district) || a.response.row - b.response.row);

  return [
    overviewLayout('province', [...areas, total].map((a) => overviewRow(a.label, a.counts)), title('สรุปรายอำเภอ')),
    byTypeLayout('อำเภอ', areas, total, title('จำนวน อปท. แยกตามประเภท')),
    layoutFromDef(
      notRegisteredSheet,
      notRegistered.map((e) => ({ district: districtLabel(e.district), laoType: e.type, laoName: laoDisplayName(e.type, e.name), laoCode: e.code })),
      { preamble: title('อปท. ที่ยังไม่ลงทะเบียน') },
    ),
    layoutFromDef(
      attendeesSheet,
      // The registrations row under the attendees' keys (layouts take only their own columns), placed in its LAO.
      attendees.map(({ response: r, placement: p }) => {
        const row = registrationRow(r, input.registry);
        return { ...row, district: districtLabel(p.district), lao: laoDisplayName(p.lao!.type, p.lao!.name), laoCode: p.lao!.code, notes: row.reasons };
      }),
      { preamble: title('ผู้ลงทะเบียน') },
    ),
    layoutFromDef(
      needsReviewSheet,
      // A subset of the registrations row, under the same keys.
      review.map(({ response: r }) => registrationRow(r, input.registry)),
      { preamble: title('คำตอบที่ต้องตรวจสอบ') },
    ),
  ];
}

function lao(placed: PlacedResponse): RegistryEntry {
  return placed.placement.lao!;
}

function time(placed: PlacedResponse): number {
  return placed.response.submittedAt?.getTime() ?? 0;
}
