import { headers } from '../../sheets-schema/define';
import { INDICATOR_ENTRIES } from '../../sheets-schema/indicators';
import type { RegistryEntry } from '../registry/types';
import { TYPE_SIZE, type DemoIndicator } from './indicator-catalog';
import { createRng, type Rng } from './random';
import { toThaiDigits } from './typing';
import type { LaoType } from '../vocabulary';

/** Every kind of mistake (and honest blank) a generated indicator entry can carry. */
export const ENTRY_MISTAKE_KINDS = [
  'not_entered',
  'not_done',
  'delivered_dash',
  'thai_digits',
  'thousands_separator',
  'stray_spaces',
  'frame_blank',
  'not_a_number',
  'negative',
  'delivered_exceeds_frame',
  'duplicate_same',
  'duplicate_conflict',
  'frame_outlier',
  'delivered_outlier',
  'unknown_lao',
  'unknown_indicator',
  'not_applicable',
  'lao_code_thai_digits',
] as const;
export type EntryMistakeKind = (typeof ENTRY_MISTAKE_KINDS)[number];

export interface EntryOptions {
  seed?: number | string;
  /** Share of LAOs that have not started (every figure blank) and that left some figures blank. */
  notStarted?: number;
  partial?: number;
  /** Share of entries with frame > 0 where nothing was done (delivered blank, `-` or 0). */
  notDone?: number;
  rates?: Partial<Record<EntryRateKind, number>>;
}

type EntryRateKind = Exclude<EntryMistakeKind, 'not_entered' | 'not_done' | 'delivered_dash'>;

/** Per-entry chances of each mistake: rare, as in a sheet that mostly validates input, but every kind present. */
export const DEFAULT_ENTRY_RATES: Record<EntryRateKind, number> = {
  thai_digits: 0.01,
  thousands_separator: 0.5,
  stray_spaces: 0.01,
  frame_blank: 0.002,
  not_a_number: 0.002,
  negative: 0.0005,
  delivered_exceeds_frame: 0.002,
  duplicate_same: 0.001,
  duplicate_conflict: 0.001,
  frame_outlier: 0.0005,
  delivered_outlier: 0.0005,
  unknown_lao: 0.0002,
  unknown_indicator: 0.0002,
  not_applicable: 0.0005,
  lao_code_thai_digits: 0.001,
};

export interface EntryTruth {
  /** 1-based data row of the entries sheet. */
  row: number;
  /** What the row is really about (before a wrong code was typed). */
  laoCode: string;
  indicatorCode: string;
  mistakes: EntryMistakeKind[];
}

export interface GeneratedEntries {
  header: string[];
  rows: string[][];
  truth: EntryTruth[];
}

const NOTES = ['', '', '', '', '', '', '', '', 'ข้อมูล ณ 30 มิ.ย. 2569', 'ตามทะเบียนทรัพย์สิน', 'ประมาณการ', 'รอตรวจสอบ'];
const NOT_NUMBERS = ['ไม่มี', 'n/a', 'ไม่ทราบ', '12 กม.', 'รอข้อมูล', '?'];

/**
 * One entries row per (LAO, applicable indicator), province by province as the filled data-entry templates come
 * back, with realistic figures (sizes by LAO type, some services absent, most LAOs near the target) and the
 * mistakes people make filling sheets. Deterministic per seed.
 */
