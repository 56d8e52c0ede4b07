import { cellText, type Cell, type Grid } from '../../sheets-schema/cell';
import { laoCoverageSheet, laoRegistrySheet } from '../../sheets-schema/registry';
import { locateColumns, readTable, type TableProblem } from '../../sheets-schema/table';
import { parseLaoType, splitLaoName } from '../lao/lao-type';
import { normaliseDistrict, normaliseProvince } from '../lao/place';
import type { Reason } from '../rsvp/types';
import { cleanText } from '../text/thai';
import { BANGKOK_NAME } from '../vocabulary';
import type { RegistryEntry } from './types';

/** An import problem; `row` is the 1-based data row (header excluded), null for the whole file. */
export type RegistryProblem = Reason & { row: number | null };

export type RegistryImport =
  { ok: true; format: 'per-lao' | 'coverage'; entries: RegistryEntry[]; problems: RegistryProblem[] } | { ok: false; problems: RegistryProblem[] };

/**
 * Reads DLA's registry from a grid, in either of its two formats (the header decides): the per-LAO file, one row per
 * code, or the official coverage file, one row per tambon, aggregated per code (districts in first-seen order, the
 * first one as `district`). Rows that cannot be used are skipped with an error; doubtful ones kept with a warning.
 */
export function registryFromGrid(grid: Grid): RegistryImport {
  const header = grid[0] ?? [];
  const coverage = locateColumns(laoCoverageSheet, header).ok;
  const table = coverage ? readTable(laoCoverageSheet, grid) : readTable(laoRegistrySheet, grid);
  if (!table.ok) return { ok: false, problems: table.problems.map(fromTableProblem) };
  const problems: RegistryProblem[] = [];
  const entries = new Map<string, RegistryEntry>();
  for (const row of table.rows) {
    const entry = entryFromRow(row, row.rowNumber, problems);
    if (!entry) continue;
    const seen = entries.get(entry.code);
    if (!seen) entries.set(entry.code, entry);
    else if (coverage) mergeCoverage(seen, entry, row.rowNumber, problems);
    else problems.push(problem('error', 'code_duplicate', `รหัส อปท. ${entry.code} ซ้ำกับแถวก่อนหน้า ใช้ข้อมูลแถวแรก`, row.rowNumber));
  }
  if (entries.size === 0) {
    problems.push(problem('error', 'registry_empty', 'ไม่พบรายชื่อ อปท. ที่ใช้ได้ในทะเบียน', null));
    return { ok: false, problems };
  }
  const list = [...entries.values()];
  problems.push(...provinceCodeWarnings(list));
  return { ok: true, format: coverage ? 'coverage' : 'per-lao', entries: list, problems };
}

/** Adds Bangkok (outside DLA's registry) unless the registry already has it; `code` is configurable. */
export function withBangkok(entries: readonly RegistryEntry[], code = 'BKK'): RegistryEntry[] {
  if (entries.some((e) => e.type === 'กรุงเทพมหานคร' || e.province === BANGKOK_NAME)) return [...entries];
  return [...entries, { code, type: 'กรุงเทพมหานคร', name: BANGKOK_NAME, province: BANGKOK_NAME, district: '', districts: [] }];
}

type RawRow = Record<'code' | 'type' | 'name' | 'province' | 'district', Cell>;

