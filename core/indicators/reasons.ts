import { fillTemplate, type TemplateDetail } from '../reasons/template';
import type { Reason } from '../rsvp/types';

/**
 * Every check on an indicator entry: a stable code (report.json, filters), its severity and its Thai message template
 * with `{placeholders}` for the figures that triggered it (filled by core/reasons/template).
 * Errors make the entry's result unknowable; warnings do not.
 */
export const INDICATOR_REASONS = {
  unknown_lao: { severity: 'error', template: 'ไม่พบรหัส อปท. "{lao}" ในทะเบียน อปท.' },
  unknown_indicator: { severity: 'error', template: 'ไม่พบรหัสตัวชี้วัด "{indicator}" ในบัญชีตัวชี้วัด' },
  indicator_not_applicable: { severity: 'error', template: 'ตัวชี้วัด {indicator} ไม่ใช้กับ อปท. ประเภท {type}' },
  frame_not_number: { severity: 'error', template: 'กรอบการประเมิน (1) "{value}" ไม่ใช่ตัวเลข' },
  delivered_not_number: { severity: 'error', template: 'การจัดบริการสาธารณะ (2) "{value}" ไม่ใช่ตัวเลข' },
  frame_negative: { severity: 'error', template: 'กรอบการประเมิน (1) ติดลบ ({value})' },
  delivered_negative: { severity: 'error', template: 'การจัดบริการสาธารณะ (2) ติดลบ ({value})' },
  frame_missing: { severity: 'error', template: 'กรอกการจัดบริการสาธารณะ (2) แล้ว แต่ไม่ได้กรอกกรอบการประเมิน (1)' },
  delivered_exceeds_frame: {
    severity: 'error',
    template: 'ตัวชี้วัดหน่วยร้อยละ: การจัดบริการสาธารณะ (2) {delivered} มากกว่ากรอบการประเมิน (1) {frame}',
  },
  entry_conflict: {
    severity: 'error',
    template: 'อปท. {lao} ตัวชี้วัด {indicator} กรอกไว้หลายแถวด้วยค่าต่างกัน (แถว {rows}) กรุณาแก้ให้เหลือแถวเดียว',
  },
  entry_repeated: { severity: 'warning', template: 'ซ้ำกับแถว {first} ด้วยค่าเดียวกัน (นับครั้งเดียว)' },
  ratio_outlier: {
    severity: 'warning',
    template: 'ร้อยละ {value} ต่างจากค่ากลางของ {type} ในตัวชี้วัดนี้ ({median}) มากผิดปกติ (modified z-score {z} เกินเกณฑ์ {threshold}) กรุณาตรวจสอบ',
  },
  frame_outlier: {
    severity: 'warning',
    template:
      'กรอบการประเมิน (1) {value} ต่างจากค่ากลางของ {type} ในตัวชี้วัดนี้ ({median}) มากผิดปกติ (modified z-score {z} เกินเกณฑ์ {threshold}) กรุณาตรวจสอบหน่วยหรือจำนวนหลัก',
  },
} as const satisfies Record<string, { severity: Reason['severity']; template: string }>;

export type IndicatorReasonCode = keyof typeof INDICATOR_REASONS;

/** The reason for `code` with its template filled from `detail`. */
export function indicatorReason(code: IndicatorReasonCode, detail: TemplateDetail = {}): Reason {
  const spec = INDICATOR_REASONS[code];
  return { code, severity: spec.severity, message: fillTemplate(spec.template, detail) };
}

/** A figure as shown in messages: thousands separated, at most `decimals` decimals, trailing zeros dropped. */
export function formatFigure(x: number, decimals = 2): string {
  const [whole, fraction] = x.toFixed(decimals).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction?.replace(/0+$/, '');
  return trimmed ? `${grouped}.${trimmed}` : grouped;
}