export function generateIndicatorEntries(
  registry: readonly RegistryEntry[],
  indicators: readonly DemoIndicator[],
  options: EntryOptions = {},
): GeneratedEntries {
  const rates = { ...DEFAULT_ENTRY_RATES, ...options.rates };
  const notStarted = options.notStarted ?? 0.03;
  const partial = options.partial ?? 0.07;
  const notDone = options.notDone ?? 0.03;
  const rng = createRng(options.seed ?? 1);
  const applicable = new Map<LaoType, DemoIndicator[]>();
  const forType = (type: LaoType) => {
    let list = applicable.get(type);
    if (!list) applicable.set(type, (list = indicators.filter((i) => i.targets[type] !== undefined)));
    return list;
  };
  const rows: string[][] = [];
  const truth: EntryTruth[] = [];
  const push = (cells: string[], t: Omit<EntryTruth, 'row'>) => {
    rows.push(cells);
    truth.push({ row: rows.length, ...t });
  };
  const ordered = [...registry].sort((a, b) => (a.province < b.province ? -1 : a.province > b.province ? 1 : a.code < b.code ? -1 : 1));
  for (const lao of ordered) {
    const state = rng.chance(notStarted) ? 'none' : rng.chance(partial) ? 'partial' : 'full';
    // An LAO's diligence moves all its ratios together: some meet most targets, some few.
    const diligence = rng.normal() * 0.08;
    const list = forType(lao.type);
    const laoRepeats: Array<[string[], Omit<EntryTruth, 'row'>]> = [];
    for (const ind of list) {
      const mistakes: EntryMistakeKind[] = [];
      let laoCode = lao.code;
      let code = ind.code;
      const note = rng.pick(NOTES);
      if (state === 'none' || (state === 'partial' && rng.chance(0.35))) {
        push([laoCode, code, '', '', ''], { laoCode: lao.code, indicatorCode: ind.code, mistakes: ['not_entered'] });
        continue;
      }
      const target = ind.targets[lao.type] as number;
      const decimals = ind.measure === 'km' || ind.measure === 'tonnes' ? 2 : 0;
      let frame = rng.chance(ind.none) ? 0 : round(ind.size * TYPE_SIZE[lao.type] * Math.exp(rng.normal() * 0.6), decimals, 1);
      let delivered: number | null;
      if (frame > 0 && rng.chance(notDone)) {
        delivered = null;
        mistakes.push('not_done');
      } else {
        const spread = rng.normal() * 0.14 + 0.06 + diligence;
        const share = ind.percentage ? clamp(target / 100 + spread, 0, 1) : clamp(target / 100 + spread, 0, 1.4);
        delivered = round(frame * share, decimals, 0);
      }
      if (rng.chance(rates.delivered_exceeds_frame) && ind.percentage && frame > 0) {
        delivered = Math.max(round(frame * (1.1 + rng.next()), decimals, 1), frame + 1);
        mistakes.push('delivered_exceeds_frame');
      }
      if (rng.chance(rates.frame_outlier) && frame > 0) {
        frame = round(frame * 1000, decimals, 1); // metres typed where the unit is km, or an extra digits run
        mistakes.push('frame_outlier');
      } else if (rng.chance(rates.delivered_outlier) && frame > 0 && delivered !== null && delivered > 0) {
        delivered = round(delivered / 100, 2, 0);
        mistakes.push('delivered_outlier');
      }
      let frameCell = writeNumber(frame, rng, rates, mistakes);
      let deliveredCell = '';
      if (delivered === null || (frame === 0 && rng.chance(0.6))) {
        // Nothing recorded: `-` as the published pages print it, or blank, or 0.
        const form =
          frame === 0
            ? rng.weighted([
                ['-', 5],
                ['', 3],
                ['0', 2],
              ] as const)
            : rng.weighted([
                ['-', 5],
                ['', 4],
                ['0', 1],
              ] as const);
        if (form === '-') mistakes.push('delivered_dash');
        deliveredCell = form;
      } else {
        deliveredCell = writeNumber(delivered, rng, rates, mistakes);
      }
      if (rng.chance(rates.negative) && frame > 0) {
        const value = parseFloat(deliveredCell);
        deliveredCell = '-' + (value > 0 ? deliveredCell.trim() : String(rng.between(1, 20)));
        mistakes.push('negative');
      }
      if (rng.chance(rates.frame_blank) && deliveredCell !== '' && deliveredCell !== '-') {
        frameCell = '';
        mistakes.push('frame_blank');
      }
      if (rng.chance(rates.not_a_number)) {
        if (rng.chance(0.5)) frameCell = rng.pick(NOT_NUMBERS);
        else deliveredCell = rng.pick(NOT_NUMBERS);
        mistakes.push('not_a_number');
      }
      if (rng.chance(rates.unknown_lao)) {
        laoCode = lao.code.slice(0, 5) + String((Number(lao.code.slice(5)) + 50 + rng.int(40)) % 100).padStart(2, '0');
        mistakes.push('unknown_lao');
      } else if (rng.chance(rates.lao_code_thai_digits)) {
        laoCode = toThaiDigits(laoCode);
        mistakes.push('lao_code_thai_digits');
      }
      if (rng.chance(rates.unknown_indicator)) {
        code = `${ind.code}.${rng.between(1, 9)}`;
        mistakes.push('unknown_indicator');
      }
      const cells = [laoCode, code, frameCell, deliveredCell, note];
      push(cells, { laoCode: lao.code, indicatorCode: ind.code, mistakes });
      if (rng.chance(rates.duplicate_same))
        laoRepeats.push([[...cells], { laoCode: lao.code, indicatorCode: ind.code, mistakes: [...mistakes, 'duplicate_same'] }]);
      else if (rng.chance(rates.duplicate_conflict) && frame > 0) {
        const changed = [...cells];
        let other = round(frame * (0.5 + rng.next()), decimals, 1);
        if (other === frame) other += 1;
        changed[2] = writeNumber(other, rng, rates, []);
        laoRepeats.push([changed, { laoCode: lao.code, indicatorCode: ind.code, mistakes: ['duplicate_conflict'] }]);
      }
    }
    // Rows an LAO added for indicators that are not its type's (copied from another template).
    if (state !== 'none' && rng.chance(rates.not_applicable * list.length)) {
      const foreign = indicators.filter((i) => i.targets[lao.type] === undefined);
      if (foreign.length) {
        const ind = rng.pick(foreign);
        push([lao.code, ind.code, String(rng.between(1, 20)), String(rng.between(0, 20)), ''], {
          laoCode: lao.code,
          indicatorCode: ind.code,
          mistakes: ['not_applicable'],
        });
      }
    }
    for (const [cells, t] of laoRepeats) push(cells, t);
  }
  return { header: headers(INDICATOR_ENTRIES), rows, truth };
}

/** A figure as typed: plain, with thousands separators, Thai digits, or stray spaces. */
function writeNumber(x: number, rng: Rng, rates: Record<EntryRateKind, number>, mistakes: EntryMistakeKind[]): string {
  let text = String(x);
  if (Math.abs(x) >= 1000 && rng.chance(rates.thousands_separator)) {
    const [whole = '', fraction] = text.split('.');
    text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
    mistakes.push('thousands_separator');
  }
  if (rng.chance(rates.thai_digits)) {
    text = toThaiDigits(text);
    mistakes.push('thai_digits');
  }
  if (rng.chance(rates.stray_spaces)) {
    text = rng.pick([` ${text}`, `${text} `, `  ${text} `]);
    mistakes.push('stray_spaces');
  }
  return text;
}

function round(x: number, decimals: number, atLeast: number): number {
  const f = 10 ** decimals;
  return Math.max(atLeast, Math.round(x * f) / f);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
