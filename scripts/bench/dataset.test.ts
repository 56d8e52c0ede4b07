import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogFromGrid } from '../../core/indicators/catalog';
import { entriesFromGrid } from '../../core/indicators/entries';
import { registryFromGrid } from '../../core/registry/import';
import { parseSessions } from '../../core/rsvp/sessions';
import { rsvpResponsesSheet } from '../../sheets-schema/rsvp-form';
import { readTable } from '../../sheets-schema/table';
import { readGrid } from '../local/read-grid';
import { buildDataset, writeDataset } from './dataset';

describe('demo data set files', () => {
  test('are read back by the main job readers without a problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lao-minstd-dataset-'));
    try {
      const dataset = await buildDataset({ seed: 7, responses: 300, registry: 'generated' });
      const files = await writeDataset(dataset, dir);
      const registry = registryFromGrid(await readGrid(files.registry));
      expect(registry.ok && registry.format).toBe('per-lao');
      if (registry.ok) {
        expect(registry.entries).toHaveLength(7849);
        expect(registry.problems.filter((p) => p.severity === 'error')).toEqual([]);
      }
      const sessions = parseSessions(await readGrid(files.sessions));
      expect(sessions.ok).toBe(true);
      const responses = readTable(rsvpResponsesSheet, await readGrid(files.responses));
      expect(responses.ok && responses.rows.length).toBe(300);
      const catalog = catalogFromGrid(await readGrid(files.catalog));
      expect(catalog.ok && catalog.problems).toEqual([]);
      const entries = entriesFromGrid(await readGrid(files.indicators!));
      expect(entries.ok && entries.rows.length).toBeGreaterThan(350_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
