/**
 * Rebuilds everything derived from the responses: the annotated registrations and the national summary in the
 * bound spreadsheet, and one spreadsheet per province (a file can be shared with a province's coordinators; a sheet
 * cannot be hidden from editors of its spreadsheet, so per-province sheets in one file would break PDPA).
 *
 * Runs from the clock trigger and the menu. The raw responses sheet is only read. Province files whose content did
 * not change since they were last written are skipped (a fingerprint per province in the script properties), and the
 * run stops writing province files before Apps Script's 6-minute limit; the next run finishes them.
 */
import { summarizeGrids } from '../core/job/summarize-grids';
import { formatThaiDateTime } from '../core/dates/format';
import type { Registry } from '../core/registry/index';
import type { AnnotatedResponse } from '../core/rsvp/types';
import type { SheetLayout, WorkbookLayout } from '../sheets-schema/workbook';
import { layoutFromDef } from '../sheets-schema/workbook';
import { provinceFilesSheet } from '../sheets-schema/province-files';
import { UserError } from './errors';
import { fingerprint } from './fingerprint';
import { readGrid } from './grid-reader';
import { findRegistrySheet, findSessionsSheet, listProblems, loadResponsesSheet } from './inputs';
import { writeSheetLayout, writeWorkbookLayout } from './layout-writer';
import { loadPrefillTemplate, rsvpLinksLayout } from './rsvp-form';
import type { Services, Spreadsheet } from './services';

/** Set by every submission, cleared when a rebuild starts: the clock rebuilds only when something is new. */
export const STALE_PROPERTY = 'summariesStale';
const PROVINCE_FILE_PROPERTY = 'provinceFile:';
/** Province files are not started after this much of the 6-minute execution limit. */
export const WRITE_BUDGET_MS = 4.5 * 60 * 1000;
/** A rebuild waits this long for another rebuild or submission to finish. */
const LOCK_WAIT_MS = 20 * 1000;

interface ProvinceFileRecord {
  id: string;
  hash: string;
  /** ISO time the file was last written. */
  updatedAt: string;
}

export interface RebuildOutcome {
  responses: number;
  statusCounts: Record<AnnotatedResponse['status'], number>;
  provincesWritten: string[];
  provincesUnchanged: number;
  /** Left for the next run (time budget). */
  provincesPending: string[];
  warnings: string[];
}

export function markStale(services: Services): void {
  services.propertiesService.getScriptProperties().setProperty(STALE_PROPERTY, 'true');
}

/**
 * Null when, without `force`, nothing changed since the last rebuild or another execution holds the lock. `force`
 * (the menu) also rewrites the province files whose content did not change.
 */
