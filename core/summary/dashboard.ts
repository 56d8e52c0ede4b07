import type { ReportIndicators } from '../../sheets-schema/report';
import { NO_DISTRICT_LABEL, UNKNOWN_DISTRICT_LABEL } from '../../sheets-schema/summaries';
import { formatThaiDateTime } from '../dates/format';
import type { AreaCounts, RsvpSummary } from './counts';
import { LAO_TYPES } from '../vocabulary';

/** One area's counts as the dashboard shows them; never a name, a phone or an e-mail (PDPA). */
export interface DashboardArea {
  area: string;
  laosTotal: number;
  laosRegistered: number;
  attendees: number;
  needsReview: number;
}

/** Everything the dashboard page draws: counts only, so it can be opened by anyone the national workbook can. */
export interface DashboardData {
  /** `22 มิ.ย. 2569 10:05`, Bangkok time. */
  generatedAt: string;
  /** False when no responses were summarised: the registration charts are left out. */
  hasRegistrations: boolean;
  national: DashboardArea;
  provinces: Array<DashboardArea & { districts: DashboardArea[] }>;
  byType: Array<{ type: string; total: number; registered: number }>;
  /** Present when indicator entries were summarised. */
  indicators?: Array<{ province: string; laosExpected: number; laosComplete: number; laosWithErrors: number; results: Record<string, number> }>;
}

function area(label: string, c: AreaCounts): DashboardArea {
  return { area: label, laosTotal: c.laosTotal, laosRegistered: c.laosRegistered, attendees: c.attendees, needsReview: c.needsReview };
}

export function dashboardData(input: {
  summary: RsvpSummary;
  hasRegistrations: boolean;
  indicators?: Pick<ReportIndicators, 'provinces'>;
  generatedAt: Date;
}): DashboardData {
  const { summary } = input;
  return {
    generatedAt: formatThaiDateTime(input.generatedAt),
    hasRegistrations: input.hasRegistrations,
    national: area('ทั้งประเทศ', summary.national),
    provinces: summary.provinces.map((p) => ({
      ...area(p.province, p),
      districts: p.districts.map((d) => area(d.district === null ? UNKNOWN_DISTRICT_LABEL : d.district || NO_DISTRICT_LABEL, d)),
    })),
    byType: LAO_TYPES.flatMap((type) => {
      const c = summary.national.byType[type];
      return c ? [{ type, total: c.total, registered: c.registered }] : [];
    }),
    ...(input.indicators
      ? {
          indicators: input.indicators.provinces.map((p) => ({
            province: p.province,
            laosExpected: p.laosExpected,
            laosComplete: p.laosComplete,
            laosWithErrors: p.laosWithErrors,
            results: { ...p.results },
          })),
        }
      : {}),
  };
}
