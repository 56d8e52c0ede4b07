/**
 * One data set for every entry-file test (core, cloud function, Apps Script), so that the checks' results on Google
 * are compared with the local job's on the same data: entry files laid out by the set-up, filled in with the demo
 * generator's figures and mistakes as LAOs would type them. Tests and benchmarks only.
 */
import type { Cell, Grid } from '../../sheets-schema/cell';
import { headers } from '../../sheets-schema/define';
import type { RegistryEntry } from '../registry/types';
import { Registry } from '../registry/index';
import { withBangkok } from '../registry/import';
import { catalogSheet, type DemoIndicator } from '../synth/indicator-catalog';
import { generateIndicatorEntries } from '../synth/indicators';
import { storedValue } from '../../sheets-schema/workbook';
import { catalogFromGrid, type Catalog } from './catalog';
import { entryColumnIndex, entryFileLayout } from './entry-file';
import { rowKey } from './entry-status';
import { INDICATOR_CATALOG } from '../../sheets-schema/indicators';

export interface EntryFileData {
  province: string;
  /** The sheet as set up (header first): blank figures and statuses. */
  blank: Grid;
  /** The same sheet after the LAOs typed their figures. */
  filled: Grid;
}

export interface EntryDataSet {
  registry: Registry;
  catalog: Catalog;
  catalogGrid: Grid;
  files: EntryFileData[];
}

/**
 * Lays out every province's entry file and types the generated figures into the rows they are about. Rows a locked
 * file cannot hold (a wrong or repeated code typed in the free entries sheet) are left out.
 */
export function entryDataSet(laos: readonly RegistryEntry[], indicators: readonly DemoIndicator[], seed = 2569): EntryDataSet {
  // Bangkok is added as every run adds it (withBangkok): 76 provinces and Bangkok make the 77 files.
  const registry = new Registry(withBangkok(laos));
  const sheet = catalogSheet(indicators);
  const catalogGrid: Grid = [headers(INDICATOR_CATALOG), ...sheet.rows];
  const read = catalogFromGrid(catalogGrid);
  if (!read.ok) throw new Error('demo catalog');
  const generated = generateIndicatorEntries(registry.entries, indicators, { seed });
  const typed = new Map<string, string[]>();
  for (const row of generated.rows) {
    const key = rowKey(row[0]!, row[1]!);
    if (!typed.has(key)) typed.set(key, row);
  }
  const at = { frame: entryColumnIndex('frame'), delivered: entryColumnIndex('delivered'), note: entryColumnIndex('note') };
  const files = registry
    .provinces()
    .map((province) => {
      const layout = entryFileLayout(province, registry.inProvince(province), read.catalog).sheets[0]!;
      const blank: Grid = [layout.columns.map((c) => c.header), ...layout.rows.map((row) => row.map((cell, c) => plain(cell, layout.columns[c]!.kind)))];
      const filled = blank.map((row, r) => {
        if (r === 0) return [...row];
        const source = typed.get(rowKey(row[entryColumnIndex('laoCode')]!, row[entryColumnIndex('indicatorCode')]!));
        const copy = [...row];
        if (source) {
          copy[at.frame] = typedFigure(source[2]!);
          copy[at.delivered] = typedFigure(source[3]!);
          copy[at.note] = source[4] ? source[4] : null;
        }
        return copy;
      });
      return { province, blank, filled };
    })
    .filter((f) => f.blank.length > 1);
  return { registry, catalog: read.catalog, catalogGrid, files };
}

function plain(cell: Cell, kind: Parameters<typeof storedValue>[1]): Cell {
  const v = storedValue(cell, kind);
  return v === null ? null : v;
}

/** A figure as a sheet keeps what was typed: plain numbers become numbers, anything else stays text. */
function typedFigure(text: string): Cell {
  if (text.trim() === '') return null;
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
}