function entryFromRow(row: RawRow, rowNumber: number, problems: RegistryProblem[]): RegistryEntry | null {
  const text = (cell: Cell) => cleanText(cellText(cell));
  const code = text(row.code).replace(/\s+/g, '');
  const typeText = text(row.type);
  const type = parseLaoType(typeText);
  const split = splitLaoName(text(row.name));
  const province = normaliseProvince(text(row.province));
  const district = normaliseDistrict(text(row.district));
  const before = problems.length;
  if (!type) problems.push(problem('error', 'type_unknown', `ประเภท อปท. "${typeText}" ไม่รู้จัก ข้ามแถวนี้`, rowNumber));
  if (!(/^\d{7}$/.test(code) || (type === 'กรุงเทพมหานคร' && code))) {
    problems.push(problem('error', 'code_invalid', `รหัส อปท. "${code}" ไม่ใช่ตัวเลข 7 หลัก ข้ามแถวนี้`, rowNumber));
  }
  if (!split.name) problems.push(problem('error', 'name_missing', `ไม่มีชื่อ อปท. (รหัส ${code}) ข้ามแถวนี้`, rowNumber));
  if (!province) problems.push(problem('error', 'province_missing', `ไม่มีจังหวัด (รหัส ${code}) ข้ามแถวนี้`, rowNumber));
  if (problems.length > before || !type) return null;
  if (split.type && split.type !== type) {
    problems.push(problem('warning', 'name_type_conflict', `ชื่อ "${text(row.name)}" ขัดกับประเภท ${type} (รหัส ${code}) ใช้ประเภทตามคอลัมน์ประเภท`, rowNumber));
  }
  if (!district && type !== 'กรุงเทพมหานคร') problems.push(problem('warning', 'district_missing', `ไม่มีอำเภอ (รหัส ${code})`, rowNumber));
  return { code, type, name: split.name, province, district, districts: district ? [district] : [] };
}

function mergeCoverage(seen: RegistryEntry, next: RegistryEntry, rowNumber: number, problems: RegistryProblem[]): void {
  for (const field of ['type', 'name', 'province'] as const) {
    if (seen[field] !== next[field]) {
      problems.push(
        problem(
          'warning',
          'coverage_conflict',
          `รหัส อปท. ${seen.code}: ${FIELD_LABEL[field]} "${next[field]}" ไม่ตรงกับแถวก่อนหน้า ("${seen[field]}") ใช้ค่าแรก`,
          rowNumber,
        ),
      );
    }
  }
  if (next.district && !seen.districts.includes(next.district)) seen.districts.push(next.district);
  if (!seen.district) seen.district = next.district;
}

const FIELD_LABEL = { type: 'ประเภท', name: 'ชื่อ', province: 'จังหวัด' } as const;

/** Digits 2–3 of a code are its province's code: flag codes that disagree with the rest of their province. */
function provinceCodeWarnings(entries: readonly RegistryEntry[]): RegistryProblem[] {
  const counts = new Map<string, Map<string, number>>();
  for (const e of entries) {
    if (!/^\d{7}$/.test(e.code)) continue;
    const perProvince = counts.get(e.province) ?? new Map<string, number>();
    const digits = e.code.slice(1, 3);
    perProvince.set(digits, (perProvince.get(digits) ?? 0) + 1);
    counts.set(e.province, perProvince);
  }
  const usual = new Map([...counts].map(([province, c]) => [province, [...c].sort((a, b) => b[1] - a[1])[0]?.[0]]));
  return entries
    .filter((e) => /^\d{7}$/.test(e.code) && e.code.slice(1, 3) !== usual.get(e.province))
    .map((e) =>
      problem(
        'warning',
        'code_province_mismatch',
        `รหัส อปท. ${e.code} (${e.name}) มีรหัสจังหวัด ${e.code.slice(1, 3)} แต่ อปท. อื่นใน${e.province}ใช้ ${usual.get(e.province)}`,
        null,
      ),
    );
}

function problem(severity: Reason['severity'], code: string, message: string, row: number | null): RegistryProblem {
  return { code, severity, message, row };
}

function fromTableProblem(p: TableProblem): RegistryProblem {
  const formats =
    'ทะเบียน อปท. ต้องมีหัวตาราง รหัส อปท., ประเภท อปท., ชื่อ อปท., จังหวัด, อำเภอ (หรือ code,type,name,province,district) หรือเป็นไฟล์พื้นที่รับผิดชอบของกรมส่งเสริมการปกครองท้องถิ่น';
  return { code: p.code, severity: 'error', message: `${p.message} (${formats})`, row: null };
}
