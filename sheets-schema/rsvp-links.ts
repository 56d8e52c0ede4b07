import { defineSheet } from './define';

/**
 * One registration link per LAO: the RSVP form with the LAO's answers (province, district, type, name, code)
 * filled in, for the province to send down the letter cascade. No personal data. The links themselves are built in
 * core/rsvp/prefilled-links.ts.
 */
export const rsvpLinksSheet = defineSheet({
  name: 'ลิงก์ลงทะเบียนราย อปท.',
  columns: {
    province: { header: 'จังหวัด', width: 16 },
    district: { header: 'อำเภอ', width: 18 },
    laoType: { header: 'ประเภท อปท.', width: 16 },
    laoName: { header: 'ชื่อ อปท.', width: 28 },
    laoCode: { header: 'รหัส อปท.', width: 11 },
    link: { header: 'ลิงก์ลงทะเบียน (กรอกข้อมูล อปท. ไว้ให้แล้ว)', width: 70 },
  },
  freeze: { rows: 1, columns: 0 },
});
