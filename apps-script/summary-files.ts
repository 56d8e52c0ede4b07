/**
 * The summary files the cloud function writes into, prepared by the spreadsheet's owner (this script runs as the
 * owner, whose Drive holds them: a service account has no Drive storage of its own since 2025-04-15): the national
 * file and one per province, in one folder of the owner's Drive, each shared with the function's service account as
 * editor and with that province's coordinators as viewers (national viewers for the national file), their ids
 * listed in `ไฟล์สรุปรายจังหวัด` where the function and the rebuild find them.
 *
 * Idempotent and resumable: a file is created once (its id is kept in a script property the moment it exists, and a
 * file of the same title already in the folder is adopted), re-running only adds what is missing, and a run that
 * reaches its time budget leaves the rest for the next run. Files are opened by id through `open-file.ts`: only a
 * file that no longer exists is replaced.
 */
import { parseCoordinators, singleEmail } from '../core/sharing/coordinators';
import { folderIdOf, parseSettings } from '../core/sharing/settings';
import { provinceTitle } from '../core/summary/layout-parts';
import { compareThai } from '../core/summary/order';
import { cellText, type Cell } from '../sheets-schema/cell';
import { coordinatorsSheet } from '../sheets-schema/coordinators';
import { SETTING_KEYS, settingsSheet, type SettingKey } from '../sheets-schema/settings';
import { NATIONAL_KEY, summaryFilesSheet } from '../sheets-schema/summary-files';
import { readTable } from '../sheets-schema/table';
import { layoutFromDef } from '../sheets-schema/workbook';
import { UserError } from './errors';
import { readGrid } from './grid-reader';
import { listProblems, loadRegistry } from './inputs';
import { writeSheetLayout } from './layout-writer';
import { openById } from './open-file';
import type { Services, Spreadsheet } from './services';
import { requireSpreadsheetOwner } from './spreadsheet-owner';
import { CAPTIONS, MENU_TITLE } from './ui';
import type { DriveFile, Folder } from './google-services';

export const DEFAULT_FOLDER_NAME = 'ไฟล์สรุป มาตรฐานขั้นต่ำ อปท.';
const PLAIN_TEXT = '@';
/** Set the moment a file exists, before anything else can fail, so that a killed run never makes it twice. */
export const FILE_PROPERTY_PREFIX = 'summaryFile:';
/**
 * No new file is started after this much of the 6-minute execution limit: creating a spreadsheet takes about 2 s
 * and each share a few hundred ms, so 78 files need two or three runs on a slow day.
 */
export const PREPARE_BUDGET_MS = 4 * 60 * 1000;

/** Partial: settings other modules add get no note here. */
const SETTING_NOTES: Partial<Record<SettingKey, string>> = {
  functionServiceAccount: 'อีเมลบัญชีบริการที่ฟังก์ชันคลาวด์ใช้ทำงาน (ลงท้ายด้วย .iam.gserviceaccount.com) จะได้สิทธิ์แก้ไขไฟล์สรุปทุกไฟล์',
  summaryFolder: 'รหัสหรือลิงก์โฟลเดอร์ใน Google ไดรฟ์ของเจ้าของสเปรดชีต ว่างไว้ได้ ระบบจะสร้างให้',
  entryWindowStart: 'วันแรกที่ อปท. บันทึกตัวชี้วัดได้',
  entryWindowEnd: 'วันสุดท้ายที่ อปท. บันทึกตัวชี้วัดได้',
};

export interface PrepareOutcome {
  folderUrl: string;
  folderCreated: boolean;
  serviceAccount: string | null;
  created: string[];
  /** Files that no longer existed and were made again. */
  replaced: string[];
  reused: number;
  /** Permissions added or removed in this run. */
  sharingChanges: number;
  /** Left for the next run (time budget). */
  pending: string[];
  notes: string[];
}

/**
 * The summary file of each province (and NATIONAL_KEY), as listed in `ไฟล์สรุปรายจังหวัด`. A listing with links only
 * (the rebuild's own `province-files` layout, which names the sheet the same) is read too, the id taken from the
 * link, so both writers agree on one file per province.
 */
export function summaryFileIds(spreadsheet: Spreadsheet): Map<string, string> {
  const sheet = spreadsheet.getSheetByName(summaryFilesSheet.name);
  if (!sheet) return new Map();
  const table = readTable(LINKS_ACCEPTED, readGrid(sheet));
  if (!table.ok) return new Map();
  return new Map(
    table.rows.flatMap((r) => {
      const id = cellText(r.fileId) || spreadsheetIdOf(cellText(r.link));
      return id ? [[cellText(r.province), id] as const] : [];
    }),
  );
}

/** The summary-files sheet as read here: an id column or a link column will do. */
const LINKS_ACCEPTED = { ...summaryFilesSheet, columns: { ...summaryFilesSheet.columns, fileId: { ...summaryFilesSheet.columns.fileId, optional: true } } };

