/**
 * The owner's set-up of the indicator entry files (menu: สร้างไฟล์บันทึกตัวชี้วัดรายจังหวัด): one spreadsheet per
 * province in the owner's Drive, laid out like `npm run templates` with the status columns, shared with the
 * province's coordinators, the LAO staff who registered and the cloud function's service account, and each LAO's
 * rows opened to its own staff only (a protected range per LAO).
 *
 * Idempotent and resumable: each province goes through created → shared → written → protected, and the step it
 * reached is kept in the script properties right after each step (the file id right after it is created), so a
 * run cut off by the 6-minute limit, or stopped by its own budget, continues where it stopped, and a second run
 * creates nothing. Later runs only re-share and re-protect the provinces whose access changed (new registrations,
 * coordinators edited).
 */
import { entryAccess, type EntryAccess } from '../core/indicators/entry-access';
import { catalogFromGrid, type Catalog } from '../core/indicators/catalog';
import { entryFileLayout, inputColumnSpan, laoRowBlocks, statusColumnSpan } from '../core/indicators/entry-file';
import type { Registry } from '../core/registry/index';
import { coordinatorsSheet } from '../sheets-schema/coordinators';
import {
  ENTRY_STATUS,
  ENTRY_STATUS_COLOURS,
  entryDistrictProgressSheet,
  entryFilesSheet,
  entryFollowUpSheet,
  entrySheet,
  type EntryStatusKey,
} from '../sheets-schema/entry-files';
import { INDICATOR_CATALOG } from '../sheets-schema/indicators';
import { registrationsSheet } from '../sheets-schema/registrations';
import { SETTING_KEYS, settingsSheet } from '../sheets-schema/settings';
import { layoutFromDef } from '../sheets-schema/workbook';
import { UserError } from './errors';
import { fingerprint } from '../core/summary/fingerprint';
import { readGrid } from './grid-reader';
import { listProblems, loadRegistry } from './inputs';
import { writeSheetLayout, writeWorkbookLayout } from './layout-writer';
import type { Services, Sheet, Spreadsheet } from './services';

const RECORD_PROPERTY = 'entryFile:';
/** Nothing new is started after this much of Apps Script's 6-minute limit. */
export const ENTRY_SETUP_BUDGET_MS = 4.5 * 60 * 1000;
/** The LAO protections done so far are recorded every this many LAOs (a property write is a service call). */
const RECORD_EVERY = 25;
const LAO_PROTECTION_PREFIX = 'อปท. ';

type Step = 'created' | 'shared' | 'written' | 'protected';

interface EntryFileRecord {
  id: string;
  step: Step;
  /** LAO blocks protected so far (step `written`). */
  blocksDone: number;
  /** Fingerprint of who has access; a change re-shares and re-protects the file. */
  access: string;
  laos: number;
  laosWithOwnAccess: number;
}

export interface EntrySetupOutcome {
  created: string[];
  /** Provinces whose set-up is complete. */
  ready: number;
  /** Left for the next run (time budget). */
  pending: string[];
  laosWithOwnAccess: number;
  laos: number;
  warnings: string[];
}

