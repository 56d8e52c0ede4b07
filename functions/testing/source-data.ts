/**
 * A small source spreadsheet for rebuild tests: real registry rows of a few provinces (read from
 * ../shared/data, never copied into the repository), the example workshop sessions, a handful of form
 * responses, a two-indicator catalog and a handful of entries.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { INDICATOR_CATALOG, INDICATOR_ENTRIES } from '../../sheets-schema/indicators';
import { headers } from '../../sheets-schema/define';
import { laoRegistrySheet } from '../../sheets-schema/registry';
import { rsvpResponsesSheet } from '../../sheets-schema/rsvp-form';
import { sessionsSheet } from '../../sheets-schema/sessions';
import { coordinatorsSheet, NATIONAL_KEY } from '../../sheets-schema/coordinators';
import { summaryFilesSheet } from '../../sheets-schema/summary-files';
import type { FakeGoogle } from './fake-google';
import { sharedDataPath } from '../../scripts/testing/shared-data';

export interface RegistryRow {
  code: string;
  type: string;
  name: string;
  province: string;
  district: string;
}

export function registryRows(provinces: readonly string[]): RegistryRow[] {
  const rows: RegistryRow[] = parse(readFileSync(sharedDataPath('lao-registry.csv'), 'utf8'), { columns: true, bom: true });
  return provinces.length ? rows.filter((r) => provinces.includes(r.province)) : rows;
}

/**
 * Seeds the source spreadsheet the way people would fill it: registry codes typed as numbers (Sheets then
 * stores numbers), a note that looks like a formula, Thai digits in a figure.
 */
/** A person who answered the form, as they typed it. */
export interface Respondent {
  name: string;
  phone: string | number;
  email: string;
  province: string;
}

export interface SeededSource {
  id: string;
  laos: RegistryRow[];
  respondents: Respondent[];
}

export function seedSource(fake: FakeGoogle, provinces: readonly string[]): SeededSource {
  const id = fake.sheets.create({ properties: { title: 'ข้อมูลต้นทาง' } }).spreadsheetId;
  const laos = registryRows(provinces);
  fake.sheets.seedValues(id, laoRegistrySheet.name, [headers(laoRegistrySheet), ...laos.map((l) => [Number(l.code), l.type, l.name, l.province, l.district])]);
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
  const sessions: string[][] = parse(readFileSync(path.join(__dirname, '../../sheets-schema/examples/sessions.example.csv'), 'utf8'), { bom: true });
  fake.sheets.seedValues(id, sessionsSheet.name, sessions);
  const label = (type: string) => sessions.slice(1).find((row) => row[3]!.includes(type) || (type === 'อบต.' && row[3]!.includes('องค์การบริหารส่วนตำบล')))![0]!;

  // Forms writes a typed phone that looks like a number as a number: the leading zero is gone.
  const [first, second] = [
    laos.find((l) => l.province === provinces[0] && l.type === 'อบต.')!,
    laos.find((l) => l.province === provinces[1] && l.type === 'เทศบาลตำบล')!,
  ];
  const respondents: Respondent[] = [
    { name: 'นายสมชาย ใจดี', phone: '081-234-5678', email: 'somchai@example.com', province: first.province },
    { name: 'นางสาวมาลี ศรีสุข', phone: 861111111, email: 'malee@example.com', province: second.province },
    { name: 'นายไม่พบ ในทะเบียน', phone: '0872222222', email: 'maiphop@example.com', province: first.province },
  ];
  const [somchai, malee, unknown] = respondents as [Respondent, Respondent, Respondent];
  fake.sheets.seedValues(id, rsvpResponsesSheet.name, [
    ['ประทับเวลา', 'จังหวัด', 'อำเภอ', 'ประเภท อปท.', 'ชื่อ อปท.', 'รหัส อปท.', 'ชื่อ-นามสกุล', 'ตำแหน่ง', 'โทรศัพท์มือถือ', 'อีเมล', 'รอบการประชุม'],
    [
      new Date('2026-06-10T02:00:00Z'),
      `จ.${first.province}`,
      first.district,
      'องค์การบริหารส่วนตำบล',
      `อบต.${first.name}`,
      '',
      somchai.name,
      'นักวิเคราะห์นโยบายและแผน',
      somchai.phone,
      'old@example.com',
      label('อบต.'),
    ],
    [
      new Date('2026-06-12T03:00:00Z'),
      first.province,
      first.district,
      'องค์การบริหารส่วนตำบล',
      first.name,
      '',
      somchai.name,
      'นักวิเคราะห์นโยบายและแผน',
      somchai.phone,
      somchai.email,
      label('อบต.'),
    ],
    [
      new Date('2026-06-11T04:00:00Z'),
      second.province,
      second.district,
      'เทศบาลตำบล',
      `ทต.${second.name}`,
      '',
      malee.name,
      '=HYPERLINK("http://x.example","ตำแหน่ง")',
      malee.phone,
      malee.email,
      label('เทศบาลตำบล'),
    ],
    [new Date('2026-06-11T05:00:00Z'), first.province, 'เมือง', '', 'สำนักงานจังหวัด', '', unknown.name, 'เจ้าหน้าที่', unknown.phone, unknown.email, label('อบต.')],
    [new Date('2026-06-11T06:00:00Z'), '', '', '', '', '', '', '', '', '', ''],
  ]);
  return { id, laos, respondents };
}

/** The summary's title for a key, as the core names the workbooks. */
export function summaryTitle(key: string): string {
  if (key === NATIONAL_KEY) return 'สรุประดับประเทศ';
  return key === 'กรุงเทพมหานคร' ? 'สรุปกรุงเทพมหานคร' : `สรุปจังหวัด${key}`;
}

/** Writes the coordinators sheet: one row per (province or NATIONAL_KEY, e-mail). */
export function seedCoordinators(fake: FakeGoogle, sourceId: string, viewers: Record<string, readonly string[]>): void {
  const rows = Object.entries(viewers).flatMap(([province, emails]) => emails.map((e) => [province, e]));
  fake.sheets.seedValues(sourceId, coordinatorsSheet.name, [headers(coordinatorsSheet), ...rows]);
}

/**
 * The owner's set-up in My Drive: a folder of theirs shared with the function's account as editor, one prepared
 * spreadsheet per key, and the summary-files sheet naming each by id. Returns the folder and the ids by key.
 */
export function prepareMyDrive(fake: FakeGoogle, sourceId: string, keys: readonly string[]): { folder: string; ids: Map<string, string> } {
  const folder = fake.drive.addFolder('สรุปการประเมินมาตรฐานขั้นต่ำ');
  const ids = new Map(keys.map((key) => [key, fake.drive.addSpreadsheet(folder, summaryTitle(key))]));
  writeSummaryFiles(fake, sourceId, ids);
  return { folder, ids };
}

export function writeSummaryFiles(fake: FakeGoogle, sourceId: string, ids: ReadonlyMap<string, string>): void {
  fake.sheets.seedValues(sourceId, summaryFilesSheet.name, [
    headers(summaryFilesSheet),
    ...[...ids].map(([key, id]) => [key, id, `https://docs.google.com/spreadsheets/d/${id}/edit`]),
  ]);
}
