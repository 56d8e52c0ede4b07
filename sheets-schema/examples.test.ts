/**
 * The example files of sheets-schema/examples/ are what the README points people to: each reads without a problem,
 * and the English-header versions read exactly as the Thai ones.
 */
import { join } from 'node:path';
import { catalogFromGrid } from '../core/indicators/catalog';
import { entriesFromGrid } from '../core/indicators/entries';
import { parseSessions } from '../core/rsvp/sessions';
import { readGrid } from '../scripts/local/read-grid';
import { headers } from './define';
import { INDICATOR_CATALOG, INDICATOR_ENTRIES } from './indicators';

const example = (name: string) => readGrid(join(__dirname, 'examples', name));

test('the catalog example: Thai headers as the schema has them, two targets for one code, no problem', async () => {
  const grid = await example('indicator-catalog.example.csv');
  expect(grid[0]).toEqual(headers(INDICATOR_CATALOG));
  const read = catalogFromGrid(grid);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  expect(read.problems).toEqual([]);
  expect(read.catalog.indicators.map((i) => i.code)).toEqual(['1.1.1', '1.1.1', '1.1.2']); // one per row: its types, its target
  expect(read.catalog.lookup('1.1.1', 'อบต.')?.targetPct).toBe(75);
  expect(read.catalog.lookup('1.1.1', 'เทศบาลนคร')?.targetPct).toBe(80);
  expect(read.catalog.lookup('1.1.2', 'อบต.')?.targetPct).toBe(85); // blank types: every type
});

test('the catalog with English headers reads as the Thai one', async () => {
  const [thai, english] = await Promise.all([example('indicator-catalog.example.csv'), example('indicator-catalog.example-en.csv')]);
  expect(english[0]).not.toEqual(thai[0]);
  expect(english.slice(1)).toEqual(thai.slice(1));
  const [a, b] = [catalogFromGrid(thai), catalogFromGrid(english)];
  if (!a.ok || !b.ok) throw new Error('catalog header');
  expect(b.problems).toEqual(a.problems);
  expect(b.catalog.indicators).toEqual(a.catalog.indicators);
});

test('the entries example, in Thai and in English headers, gives the same rows', async () => {
  const thai = await example('indicator-entries.example.csv');
  expect(thai[0]).toEqual(headers(INDICATOR_ENTRIES));
  const [a, b] = [entriesFromGrid(thai), entriesFromGrid(await example('indicator-entries.example-en.csv'))];
  if (!a.ok || !b.ok) throw new Error('entries header');
  expect(a.rows).toHaveLength(3);
  expect(a.rows[0]).toMatchObject({ laoCode: '6630107', indicatorCode: '1.1.1', frame: '12.5', delivered: '11' });
  expect(b.rows).toEqual(a.rows);
});

test('the sessions example reads with no problem', async () => {
  const read = parseSessions(await example('sessions.example.csv'));
  expect(read.ok && read.problems).toEqual([]);
});
