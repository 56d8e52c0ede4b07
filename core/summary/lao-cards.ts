import { formatThaiDate } from '../dates/format';
import type { RegistryEntry } from '../registry/types';
import type { Session } from '../rsvp/sessions';
import { prefilledLink, type PrefillTemplate } from '../rsvp/prefilled-links';
import { responsibilityBlocks } from './responsibility';
import { LAO_TYPE_LONG, laoDisplayName } from '../vocabulary';

/** What one LAO's printed card says; the QR code encodes `link`. */
export interface LaoCard {
  code: string;
  /** `อบต.วังหิน` */
  title: string;
  /** `องค์การบริหารส่วนตำบล` */
  typeLong: string;
  /** `อำเภอบ้านตาก`; empty for an LAO the registry gives no district. */
  district: string;
  /** One line per session its type attends: `23 มิถุนายน 2569 เวลา 09:00-12:00 น.` */
  sessions: string[];
  /** The form prefilled with the LAO's answers. */
  link: string;
}

/**
 * One card per LAO of a province, in order of responsibility (the province's own first, then district by district),
 * so the cards can be cut and handed out as the letters go.
 */
export function laoCards(laos: readonly RegistryEntry[], links: PrefillTemplate | ((entry: RegistryEntry) => string), sessions: readonly Session[]): LaoCard[] {
  // A template makes each link; a function gives links read elsewhere (the links sheet exported from Sheets).
  const linkOf = typeof links === 'function' ? links : (e: RegistryEntry) => prefilledLink(links, e);
  return responsibilityBlocks(laos).flatMap((block) =>
    block.laos.map((e) => ({
      code: e.code,
      title: laoDisplayName(e.type, e.name),
      typeLong: LAO_TYPE_LONG[e.type],
      district: e.district ? `อำเภอ${e.district}` : '',
      sessions: sessions.filter((s) => s.laoTypes.includes(e.type)).map(sessionLine),
      link: linkOf(e),
    })),
  );
}

function sessionLine(s: Session): string {
  if (!s.date) return s.label;
  return s.time ? `${formatThaiDate(s.date)} เวลา ${s.time}` : formatThaiDate(s.date);
}
