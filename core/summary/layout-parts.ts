import type { Cell } from '../../sheets-schema/cell';
import { byTypeSheet, districtOverviewSheet, nationalOverviewSheet } from '../../sheets-schema/summaries';
import { layoutFromDef, type SheetLayout, type Tone } from '../../sheets-schema/workbook';
import { formatThaiDateTime } from '../dates/format';
import { coveragePct, type AreaCounts } from './counts';
import type { LaoType } from '../vocabulary';

/** Title and time lines above every summary sheet, so a printed or forwarded sheet still says what and when. */
export function preamble(title: string, generatedAt: Date): string[] {
  return [title, `ข้อมูล ณ ${formatThaiDateTime(generatedAt)} น.`];
}

/** `จังหวัดตาก`, but Bangkok is not a จังหวัด. */
export function provinceTitle(province: string): string {
  return province === 'กรุงเทพมหานคร' ? province : `จังหวัด${province}`;
}

export function overviewRow(area: string, counts: AreaCounts): Record<keyof typeof nationalOverviewSheet.columns, Cell> {
  return {
    area,
    laosTotal: counts.laosTotal,
    laosRegistered: counts.laosRegistered,
    laosNotRegistered: counts.laosTotal - counts.laosRegistered,
    coveragePct: coveragePct(counts),
    attendees: counts.attendees,
    needsReview: counts.needsReview,
  };
}

export function overviewLayout(
  level: 'national' | 'province',
  rows: ReadonlyArray<Record<keyof typeof nationalOverviewSheet.columns, Cell>>,
  lines: string[],
): SheetLayout {
  const layout = layoutFromDef(level === 'national' ? nationalOverviewSheet : districtOverviewSheet, rows, { preamble: lines });
  return { ...layout, tones: totalLast(rows.length) };
}

/** One row per area with each type's LAOs and registered LAOs; only the types present in `total` get columns. */
export function byTypeLayout(
  areaHeader: string,
  areas: ReadonlyArray<{ label: string; counts: AreaCounts }>,
  total: { label: string; counts: AreaCounts },
  lines: string[],
): SheetLayout {
  const types = Object.keys(total.counts.byType) as LaoType[];
  const def = byTypeSheet(areaHeader, types);
  const rows = [...areas, total].map(({ label, counts }) => {
    const row: Record<string, Cell> = { area: label };
    for (const type of types) {
      row[`${type}|total`] = counts.byType[type]?.total ?? 0;
      row[`${type}|registered`] = counts.byType[type]?.registered ?? 0;
    }
    return row;
  });
  return { ...layoutFromDef(def, rows, { preamble: lines }), tones: totalLast(rows.length) };
}

/** The last row (the total) stands out. */
function totalLast(rows: number): Array<Tone | null> {
  return Array.from({ length: rows }, (_, i) => (i === rows - 1 ? 'total' : null));
}
