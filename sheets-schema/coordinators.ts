import { defineSheet } from './define';

/** The `จังหวัด` value for people who may open the national overview (counts only, no personal data). */
export const NATIONAL_KEY = 'ทั้งประเทศ';

/**
 * Who may open which summary, kept in the source spreadsheet so that coordinators can change during a campaign
 * without a redeploy (and their e-mails stay out of the function's environment, which anyone with Project Viewer
 * can read). One row per person and province; a person may appear for several provinces. Both the owner's set-up
 * (Apps Script) and the cloud function share each file from this sheet.
 */
export const coordinatorsSheet = defineSheet({
  name: 'ผู้ประสานงาน',
  columns: {
    /** The province as the registry spells it (`จ.` prefixes accepted), or NATIONAL_KEY. */
    province: { header: 'จังหวัด', aliases: ['province'], width: 18 },
    email: { header: 'อีเมล', aliases: ['email', 'e-mail'], width: 36 },
    name: { header: 'ชื่อ-สกุล', aliases: ['name'], optional: true, width: 28 },
    note: { header: 'หมายเหตุ', optional: true, width: 30 },
  },
  freeze: { rows: 1, columns: 1 },
});
