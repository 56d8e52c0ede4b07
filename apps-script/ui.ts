import type { Services } from './services';

export const MENU_TITLE = 'มาตรฐานขั้นต่ำ อปท.';

/** Captions that messages refer to ("เลือกเมนู … › ติดตั้งทริกเกอร์"), kept in one place with the menu. */
export const CAPTIONS = {
  rebuild: 'สร้างสรุปใหม่',
  qrSheets: 'ใส่ QR ลงทะเบียนในไฟล์สรุปรายจังหวัด',
  installTriggers: 'ติดตั้งทริกเกอร์',
  removeTriggers: 'ถอนทริกเกอร์ของฉัน',
  createForm: 'สร้างแบบฟอร์มลงทะเบียน',
  prepareSummaryFiles: 'เตรียมไฟล์สรุปสำหรับฟังก์ชันคลาวด์',
  healthCheck: 'ตรวจสอบระบบ',
  sendConfirmations: 'ส่งอีเมลยืนยันผู้ลงทะเบียน',
} as const;

/** Menu captions (Thai) and the top-level functions they run. */
export const MENU_ITEMS = [
  { caption: CAPTIONS.rebuild, functionName: 'rebuildSummaries' },
  { caption: CAPTIONS.installTriggers, functionName: 'installTriggers' },
  { caption: CAPTIONS.removeTriggers, functionName: 'removeTriggers' },
  null,
  { caption: 'นำเข้าทะเบียน อปท.', functionName: 'importRegistry' },
  { caption: CAPTIONS.createForm, functionName: 'createRsvpForm' },
  { caption: CAPTIONS.prepareSummaryFiles, functionName: 'prepareSummaryFiles' },
  { caption: CAPTIONS.qrSheets, functionName: 'writeQrSheets' },
  { caption: CAPTIONS.sendConfirmations, functionName: 'sendConfirmations' },
  null,
  { caption: 'สร้างไฟล์บันทึกตัวชี้วัดรายจังหวัด', functionName: 'setUpEntryFiles' },
  { caption: 'ตรวจข้อมูลตัวชี้วัด', functionName: 'checkEntryFiles' },
  null,
  { caption: CAPTIONS.healthCheck, functionName: 'checkHealth' },
] as const;

/** The spreadsheet's menu; runs in the simple `onOpen` trigger, so it uses nothing that needs authorization. */
export function addMenu(services: Services): void {
  const menu = services.spreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.caption, item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/**
 * Tells the user something. From a menu there is a person to click OK; a trigger has no UI (getUi throws there),
 * so the message goes to the execution log: problems as warnings, where the project's owner finds them.
 */
export function tell(services: Services, interactive: boolean, message: string, kind: 'info' | 'problem' = 'problem'): void {
  if (interactive) {
    const ui = services.spreadsheetApp.getUi();
    ui.alert(MENU_TITLE, message, ui.ButtonSet.OK);
  } else if (kind === 'problem') {
    services.log.warn(message);
  } else {
    services.log.log(message);
  }
}
