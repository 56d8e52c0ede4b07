/**
 * The short Thai read-me the build writes beside `Code.js` and `appsscript.json`, for a coordinator who installs
 * the script by hand (no Node.js, no clasp). The full guide is `docs/install-apps-script.th.md`; the names here are
 * checked against the built folder by `scripts/install-guide.test.ts`.
 */
import { CAPTIONS, MENU_TITLE } from './ui';

export const README_FILE = 'อ่านก่อน.txt';
export const BUNDLE_FILE = 'Code.js';
export const MANIFEST_FILE = 'appsscript.json';
export const GUIDE_PATH = 'docs/install-apps-script.th.md';

export function installReadme(): string {
  return [
    'ไฟล์สำหรับติดตั้งสคริปต์ "มาตรฐานขั้นต่ำ อปท." ในสเปรดชีตคำตอบของแบบฟอร์ม (ไม่ต้องใช้ Node.js หรือ clasp)',
    '',
    `• ${BUNDLE_FILE} — โค้ดทั้งหมดในไฟล์เดียว: คัดลอกทั้งไฟล์ไปวางแทนเนื้อหาของไฟล์ Code.gs ในหน้า Apps Script`,
    `• ${MANIFEST_FILE} — ไฟล์ตั้งค่าโปรเจกต์ (เขตเวลา สิทธิ์ที่ใช้): คัดลอกทั้งไฟล์ไปวางแทนเนื้อหาของไฟล์ ${MANIFEST_FILE} ในหน้า Apps Script`,
    '',
    'ขั้นตอนโดยย่อ',
    '1. เปิดสเปรดชีตคำตอบ › เมนู ส่วนขยาย › Apps Script',
    `2. การตั้งค่าโปรเจกต์ (รูปเฟือง) › ติ๊ก "แสดงไฟล์ Manifest "${MANIFEST_FILE}" ในเครื่องมือแก้ไข"`,
    `3. ตัวแก้ไข (รูป < >) › ${MANIFEST_FILE}: ลบเนื้อหาเดิมทั้งหมด วางเนื้อหาของไฟล์ ${MANIFEST_FILE} นี้ › บันทึก`,
    `4. ตัวแก้ไข › Code.gs: ลบเนื้อหาเดิมทั้งหมด วางเนื้อหาของไฟล์ ${BUNDLE_FILE} นี้ › บันทึก`,
    '5. กลับไปที่สเปรดชีต กดโหลดหน้าใหม่ (F5) รอสักครู่ จะมีเมนู ' + MENU_TITLE,
    `6. เมนู ${MENU_TITLE} › ${CAPTIONS.healthCheck} (ครั้งแรก Google จะขอสิทธิ์: ดำเนินการต่อ › เลือกบัญชี › ขั้นสูง › ไปที่โปรเจกต์ › อนุญาต)`,
    '',
    `คู่มือฉบับเต็มพร้อมขั้นตอนตั้งค่าทั้งหมด: ${GUIDE_PATH} ในที่เก็บโค้ดของโครงการ`,
    'เมื่อมีรุ่นใหม่: ทำขั้นตอน 3 และ 4 ซ้ำด้วยไฟล์รุ่นใหม่ ข้อมูลในสเปรดชีต แบบฟอร์ม และทริกเกอร์ยังอยู่ครบ',
    '',
  ].join('\r\n');
}
