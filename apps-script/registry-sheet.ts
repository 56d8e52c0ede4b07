/**
 * The `ทะเบียน อปท.` sheet: people import DLA's CSV with File › Import. Importing into a new sheet names it after
 * the file, so a sheet whose header is a registry's is taken and renamed; with none, an empty sheet with the right
 * headers is made and the user is told how to fill it.
 */
import { formatFigure } from '../core/indicators/reasons';
import { registrationsSheet } from '../sheets-schema/registrations';
import { laoCoverageSheet, laoRegistrySheet } from '../sheets-schema/registry';
import { rsvpLinksSheet } from '../sheets-schema/rsvp-links';
import { locateColumns } from '../sheets-schema/table';
import { layoutFromDef } from '../sheets-schema/workbook';
import { readGrid } from './grid-reader';
import { listProblems, registryFromSheetGrid } from './inputs';
import { writeSheetLayout } from './layout-writer';
import type { Services, Sheet, Spreadsheet } from './services';
import { LAO_TYPES } from '../core/vocabulary';

export function importRegistry(services: Services, spreadsheet: Spreadsheet): string {
  const name = laoRegistrySheet.name;
  const sheet = spreadsheet.getSheetByName(name) ?? adoptImportedSheet(spreadsheet);
  if (!sheet) {
    writeSheetLayout(spreadsheet, layoutFromDef(laoRegistrySheet, []), services.spreadsheetApp);
    return [
      `สร้างแผ่นงาน "${name}" ว่างไว้ให้แล้ว`,
      'วิธีนำเข้า: เปิดแผ่นงานนี้ › ไฟล์ › นำเข้า › อัปโหลดไฟล์ทะเบียน อปท. (CSV) › เลือก "แทนที่แผ่นงานปัจจุบัน"',
      'ไฟล์ต้องมีหัวตาราง รหัส อปท., ประเภท อปท., ชื่อ อปท., จังหวัด, อำเภอ (หรือ code,type,name,province,district)',
      'แล้วเลือกเมนูนี้อีกครั้งเพื่อตรวจสอบ',
    ].join('\n');
  }
  if (sheet.getName() !== name) sheet.setName(name);
  const loaded = registryFromSheetGrid(readGrid(sheet));
  if (!loaded.ok) return loaded.message;
  const entries = loaded.value.entries;
  const perType = LAO_TYPES.map((t) => [t, entries.filter((e) => e.type === t).length] as const).filter(([, n]) => n > 0);
  const lines = [
    `ทะเบียน อปท. ใช้ได้: ${formatFigure(entries.length, 0)} แห่ง ใน ${loaded.value.provinces().length} จังหวัด`,
    ...perType.map(([t, n]) => `• ${t}: ${formatFigure(n, 0)} แห่ง`),
  ];
  if (loaded.warnings.length) lines.push(`ข้อควรตรวจสอบ ${loaded.warnings.length} รายการ:`, listProblems(loaded.warnings));
  return lines.join('\n');
}

/** Sheets this script writes whose headers include a registry's columns: never taken for an import. */
const DERIVED_WITH_LAO_COLUMNS = new Set([registrationsSheet.name, rsvpLinksSheet.name]);

/** A sheet (not the responses sheet, not one this script writes) whose header row is that of either registry format. */
function adoptImportedSheet(spreadsheet: Spreadsheet): Sheet | null {
  for (const sheet of spreadsheet.getSheets()) {
    if (DERIVED_WITH_LAO_COLUMNS.has(sheet.getName()) || sheet.getFormUrl()) continue;
    const lastColumn = sheet.getLastColumn();
    if (lastColumn === 0) continue;
    const header = sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? [];
    if (locateColumns(laoRegistrySheet, header).ok || locateColumns(laoCoverageSheet, header).ok) return sheet;
  }
  return null;
}
