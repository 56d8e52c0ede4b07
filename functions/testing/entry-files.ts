/**
 * Seeds the fake Sheets server with what the owner's set-up leaves behind for the entry check run: the source
 * spreadsheet (registry, catalog, settings, the entry files list) and one entry spreadsheet per province with its
 * progress sheets. Tests and benchmarks only.
 */
import type { EntryDataSet } from '../../core/indicators/entry-test-data';
import type { Grid } from '../../sheets-schema/cell';
import { headers } from '../../sheets-schema/define';
import { entryDistrictProgressSheet, entryFilesSheet, entryFollowUpSheet, entrySheet } from '../../sheets-schema/entry-files';
import { INDICATOR_CATALOG } from '../../sheets-schema/indicators';
import { laoRegistrySheet } from '../../sheets-schema/registry';
import { SETTING_KEYS, settingsSheet } from '../../sheets-schema/settings';
import type { FakeGoogle } from './fake-google';

export interface SeededEntryFiles {
  sourceId: string;
  /** Province → entry spreadsheet id. */
  fileIds: Map<string, string>;
}

/** Columns the check run reads; `checkedOnly` seeds only these (and the whole header) to keep a national fake small. */
const CHECKED = new Set<string>(['laoCode', 'indicatorCode', 'frame', 'delivered', 'note', 'checkStatus', 'checkDetail']);

export function seedEntryFiles(
  fake: FakeGoogle,
  data: EntryDataSet,
  which: 'filled' | 'blank' = 'filled',
  options: { checkedOnly?: boolean } = {},
): SeededEntryFiles {
  const keep = Object.keys(entrySheet.columns).map((k) => !options.checkedOnly || CHECKED.has(k));
  const sourceId = fake.sheets.create({ properties: { title: 'ข้อมูลต้นทาง' } }).spreadsheetId;
  fake.sheets.seedValues(sourceId, laoRegistrySheet.name, [
    headers(laoRegistrySheet),
    ...data.registry.entries.map((e) => [e.code, e.type, e.name, e.province, e.district]),
  ]);
  fake.sheets.seedValues(sourceId, INDICATOR_CATALOG.name, data.catalogGrid as Grid);
  fake.sheets.seedValues(sourceId, settingsSheet.name, [
    headers(settingsSheet),
    [SETTING_KEYS.entryWindowStart, '1/7/2569'],
    [SETTING_KEYS.entryWindowEnd, '31/8/2569'],
  ]);
  const fileIds = new Map<string, string>();
  for (const file of data.files) {
    const id = fake.sheets.create({
      properties: { title: `แบบกรอกข้อมูลตัวชี้วัด จังหวัด${file.province}` },
      sheets: [{ properties: { title: entrySheet.name } }],
    }).spreadsheetId;
    const source = which === 'filled' ? file.filled : file.blank;
    const grid = options.checkedOnly ? source.map((row, r) => (r === 0 ? row : row.map((c, i) => (keep[i] ? c : null)))) : source;
    fake.sheets.seedValues(id, entrySheet.name, grid);
    fake.sheets.seedValues(id, entryDistrictProgressSheet.name, [[null]]);
    fake.sheets.seedValues(id, entryFollowUpSheet.name, [[null]]);
    fileIds.set(file.province, id);
  }
  fake.sheets.seedValues(sourceId, entryFilesSheet.name, [
    headers(entryFilesSheet),
    ...[...fileIds].map(([province, id]) => [province, id, `https://docs.google.com/spreadsheets/d/${id}/edit`, null, null]),
  ]);
  return { sourceId, fileIds };
}
