/** A data set small enough to check every indicator figure by hand (tests only). */
import type { Cell } from '../../sheets-schema/cell';
import { Registry } from '../registry/index';
import type { RegistryEntry } from '../registry/types';
import { catalogFromGrid, type Catalog } from './catalog';
import type { EntryRow } from './entries';
import type { LaoType } from '../vocabulary';

/**
 * Hand-checked data set. Catalog: R1 (ร้อยละ, 80) for อบต. and เทศบาลเมือง, R2 (ร้อยละ, 75) for อบต.,
 * C1 (ครั้ง, 50) for เทศบาลเมือง; nothing for อบจ.
 *   ตาก/แม่สอด     A 6630106 อบต.: R1 90/100 meets, R2 5/10 below                    → complete
 *                  B 4630102 ทม.:  R1 frame 0 no service, C1 1/4 below                → complete
 *   ตาก/แม่ระมาด   C 6630104 อบต.: R1 -/10 not done, R2 12/10 error (> frame)          → errors
 *                  D 6630105 อบต.: R1 8/10 meets exactly, R2 not entered              → incomplete
 *   กระบี่/คลองท่อม E 6810103 อบต.: R1 5/5 meets, R2 4/5 meets, R2 again identical      → complete (warning)
 *   กระบี่/เมือง    F 2810101 อบจ.: R1 entered though not applicable                    → error, not expected
 *   9999999: unknown LAO.
 */
function lao(code: string, type: LaoType, province: string, district: string): RegistryEntry {
  return { code, type, name: `ชื่อ${code}`, province, district, districts: [district] };
}

export const registry = new Registry([
  lao('6630106', 'อบต.', 'ตาก', 'แม่สอด'),
  lao('4630102', 'เทศบาลเมือง', 'ตาก', 'แม่สอด'),
  lao('6630104', 'อบต.', 'ตาก', 'แม่ระมาด'),
  lao('6630105', 'อบต.', 'ตาก', 'แม่ระมาด'),
  lao('6810103', 'อบต.', 'กระบี่', 'คลองท่อม'),
  lao('2810101', 'อบจ.', 'กระบี่', 'เมืองกระบี่'),
]);

export function catalog(): Catalog {
  const read = catalogFromGrid([
    ['รหัสตัวชี้วัด', 'ด้าน', 'ภารกิจ', 'ตัวชี้วัด', 'หน่วย', 'ค่าเป้าหมาย (%)', 'ประเภท อปท.'],
    ['R1', 'ด้าน 1', 'ภารกิจ 1', 'ร้อยละของถนน', 'ร้อยละ', 80, 'อบต., ทม.'],
    ['R2', 'ด้าน 1', 'ภารกิจ 1', 'ร้อยละของจุดอันตราย', 'ร้อยละ', 75, 'อบต.'],
    ['C1', 'ด้าน 1', 'ภารกิจ 2', 'จำนวนครั้ง', 'ครั้ง', 50, 'เทศบาลเมือง'],
  ]);
  if (!read.ok || read.problems.length) throw new Error('catalog');
  return read.catalog;
}

export const ENTRIES: Array<[Cell, Cell, Cell, Cell]> = [
  ['6630106', 'R1', 100, 90],
  ['6630106', 'R2', 10, 5],
  ['4630102', 'R1', 0, '-'],
  ['4630102', 'C1', 4, 1],
  ['6630104', 'R1', 10, '-'],
  ['6630104', 'R2', 10, 12],
  ['6630105', 'R1', 10, 8],
  ['6810103', 'R1', 5, 5],
  ['6810103', 'R2', 5, 4],
  ['6810103', 'R2', 5, 4],
  ['2810101', 'R1', 1, 1],
  ['9999999', 'R1', 1, 1],
];

export const rows: EntryRow[] = ENTRIES.map(([laoCode, indicatorCode, frame, delivered], i) => ({
  row: i + 1,
  laoCode,
  indicatorCode,
  frame,
  delivered,
  note: null,
}));