export function setUpEntryFiles(services: Services, spreadsheet: Spreadsheet): EntrySetupOutcome {
  const started = services.now().getTime();
  const lock = services.lockService.getScriptLock();
  if (!lock.tryLock(20_000)) throw new UserError('กำลังสร้างไฟล์หรือสร้างสรุปอยู่ กรุณาลองใหม่อีกครั้งในอีกสักครู่');
  try {
    const inputs = readInputs(spreadsheet);
    const properties = services.propertiesService.getScriptProperties();
    const stored = properties.getProperties();
    const outcome: EntrySetupOutcome = { created: [], ready: 0, pending: [], laosWithOwnAccess: 0, laos: 0, warnings: inputs.access.problems };
    const records = new Map<string, EntryFileRecord>();
    const save = (province: string, record: EntryFileRecord) => {
      records.set(province, record);
      properties.setProperty(RECORD_PROPERTY + province, JSON.stringify(record));
    };
    try {
      for (const province of inputs.registry.provinces()) {
        const laos = inputs.registry.inProvince(province);
        const layout = entryFileLayout(province, laos, inputs.catalog);
        const rows = layout.sheets[0]!.rows;
        if (rows.length === 0) continue;
        const blocks = laoRowBlocks(rows);
        const coordinators = inputs.access.coordinators.get(province) ?? [];
        const laoEditors = blocks.map((b) => ({ block: b, emails: inputs.access.laoEditors.get(b.laoCode) ?? [] })).filter((b) => b.emails.length);
        const editors = [...new Set([...coordinators, ...laoEditors.flatMap((b) => b.emails), ...inputs.serviceAccount])].sort();
        const access = fingerprint(JSON.stringify([coordinators, laoEditors.map((b) => [b.block.laoCode, b.emails]), inputs.serviceAccount]));
        let record = parseRecord(stored[RECORD_PROPERTY + province]);
        // Access changed since the file was shared: share and protect again, creating nothing and never rewriting
        // the entry sheet (LAOs may have typed in it).
        const reshare = !!record && (record.step === 'written' || record.step === 'protected') && record.access !== access;
        if (reshare) record = { ...record!, step: 'written', blocksDone: 0 };
        if (record?.step === 'protected') {
          records.set(province, record);
          count(outcome, record);
          continue;
        }
        if (services.now().getTime() - started > ENTRY_SETUP_BUDGET_MS) {
          if (record) records.set(province, record);
          outcome.pending.push(province);
          continue;
        }
        const app = services.spreadsheetApp;
        let file: Spreadsheet;
        if (!record) {
          file = app.create(layout.title);
          // Recorded before anything else: a run cut off from here on finds this file and creates no other.
          record = { id: file.getId(), step: 'created', blocksDone: 0, access, laos: blocks.length, laosWithOwnAccess: laoEditors.length };
          save(province, record);
          outcome.created.push(province);
        } else {
          file = app.openById(record.id);
        }
        record = { ...record, access, laos: blocks.length, laosWithOwnAccess: laoEditors.length };
        if (reshare) shareExactly(file, editors);
        if (record.step === 'created') {
          shareExactly(file, editors);
          save(province, (record = { ...record, step: 'shared' }));
        }
        if (record.step === 'shared') {
          writeEntryFile(services, file, layout, inputs.serviceAccount);
          save(province, (record = { ...record, step: 'written', blocksDone: 0 }));
        }
        const sheet = file.getSheetByName(entrySheet.name)!;
        if (record.blocksDone === 0) removeLaoProtections(services, sheet);
        const { firstColumn, columns } = inputColumnSpan();
        let done = record.blocksDone;
        // A new protection mirrors the file's editors (exactly `editors`, shared above) until its list is changed:
        // removing everyone but this LAO's staff and the coordinators leaves exactly them (and the owner), with no
        // call to read the list. Four calls per LAO; a domain's edit right only where there is a domain.
        let domainEdit: boolean | null = null;
        for (; done < laoEditors.length; done++) {
          if (services.now().getTime() - started > ENTRY_SETUP_BUDGET_MS) break;
          const { block, emails } = laoEditors[done]!;
          const wanted = new Set([...emails, ...coordinators]);
          const protection = sheet
            .getRange(block.firstRow, firstColumn, block.rows, columns)
            .protect()
            .setDescription(`${LAO_PROTECTION_PREFIX}${block.laoCode}`);
          const others = editors.filter((e) => !wanted.has(e));
          if (others.length) protection.removeEditors(others);
          else protection.addEditors([...wanted]);
          domainEdit ??= protection.canDomainEdit();
          if (domainEdit) protection.setDomainEdit(false);
          if ((done + 1) % RECORD_EVERY === 0) save(province, (record = { ...record, blocksDone: done + 1 }));
        }
        if (done < laoEditors.length) {
          save(province, { ...record, blocksDone: done });
          outcome.pending.push(province);
          continue;
        }
        save(province, (record = { ...record, step: 'protected', blocksDone: done }));
        count(outcome, record);
      }
    } finally {
      writeSheetLayout(spreadsheet, entryFilesLayout(records), services.spreadsheetApp);
    }
    return outcome;
  } finally {
    lock.releaseLock();
  }
}

function count(outcome: EntrySetupOutcome, record: EntryFileRecord): void {
  outcome.ready++;
  outcome.laos += record.laos;
  outcome.laosWithOwnAccess += record.laosWithOwnAccess;
}

interface SetupInputs {
  registry: Registry;
  catalog: Catalog;
  access: EntryAccess;
  /** The cloud function's service account, when one is set: it writes the status columns. */
  serviceAccount: string[];
}

function readInputs(spreadsheet: Spreadsheet): SetupInputs {
  const registry = loadRegistry(spreadsheet);
  if (!registry.ok) throw new UserError(registry.message);
  const catalogSheet = spreadsheet.getSheetByName(INDICATOR_CATALOG.name);
  if (!catalogSheet) throw new UserError(`ไม่พบแผ่นงาน "${INDICATOR_CATALOG.name}" (บัญชีตัวชี้วัด) กรุณาสร้างและกรอกตัวชี้วัดก่อน`);
  const catalog = catalogFromGrid(readGrid(catalogSheet));
  if (!catalog.ok) throw new UserError(`บัญชีตัวชี้วัดใช้ไม่ได้:\n${listProblems(catalog.problems.map((p) => p.message))}`);
  const errors = catalog.problems.filter((p) => p.severity === 'error');
  // A catalog with errors would send every LAO a file missing an indicator.
  if (errors.length) throw new UserError(`บัญชีตัวชี้วัดมีข้อผิดพลาด ยังไม่สร้างไฟล์:\n${listProblems(errors.map((p) => `แถว ${p.row}: ${p.message}`))}`);
  const grid = (name: string) => {
    const sheet = spreadsheet.getSheetByName(name);
    return sheet ? readGrid(sheet) : null;
  };
  const access = entryAccess(registry.value, grid(coordinatorsSheet.name), grid(registrationsSheet.name));
  const settings = grid(settingsSheet.name) ?? [];
  const serviceAccount = settings
    .filter((row) => String(row[0] ?? '').trim() === SETTING_KEYS.functionServiceAccount)
    .map((row) => String(row[1] ?? '').trim())
    .filter((e) => /@.+\.iam\.gserviceaccount\.com$/.test(e));
  return { registry: registry.value, catalog: catalog.catalog, access, serviceAccount };
}

