import type { Report, ReportIndicators } from '../../sheets-schema/report';
import type { AnnotatedResponse } from '../rsvp/types';
import type { RsvpSummary } from './counts';

/** The machine-readable report: every response's outcome and the counts, no personal data. */
export function buildReport(input: {
  generatedAt: Date;
  responses: readonly AnnotatedResponse[];
  summary: RsvpSummary;
  indicators?: ReportIndicators;
}): Report {
  const { summary } = input;
  const { laosTotal, laosRegistered, attendees, needsReview } = summary.national;
  return {
    generatedAt: input.generatedAt.toISOString(),
    responses: input.responses.map((r) => ({
      row: r.row,
      status: r.status,
      laoCode: r.status === 'ok' || r.status === 'duplicate' ? r.laoCode : null,
      duplicateOf: r.duplicateOf,
      reasons: r.reasons.map((reason) => reason.code),
    })),
    provinces: summary.provinces.map((p) => ({
      province: p.province,
      laosTotal: p.laosTotal,
      laosRegistered: p.laosRegistered,
      attendees: p.attendees,
      needsReview: p.needsReview,
      byType: p.byType,
    })),
    national: { laosTotal, laosRegistered, attendees, needsReview },
    ...(input.indicators ? { indicators: input.indicators } : {}),
  };
}
