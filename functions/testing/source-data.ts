/**
 * A small source spreadsheet for rebuild tests: real registry rows of a few provinces (read from
 * ../shared/data, never copied into the repository), a two-indicator catalog and a handful of entries.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { INDICATOR_CATALOG, INDICATOR_ENTRIES } from '../../sheets-schema/indicators';
import { headers } from '../../sheets-schema/define';
import { laoRegistrySheet } from '../../sheets-schema/registry';
import type { FakeGoogle } from './fake-google';

const DATA_DIR = path.join(__dirname, '../../../shared/data');

export interface RegistryRow {
  code: string;
  type: string;
  name: string;
  province: string;
  district: string;
}

export function registryRows(provinces: readonly string[]): RegistryRow[] {
  const rows: RegistryRow[] = parse(readFileSync(path.join(DATA_DIR, 'lao-registry.csv'), 'utf8'), { columns: true, bom: true });
  return provinces.length ? rows.filter((r) => provinces.includes(r.province)) : rows;
}

/**
 * Seeds the source spreadsheet the way people would fill it: registry codes typed as numbers (Sheets then
 * stores numbers), a note that looks like a formula, Thai digits in a figure.
 */
export function seedSource(fake: FakeGoogle, provinces: readonly string[]): { id: string; laos: RegistryRow[] } {
  const id = fake.sheets.create({ properties: { title: 'ข้อมูลต้นทาง' } }).spreadsheetId;
  const laos = registryRows(provinces);
  fake.sheets.seedValues(id, laoRegistrySheet.name, [
    headers(laoRegistrySheet),
    ...laos.map((l) => [Number(l.code), l.type, l.name, l.province, l.district]),
  ]);
  fake.sheets.seedValues(id, INDICATOR_CATALOG.name, [
    headers(INDICATOR_CATALOG),
    ['1.1', 'ด้านที่ 1 โครงสร้างพื้นฐาน', 'ภารกิจที่ 1 ถนน', 'ร้อยละของระยะทางถนนลาดยางที่ได้รับการบำรุงรักษา', 'ร้อยละ', 75, ''],
    ['1.2', 'ด้านที่ 1 โครงสร้างพื้นฐาน', 'ภารกิจที่ 1 ถนน', 'ร้อยละของจุดเสี่ยงที่ได้รับการแก้ไข', 'ร้อยละ', 80, 'อบต.'],
  ]);
  const sao = laos.find((l) => l.type === 'อบต.')!;
  const other = laos.find((l) => l.type !== 'อบต.')!;
  fake.sheets.seedValues(id, INDICATOR_ENTRIES.name, [
    headers(INDICATOR_ENTRIES),
    [Number(sao.code), '1.1', 120, '๙๐', '=IMPORTRANGE("https://docs.google.com/x","A1")'],
    [Number(sao.code), '1.2', 10, 9, ''],
    [Number(other.code), '1.1', 0, '-', 'ไม่มีถนนลาดยาง'],
  ]);
  return { id, laos };
}
