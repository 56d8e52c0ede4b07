import type { Cell } from '../../sheets-schema/cell';
import { ENTRY_LAO_STATES } from '../../sheets-schema/entry-files';
import {
  RESULT_COLUMN_KEYS,
  indicatorDistrictSheet,
  indicatorIncompleteSheet,
  indicatorProblemsSheet,
  indicatorProvinceOverviewSheet,
  indicatorScorecardSheet,
  indicatorTallySheet,
  indicatorUnknownLaoSheet,
} from '../../sheets-schema/indicators';
import { INDICATOR_RESULTS, laoDisplayName } from '../vocabulary';
import { NO_DISTRICT_LABEL, TOTAL_LABEL } from '../../sheets-schema/summaries';
import { layoutFromDef, type SheetLayout, type Tone } from '../../sheets-schema/workbook';
import { preamble, provinceTitle } from '../summary/layout-parts';
import type { CheckedEntry } from './checks';
import { entryProgressOf, provinceEntryProgress, summaryWindowLine, type EntryCounts, type EntryWindow } from './entry-progress';
import { BELOW_TARGET, MEETS_TARGET, NO_SERVICE, NOT_DONE } from './result';
import type { AreaProgress, IndicatorProgress, IndicatorTally, LaoScorecard, ProvinceProgress, ResultCounts } from './progress';

type ResultKey = (typeof RESULT_COLUMN_KEYS)[keyof typeof RESULT_COLUMN_KEYS];

function resultCells(results: ResultCounts): Record<ResultKey, Cell> {
  const cells = {} as Record<ResultKey, Cell>;
  for (const r of INDICATOR_RESULTS) cells[RESULT_COLUMN_KEYS[r]] = results[r];
  return cells;
}

const NO_LAOS: EntryCounts = { expected: 0, complete: 0, withErrors: 0, inProgress: 0, notStarted: 0 };

/**
 * One area's row: LAO counts from the cascade progress (core/indicators/entry-progress.ts, as the entry files show
 * them: with errors, partly entered and not started add up to those not complete), results from the indicator progress.
 */
function areaRow(area: string, p: AreaProgress, c: EntryCounts) {
  return {
    area,
    laosExpected: c.expected,
    laosComplete: c.complete,
    laosIncomplete: c.expected - c.complete,
    completePct: c.expected ? (c.complete / c.expected) * 100 : null,
    laosWithErrors: c.withErrors,
    laosInProgress: c.inProgress,
    laosNotStarted: c.notStarted,
    ...resultCells(p.results),
  };
}

const districtLabel = (district: string) => district || NO_DISTRICT_LABEL;

function statusOf(card: LaoScorecard): string {
  if (card.rowsWithErrors) return 'มีข้อผิดพลาด';
  return card.complete ? 'กรอกครบ' : 'ยังไม่ครบ';
}

function tallyRows(tallies: readonly IndicatorTally[]) {
  return tallies.map((t) => ({
    code: t.indicator.code,
    indicator: t.indicator.name,
    laoTypes: t.indicator.laoTypes?.join(', ') ?? 'ทุกประเภท',
    unit: t.indicator.unit,
    targetPct: t.indicator.targetPct,
    laosExpected: t.laosExpected,
    laosDone: t.laosDone,
    laosWithErrors: t.laosWithErrors,
    ...resultCells(t.results),
  }));
}

/** One row per reason of each entry row, in row order (data rows, header excluded, as in report.json). */
function problemRows(entries: readonly CheckedEntry[]) {
  return entries.flatMap((e) =>
    e.reasons.map((r) => ({
      row: e.row,
      district: e.lao ? districtLabel(e.lao.district) : '',
      laoName: e.lao ? laoDisplayName(e.lao.type, e.lao.name) : '',
      laoCode: e.laoCode,
      indicatorCode: e.indicatorCode,
      frame: e.frame,
      delivered: e.delivered,
      ratioPct: e.ratioPct,
      severity: r.severity === 'error' ? 'ข้อผิดพลาด' : 'คำเตือน',
      code: r.code,
      message: r.message,
    })),
  );
}

/**
 * An LAO's results at a glance: not finished (orange), some indicator not done (red), some below the target (yellow),
 * every one meeting it or without the service (green).
 */
export function resultTone(c: LaoScorecard): Tone | null {
  if (c.applicable === 0) return null;
  if (!c.complete) return 'missing';
  if (c.results[NOT_DONE] > 0) return 'bad';
  if (c.results[BELOW_TARGET] > 0) return 'partial';
  return 'good';
}

/**
 * The indicator sheets of one province's workbook; the district table and the follow-up list also say where the
 * entry window stands (`window` absent: not set).
 */
