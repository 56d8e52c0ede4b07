import { cellText, type Cell, type Grid } from '../../sheets-schema/cell';
import { INDICATOR_CATALOG } from '../../sheets-schema/indicators';
import { readTable, type TableProblem } from '../../sheets-schema/table';
import { parseLaoType } from '../lao/lao-type';
import type { Reason } from '../rsvp/types';
import { cleanText, compactKey, parseThaiNumber } from '../text/thai';
import { LAO_TYPES, type LaoType } from '../vocabulary';

/** One catalog row: an indicator as it applies to a group of LAO types. */
export interface Indicator {
  code: string;
  area: string;
  mission: string;
  name: string;
  unit: string;
  /** Unit ร้อยละ: delivered may not exceed frame. Other units are counts. */
  percentage: boolean;
  targetPct: number;
  /** Null: every LAO type. */
  laoTypes: readonly LaoType[] | null;
  /** 1-based data row of the catalog sheet. */
  row: number;
}

export interface Catalog {
  /** The rows kept, in catalog order. */
  readonly indicators: readonly Indicator[];
  /** The row of `code` that applies to `laoType`, if any. */
  lookup(code: string, laoType: LaoType): Indicator | undefined;
  /** Every indicator that applies to `laoType`, in catalog order. */
  applicable(laoType: LaoType): readonly Indicator[];
  /** Whether the code exists at all (for any type). */
  has(code: string): boolean;
}

/** A catalog row problem (`row`: 1-based data row, header excluded); rows with an error are left out of the catalog. */
export interface CatalogProblem extends Reason {
  row: number;
}

export type CatalogRead = { ok: true; catalog: Catalog; problems: CatalogProblem[] } | { ok: false; problems: TableProblem[] };

/** Comparison key for an indicator code as typed in either sheet: cleaned, no spaces, upper case. */
export function indicatorKey(cell: Cell): string {
  return cleanText(cellText(cell)).replace(/\s+/g, '').toUpperCase();
}

const PERCENT_UNITS = new Set(['ร้อยละ', '%', 'เปอร์เซ็นต์', 'เปอร์เซนต์'].map(compactKey));

export function isPercentUnit(unit: string): boolean {
  return PERCENT_UNITS.has(compactKey(unit));
}

const TYPE_SEPARATOR = /[,;\n\u3001]+/;

/** Reads the catalog sheet by header; bad rows become Thai problems and are left out. */
export function catalogFromGrid(grid: Grid): CatalogRead {
  const table = readTable(INDICATOR_CATALOG, grid);
  if (!table.ok) return table;
  const problems: CatalogProblem[] = [];
  const kept: Indicator[] = [];
  for (const row of table.rows) {
    const fail = (code: CatalogProblemCode, message: string) => problems.push({ row: row.rowNumber, code, severity: 'error', message });
    const code = indicatorKey(row.code);
    const name = cleanText(cellText(row.indicator));
    const unit = cleanText(cellText(row.unit));
    const target = parseThaiNumber(row.targetPct);
    if (!code) {
      fail('catalog_code_missing', 'ไม่ได้ระบุรหัสตัวชี้วัด');
      continue;
    }
    if (!name) fail('catalog_indicator_missing', `ตัวชี้วัด ${code} ไม่มีชื่อตัวชี้วัด`);
    if (!unit) fail('catalog_unit_missing', `ตัวชี้วัด ${code} ไม่ได้ระบุหน่วย`);
    if (target === null || Number.isNaN(target) || target < 0 || target > 100) {
      const shown = cellText(row.targetPct).trim();
      fail('catalog_target_invalid', `ตัวชี้วัด ${code} ค่าเป้าหมาย "${shown}" ต้องเป็นตัวเลข 0 ถึง 100`);
    }
    const typeTexts = cleanText(cellText(row.laoTypes))
      .split(TYPE_SEPARATOR)
      .map((t) => t.trim())
      .filter(Boolean);
    const types = typeTexts.map(parseLaoType);
    const unknown = typeTexts.filter((_, i) => types[i] === null);
    if (unknown.length) fail('catalog_unknown_lao_type', `ตัวชี้วัด ${code} ไม่รู้จักประเภท อปท. "${unknown.join('", "')}"`);
    if (!name || !unit || target === null || Number.isNaN(target) || target < 0 || target > 100 || unknown.length) continue;
    kept.push({
      code,
      area: cleanText(cellText(row.area)),
      mission: cleanText(cellText(row.mission)),
      name,
      unit,
      percentage: isPercentUnit(unit),
      targetPct: target,
      laoTypes: types.length ? [...new Set(types as LaoType[])] : null,
      row: row.rowNumber,
    });
  }
  return { ok: true, catalog: buildCatalog(kept, problems), problems };
}

/**
 * Indexes the rows per (code, type). A later row of a code that covers a type an earlier row already covers is an
 * error and is left out whole, so a lookup never depends on which of two contradicting rows came first.
 */
function buildCatalog(rows: Indicator[], problems: CatalogProblem[]): Catalog {
  const byCode = new Map<string, Map<LaoType, Indicator>>();
  const firstOfCode = new Map<string, Indicator>();
  const indicators: Indicator[] = [];
  for (const ind of rows) {
    const types = ind.laoTypes ?? LAO_TYPES;
    const perType = byCode.get(ind.code) ?? new Map<LaoType, Indicator>();
    const clash = types.filter((t) => perType.has(t));
    if (clash.length) {
      const other = perType.get(clash[0]!)!;
      problems.push({
        row: ind.row,
        code: 'catalog_types_overlap',
        severity: 'error',
        message: `ตัวชี้วัด ${ind.code} ซ้ำกับแถวที่ ${other.row} สำหรับประเภท อปท. ${clash.join(', ')} (แต่ละประเภทมีค่าเป้าหมายได้แถวเดียว)`,
      });
      continue;
    }
    const first = firstOfCode.get(ind.code);
    if (first && (compactKey(first.name) !== compactKey(ind.name) || first.percentage !== ind.percentage)) {
      problems.push({
        row: ind.row,
        code: 'catalog_text_differs',
        severity: 'warning',
        message: `ตัวชี้วัด ${ind.code} มีชื่อหรือหน่วยต่างจากแถวที่ ${first.row} กรุณาตรวจสอบว่าเป็นตัวชี้วัดเดียวกัน`,
      });
    }
    if (!first) firstOfCode.set(ind.code, ind);
    for (const t of types) perType.set(t, ind);
    byCode.set(ind.code, perType);
    indicators.push(ind);
  }
  const applicableByType = new Map<LaoType, Indicator[]>(LAO_TYPES.map((t) => [t, indicators.filter((i) => i.laoTypes === null || i.laoTypes.includes(t))]));
  return {
    indicators,
    lookup: (code, laoType) => byCode.get(code)?.get(laoType),
    applicable: (laoType) => applicableByType.get(laoType) ?? [],
    has: (code) => byCode.has(code),
  };
}

export type CatalogProblemCode =
  | 'catalog_code_missing'
  | 'catalog_indicator_missing'
  | 'catalog_unit_missing'
  | 'catalog_target_invalid'
  | 'catalog_unknown_lao_type'
  | 'catalog_types_overlap'
  | 'catalog_text_differs';
