import { defineSheet } from './define';

/**
 * Confirmation e-mails to kept registrants: the ledger coordinators see beside the registrations (one row per
 * person, by e-mail, so nobody is mailed twice) and the template they edit.
 */

/** Where each e-mail stands. `sending` is written (and flushed) before MailApp is called, `sent` after it. */
export const CONFIRMATION_STATUS = {
  queued: 'รอส่ง',
  sending: 'กำลังส่ง',
  sent: 'ส่งแล้ว',
  failed: 'ส่งไม่สำเร็จ',
  /** An execution stopped between the two records: perhaps sent. Never sent again automatically. */
  unknown: 'ไม่ทราบผล',
} as const;

export type ConfirmationStatus = (typeof CONFIRMATION_STATUS)[keyof typeof CONFIRMATION_STATUS];

export const confirmationsSheet = defineSheet({
  name: 'อีเมลยืนยัน',
  columns: {
    email: { header: 'อีเมล', width: 28 },
    personName: { header: 'ชื่อ-นามสกุล', width: 28 },
    lao: { header: 'อปท.', width: 28 },
    province: { header: 'จังหวัด', width: 16 },
    session: { header: 'รอบการประชุม', width: 36 },
    /** The registration's row in the responses sheet, as the registrations sheet shows it. */
    row: { header: 'แถวในไฟล์คำตอบ', kind: 'integer', width: 10 },
    status: { header: 'สถานะ', width: 14, validation: { kind: 'list', values: Object.values(CONFIRMATION_STATUS) } },
    at: { header: 'เวลา', kind: 'datetime', width: 18 },
    note: { header: 'หมายเหตุ', width: 50 },
  },
  freeze: { rows: 1, columns: 1 },
});

/** The e-mail's subject and body, one per row, edited by the coordinators. */
export const confirmationTemplateSheet = defineSheet({
  name: 'ข้อความอีเมลยืนยัน',
  columns: {
    key: { header: 'รายการ', width: 16 },
    text: { header: 'ข้อความ', width: 100 },
  },
  freeze: { rows: 1, columns: 1 },
});

export const TEMPLATE_KEYS = { subject: 'หัวเรื่อง', body: 'เนื้อความ' } as const;

/** Placeholders the template may use, replaced per registrant. */
export const PLACEHOLDERS = ['{ชื่อ}', '{อปท.}', '{จังหวัด}', '{รอบการประชุม}', '{วันที่}', '{เวลา}', '{ลิงก์}'] as const;

export const DEFAULT_TEMPLATE = {
  subject: 'ยืนยันการลงทะเบียน การประชุมเชิงปฏิบัติการ การประเมินมาตรฐานขั้นต่ำ อปท. ({รอบการประชุม})',
  body: [
    'เรียน {ชื่อ}',
    '',
    'ได้รับการลงทะเบียนของท่านในนาม {อปท.} จังหวัด{จังหวัด} แล้ว',
    'รอบการประชุม: {รอบการประชุม}',
    'วันที่: {วันที่}',
    'เวลา: {เวลา}',
    'ลิงก์เข้าร่วมประชุม: {ลิงก์}',
    '',
    'หากต้องการแก้ไขข้อมูล ให้ส่งแบบฟอร์มลงทะเบียนใหม่อีกครั้ง ระบบจะใช้ข้อมูลที่ส่งล่าสุด',
    'อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ',
  ].join('\n'),
} as const;
