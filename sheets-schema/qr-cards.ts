import { defineSheet } from './define';

/**
 * In each province's summary file: one row per LAO with its registration link and that link's QR code as an image
 * in the cell, in order of responsibility (the LAOs the province writes to itself, then district by district), for
 * the officer who forwards the letters. No personal data. Written from the Apps Script menu.
 */
export const qrCardsSheet = defineSheet({
  name: 'QR ลงทะเบียนราย อปท.',
  columns: {
    sender: { header: 'ผู้ส่งหนังสือ', width: 16 },
    laoName: { header: 'อปท.', width: 26 },
    laoType: { header: 'ประเภท อปท.', width: 20 },
    district: { header: 'อำเภอ', width: 16 },
    laoCode: { header: 'รหัส อปท.', width: 10 },
    sessions: { header: 'วันและเวลาประชุม', width: 32, wrap: true },
    link: { header: 'ลิงก์ลงทะเบียน (กรอกข้อมูล อปท. ไว้ให้แล้ว)', width: 40 },
    qr: { header: 'QR code ลงทะเบียน', width: 27 },
  },
  freeze: { rows: 1, columns: 2 },
});
