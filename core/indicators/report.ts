import type { ReportIndicators } from '../../sheets-schema/report';
import type { CheckedEntry } from './checks';
import type { IndicatorProgress } from './progress';

/** The `indicators` section of report.json: every entry's outcome as codes, and the counts per province. */
export function indicatorReport(checked: readonly CheckedEntry[], progress: IndicatorProgress): ReportIndicators {
  return {
    entries: checked.map((e) => {
      // Named rather than spread: spreading the codes into each of 400,000 literals copied slowly.
      const { errors, warnings } = codesBySeverity(e);
      return { row: e.row, laoCode: e.laoCode, indicatorCode: e.indicatorCode, ratioPct: e.ratioPct, result: e.result, errors, warnings };
    }),
    provinces: progress.provinces.map((p) => ({
      province: p.province,
      laosExpected: p.laosExpected,
      laosComplete: p.laosComplete,
      laosWithErrors: p.laosWithErrors,
      results: { ...p.results },
    })),
  };
}

/**
 * Most entries have no reason: they share one frozen empty list instead of two new ones each (400,000 entries:
 * 25 MB), and skip the filtering.
 */
function codesBySeverity(e: CheckedEntry): { errors: string[]; warnings: string[] } {
  if (e.reasons.length === 0) return NO_CODES;
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const r of e.reasons) (r.severity === 'error' ? errors : warnings).push(r.code);
  return { errors: errors.length ? errors : NONE, warnings: warnings.length ? warnings : NONE };
}

const NONE = Object.freeze([]) as readonly string[] as string[];
const NO_CODES = Object.freeze({ errors: NONE, warnings: NONE });
