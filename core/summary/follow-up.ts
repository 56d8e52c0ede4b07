import type { Cell } from '../../sheets-schema/cell';
import { prefilledLink, type PrefillTemplate } from '../rsvp/prefilled-links';
import { FOLLOW_UP_LABEL, notRegisteredSheet } from '../../sheets-schema/summaries';
import { columnKeys } from '../../sheets-schema/define';
import { layoutFromDef, type SheetLayout, type Tone } from '../../sheets-schema/workbook';
import type { RegistryEntry } from '../registry/types';
import { responsibilityBlocks } from './responsibility';
import { laoDisplayName } from '../vocabulary';

/** An LAO's indicator entry so far (from core/indicators/progress). */
export interface IndicatorCompletion {
  done: number;
  applicable: number;
  complete: boolean;
}

export interface FollowUpInput {
  laos: readonly RegistryEntry[];
  /** Codes of the LAOs registered; null when no responses were summarised (indicator season only). */
  registered: ReadonlySet<string> | null;
  /** Per LAO code, when indicator entries were summarised; an LAO absent from it has no indicator to enter. */
  indicators: ReadonlyMap<string, IndicatorCompletion> | null;
  /** The form's link template, when known: every LAO still to chase gets its prefilled link. */
  prefill: PrefillTemplate | null;
  /**
   * Without a template, each LAO's link as the Apps Script set-up listed it (`ลิงก์ลงทะเบียนราย อปท.`), by LAO code:
   * the cloud function reads them there, so its follow-up lists carry the same links.
   */
  links?: ReadonlyMap<string, string> | null;
  preamble: string[];
}

type Row = Record<keyof typeof notRegisteredSheet.columns, Cell>;

/** Cells of the progress bar: ten, each a tenth of the block. */
const BAR_CELLS = 10;

/** `■■■■■■□□□□ 58%`: a bar that prints in any spreadsheet and on any printer, coloured by the row's tone. */
export function progressBar(done: number, total: number): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * BAR_CELLS);
  return `${'■'.repeat(filled)}${'□'.repeat(BAR_CELLS - filled)} ${Math.floor(share * 100)}%`;
}

/**
 * The follow-up list as rows: per block of responsibility, a heading row (who follows up, how many LAOs are still to
 * chase out of how many, and a bar of those done), then each LAO to chase with what is missing and its link.
 */
export function followUpLayout(input: FollowUpInput): SheetLayout {
  const rows: Row[] = [];
  const tones: Array<Tone | null> = [];
  const bars: Array<{ done: number; total: number } | null> = [];
  for (const block of responsibilityBlocks(input.laos)) {
    const label = block.kind === 'province' ? FOLLOW_UP_LABEL.province : FOLLOW_UP_LABEL.district(block.district);
    const chase = block.laos.flatMap((e) => {
      const missing = whatIsMissing(e, input);
      return missing ? [{ lao: e, missing }] : [];
    });
    const done = block.laos.length - chase.length;
    rows.push({
      block: label,
      laoType: null,
      laoName: chase.length ? `ต้องติดตาม ${chase.length} จาก ${block.laos.length} แห่ง` : `ครบทั้ง ${block.laos.length} แห่ง`,
      laoCode: null,
      followUp: null,
      progress: progressBar(done, block.laos.length),
      link: null,
    });
    tones.push(chase.length ? 'heading' : 'good');
    bars.push({ done, total: block.laos.length });
    for (const { lao, missing } of chase) {
      rows.push({
        block: label,
        laoType: lao.type,
        laoName: laoDisplayName(lao.type, lao.name),
        laoCode: lao.code,
        followUp: missing,
        progress: null,
        link: input.prefill ? prefilledLink(input.prefill, lao) : (input.links?.get(lao.code) ?? null),
      });
      tones.push(missing === FOLLOW_UP_LABEL.notRegistered ? 'missing' : 'partial');
      bars.push(null);
    }
  }
  const barColumn = columnKeys(notRegisteredSheet).indexOf('progress');
  return { ...layoutFromDef(notRegisteredSheet, rows, { preamble: input.preamble }), tones, bars: { column: barColumn, rows: bars } };
}

/** What is still to chase for an LAO, in Thai; null when nothing is. */
function whatIsMissing(e: RegistryEntry, input: FollowUpInput): string | null {
  const parts: string[] = [];
  if (input.registered && !input.registered.has(e.code)) parts.push(FOLLOW_UP_LABEL.notRegistered);
  if (input.indicators) {
    const entered = input.indicators.get(e.code);
    if (entered && entered.applicable > 0 && !entered.complete) {
      parts.push(entered.done === 0 ? 'ยังไม่กรอกตัวชี้วัด' : FOLLOW_UP_LABEL.incomplete(entered.done, entered.applicable));
    }
  }
  return parts.length ? parts.join(', ') : null;
}
