/**
 * The project's words, defined once: LAO types, response statuses and their Thai labels, indicator result
 * categories, Bangkok's name. This module imports nothing, so every layer — the pure core, the sheet and form
 * definitions in sheets-schema/, and both adapters — can read it without importing the engine
 * (scripts/testing/import-layers.test.ts keeps it so).
 */

/** LAO types spelled as in DLA's registry, plus Bangkok, which is outside it. */
export const LAO_TYPES = ['อบจ.', 'เทศบาลนคร', 'เทศบาลเมือง', 'เทศบาลตำบล', 'อบต.', 'ท้องถิ่นรูปแบบพิเศษ', 'กรุงเทพมหานคร'] as const;
export type LaoType = (typeof LAO_TYPES)[number];

/** Long form (as on the RSVP form) for each registry type. */
export const LAO_TYPE_LONG: Record<LaoType, string> = {
  'อบจ.': 'องค์การบริหารส่วนจังหวัด',
  เทศบาลนคร: 'เทศบาลนคร',
  เทศบาลเมือง: 'เทศบาลเมือง',
  เทศบาลตำบล: 'เทศบาลตำบล',
  'อบต.': 'องค์การบริหารส่วนตำบล',
  ท้องถิ่นรูปแบบพิเศษ: 'เมืองพัทยา',
  กรุงเทพมหานคร: 'กรุงเทพมหานคร',
};

/** Bangkok's province name, which is also its LAO name; DLA's registry leaves Bangkok out. */
export const BANGKOK_NAME = 'กรุงเทพมหานคร';

/** The four outcomes of a response; every response has exactly one. */
export const RESPONSE_STATUSES = ['ok', 'duplicate', 'invalid', 'unmatched'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** Thai status labels, one per ResponseStatus. */
export const STATUS_LABELS: Readonly<Record<ResponseStatus, string>> = {
  ok: 'ใช้ได้',
  duplicate: 'ซ้ำ',
  invalid: 'ไม่สมบูรณ์',
  unmatched: 'ต้องตรวจสอบ',
};

export function statusLabel(status: ResponseStatus): string {
  return STATUS_LABELS[status];
}

/** The four results an indicator can have, as the assessment manual words them. */
export const INDICATOR_RESULTS = ['สูงกว่าค่าเป้าหมาย', 'การพัฒนาในอนาคต', 'ไม่มีบริการสาธารณะ', 'ไม่ได้ดำเนินการ'] as const;
export type IndicatorResult = (typeof INDICATOR_RESULTS)[number];

/** How Thai documents write an LAO: `อบต.วังหิน`, `เทศบาลตำบลแม่ระมาด`, `เมืองพัทยา`, `กรุงเทพมหานคร`. */
export function laoDisplayName(type: LaoType, name: string): string {
  if (type === 'ท้องถิ่นรูปแบบพิเศษ' || type === 'กรุงเทพมหานคร') return name;
  return `${type}${name}`;
}
