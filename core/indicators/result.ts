import { INDICATOR_RESULTS, type IndicatorResult } from '../vocabulary';

export const MEETS_TARGET: IndicatorResult = 'สูงกว่าค่าเป้าหมาย';
export const BELOW_TARGET: IndicatorResult = 'การพัฒนาในอนาคต';
export const NO_SERVICE: IndicatorResult = 'ไม่มีบริการสาธารณะ';
export const NOT_DONE: IndicatorResult = 'ไม่ได้ดำเนินการ';

/** Older templates' wording for the same category (the 2021 template prints ผ่านค่าเป้าหมายขั้นต่ำ). */
const RESULT_SYNONYMS: Readonly<Record<string, IndicatorResult>> = { ผ่านค่าเป้าหมายขั้นต่ำ: MEETS_TARGET };

/** A published result label to its category; null if it is none of them. */
export function resultCategory(label: string): IndicatorResult | null {
  const text = label.trim();
  return (INDICATOR_RESULTS as readonly string[]).includes(text) ? (text as IndicatorResult) : (RESULT_SYNONYMS[text] ?? null);
}

export interface EntryResult {
  /** delivered / frame × 100, null when frame is 0 or delivered was not recorded. */
  ratioPct: number | null;
  result: IndicatorResult;
}

/**
 * Removes binary floating-point noise (0.57 / 1 × 100 = 56.99999999999999) so the target comparison and what is
 * shown agree with the decimal arithmetic a person does; 9 decimals keep every digit a real entry can carry.
 */
function settle(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** delivered / frame in percent, or null when frame is not positive. */
export function ratioPct(frame: number, delivered: number): number | null {
  return frame > 0 ? settle((delivered / frame) * 100) : null;
}

/**
 * The published rule, in order: frame 0 → no such service; delivered blank (null) or 0 → not carried out;
 * ratio ≥ target → meets the target (equality counts as meeting it); otherwise to develop in future.
 * Expects checked numbers: frame ≥ 0 and finite, delivered null or ≥ 0.
 */
export function resultFor(frame: number, delivered: number | null, targetPct: number): IndicatorResult {
  if (frame === 0) return NO_SERVICE;
  if (delivered === null || delivered === 0) return NOT_DONE;
  return ratioPct(frame, delivered)! >= targetPct ? MEETS_TARGET : BELOW_TARGET;
}

/** The result with its ratio; the ratio is null when frame is 0 or delivered was not recorded. */
export function entryResult(frame: number, delivered: number | null, targetPct: number): EntryResult {
  return {
    ratioPct: delivered === null ? null : ratioPct(frame, delivered),
    result: resultFor(frame, delivered, targetPct),
  };
}
