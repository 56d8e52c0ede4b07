import type { Cell } from '../../sheets-schema/cell';
import { columnKeys } from '../../sheets-schema/define';
import { ENTRY_INPUT_COLUMNS, ENTRY_STATUS, ENTRY_STATUS_COLUMNS, entryHelpSheet, entrySheet, type EntryColumn } from '../../sheets-schema/entry-files';
import { layoutFromDef, type WorkbookLayout } from '../../sheets-schema/workbook';
import type { RegistryEntry } from '../registry/types';
import type { Catalog } from './catalog';
import { entryTemplate } from './template';

const STATUS_HELP = [
  `คอลัมน์ "${entrySheet.columns.checkStatus.header}" และ "${entrySheet.columns.checkDetail.header}" ระบบตรวจให้อัตโนมัติเป็นระยะ กรอกเองไม่ได้`,
  `"${ENTRY_STATUS.ok}": ข้อมูลแถวนี้ใช้ได้  "${ENTRY_STATUS.fix}": มีข้อผิดพลาด ต้องแก้ก่อนจึงจะนับผล  "${ENTRY_STATUS.suspicious}": นับผลแล้ว แต่ค่าผิดปกติ กรุณาตรวจสอบ`,
  'ข้อมูลที่กรอกระหว่างการตรวจรอบหนึ่ง จะได้รับการตรวจในรอบถัดไป',
  'เรียงหรือกรองแถวได้ตามสะดวก ระบบหาแถวจากรหัส อปท. และรหัสตัวชี้วัด ไม่ใช่จากลำดับแถว',
];

/**
 * A province's entry spreadsheet: the `npm run templates` workbook (same rows, same order, same locked and
 * validated columns) with the two status columns added blank, and the help sheet saying what they mean.
 */
export function entryFileLayout(province: string, laos: readonly RegistryEntry[], catalog: Catalog): WorkbookLayout {
  const template = entryTemplate(province, laos, catalog);
  const [entries, help] = template.sheets;
  const blanks = ENTRY_STATUS_COLUMNS.map(() => null);
  return {
    title: template.title,
    sheets: [
      {
        ...entries!,
        name: entrySheet.name,
        columns: columnKeys(entrySheet).map((k) => entrySheet.columns[k]),
        rows: entries!.rows.map((row) => [...row, ...blanks]),
      },
      layoutFromDef(entryHelpSheet, [...help!.rows.map(([text]) => ({ text: text ?? null })), ...STATUS_HELP.map((text) => ({ text }))]),
    ],
  };
}

/** 0-based position of an entry sheet column in the layout (the definition's order). */
export function entryColumnIndex(column: EntryColumn): number {
  return columnKeys(entrySheet).indexOf(column);
}

/** One LAO's rows in a freshly laid out entry sheet: contiguous, since rows are grouped by LAO. */
export interface LaoRowBlock {
  laoCode: string;
  /** 1-based sheet row of its first data row (the header is row 1). */
  firstRow: number;
  rows: number;
}

/** The LAO blocks of an entry sheet layout, in row order: where each LAO's own protected range goes. */
export function laoRowBlocks(rows: ReadonlyArray<readonly Cell[]>): LaoRowBlock[] {
  const codeAt = entryColumnIndex('laoCode');
  const blocks: LaoRowBlock[] = [];
  rows.forEach((row, i) => {
    const code = String(row[codeAt] ?? '');
    const last = blocks[blocks.length - 1];
    if (last && last.laoCode === code) last.rows++;
    else blocks.push({ laoCode: code, firstRow: i + 2, rows: 1 });
  });
  return blocks;
}

/** The input columns as one 1-based column span (they are adjacent in the definition), for protections. */
export function inputColumnSpan(): { firstColumn: number; columns: number } {
  const positions = ENTRY_INPUT_COLUMNS.map(entryColumnIndex).sort((a, b) => a - b);
  if (positions.some((p, i) => i > 0 && p !== positions[i - 1]! + 1)) throw new Error('entry input columns must be adjacent');
  return { firstColumn: positions[0]! + 1, columns: positions.length };
}

/** The status columns as one 1-based column span. */
export function statusColumnSpan(): { firstColumn: number; columns: number } {
  const positions = ENTRY_STATUS_COLUMNS.map(entryColumnIndex).sort((a, b) => a - b);
  if (positions.some((p, i) => i > 0 && p !== positions[i - 1]! + 1)) throw new Error('entry status columns must be adjacent');
  return { firstColumn: positions[0]! + 1, columns: positions.length };
}