function spreadsheetIdOf(link: string): string | null {
  return /\/spreadsheets\/d\/([\w-]+)/.exec(link)?.[1] ?? null;
}

export function summaryFileTitle(key: string): string {
  return key === NATIONAL_KEY ? 'สรุประดับประเทศ' : `สรุป${provinceTitle(key)}`;
}

export function prepareSummaryFiles(services: Services, spreadsheet: Spreadsheet): PrepareOutcome {
  const started = services.now().getTime();
  requireSpreadsheetOwner(services, spreadsheet, 'ไฟล์สรุปอยู่ในไดรฟ์ของเจ้าของสเปรดชีต บัญชีอื่นมองไม่เห็นไฟล์เหล่านั้นและจะสร้างซ้ำในไดรฟ์ของตนเอง');
  const registry = loadRegistry(spreadsheet);
  if (!registry.ok) throw new UserError(registry.message);
  const provinces = registry.value.provinces().sort(compareThai);
  const notes: string[] = [];

  const settingsSheetMade = ensureSheet(services, spreadsheet, 'settings');
  const coordinatorsSheetMade = ensureSheet(services, spreadsheet, 'coordinators');
  if (settingsSheetMade) notes.push(`สร้างแผ่นงาน "${settingsSheet.name}" แล้ว กรุณากรอก "${SETTING_KEYS.functionServiceAccount}"`);
  if (coordinatorsSheetMade) notes.push(`สร้างแผ่นงาน "${coordinatorsSheet.name}" แล้ว กรุณากรอกจังหวัดและอีเมลผู้ประสานงาน ("${NATIONAL_KEY}" สำหรับผู้ดูภาพรวม)`);

  const settings = parseSettings(readGrid(spreadsheet.getSheetByName(settingsSheet.name)!));
  if (!settings.ok) throw new UserError(`แผ่นงาน "${settingsSheet.name}" ใช้ไม่ได้:\n${listProblems(settings.problems.map(withRow))}`);
  const coordinators = parseCoordinators(readGrid(spreadsheet.getSheetByName(coordinatorsSheet.name)!), provinces);
  // Nothing is shared while the sheet has an error: a typo could share a province's people with the wrong person.
  if (!coordinators.ok)
    throw new UserError(`ยังไม่ได้แชร์ไฟล์ใด เพราะแผ่นงาน "${coordinatorsSheet.name}" มีข้อผิดพลาด:\n${listProblems(coordinators.problems.map(withRow))}`);

  const typedAccount = settings.values.functionServiceAccount ?? null;
  const serviceAccount = typedAccount && singleEmail(typedAccount);
  if (!typedAccount) notes.push(`ยังไม่ได้ระบุ "${SETTING_KEYS.functionServiceAccount}" ในแผ่นงาน "${settingsSheet.name}" จึงยังไม่ได้แชร์ไฟล์ให้ฟังก์ชันคลาวด์`);
  else if (!serviceAccount) throw new UserError(`"${SETTING_KEYS.functionServiceAccount}" ไม่ใช่อีเมล: ${typedAccount}`);
  else if (!serviceAccount.endsWith('.gserviceaccount.com')) notes.push(`ข้อควรตรวจสอบ: ${serviceAccount} ไม่ใช่บัญชีบริการ (…gserviceaccount.com)`);

  const { folder, created: folderCreated } = summaryFolder(services, spreadsheet, settings.values.summaryFolder ?? null);
  const properties = services.propertiesService.getScriptProperties();
  const stored = properties.getProperties();
  const listed = summaryFileIds(spreadsheet);
  const outcome: PrepareOutcome = {
    folderUrl: folder.getUrl(),
    folderCreated,
    serviceAccount,
    created: [],
    replaced: [],
    reused: 0,
    sharingChanges: 0,
    pending: [],
    notes,
  };
  const ids = new Map<string, string>();
  const refused = new Map<string, string>();
  for (const key of [NATIONAL_KEY, ...provinces]) {
    // The property first: it is written the moment a file is made, before the sheet is.
    const knownId = stored[FILE_PROPERTY_PREFIX + key] ?? listed.get(key) ?? null;
    if (services.now().getTime() - started > PREPARE_BUDGET_MS) {
      if (knownId) ids.set(key, knownId);
      outcome.pending.push(key);
      continue;
    }
    let file = knownId ? existingFile(services, key, knownId) : null;
    if (knownId && file) {
      outcome.reused++;
      // A file made elsewhere (the rebuild, before this set-up existed) joins the folder.
      if (!inFolder(file, folder)) file.moveTo(folder);
    }
    if (!file) {
      file = adoptOrCreate(services, folder, summaryFileTitle(key), knownId === null);
      properties.setProperty(FILE_PROPERTY_PREFIX + key, file.getId());
      (knownId ? outcome.replaced : outcome.created).push(key);
    }
    const viewers = coordinators.byProvince.get(key) ?? [];
    outcome.sharingChanges += shareExactly(file, serviceAccount, viewers, refused);
    ids.set(key, file.getId());
  }
  for (const [email, reason] of refused) {
    notes.push(`⚠️ Google ไม่ยอมให้แชร์ไฟล์ให้ ${email} (${reason}) หากเป็น Google Workspace ขอให้ผู้ดูแลอนุญาตการแชร์ไฟล์ภายนอกองค์กรสำหรับบัญชีนี้`);
  }
  writeSummaryFilesSheet(services, spreadsheet, [NATIONAL_KEY, ...provinces], ids);
  return outcome;
}

