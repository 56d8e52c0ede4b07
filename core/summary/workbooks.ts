import type { SheetLayout, WorkbookLayout } from '../../sheets-schema/workbook';
import type { Registry } from '../registry';
import type { RegistrationRow } from '../../sheets-schema/registrations';
import type { AnnotatedResponse } from '../rsvp/types';
import type { PrefillTemplate } from '../rsvp/prefilled-links';
import { aboutLayout } from './about';
import { followUpLayout, type IndicatorCompletion } from './follow-up';
import { preamble } from './layout-parts';
import type { RsvpSummary } from './counts';
import { provinceTitle } from './layout-parts';
import { nationalRsvpSheets } from './national-sheets';
import { compareThai } from './order';
import { placeResponse } from './placement';
import { provinceRsvpSheets, type PlacedResponse } from './province-sheets';

export interface SummaryWorkbooksInput {
  registry: Registry;
  generatedAt: Date;
  /** Thai lines naming the inputs, for the "about" sheets. */
  sources: readonly string[];
  /**
   * The RSVP run, when responses were given. `rows` are the responses' registrations rows, in the same order: built
   * once by the caller, which also writes them as the registrations sheet.
   */
  rsvp?: { responses: readonly AnnotatedResponse[]; rows: readonly RegistrationRow[]; summary: RsvpSummary };
  /** Sheets from other parts (indicators, an adapter's), added after the RSVP sheets. */
  extraSheets?: { national: readonly SheetLayout[]; byProvince: ReadonlyMap<string, readonly SheetLayout[]> };
  /** The form's link template (the follow-up list gives each LAO to chase its prefilled link). */
  prefill?: PrefillTemplate | null;
  /** Without a template: each LAO's registration link by LAO code, as listed in the source (the cloud function). */
  links?: ReadonlyMap<string, string> | null;
  /** Indicator entry per LAO code, when indicators were summarised: the follow-up list also chases incomplete LAOs. */
  indicatorCompletion?: ReadonlyMap<string, IndicatorCompletion> | null;
}

export interface SummaryWorkbooks {
  /** Counts only: no names or contacts. */
  national: WorkbookLayout;
  /** Every registry province, in Thai order; each holds its own people only. */
  provinces: Array<{ province: string; workbook: WorkbookLayout }>;
}

/** The national workbook and one workbook per registry province. */
export function buildSummaryWorkbooks(input: SummaryWorkbooksInput): SummaryWorkbooks {
  const { registry, generatedAt, sources, rsvp, extraSheets } = input;
  const responsesByProvince = new Map<string, PlacedResponse[]>();
  if (rsvp) {
    rsvp.responses.forEach((response, i) => {
      const placement = placeResponse(response, registry);
      if (!placement) return;
      let list = responsesByProvince.get(placement.province);
      if (!list) responsesByProvince.set(placement.province, (list = []));
      list.push({ response, placement, row: rsvp.rows[i]! });
    });
  }
  const summaries = new Map(rsvp?.summary.provinces.map((p) => [p.province, p]));

  // The "about" sheet comes first, as a report's cover: what the figures mean, when and from what they were made.
  const national: WorkbookLayout = {
    title: 'สรุประดับประเทศ',
    sheets: [
      aboutLayout({ province: null, generatedAt, sources, rsvp: rsvp?.summary }),
      ...(rsvp ? nationalRsvpSheets(rsvp.summary, generatedAt) : []),
      ...(extraSheets?.national ?? []),
    ],
  };
  const provinces = registry
    .provinces()
    .sort(compareThai)
    .map((province) => {
      const summary = summaries.get(province);
      const laos = registry.inProvince(province);
      const rsvpSheets = summary ? provinceRsvpSheets({ summary, laos, responses: responsesByProvince.get(province) ?? [], registry, generatedAt }) : null;
      const indicators = input.indicatorCompletion ?? null;
      // Names first (attendees, then what needs review), then whom to chase: the sheets read in the order they are used.
      const followUp =
        rsvpSheets || indicators
          ? followUpLayout({
              laos,
              registered: rsvpSheets?.registered ?? null,
              indicators,
              prefill: input.prefill ?? null,
              links: input.links ?? null,
              preamble: preamble(`อปท. ที่ต้องติดตาม ${provinceTitle(province)}`, generatedAt),
            })
          : null;
      return {
        province,
        workbook: {
          title: `สรุป${provinceTitle(province)}`,
          sheets: [
            aboutLayout({ province, generatedAt, sources, rsvp: rsvp?.summary, counts: summary }),
            ...(rsvpSheets ? [rsvpSheets.overview, rsvpSheets.attendees, rsvpSheets.review] : []),
            ...(followUp ? [followUp] : []),
            ...(rsvpSheets ? [rsvpSheets.byType] : []),
            ...(extraSheets?.byProvince.get(province) ?? []),
          ],
        },
      };
    });
  return { national, provinces };
}
