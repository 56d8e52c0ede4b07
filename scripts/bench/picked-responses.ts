/**
 * The generated responses as the product's own form would record them: the LAO picked from its province's list
 * (one column per province, `sheets-schema/rsvp-picked-lao.ts`) instead of typed. A row whose truth has no LAO (the
 * hopeless ones) picks none. The typed columns stay in the grid; a sheet made by the form has none, so a writer that
 * places cells by header drops them.
 */
import type { GeneratedResponses } from '../../core/synth/responses';
import type { RegistryEntry } from '../../core/registry/types';
import { laoChoiceLabel, pickedLaoTitle } from '../../sheets-schema/rsvp-picked-lao';

export function asPickedForm(responses: GeneratedResponses, registry: readonly RegistryEntry[]): { header: string[]; rows: string[][] } {
  const byCode = new Map(registry.map((e) => [e.code, e]));
  const provinces = [...new Set(registry.map((e) => e.province))];
  const column = new Map(provinces.map((p, i) => [p, responses.header.length + i]));
  const header = [...responses.header, ...provinces.map(pickedLaoTitle)];
  const rows = responses.rows.map((row, i) => {
    const out = [...row, ...provinces.map(() => '')];
    const entry = byCode.get(responses.truth[i]?.laoCode ?? '');
    if (entry) out[column.get(entry.province)!] = laoChoiceLabel(entry);
    return out;
  });
  return { header, rows };
}
