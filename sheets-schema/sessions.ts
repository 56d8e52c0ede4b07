import { defineSheet } from './define';

/**
 * Workshop sessions, as data: each LAO type attends on its own day. The labels are the choices of the RSVP form's
 * `รอบการประชุม` question, so a response is checked against the session it names.
 */
export const sessionsSheet = defineSheet({
  name: 'รอบการประชุม',
  columns: {
    label: { header: 'รอบการประชุม', width: 48 },
    date: { header: 'วันที่', kind: 'date', width: 18 },
    time: { header: 'เวลา', width: 16 },
    /** Comma-separated LAO types, long or short forms (`อบจ., เทศบาลนคร`, `องค์การบริหารส่วนตำบล`). */
    laoTypes: { header: 'ประเภท อปท. ที่เข้าร่วม', width: 48 },
    link: { header: 'ลิงก์', optional: true, width: 36 },
  },
});
