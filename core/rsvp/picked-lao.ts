import { cellText, type Cell, type Grid } from '../../sheets-schema/cell';
import { RSVP_TITLES } from '../../sheets-schema/rsvp-form';
import { laoChoiceLabel, provinceOfPickedTitle, splitChoiceLabel } from '../../sheets-schema/rsvp-picked-lao';
import { headerKey } from '../../sheets-schema/table';
import type { Registry } from '../registry/index';
import type { RegistryEntry } from '../registry/types';
import { compareThai } from '../summary/order';

/**
 * Responses from the form this product makes name their LAO by picking it (`sheets-schema/rsvp-picked-lao.ts`):
 * one column per province holds the picked label. Here each label is read back to its LAO by exact lookup in
 * that province's labels, so such a response needs no matching. The LAO's fields are written into the grid's
 * district / type / name / code columns (added when the form has none; a copy, the raw grid is not touched), so
 * every later reader sees them as if typed exactly. A label the registry no longer has (an LAO renamed or merged
 * since the form was made) is split into its typed parts and left to the free-text matching, like a response from
 * a form this product did not make; so is a row with picks in two provinces (which our form cannot produce).
 */
export interface PickedLao {
  /** The grid to read: unchanged when it has no picked-LAO column. */
  grid: Grid;
  /** The LAO code picked on this data row (1-based, the header excluded), if the label is the registry's. */
  codeOf(row: number): string | undefined;
  /** Labels that matched no LAO of their province (rows), for the report. */
  unknownLabels: number[];
}

const FILLED = ['district', 'laoType', 'laoName', 'laoCode'] as const;

export function readPickedLao(grid: Grid, registry: Registry): PickedLao {
  const header = grid[0] ?? [];
  const picked = header.flatMap((cell, index) => {
    const province = provinceOfPickedTitle(cellText(cell));
    return province ? [{ index, province }] : [];
  });
  if (picked.length === 0) return { grid, codeOf: () => undefined, unknownLabels: [] };

  const newHeader = [...header];
  const column = {} as Record<(typeof FILLED)[number], number>;
  for (const key of FILLED) {
    const at = header.findIndex((c) => headerKey(cellText(c)) === headerKey(RSVP_TITLES[key]));
    column[key] = at >= 0 ? at : newHeader.push(RSVP_TITLES[key]) - 1;
  }
  const labels = new Map<string, Map<string, RegistryEntry>>();
  const labelsOf = (province: string) => {
    let map = labels.get(province);
    if (!map) {
      map = new Map(registry.inProvince(province).map((e) => [laoChoiceLabel(e), e]));
      labels.set(province, map);
    }
    return map;
  };
  const codes = new Map<number, string>();
  const unknownLabels: number[] = [];
  const out: Grid = [newHeader];
  for (let r = 1; r < grid.length; r++) {
    const source = grid[r] ?? [];
    const row: Cell[] = [...source, ...new Array<Cell>(Math.max(0, newHeader.length - source.length)).fill(null)];
    out.push(row);
    const answers = picked.filter((p) => cellText(source[p.index]).trim() !== '');
    if (answers.length !== 1) continue;
    const { index, province } = answers[0]!;
    const label = cellText(source[index]).trim();
    const entry = labelsOf(province).get(label);
    if (entry) {
      codes.set(r, entry.code);
      row[column.district] = entry.district;
      row[column.laoType] = entry.type;
      row[column.laoName] = entry.name;
      row[column.laoCode] = entry.code;
    } else {
      unknownLabels.push(r);
      const typed = splitChoiceLabel(label);
      if (!cellText(row[column.laoName]).trim()) row[column.laoName] = typed.laoName;
      if (!cellText(row[column.district]).trim()) row[column.district] = typed.district;
    }
  }
  return { grid: out, codeOf: (row) => codes.get(row), unknownLabels };
}

/**
 * The order of a province's drop-down on the form: by name, then district and type, so two LAOs of one name sit
 * together, told apart by their type (Thai collation, which the form definition itself does not import).
 */
export function pickingOrder(laos: readonly RegistryEntry[]): RegistryEntry[] {
  return [...laos].sort((a, b) => compareThai(a.name, b.name) || compareThai(a.district, b.district) || compareThai(a.type, b.type));
}
