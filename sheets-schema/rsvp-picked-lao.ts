import { BANGKOK_NAME, laoDisplayName } from '../core/vocabulary';
import type { RegistryEntry } from '../core/registry/types';

/**
 * The RSVP form's "picked, not typed" LAO: after the province, the form branches to one section per province whose
 * only question is a drop-down of that province's LAOs. Each section's question has its own title (Google's
 * responses sheet gets one column per question, and two columns with one header could not be told apart), so a
 * response from this form fills exactly one of these columns with exactly one label, and the label reads back to
 * the LAO's code by exact lookup (`core/rsvp/picked-lao.ts`): no matching.
 */

/** Section (page break) title of a province. */
export function pickedLaoSectionTitle(province: string): string {
  return province === BANGKOK_NAME ? BANGKOK_NAME : `จังหวัด${province}`;
}

/** The drop-down's title, which is also its column header in the responses sheet. */
export function pickedLaoTitle(province: string): string {
  return province === BANGKOK_NAME ? `อปท. ใน${BANGKOK_NAME}` : `อปท. ในจังหวัด${province}`;
}

const PICKED_HEADER = /^อปท\. ใน(?:จังหวัด)?(.+)$/;

/** The province a picked-LAO column header names, or null when the header is not one. */
export function provinceOfPickedTitle(header: string): string | null {
  const province = PICKED_HEADER.exec(header.trim())?.[1]?.trim();
  return province || null;
}

/** Between the LAO and its district in a label. */
export const LABEL_DISTRICT_MARK = ' — อ.';

/**
 * The choice shown for an LAO, as Thai documents write it with its district: `อบต.บ้านนา — อ.เมืองตาก`,
 * `เทศบาลตำบลแม่ระมาด — อ.แม่ระมาด`; Bangkok alone. Unique within a province, because (province, district, type,
 * name) is the registry's key.
 */
export function laoChoiceLabel(entry: Pick<RegistryEntry, 'type' | 'name' | 'district'>): string {
  const name = laoDisplayName(entry.type, entry.name);
  return entry.district && entry.type !== 'กรุงเทพมหานคร' ? `${name}${LABEL_DISTRICT_MARK}${entry.district}` : name;
}

/** A label split back into its typed parts, for a label the registry no longer has (the free-text fallback). */
export function splitChoiceLabel(label: string): { laoName: string; district: string } {
  const at = label.lastIndexOf(LABEL_DISTRICT_MARK);
  return at < 0
    ? { laoName: label.trim(), district: '' }
    : { laoName: label.slice(0, at).trim(), district: label.slice(at + LABEL_DISTRICT_MARK.length).trim() };
}
