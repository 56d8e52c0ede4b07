import type { RegistryEntry } from '../registry/types';
import type { Session } from '../rsvp/sessions';
import type { PrefillTemplate } from '../rsvp/prefilled-links';
import { qrCardsSheet } from '../../sheets-schema/qr-cards';
import { layoutFromDef, type SheetLayout } from '../../sheets-schema/workbook';
import { laoCards, type LaoCard } from './lao-cards';
import { responsibilityBlocks } from './responsibility';

export interface QrSheet {
  /** The text of the sheet; its QR column is empty, the writer puts one image per row there. */
  layout: SheetLayout;
  /** One per data row, in the same order: what each row's QR code encodes. */
  cards: LaoCard[];
}

/**
 * A province's QR sheet: the printed cards' content (core/summary/lao-cards.ts) as rows, in order of
 * responsibility, each saying who forwards the letter (the province itself, or the district).
 */
export function qrSheet(laos: readonly RegistryEntry[], template: PrefillTemplate, sessions: readonly Session[]): QrSheet {
  const rows = responsibilityBlocks(laos).flatMap((block) => {
    const sender = block.kind === 'province' ? 'จังหวัด' : block.district ? `อำเภอ${block.district}` : 'ไม่ระบุอำเภอ';
    return laoCards(block.laos, template, sessions).map((card) => ({ sender, card }));
  });
  const layout = layoutFromDef(
    qrCardsSheet,
    rows.map(({ sender, card }) => ({
      sender,
      laoName: card.title,
      laoType: card.typeLong,
      district: card.district,
      laoCode: card.code,
      sessions: card.sessions.join('\n'),
      link: card.link,
      qr: null,
    })),
  );
  return { layout, cards: rows.map((r) => r.card) };
}
