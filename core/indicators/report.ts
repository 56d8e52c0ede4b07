import type { ReportIndicators } from '../../sheets-schema/report';
import type { Reason } from '../rsvp/types';
import { EntryChecks, type CheckedEntry } from './checks';
import type { IndicatorProgress } from './progress';

/**
 * The `indicators` section of report.json: every entry's outcome as codes, and the counts per province. With `each`,
 * every entry goes to it as it is made instead, and `entries` stays empty: a caller that keeps them otherwise (the
 * command line's indicator thread, as columns) need not hold 400,000 objects (40 MB at national scale).
 */
export function indicatorReport(
  checked: EntryChecks | readonly CheckedEntry[],
  progress: IndicatorProgress,
  each?: (entry: ReportEntry) => void,
): ReportIndicators {
  const entries: ReportEntry[] = [];
  const add = each ?? ((entry: ReportEntry) => void entries.push(entry));
  if (checked instanceof EntryChecks) entriesOfColumns(checked, add);
  else for (const e of checked) add(entryOf(e.row, e.laoCode, e.indicatorCode, e.ratioPct, e.result, e.reasons));
  return {
    entries,
    provinces: progress.provinces.map((p) => ({
      province: p.province,
      laosExpected: p.laosExpected,
      laosComplete: p.laosComplete,
      laosWithErrors: p.laosWithErrors,
      results: { ...p.results },
    })),
  };
}

function entriesOfColumns(checks: EntryChecks, add: (entry: ReportEntry) => void): void {
  for (let i = 0; i < checks.length; i++) {
    const ratio = checks.ratioPct[i]!;
    add(
      entryOf(
        checks.row[i]!,
        checks.laoKeys[checks.laoKey[i]!]!.code,
        checks.indicatorCodes[checks.indicatorCode[i]!]!,
        Number.isNaN(ratio) ? null : ratio,
        checks.resultOf(i),
        checks.reasonsOf(i),
      ),
    );
  }
}

export type ReportEntry = ReportIndicators['entries'][number];

function entryOf(
  row: number,
  laoCode: string,
  indicatorCode: string,
  ratioPct: number | null,
  result: ReportEntry['result'],
  reasons: readonly Reason[],
): ReportEntry {
  // Named rather than spread: spreading the codes into each of 400,000 literals copied slowly.
  const { errors, warnings } = codesBySeverity(reasons);
  return { row, laoCode, indicatorCode, ratioPct, result, errors, warnings };
}

/**
 * Most entries have no reason: they share one frozen empty list instead of two new ones each (400,000 entries:
 * 25 MB), and skip the filtering.
 */
function codesBySeverity(reasons: readonly Reason[]): { errors: string[]; warnings: string[] } {
  if (reasons.length === 0) return NO_CODES;
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const r of reasons) (r.severity === 'error' ? errors : warnings).push(r.code);
  return { errors: errors.length ? errors : NONE, warnings: warnings.length ? warnings : NONE };
}

const NONE = Object.freeze([]) as readonly string[] as string[];
const NO_CODES = Object.freeze({ errors: NONE, warnings: NONE });
