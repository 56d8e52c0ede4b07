/**
 * What an entry check run reads from the source spreadsheet, checked the same way by the cloud function and by
 * Apps Script: the registry, the indicator catalog, the list of entry files and the settings (the entry window).
 */
import { cellText, type Grid } from '../../sheets-schema/cell';
import { entryFilesSheet } from '../../sheets-schema/entry-files';
import { readTable } from '../../sheets-schema/table';
import { registryFromGrid, withBangkok } from '../registry/import';
import { Registry } from '../registry/index';
import { catalogFromGrid, type Catalog } from './catalog';
import { entryWindowFromSettings, type EntryWindow } from './entry-progress';

export interface EntryFileRef {
  province: string;
  fileId: string;
}

export interface EntrySourceGrids {
  registry: Grid;
  catalog: Grid;
  entryFiles: Grid;
  /** Null when the settings sheet is missing: the window is then unknown and said so. */
  settings: Grid | null;
}

export type EntrySource = { ok: true; registry: Registry; catalog: Catalog; files: EntryFileRef[]; window: EntryWindow } | { ok: false; problems: string[] };

/** Reads the inputs; any error in the registry, the catalog or the files list stops the run with Thai problems. */
export function readEntrySource(grids: EntrySourceGrids): EntrySource {
  const problems: string[] = [];
  const imported = registryFromGrid(grids.registry);
  if (!imported.ok) problems.push(...imported.problems.map((p) => p.message));
  const catalog = catalogFromGrid(grids.catalog);
  if (!catalog.ok) problems.push(...catalog.problems.map((p) => p.message));
  else problems.push(...catalog.problems.filter((p) => p.severity === 'error').map((p) => `บัญชีตัวชี้วัด แถว ${p.row}: ${p.message}`));
  const table = readTable(entryFilesSheet, grids.entryFiles);
  const files: EntryFileRef[] = [];
  if (!table.ok) problems.push(...table.problems.map((p) => p.message));
  else {
    for (const row of table.rows) {
      const province = cellText(row.province).trim();
      const fileId = cellText(row.fileId).trim();
      if (province && fileId) files.push({ province, fileId });
    }
    if (!files.length) problems.push(`แผ่นงาน "${entryFilesSheet.name}" ยังไม่มีไฟล์ กรุณาใช้เมนู › สร้างไฟล์บันทึกตัวชี้วัดรายจังหวัด`);
  }
  if (problems.length || !imported.ok || !catalog.ok) return { ok: false, problems };
  return { ok: true, registry: new Registry(withBangkok(imported.entries)), catalog: catalog.catalog, files, window: entryWindowFromSettings(grids.settings) };
}
