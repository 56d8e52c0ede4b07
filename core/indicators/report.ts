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
      errors: e.reasons.filter((r) => r.severity === 'error').map((r) => r.code),
      warnings: e.reasons.filter((r) => r.severity === 'warning').map((r) => r.code),
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