export function describePrepare(o: PrepareOutcome): string {
  const total = o.created.length + o.replaced.length + o.reused;
  const lines = [
    o.pending.length ? `เตรียมไฟล์สรุปแล้ว ${total} ไฟล์ ยังเหลือ ${o.pending.length} ไฟล์` : `เตรียมไฟล์สรุปครบ ${total} ไฟล์ (ระดับประเทศ 1 ไฟล์ และรายจังหวัด)`,
    `• สร้างใหม่ ${o.created.length} ไฟล์, มีอยู่แล้ว ${o.reused} ไฟล์${o.replaced.length ? `, สร้างแทนไฟล์ที่ถูกลบ ${o.replaced.length} ไฟล์ (${o.replaced.join(', ')})` : ''}`,
    `• โฟลเดอร์${o.folderCreated ? 'ที่สร้างใหม่' : ''}: ${o.folderUrl}`,
    o.serviceAccount
      ? `• แชร์ให้บัญชีบริการ ${o.serviceAccount} เป็นผู้แก้ไข และให้ผู้ประสานงานแต่ละจังหวัดเป็นผู้ดู (เปลี่ยนสิทธิ์ ${o.sharingChanges} รายการ)`
      : `• แชร์ให้ผู้ประสานงาน (เปลี่ยนสิทธิ์ ${o.sharingChanges} รายการ)`,
    `• รายการไฟล์อยู่ในแผ่นงาน "${summaryFilesSheet.name}"`,
  ];
  if (o.pending.length) lines.push(`ใกล้หมดเวลาทำงานของ Apps Script (6 นาที) กรุณาเลือกเมนู ${MENU_TITLE} › ${CAPTIONS.prepareSummaryFiles} อีกครั้งเพื่อทำต่อ`);
  if (o.notes.length) lines.push(...o.notes.map((n) => `• ${n}`));
  return lines.join('\n');
}

/** The folder named in the settings, else a new one in the owner's My Drive (its id written back to the settings). */
function summaryFolder(services: Services, spreadsheet: Spreadsheet, setting: string | null): { folder: Folder; created: boolean } {
  const { driveApp } = services;
  if (setting) {
    const id = folderIdOf(setting);
    if (!id) throw new UserError(`"${SETTING_KEYS.summaryFolder}" ต้องเป็นรหัสหรือลิงก์โฟลเดอร์ Google ไดรฟ์: ${setting}`);
    const opened = openById(services, 'โฟลเดอร์ไฟล์สรุป', id, (folderId) => driveApp.getFolderById(folderId));
    if (opened.status === 'open' && !opened.file.isTrashed()) return { folder: opened.file, created: false };
  }
  const folder = driveApp.createFolder(DEFAULT_FOLDER_NAME);
  writeSetting(spreadsheet, 'summaryFolder', folder.getId());
  return { folder, created: true };
}

function inFolder(file: DriveFile, folder: Folder): boolean {
  const parents = file.getParents();
  while (parents.hasNext()) if (parents.next().getId() === folder.getId()) return true;
  return false;
}

/** The Drive file behind a kept id, or null when it no longer exists or is in the trash. */
function existingFile(services: Services, key: string, id: string): DriveFile | null {
  const opened = openById(services, `ไฟล์สรุป${key === NATIONAL_KEY ? 'ระดับประเทศ' : `ของ${provinceTitle(key)}`}`, id, (fileId) =>
    services.driveApp.getFileById(fileId),
  );
  return opened.status === 'open' && !opened.file.isTrashed() ? opened.file : null;
}

/**
 * A file of this title already in the folder is taken (a run killed between creating it and recording its id left
 * it there); otherwise a new spreadsheet, moved into the folder.
 */
function adoptOrCreate(services: Services, folder: Folder, title: string, mayAdopt: boolean): DriveFile {
  if (mayAdopt) {
    const same = folder.getFilesByName(title);
    if (same.hasNext()) return same.next();
  }
  const id = services.spreadsheetApp.create(title).getId();
  const file = services.driveApp.getFileById(id);
  file.moveTo(folder);
  return file;
}

