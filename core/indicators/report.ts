import type { ReportIndicators } from '../../sheets-schema/report';
import type { CheckedEntry } from './checks';
import type { IndicatorProgress } from './progress';

/** The `indicators` section of report.json: every entry's outcome as codes, and the counts per province. */
export function indicatorReport(checked: readonly CheckedEntry[], progress: IndicatorProgress): ReportIndicators {
  return {
    entries: checked.map((e) => ({
      row: e.row,
      laoCode: e.laoCode,
      indicatorCode: e.indicatorCode,
      ratioPct: e.ratioPct,
      result: e.result,
      ...codesBySeverity(e),
    })),
    provinces: progress.provinces.map((p) => ({
      province: p.province,
      laosExpected: p.laosExpected,
      laosComplete: p.laosComplete,
      laosWithErrors: p.laosWithErrors,
      results: { ...p.results },
    })),
  };
}

/** Most entries have no reason: skip the filtering for them (400,000 rows). */
function codesBySeverity(e: CheckedEntry): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const r of e.reasons) (r.severity === 'error' ? errors : warnings).push(r.code);
  return { errors, warnings };
}
