import type { Grid } from '../../sheets-schema/cell';
import { generateIndicatorEntries } from '../../core/synth/indicators';
import { catalogSheet, demoIndicators } from '../../core/synth/indicator-catalog';
import { generateResponses } from '../../core/synth/responses';
import { readGrid } from '../local/read-grid';
import { BANGKOK_CODE, EXAMPLE_SESSIONS, loadExampleSessions, loadRealRegistry, type Dataset } from './dataset';
import { appsScriptSection, cloudFunctionSection } from './google';
import { newReport, renderReport, type Section } from './report';
import { describeWithSharedData } from '../testing/shared-data';

/** Two provinces of the real registry, 120 responses and their indicator entries. */
async function smallDataset(): Promise<Dataset> {
  const registry = (await loadRealRegistry()).filter((e) => e.province === 'ตาก' || e.province === 'กระบี่');
  const sessions = await loadExampleSessions();
  const indicators = demoIndicators();
  return {
    registrySource: 'test',
    registry,
    sessions,
    responses: generateResponses(registry, sessions, { seed: 3, responses: 120, bangkokCode: BANGKOK_CODE }),
    indicators,
    catalog: catalogSheet(indicators),
    entries: generateIndicatorEntries(registry, indicators, { seed: 3 }),
  };
}

const value = (section: Section, id: string) => section.metrics.find((m) => m.id === id)?.value;

describeWithSharedData('Google-side benchmark sections', ['lao-registry.csv'], () => {
  let inputs: { dataset: Dataset; sessions: Grid };
  beforeAll(async () => {
    inputs = { dataset: await smallDataset(), sessions: await readGrid(EXAMPLE_SESSIONS) };
  });

  test('Apps Script: modelled minutes per run and per day; a submission costs about a second, a quiet clock less', async () => {
    const section = await appsScriptSection(inputs, { models: ['typical'] });
    const submission = value(section, 'apps_script.submission_seconds') as number;
    expect(submission).toBeGreaterThan(1);
    expect(submission).toBeLessThanOrEqual(1.5);
    expect(value(section, 'apps_script.quiet_clock_seconds')).toBeLessThan(3);
    expect(value(section, 'apps_script.first_longest_minutes')).toBeLessThanOrEqual(4.5);
    expect(value(section, 'apps_script.peak_day_lag_minutes')).toBeLessThanOrEqual(60);
    expect(value(section, 'apps_script.bundle_kb')).toBeGreaterThan(10);
    expect(section.tables[0]!.rows).toHaveLength(5);
    // No execution failed (killed, quota) in any run or day.
    expect(section.tables[0]!.rows.map((r) => r.at(-1))).toEqual([0, 0, 0, 0, 0]);
    expect(section.tables[1]!.rows.map((r) => r.at(-1))).toEqual([0, 0]);
    expect(section.notes[0]).toContain(`${inputs.dataset.registry.length} LAOs`);
  });

  test('cloud function: a quiet rebuild reads and writes almost nothing, one new response rewrites two files', async () => {
    const section = await cloudFunctionSection(inputs);
    const first = value(section, 'cloud_function.first_requests') as number;
    const unchanged = value(section, 'cloud_function.unchanged_requests') as number;
    const one = value(section, 'cloud_function.one_province_requests') as number;
    expect(unchanged).toBeLessThan(one);
    expect(one).toBeLessThan(first);
    expect(value(section, 'cloud_function.refused')).toBe(0);
    expect(value(section, 'cloud_function.first_pending_files')).toBe(0);
    // files written per run: every file, none, the province's file and the national one
    expect(section.tables[0]!.rows.map((r) => r[5])).toEqual([expect.any(Number), 0, 2]);
    const report = newReport('speed', {});
    report.sections.push(section);
    expect(renderReport(report)).toContain('API requests, first rebuild');
    expect(JSON.parse(JSON.stringify(report)).sections[0].id).toBe('cloud-functions');
  });
});