/**
 * The function's service account is an editor; the viewers are exactly `viewers` (a coordinator removed from the
 * sheet loses access, PDPA). Other editors, and the owner, are never touched. A share Drive refuses (a Workspace
 * domain that forbids sharing outside it) is reported in `refused` and the rest goes on.
 */
function shareExactly(file: DriveFile, serviceAccount: string | null, viewers: readonly string[], refused: Map<string, string>): number {
  let changes = 0;
  const attempt = (email: string, share: () => void) => {
    try {
      share();
      changes++;
      return true;
    } catch (error) {
      refused.set(email, error instanceof Error ? error.message : String(error));
      return false;
    }
  };
  const editors = new Set(file.getEditors().map((u) => u.getEmail().toLowerCase()));
  if (serviceAccount && !editors.has(serviceAccount) && attempt(serviceAccount, () => file.addEditor(serviceAccount))) editors.add(serviceAccount);
  const current = new Set(file.getViewers().map((u) => u.getEmail().toLowerCase()));
  for (const email of viewers) {
    if (!current.has(email) && !editors.has(email)) attempt(email, () => file.addViewer(email));
  }
  for (const email of current) {
    if (!viewers.includes(email) && !editors.has(email)) attempt(email, () => file.removeViewer(email));
  }
  return changes;
}

/**
 * Lists the files in `ไฟล์สรุปรายจังหวัด`, `keys` in order (NATIONAL_KEY first). Whoever writes a file's content
 * (the cloud function, or the rebuild when it takes these files over) passes `updatedAt`; otherwise the time
 * already in the sheet is kept as it is.
 */
export function writeSummaryFilesSheet(
  services: Services,
  spreadsheet: Spreadsheet,
  keys: readonly string[],
  ids: ReadonlyMap<string, string>,
  updatedAt: ReadonlyMap<string, Date> = new Map(),
): void {
  const previous = new Map<string, Cell>();
  const sheet = spreadsheet.getSheetByName(summaryFilesSheet.name);
  const table = sheet ? readTable(LINKS_ACCEPTED, readGrid(sheet)) : null;
  if (table?.ok) for (const r of table.rows) previous.set(cellText(r.province), r.updatedAt);
  const rows = keys.map((key) => {
    const id = ids.get(key) ?? '';
    const link = id ? `https://docs.google.com/spreadsheets/d/${id}/edit` : 'ยังไม่ได้สร้าง';
    return { province: key, fileId: id, link, updatedAt: updatedAt.get(key) ?? previous.get(key) ?? null };
  });
  writeSheetLayout(spreadsheet, layoutFromDef(summaryFilesSheet, rows), services.spreadsheetApp);
}

/** The settings or coordinators sheet, made with its headers (and the settings' labels) when missing. */
function ensureSheet(services: Services, spreadsheet: Spreadsheet, which: 'settings' | 'coordinators'): boolean {
  const def = which === 'settings' ? settingsSheet : coordinatorsSheet;
  if (spreadsheet.getSheetByName(def.name)) return false;
  const layout =
    which === 'settings'
      ? layoutFromDef(
          settingsSheet,
          (Object.keys(SETTING_KEYS) as SettingKey[]).map((k) => ({ key: SETTING_KEYS[k], value: '', note: SETTING_NOTES[k] ?? '' })),
        )
      : layoutFromDef(coordinatorsSheet, []);
  writeSheetLayout(spreadsheet, layout, services.spreadsheetApp);
  return true;
}

/**
 * One value of the settings sheet, in its row (added at the end when the label is missing). The cells are made
 * plain text first and the value written as it is: in a plain-text cell Sheets would keep a leading apostrophe.
 */
function writeSetting(spreadsheet: Spreadsheet, key: SettingKey, value: string): void {
  const sheet = spreadsheet.getSheetByName(settingsSheet.name);
  if (!sheet) return;
  const table = readTable(settingsSheet, readGrid(sheet));
  if (!table.ok) return;
  const keyColumn = (table.columnIndex.key ?? 0) + 1;
  const valueColumn = (table.columnIndex.value ?? 1) + 1;
  const row = table.rows.find((r) => cellText(r.key).trim() === SETTING_KEYS[key]);
  const rowNumber = row ? row.rowNumber + 1 : sheet.getLastRow() + 1;
  if (!row) sheet.getRange(rowNumber, keyColumn).setNumberFormat(PLAIN_TEXT).setValue(SETTING_KEYS[key]);
  sheet.getRange(rowNumber, valueColumn).setNumberFormat(PLAIN_TEXT).setValue(value);
}

function withRow(p: { row: number | null; message: string }): string {
  return p.row === null ? p.message : `แถว ${p.row + 1}: ${p.message}`;
}
