import type { SheetLayout, WorkbookLayout } from '../../sheets-schema/workbook';
import type { Registry } from '../registry';
import type { RegistrationRow } from '../../sheets-schema/registrations';
import type { AnnotatedResponse } from '../rsvp/types';
import { aboutLayout } from './about';
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
  /** Sheets from other parts (indicators), added before the "about" sheet. */
  extraSheets?: { national: readonly SheetLayout[]; byProvince: ReadonlyMap<string, readonly SheetLayout[]> };
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

  const national: WorkbookLayout = {
    title: 'สรุประดับประเทศ',
    sheets: [
      ...(rsvp ? nationalRsvpSheets(rsvp.summary, generatedAt) : []),
      ...(extraSheets?.national ?? []),
      aboutLayout({ province: null, generatedAt, sources, rsvp: rsvp?.summary }),
    ],
  };
  const provinces = registry.provinces().sort(compareThai).map((province) => {
    const summary = summaries.get(province);
    const rsvpSheets = summary
      ? provinceRsvpSheets({
          summary,
          laos: registry.inProvince(province),
          responses: responsesByProvince.get(province) ?? [],
          registry,
          generatedAt,
        })
      : [];
    return {
      province,
      workbook: {
        title: `สรุป${provinceTitle(province)}`,
        sheets: [
          ...rsvpSheets,
          ...(extraSheets?.byProvince.get(province) ?? []),
          aboutLayout({ province, generatedAt, sources, rsvp: rsvp?.summary }),
        ],
      },
    };
  });
  return { national, provinces };
}
