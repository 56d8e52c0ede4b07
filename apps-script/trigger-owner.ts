/**
 * Who installed the triggers. Installable triggers belong to the user who installed them: they run as that user,
 * and only that user sees them (`getProjectTriggers` returns the current user's triggers only). A second admin
 * pressing ติดตั้งทริกเกอร์ would therefore install a second set that `installTriggers` cannot see, and every
 * submission and every clock run would then happen twice. So the installer is recorded in a script property, and
 * anyone else is refused, in Thai, with the way to take over.
 * https://developers.google.com/apps-script/guides/triggers/installable#restrictions
 * https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
 */
import { UserError } from './errors';
import type { Services, Spreadsheet } from './services';
import { HANDLERS, installTriggers, type InstallResult } from './triggers';
import { CAPTIONS, MENU_TITLE } from './ui';

export const TRIGGER_OWNER_PROPERTY = 'triggerOwner';
/** Two admins pressing the menu at the same moment must not both pass the check. */
const LOCK_WAIT_MS = 10 * 1000;

const INSTALL_CAPTION = CAPTIONS.installTriggers;
const REMOVE_CAPTION = CAPTIONS.removeTriggers;

export function currentUser(services: Services): string {
  const email = services.userEmail();
  if (!email) throw new UserError('ไม่ทราบอีเมลของผู้ใช้ที่กำลังใช้งาน กรุณาอนุญาตสิทธิ์ให้สคริปต์ (ดูอีเมลของคุณ) แล้วลองอีกครั้ง');
  return email;
}

export function triggerOwner(services: Services): string | null {
  return services.propertiesService.getScriptProperties().getProperty(TRIGGER_OWNER_PROPERTY);
}

/** `installTriggers` for the recorded installer (or the first one, who is then recorded); anyone else is refused. */
export function installTriggersAsOwner(services: Services, spreadsheet: Spreadsheet): InstallResult & { owner: string } {
  return withLock(services, () => {
    const me = currentUser(services);
    const owner = triggerOwner(services);
    if (owner && !sameUser(owner, me)) throw new UserError(refusal(owner, me));
    const result = installTriggers(services, spreadsheet);
    if (!owner) services.propertiesService.getScriptProperties().setProperty(TRIGGER_OWNER_PROPERTY, me);
    return { ...result, owner: me };
  });
}

/**
 * The installer removes their own triggers of this project's handlers and the record, so that someone else can
 * install. Nobody else can: their triggers are invisible to anyone but them.
 */
export function removeOwnTriggers(services: Services): string {
  return withLock(services, () => {
    const me = currentUser(services);
    const owner = triggerOwner(services);
    if (owner && !sameUser(owner, me)) {
      throw new UserError(`ทริกเกอร์ของระบบนี้เป็นของ ${owner} ผู้ที่ถอนได้มีเพียง ${owner} เท่านั้น (Google ไม่ให้ผู้ใช้อื่นเห็นหรือลบทริกเกอร์ของกันและกัน)`);
    }
    const { scriptApp } = services;
    const ours = new Set<string>(Object.values(HANDLERS));
    let removed = 0;
    for (const trigger of scriptApp.getProjectTriggers()) {
      if (!ours.has(trigger.getHandlerFunction())) continue;
      scriptApp.deleteTrigger(trigger);
      removed++;
    }
    services.propertiesService.getScriptProperties().deleteProperty(TRIGGER_OWNER_PROPERTY);
    return [
      `ถอนทริกเกอร์ของ ${me} แล้ว ${removed} รายการ`,
      'ระหว่างนี้ระบบจะไม่บันทึกคำตอบลงสรุปและไม่สร้างสรุปใหม่อัตโนมัติ',
      `ผู้ดูแลคนใหม่: เปิดสเปรดชีตนี้ด้วยบัญชีของตน แล้วเลือกเมนู ${MENU_TITLE} › ${INSTALL_CAPTION}`,
    ].join('\n');
  });
}

function refusal(owner: string, me: string): string {
  return [
    `ทริกเกอร์ของระบบนี้ติดตั้งไว้แล้วโดย ${owner} จึงไม่ติดตั้งซ้ำด้วยบัญชี ${me}`,
    'ทริกเกอร์เป็นของผู้ที่ติดตั้งและทำงานในนามของผู้นั้น หากติดตั้งอีกชุด ทุกคำตอบและทุกรอบการสร้างสรุปจะทำงานซ้ำสองครั้ง',
    'วิธีรับช่วงเป็นผู้ดูแลทริกเกอร์:',
    `1. ให้ ${owner} เปิดสเปรดชีตนี้ แล้วเลือกเมนู ${MENU_TITLE} › ${REMOVE_CAPTION}`,
    `2. จากนั้น ${me} เลือกเมนู ${MENU_TITLE} › ${INSTALL_CAPTION}`,
    `หากบัญชี ${owner} ถูกปิดหรือลบแล้ว (ทริกเกอร์ของบัญชีนั้นหยุดทำงานไปด้วย): เปิด ส่วนขยาย › Apps Script › การตั้งค่าโปรเจกต์ › ` +
      `พร็อพเพอร์ตี้ของสคริปต์ ลบ "${TRIGGER_OWNER_PROPERTY}" แล้วเลือกเมนู ${INSTALL_CAPTION} อีกครั้ง`,
  ].join('\n');
}

const sameUser = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function withLock<T>(services: Services, fn: () => T): T {
  const lock = services.lockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError('มีผู้ใช้อื่นกำลังติดตั้งหรือสร้างสรุปอยู่ กรุณาลองใหม่อีกครั้งในอีกสักครู่');
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
