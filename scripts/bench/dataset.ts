/**
 * The national demo/benchmark data set: a registry generated from real Thai geography (or DLA's real registry when
 * it is beside the repository), the example sessions, labelled RSVP responses, the demo indicator catalog and
 * indicator entries. Used by `npm run demo` and the benchmarks; everything is seeded and reproducible.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import geodb from 'thai-address-database/database/backup/geodb.json';
import { registryFromGrid } from '../../core/registry/import';
import type { RegistryEntry } from '../../core/registry/types';
import { parseSessions, type Session } from '../../core/rsvp/sessions';
import { expandCompactAddressDb, type CompactAddressDb } from '../../core/synth/geography';
import { catalogSheet, demoIndicators, type DemoIndicator } from '../../core/synth/indicator-catalog';
import { generateIndicatorEntries, type GeneratedEntries } from '../../core/synth/indicators';
import { generateRegistry } from '../../core/synth/registry';
import { generateResponses, type GeneratedResponses, type ResponseOptions } from '../../core/synth/responses';
import { readGrid } from '../local/read-grid';
import { writeCsv } from '../local/write-csv';

const ROOT = join(__dirname, '..', '..');
export const REAL_REGISTRY = join(ROOT, '..', 'shared', 'data', 'lao-registry.csv');
export const EXAMPLE_SESSIONS = join(ROOT, 'sheets-schema', 'examples', 'sessions.example.csv');
export const BANGKOK_CODE = 'BKK';

export interface DatasetOptions {
  seed?: number;
  /** RSVP responses to generate (default 30,000). */
  responses?: number;
  /** `generated` (default for the demo) or `real` (DLA's registry from ../shared/data, when present). */
  registry?: 'generated' | 'real';
  /** Leave out the indicator entries (the quality benchmark needs only responses). */
  indicators?: boolean;
  responseOptions?: Omit<ResponseOptions, 'seed' | 'responses'>;
}

export interface Dataset {
  registrySource: string;
  /** DLA's registry (no Bangkok: responses from Bangkok carry BANGKOK_CODE, see core/registry withBangkok). */
  registry: RegistryEntry[];
  sessions: Session[];
  responses: GeneratedResponses;
  indicators: DemoIndicator[];
  catalog: { header: string[]; rows: string[][] };
  entries: GeneratedEntries | null;
}

export async function loadRealRegistry(path = REAL_REGISTRY): Promise<RegistryEntry[]> {
  const read = registryFromGrid(await readGrid(path));
  if (!read.ok) throw new Error(`registry ${path}: ${read.problems.map((p) => p.message).join('; ')}`);
  return read.entries;
}

export async function loadExampleSessions(path = EXAMPLE_SESSIONS): Promise<Session[]> {
  const read = parseSessions(await readGrid(path));
  if (!read.ok) throw new Error(`sessions ${path}: ${read.problems.map((p) => p.message).join('; ')}`);
  return read.sessions;
}

export function demoRegistry(seed: number): RegistryEntry[] {
  return generateRegistry(expandCompactAddressDb(geodb as CompactAddressDb), { seed });
}

export async function buildDataset(options: DatasetOptions = {}): Promise<Dataset> {
  const seed = options.seed ?? 2569;
  const useReal = options.registry === 'real' && existsSync(REAL_REGISTRY);
  const registry = useReal ? await loadRealRegistry() : demoRegistry(seed);
  const sessions = await loadExampleSessions();
  const responses = generateResponses(registry, sessions, {
    ...options.responseOptions,
    seed,
    responses: options.responses ?? 30_000,
    bangkokCode: BANGKOK_CODE,
  });
  const indicators = demoIndicators();
  return {
    registrySource: useReal ? REAL_REGISTRY : `generated from thai-address-database (seed ${seed})`,
    registry,
    sessions,
    responses,
    indicators,
    catalog: catalogSheet(indicators),
    entries: options.indicators === false ? null : generateIndicatorEntries(registry, indicators, { seed }),
  };
}

export interface DatasetFiles {
  registry: string;
  sessions: string;
  responses: string;
  responsesTruth: string;
  catalog: string;
  indicators: string | null;
}

/** These files play the downloads a coordinator starts from (Google's CSV export is not neutralised): values verbatim. */
const RAW = { raw: true } as const;

/** Writes the inputs as a coordinator would have them: CSV files (UTF-8 with BOM, CRLF). */
export async function writeDataset(dataset: Dataset, dir: string): Promise<DatasetFiles> {
  await mkdir(dir, { recursive: true });
  const files: DatasetFiles = {
    registry: join(dir, 'lao-registry.csv'),
    sessions: join(dir, 'sessions.csv'),
    responses: join(dir, 'responses.csv'),
    responsesTruth: join(dir, 'responses.truth.csv'),
    catalog: join(dir, 'indicator-catalog.csv'),
    indicators: dataset.entries ? join(dir, 'indicator-entries.csv') : null,
  };
  // DLA's per-LAO file format, as ../shared/data/lao-registry.csv.
  await writeCsv(
    ['code', 'type', 'name', 'province', 'district'],
    dataset.registry.map((e) => [e.code, e.type, e.name, e.province, e.district]),
    files.registry,
    RAW,
  );
  await copyFile(EXAMPLE_SESSIONS, files.sessions);
  await writeCsv(dataset.responses.header, dataset.responses.rows, files.responses, RAW);
  await writeCsv(
    ['row', 'laoCode', 'personId', 'resolvable', 'mistakes'],
    dataset.responses.truth.map((t) => [t.row, t.laoCode, t.personId, t.resolvable ? 'yes' : 'no', t.mistakes.join(' ')]),
    files.responsesTruth,
    RAW,
  );
  await writeCsv(dataset.catalog.header, dataset.catalog.rows, files.catalog, RAW);
  if (dataset.entries && files.indicators) await writeCsv(dataset.entries.header, dataset.entries.rows, files.indicators, RAW);
  return files;
}
