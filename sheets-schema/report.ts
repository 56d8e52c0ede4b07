import * as z from 'zod/mini';
import { INDICATOR_RESULTS, LAO_TYPES, RESPONSE_STATUSES } from '../core/vocabulary';

/**
 * `report.json` of the main job, for machines (CI checks, dashboards): counts and codes only, no personal data.
 * Objects are strict so a field added by mistake (a name, a phone) fails validation instead of leaking.
 */

const count = () => z.int().check(z.minimum(0));
const dataRow = () => z.int().check(z.minimum(1));

export const ReportResponse = z.strictObject({
  /** 1-based data row of the responses file (header excluded). */
  row: dataRow(),
  status: z.enum(RESPONSE_STATUSES),
  /** Set for `ok` and `duplicate`. */
  laoCode: z.nullable(z.string()),
  /** Row of the registration this one duplicates. */
  duplicateOf: z.nullable(dataRow()),
  /** Stable reason codes, errors and warnings alike. */
  reasons: z.array(z.string()),
});

export const ReportTypeCount = z.strictObject({ total: count(), registered: count() });

const areaCounts = {
  laosTotal: count(),
  /** Distinct LAOs with at least one `ok` response. */
  laosRegistered: count(),
  /** `ok` responses. */
  attendees: count(),
  /** `unmatched` + `invalid` responses. */
  needsReview: count(),
};

export const ReportProvince = z.strictObject({
  /** Registry spelling; Bangkok is กรุงเทพมหานคร. */
  province: z.string(),
  ...areaCounts,
  /** Keyed by registry type spelling; only the types the province has. */
  byType: z.partialRecord(z.enum(LAO_TYPES), ReportTypeCount),
});

/** needsReview also counts responses whose province is unknown, so it can exceed the provinces' sum. */
export const ReportNational = z.strictObject(areaCounts);

export const ReportIndicatorEntry = z.strictObject({
  /** 1-based data row of the indicators file. */
  row: dataRow(),
  laoCode: z.string(),
  indicatorCode: z.string(),
  ratioPct: z.nullable(z.number()),
  /** Null when an error makes the result unknowable. */
  result: z.nullable(z.enum(INDICATOR_RESULTS)),
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
});

export const ReportIndicatorProvince = z.strictObject({
  province: z.string(),
  laosExpected: count(),
  laosComplete: count(),
  laosWithErrors: count(),
  results: z.partialRecord(z.enum(INDICATOR_RESULTS), count()),
});

export const ReportIndicators = z.strictObject({
  entries: z.array(ReportIndicatorEntry),
  provinces: z.array(ReportIndicatorProvince),
});

export const Report = z.strictObject({
  /** ISO 8601 instant. */
  generatedAt: z.iso.datetime({ offset: true }),
  responses: z.array(ReportResponse),
  provinces: z.array(ReportProvince),
  national: ReportNational,
  /** Present when the job was given a catalog and indicator entries. */
  indicators: z.optional(ReportIndicators),
});

export type Report = z.infer<typeof Report>;
export type ReportResponse = z.infer<typeof ReportResponse>;
export type ReportProvince = z.infer<typeof ReportProvince>;
export type ReportIndicators = z.infer<typeof ReportIndicators>;