/** Shares the file with exactly `editors` (the owner always stays; nobody else keeps access it was not given here). */
function shareExactly(file: Spreadsheet, editors: readonly string[]): void {
  const owner = file.getOwner()?.getEmail();
  const current = file.getEditors().map((u) => u.getEmail());
  const missing = editors.filter((e) => !current.includes(e));
  if (missing.length) file.addEditors(missing);
  for (const email of current) if (email !== owner && !editors.includes(email)) file.removeEditor(email);
}

/**
 * The layout (entry sheet protected but for the input columns, help sheet), the two progress sheets the check
 * writes, the status colours, and the service account as editor of the protected columns it writes.
 */
function writeEntryFile(services: Services, file: Spreadsheet, layout: ReturnType<typeof entryFileLayout>, serviceAccount: readonly string[]): void {
  const app = services.spreadsheetApp;
  const progress = [layoutFromDef(entryDistrictProgressSheet, []), layoutFromDef(entryFollowUpSheet, [])];
  writeWorkbookLayout(file, { ...layout, sheets: [...layout.sheets, ...progress] }, app, { removeOthers: true });
  const sheet = file.getSheetByName(entrySheet.name)!;
  const rows = layout.sheets[0]!.rows.length;
  const { firstColumn, columns } = statusColumnSpan();
  const statusRange = sheet.getRange(2, firstColumn, rows, columns);
  sheet.setConditionalFormatRules(
    (Object.keys(ENTRY_STATUS) as EntryStatusKey[]).map((key) =>
      app.newConditionalFormatRule().whenTextStartsWith(ENTRY_STATUS[key]).setBackground(ENTRY_STATUS_COLOURS[key]).setRanges([statusRange]).build(),
    ),
  );
  if (serviceAccount.length) for (const p of sheet.getProtections(app.ProtectionType.SHEET)) p.addEditors([...serviceAccount]);
  for (const name of [entryDistrictProgressSheet.name, entryFollowUpSheet.name]) {
    const protection = file.getSheetByName(name)!.protect().setDescription('เขียนโดยระบบตรวจข้อมูลเท่านั้น');
    protection.removeEditors(protection.getEditors());
    if (serviceAccount.length) protection.addEditors([...serviceAccount]);
  }
}

/** A re-protection starts clean: the LAO ranges made before (other protections are the layout's and stay). */
function removeLaoProtections(services: Services, sheet: Sheet): void {
  for (const p of sheet.getProtections(services.spreadsheetApp.ProtectionType.RANGE)) {
    if (p.getDescription().startsWith(LAO_PROTECTION_PREFIX)) p.remove();
  }
}

function entryFilesLayout(records: ReadonlyMap<string, EntryFileRecord>) {
  return layoutFromDef(
    entryFilesSheet,
    [...records].map(([province, r]) => ({
      province,
      fileId: r.id,
      link: `https://docs.google.com/spreadsheets/d/${r.id}/edit`,
      laos: r.laos,
      laosWithOwnAccess: r.step === 'protected' ? r.laosWithOwnAccess : null,
    })),
  );
}

function parseRecord(text: string | undefined): EntryFileRecord | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as EntryFileRecord;
  } catch {
    return null;
  }
}

/** The menu's Thai report. */
export function describeEntrySetup(o: EntrySetupOutcome): string {
  const lines = [
    o.pending.length ? 'สร้างไฟล์บันทึกตัวชี้วัดได้บางส่วน' : 'ไฟล์บันทึกตัวชี้วัดรายจังหวัดพร้อมแล้ว',
    `สร้างไฟล์ใหม่ ${o.created.length} ไฟล์ พร้อมใช้ ${o.ready} จังหวัด`,
    `อปท. ที่แก้ไขได้เฉพาะแถวของตน (ตามอีเมลที่ลงทะเบียน) ${o.laosWithOwnAccess} จาก ${o.laos} แห่ง`,
    `ลิงก์ของแต่ละจังหวัดอยู่ในแผ่นงาน "${entryFilesSheet.name}"`,
  ];
  if (o.pending.length)
    lines.push(`ยังเหลือ ${o.pending.length} จังหวัด (${o.pending.slice(0, 5).join(', ')}${o.pending.length > 5 ? ' …' : ''}) กรุณาเลือกเมนูนี้อีกครั้งเพื่อทำต่อ`);
  if (o.warnings.length) lines.push(`ข้อควรตรวจสอบ ${o.warnings.length} รายการ:`, listProblems(o.warnings));
  return lines.join('\n');
}
