import { INDICATOR_ENTRY_TEMPLATE, INDICATOR_TEMPLATE_HELP } from '../../sheets-schema/indicators';
import { NO_DISTRICT_LABEL } from '../../sheets-schema/summaries';
import { layoutFromDef, type WorkbookLayout } from '../../sheets-schema/workbook';
import type { RegistryEntry } from '../registry/types';
import { compareThai } from '../summary/order';
import { provinceTitle } from '../summary/layout-parts';
import type { Catalog } from './catalog';
import { laoDisplayName } from '../vocabulary';

const HELP_LINES = [
  'กรอกเฉพาะคอลัมน์ "กรอบการประเมิน (1)", "การจัดบริการสาธารณะ (2)" และ "หมายเหตุ" คอลัมน์อื่นถูกล็อกไว้',
  'หนึ่งแถวคือหนึ่ง อปท. กับหนึ่งตัวชี้วัด ห้ามแทรก ลบ หรือย้ายแถว และห้ามเปลี่ยนชื่อหัวคอลัมน์',
  'กรอบการประเมิน (1): ปริมาณทั้งหมดที่อยู่ในความรับผิดชอบ (เช่น ระยะทางถนนทั้งหมด) กรอกเป็นตัวเลขตั้งแต่ 0 ขึ้นไป',
  'การจัดบริการสาธารณะ (2): ปริมาณที่ได้รับบริการ กรอกเป็นตัวเลขตั้งแต่ 0 ขึ้นไป',
  'ถ้าไม่มีบริการนี้ในพื้นที่ ให้กรอกกรอบการประเมิน (1) เป็น 0 ผลจะเป็น "ไม่มีบริการสาธารณะ"',
  'ถ้ามีแต่ยังไม่ได้ดำเนินการ ให้กรอกกรอบการประเมิน (1) และเว้นว่างหรือกรอก 0 ที่การจัดบริการสาธารณะ (2)',
  'ตัวชี้วัดหน่วยร้อยละ: การจัดบริการสาธารณะ (2) ต้องไม่มากกว่ากรอบการประเมิน (1)',
  'ร้อยละ = (2) ÷ (1) × 100 ถ้าถึงค่าเป้าหมาย ผลคือ "สูงกว่าค่าเป้าหมาย" ถ้าต่ำกว่า ผลคือ "การพัฒนาในอนาคต"',
];

/**
 * A province's data-entry workbook: one row per LAO and applicable indicator (district, then code; indicators in
 * catalog order), LAO and indicator columns locked, the two numbers validated. LAOs without an applicable indicator
 * get no rows. The entry sheet comes first and has no preamble, so the entries reader reads it back as it is.
 */
export function entryTemplate(province: string, laos: readonly RegistryEntry[], catalog: Catalog): WorkbookLayout {
  const ordered = [...laos].sort((a, b) => compareThai(a.district, b.district) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const rows = ordered.flatMap((lao) =>
    catalog.applicable(lao.type).map((ind) => ({
      laoCode: lao.code,
      laoName: laoDisplayName(lao.type, lao.name),
      laoType: lao.type,
      district: lao.district || NO_DISTRICT_LABEL,
      indicatorCode: ind.code,
      indicator: ind.name,
      unit: ind.unit,
      targetPct: ind.targetPct,
      frame: null,
      delivered: null,
      note: null,
    })),
  );
  return {
    title: `แบบกรอกข้อมูลตัวชี้วัด ${provinceTitle(province)}`,
    sheets: [
      layoutFromDef(INDICATOR_ENTRY_TEMPLATE, rows, { protect: true }),
      layoutFromDef(
        INDICATOR_TEMPLATE_HELP,
        HELP_LINES.map((text) => ({ text })),
      ),
    ],
  };
}