export function rebuildSummaries(services: Services, spreadsheet: Spreadsheet, options: { force: boolean }): RebuildOutcome | null {
  const started = services.now().getTime();
  const properties = services.propertiesService.getScriptProperties();
  const stored = properties.getProperties();
  if (!options.force && stored[STALE_PROPERTY] === 'false') return null;
  const lock = services.lockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    // The clock simply tries again next time (the summaries stay marked stale); a person is told.
    if (!options.force) return null;
    throw new UserError('กำลังสร้างสรุปหรือบันทึกคำตอบอยู่ กรุณาลองใหม่อีกครั้งในอีกสักครู่');
  }
  try {
    // Cleared before the responses are read: a submission arriving during the run marks them stale again.
    properties.setProperty(STALE_PROPERTY, 'false');
    const registrySheet = findRegistrySheet(spreadsheet);
    if (!registrySheet.ok) throw new UserError(registrySheet.message);
    const responsesSheet = loadResponsesSheet(spreadsheet);
    if (!responsesSheet.ok) throw new UserError(responsesSheet.message);
    const sessionsSheet = findSessionsSheet(spreadsheet);
    const generatedAt = services.now();
    const template = loadPrefillTemplate(services);
    const built = summarizeGrids(
      {
        registry: readGrid(registrySheet.value),
        responses: readGrid(responsesSheet.value),
        sessions: sessionsSheet.ok ? readGrid(sessionsSheet.value) : null,
      },
      {
        registry: quoted(registrySheet.value.getName()),
        responses: quoted(responsesSheet.value.getName()),
        sessions: sessionsSheet.ok ? quoted(sessionsSheet.value.getName()) : undefined,
      },
      {
        generatedAt,
        // No response count here: it would change every province's file on every submission.
        sources: (counts) => [`คำตอบจากแบบฟอร์ม: ${quoted(responsesSheet.value.getName())}`, `ทะเบียน อปท.: ${counts.laos} แห่ง`],
        unusableSessions: 'warn',
        provinceSheets: template ? (registry) => linksByProvince(registry, template) : undefined,
        // The follow-up lists give each LAO still to chase its registration link.
        prefill: template,
      },
    );
    if (!built.ok) throw new UserError(`ยังไม่ได้สร้างสรุป เพราะข้อมูลในสเปรดชีตใช้ไม่ได้:\n${listProblems(built.problems)}`);
    const { workbooks } = built;

    const app = services.spreadsheetApp;
    if (built.registrations) writeSheetLayout(spreadsheet, built.registrations, app);
    writeWorkbookLayout(spreadsheet, workbooks.national, app);

    const stamp = formatThaiDateTime(generatedAt);
    const outcome: RebuildOutcome = {
      responses: built.responses?.length ?? 0,
      statusCounts: built.summary.statusCounts,
      provincesWritten: [],
      provincesUnchanged: 0,
      provincesPending: [],
      warnings: [...(sessionsSheet.ok ? [] : [sessionsSheet.message]), ...built.warnings],
    };
    const records = new Map<string, ProvinceFileRecord>();
    for (const { province, workbook } of workbooks.provinces) {
      const known = parseRecord(stored[PROVINCE_FILE_PROPERTY + province]);
      // The generation time is in every sheet's title lines; it alone is no change.
      const hash = fingerprint(JSON.stringify(workbook).split(stamp).join(''));
      // Forced (menu): every file is written, which also remakes a file someone deleted.
      if (known && known.hash === hash && !options.force) {
        records.set(province, known);
        outcome.provincesUnchanged++;
        continue;
      }
      if (services.now().getTime() - started > WRITE_BUDGET_MS) {
        if (known) {
          // Forgetting the hash makes the next run write this file even if its content is unchanged.
          const pending = { ...known, hash: '' };
          properties.setProperty(PROVINCE_FILE_PROPERTY + province, JSON.stringify(pending));
          records.set(province, pending);
        }
        outcome.provincesPending.push(province);
        continue;
      }
      const record = writeProvinceFile(services, workbook, known, hash, generatedAt);
      properties.setProperty(PROVINCE_FILE_PROPERTY + province, JSON.stringify(record));
      records.set(province, record);
      outcome.provincesWritten.push(province);
    }
    if (outcome.provincesPending.length) properties.setProperty(STALE_PROPERTY, 'true');
    writeSheetLayout(spreadsheet, provinceFilesLayout(workbooks.provinces.map((p) => p.province), records), app);
    return outcome;
  } finally {
    lock.releaseLock();
  }
}

const quoted = (sheetName: string) => `แผ่นงาน "${sheetName}"`;

function writeProvinceFile(
  services: Services,
  workbook: WorkbookLayout,
  known: ProvinceFileRecord | null,
  hash: string,
  generatedAt: Date,
): ProvinceFileRecord {
  const app = services.spreadsheetApp;
  const file = (known && openSpreadsheet(services, known.id)) || app.create(workbook.title);
  writeWorkbookLayout(file, workbook, app, { removeOthers: true });
  return { id: file.getId(), hash, updatedAt: generatedAt.toISOString() };
}

function openSpreadsheet(services: Services, id: string): Spreadsheet | null {
  try {
    return services.spreadsheetApp.openById(id);
  } catch {
    return null; // deleted or no longer shared with the owner: a new file is made
  }
}

function parseRecord(text: string | undefined): ProvinceFileRecord | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as ProvinceFileRecord;
  } catch {
    return null;
  }
}

/** Each province file gets its own LAOs' registration links (no personal data), once the form exists. */
function linksByProvince(registry: Registry, template: NonNullable<ReturnType<typeof loadPrefillTemplate>>): Map<string, SheetLayout[]> {
  return new Map(registry.provinces().map((province) => [province, [rsvpLinksLayout(template, registry.inProvince(province))]]));
}

function provinceFilesLayout(provinces: readonly string[], records: ReadonlyMap<string, ProvinceFileRecord>): SheetLayout {
  return layoutFromDef(
    provinceFilesSheet,
    provinces.map((province) => {
      const record = records.get(province);
      return {
        province,
        link: record ? `https://docs.google.com/spreadsheets/d/${record.id}/edit` : 'ยังไม่ได้สร้าง (จะสร้างในรอบถัดไป)',
        updatedAt: record ? new Date(record.updatedAt) : null,
      };
    }),
  );
}
