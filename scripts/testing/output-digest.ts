/**
 * "Nothing users see has changed", made checkable: a digest of every file the main job writes (report.json,
 * registrations.csv, dashboard.html, national.xlsx, provinces/*.xlsx). CSV, JSON and HTML are hashed as bytes; a
 * workbook is hashed by what a user sees in it — each sheet's name and every cell's value, row by row — since an
 * XLSX's bytes also carry zip and creation times.
 *
 * Used by identical-output.test.ts (a seeded small data set against the committed output-digest.json) and by
 * `npm run check:identical` (the national demo against a reference commit).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import ExcelJS from 'exceljs';
import type { SummarizeOptions } from '../cli/args';
import { runSummarize } from '../cli/summarize-job';
import { BANGKOK_CODE, demoRegistry, loadExampleSessions, type Dataset, type DatasetFiles } from '../bench/dataset';
import { catalogSheet, demoIndicators } from '../../core/synth/indicator-catalog';
import { generateIndicatorEntries } from '../../core/synth/indicators';
import { generateResponses } from '../../core/synth/responses';

/** The job's clock in every comparison: the report's time stamp and the "later than now" rule depend on it. */
export const FIXED_NOW = new Date(Date.UTC(2026, 5, 21, 3));

/** Relative output path → sha256 (hex) of its content. */
export type OutputDigest = Record<string, string>;

/** The small data set of the test: three provinces of the generated registry (Bangkok's responses come too). */
export const SMALL_SET = { seed: 2569, provinces: ['ตาก', 'น่าน', 'สมุทรสงคราม'], responses: 400 } as const;

export async function smallDataset(): Promise<Dataset> {
  const { seed, provinces, responses } = SMALL_SET;
  const registry = demoRegistry(seed).filter((e) => (provinces as readonly string[]).includes(e.province));
  const sessions = await loadExampleSessions();
  const indicators = demoIndicators();
  return {
    registrySource: `generated (seed ${seed}), ${provinces.join(', ')}`,
    registry,
    sessions,
    responses: generateResponses(registry, sessions, { seed, responses, bangkokCode: BANGKOK_CODE }),
    indicators,
    catalog: catalogSheet(indicators),
    entries: generateIndicatorEntries(registry, indicators, { seed }),
  };
}

/** The job's options for a written data set. */
export function jobOptions(files: DatasetFiles, out: string): SummarizeOptions {
  return {
    registry: files.registry,
    responses: files.responses,
    sessions: files.sessions,
    catalog: files.catalog,
    indicators: files.indicators,
    bangkokCode: BANGKOK_CODE,
    out,
  };
}

/** Runs this checkout's main job at FIXED_NOW. */
export async function runJob(options: SummarizeOptions): Promise<void> {
  await runSummarize(options, { info: () => undefined, warn: () => undefined }, FIXED_NOW);
}

export async function digestOutputs(outDir: string): Promise<OutputDigest> {
  const digest: OutputDigest = {};
  for (const path of (await filesUnder(outDir)).sort()) {
    const name = relative(outDir, path).split(sep).join('/');
    digest[name] = path.endsWith('.xlsx') ? await workbookDigest(path) : sha256(await readFile(path));
  }
  return digest;
}

/** Names of the outputs whose digests differ, or that only one side has. */
export function differences(expected: OutputDigest, actual: OutputDigest): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names.filter((n) => expected[n] !== actual[n]);
}

async function workbookDigest(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const hash = createHash('sha256');
  for (const sheet of workbook.worksheets) {
    hash.update(`sheet\u0000${sheet.name}\u0000${sheet.state}\n`);
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      hash.update(`${rowNumber}\u0000${JSON.stringify(values)}\n`);
    });
  }
  return hash.digest('hex');
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))));
  return nested.flat();
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}