export function indicatorProvinceSheets(p: ProvinceProgress, generatedAt: Date, window?: EntryWindow): SheetLayout[] {
  const title = (sheet: string) => preamble(`${sheet} ${provinceTitle(p.province)}`, generatedAt);
  const withWindow = (sheet: string) => [...title(sheet), summaryWindowLine(window, generatedAt)];
  const entry = provinceEntryProgress(p);
  const entryOf = new Map(entry.districts.map((d) => [d.district, d]));
  const laoCells = (c: LaoScorecard) => ({
    district: districtLabel(c.lao.district),
    laoType: c.lao.type,
    laoName: laoDisplayName(c.lao.type, c.lao.name),
    laoCode: c.lao.code,
  });
  // District by district (Thai order), each in the order its office calls: errors, not started, partly entered.
  const followUp = p.districts.flatMap((d) => entryOf.get(districtLabel(d.district))?.followUp ?? []);
  const districtRows = [
    ...p.districts.map((d) => areaRow(districtLabel(d.district), d, entryOf.get(districtLabel(d.district)) ?? NO_LAOS)),
    areaRow(TOTAL_LABEL.province, p, entry),
  ];
  return [
    {
      ...layoutFromDef(indicatorDistrictSheet, districtRows, { preamble: withWindow('ความคืบหน้าการกรอกตัวชี้วัด รายอำเภอ') }),
      tones: districtRows.map((_, i) => (i === districtRows.length - 1 ? 'total' : null)),
    },
    {
      ...layoutFromDef(
        indicatorIncompleteSheet,
        followUp.map(({ card: c, state }) => ({
          ...laoCells(c),
          state: ENTRY_LAO_STATES[state],
          applicable: c.applicable,
          done: c.done,
          rowsWithErrors: c.rowsWithErrors,
          missing: c.missing.map((i) => i.code).join(', '),
        })),
        { preamble: withWindow('อปท. ที่ยังกรอกตัวชี้วัดไม่ครบหรือต้องแก้ไข รายอำเภอ') },
      ),
      tones: followUp.map(() => 'missing'),
    },
    {
      ...layoutFromDef(indicatorProblemsSheet, problemRows(p.problems), { preamble: title('ข้อมูลตัวชี้วัดที่ต้องตรวจสอบ') }),
      tones: p.problems.map(() => 'review'),
    },
    {
      ...layoutFromDef(
        indicatorScorecardSheet,
        // One literal per LAO, without spreads: copying two spread objects into each of 7,800 rows was this sheet's cost.
        p.laos.map((c) => ({
          district: districtLabel(c.lao.district),
          laoType: c.lao.type,
          laoName: laoDisplayName(c.lao.type, c.lao.name),
          laoCode: c.lao.code,
          status: statusOf(c),
          applicable: c.applicable,
          done: c.done,
          meets: c.results[MEETS_TARGET],
          below: c.results[BELOW_TARGET],
          noService: c.results[NO_SERVICE],
          notDone: c.results[NOT_DONE],
          meetsTargetPct: c.meetsTargetPct,
        })),
        { preamble: title('ผลการประเมินราย อปท.') },
      ),
      tones: p.laos.map(resultTone),
    },
    layoutFromDef(indicatorTallySheet, tallyRows(p.indicators), { preamble: title('ผลการประเมินรายตัวชี้วัด') }),
  ];
}

/** The indicator sheets of the national workbook: counts only, plus rows no province can see (unknown LAO codes). */
export function indicatorNationalSheets(progress: IndicatorProgress, generatedAt: Date, window?: EntryWindow): SheetLayout[] {
  const title = (sheet: string) => preamble(`${sheet} ทั้งประเทศ`, generatedAt);
  const entry = entryProgressOf(progress);
  const entryOf = new Map(entry.provinces.map((p) => [p.province, p]));
  return [
    layoutFromDef(
      indicatorProvinceOverviewSheet,
      [
        ...progress.provinces.map((p) => areaRow(p.province, p, entryOf.get(p.province) ?? NO_LAOS)),
        areaRow(TOTAL_LABEL.national, progress.national, entry.national),
      ],
      { preamble: [...title('ความคืบหน้าการกรอกตัวชี้วัด รายจังหวัด'), summaryWindowLine(window, generatedAt)] },
    ),
    layoutFromDef(indicatorTallySheet, tallyRows(progress.national.indicators), { preamble: title('ผลการประเมินรายตัวชี้วัด') }),
    layoutFromDef(indicatorUnknownLaoSheet, problemRows(progress.unknownLao), { preamble: title('ข้อมูลตัวชี้วัดที่ไม่พบรหัส อปท. ในทะเบียน') }),
  ];
}
