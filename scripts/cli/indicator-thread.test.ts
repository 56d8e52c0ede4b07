import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registryFromGrid, withBangkok } from '../../core/registry/import';
import type { RegistryEntry } from '../../core/registry/types';
import { startIndicatorThread, type WorkerScript } from './indicator-thread';
import { INPUT_READS, readInput } from './inputs';
import { reportRows } from './report-rows';
import type { IndicatorThreadInput } from './indicator-messages';
import { CATALOG_CSV, ENTRIES_CSV, REGISTRY_CSV } from './test-fixtures';
import { UserError } from './user-error';

let dir: string;
let input: IndicatorThreadInput;
let registry: readonly RegistryEntry[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lao-indicator-thread-'));
  await writeFile(join(dir, 'registry.csv'), REGISTRY_CSV);
  await writeFile(join(dir, 'catalog.csv'), CATALOG_CSV);
  await writeFile(join(dir, 'entries.csv'), ENTRIES_CSV);
  await writeFile(join(dir, 'empty.csv'), '');
  const imported = registryFromGrid(await readInput({ flag: '--registry', path: join(dir, 'registry.csv') }, INPUT_READS.registry));
  if (!imported.ok) throw new Error('the registry fixture imports');
  registry = withBangkok(imported.entries);
  input = {
    catalog: { flag: '--catalog', path: join(dir, 'catalog.csv') },
    entries: { flag: '--indicators', path: join(dir, 'entries.csv') },
    generatedAt: new Date('2026-06-22T08:00:00Z'),
  };
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test("the worker's outcome: the stage's results, report.json's rows as columns, each LAO's completion as counts", async () => {
  const thread = startIndicatorThread(input);
  try {
    expect(await thread.read).toEqual({ catalog: [], entries: [] });
    thread.sendRegistry(registry);
    const { outcome, rows } = await thread.result;
    if (!outcome.ok) throw new Error('the fixtures are usable');
    expect(outcome.results.entries).toBe(3);
    expect(outcome.results.report!.entries).toEqual([]);
    expect(outcome.results.completion.get('6630107')).toEqual({ done: 1, applicable: 1, complete: true });
    const { length, at } = reportRows(rows!);
    expect(length).toBe(3);
    expect(at(0)).toEqual({ row: 1, laoCode: '6630107', indicatorCode: '1.1', ratioPct: 90, result: 'สูงกว่าค่าเป้าหมาย', errors: [], warnings: [] });
    expect(rows!.withErrors).toBe(1);
  } finally {
    await thread.stop();
  }
});

test('the entries are checked against the registry the main thread sends, not one of its own', async () => {
  // Without อบจ.ตาก (2630101): its entry is an unknown LAO's.
  const thread = startIndicatorThread(input);
  try {
    thread.sendRegistry(registry.filter((e) => e.code !== '2630101'));
    const { outcome, rows } = await thread.result;
    if (!outcome.ok) throw new Error('the fixtures are usable');
    const { at } = reportRows(rows!);
    expect(at(1)).toMatchObject({ laoCode: '2630101', result: null, errors: ['unknown_lao'] });
    expect(outcome.results.completion.has('2630101')).toBe(false);
    expect(outcome.results.completion.get('6630107')).toEqual({ done: 1, applicable: 1, complete: true });
  } finally {
    await thread.stop();
  }
});

test('an unreadable entries file: the same Thai message as reading it on the main thread, from the read', async () => {
  const empty = { flag: '--indicators', path: join(dir, 'empty.csv') };
  const expected = (await readInput(empty, INPUT_READS.entries).catch((e: unknown) => e)) as UserError;
  expect(expected.message).toContain('ว่างเปล่า');
  const thread = startIndicatorThread({ ...input, entries: empty });
  try {
    const error = await thread.read.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(expected.message);
    await expect(thread.result).rejects.toBe(error);
  } finally {
    await thread.stop();
  }
});

describe('a worker that fails never leaves the job waiting', () => {
  const failing = (code: string): WorkerScript => ({ file: code, eval: true });

  test('an error of the program in the worker is the error the job fails with', async () => {
    const thread = startIndicatorThread(input, failing("throw new RangeError('ตัวอย่างข้อผิดพลาด');"));
    const error = await thread.result.catch((e: unknown) => e);
    // Another realm's RangeError (the worker's), with its name and message.
    expect(error).toMatchObject({ name: 'RangeError', message: 'ตัวอย่างข้อผิดพลาด' });
    await expect(thread.read).rejects.toBe(error);
    await thread.stop();
  });

  test('a worker that ends without its result', async () => {
    const thread = startIndicatorThread(input, failing('process.exit(3);'));
    await expect(thread.result).rejects.toThrow('indicator thread: ended (exit code 3) before its result');
    await thread.stop();
  });

  test('stopped before its result (the job failed first): nothing left unhandled', async () => {
    const thread = startIndicatorThread(input, failing('setTimeout(() => undefined, 60_000);'));
    await thread.stop();
    await expect(thread.result).rejects.toThrow('before its result');
  });
});
