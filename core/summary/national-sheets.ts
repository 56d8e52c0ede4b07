import { TOTAL_LABEL, UNKNOWN_PROVINCE_LABEL } from '../../sheets-schema/summaries';
import type { SheetLayout } from '../../sheets-schema/workbook';
import type { RsvpSummary } from './counts';
import { byTypeLayout, overviewLayout, overviewRow, preamble } from './layout-parts';

/** The RSVP sheets of the national workbook: counts per province and per type, never a name or a contact (PDPA). */
export function nationalRsvpSheets(summary: RsvpSummary, generatedAt: Date): SheetLayout[] {
  const areas = summary.provinces.map((p) => ({ label: p.province, counts: p }));
  const total = { label: TOTAL_LABEL.national, counts: summary.national };
  const overviewRows = areas.map((a) => overviewRow(a.label, a.counts));
  if (summary.unknownProvinceNeedsReview > 0) {
    // Only review rows can lack a province; LAO counts would read as "0 LAOs", so they stay blank.
    overviewRows.push({
      area: UNKNOWN_PROVINCE_LABEL,
      laosTotal: null,
      laosRegistered: null,
      laosNotRegistered: null,
      coveragePct: null,
      attendees: null,
      needsReview: summary.unknownProvinceNeedsReview,
    });
  }
  overviewRows.push(overviewRow(total.label, total.counts));
  return [
    overviewLayout('national', overviewRows, preamble('ภาพรวมการลงทะเบียนรายจังหวัด', generatedAt)),
    byTypeLayout('จังหวัด', areas, total, preamble('จำนวน อปท. แยกตามประเภท รายจังหวัด', generatedAt)),
  ];
}
