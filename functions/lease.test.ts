import { readLease, releaseLease, takeLease } from './lease';
import { startFakeSetup, type FakeSetup } from './testing/fake-clients';

let setup: FakeSetup;
let source: string;
beforeEach(async () => {
  setup = await startFakeSetup();
  source = setup.fake.sheets.create({ properties: { title: 'ต้นทาง' } }).spreadsheetId;
});
afterEach(() => setup.fake.close());

test('taken when free, refused while held, taken over once expired, given back only by its holder', async () => {
  const now = setup.clock.now();
  const a = await takeLease(setup.api, source, 'run-a', now + 60_000);
  expect(a).toEqual({ ok: true, lease: { holder: 'run-a', until: now + 60_000 } });
  const b = await takeLease(setup.api, source, 'run-b', now + 60_000);
  expect(b).toEqual({ ok: false, heldBy: expect.objectContaining({ holder: 'run-a' }) });
  await setup.clock.sleep(61_000);
  const c = await takeLease(setup.api, source, 'run-c', setup.clock.now() + 60_000);
  expect(c.ok).toBe(true);
  // run-a, late, gives back what it thinks it holds: run-c's lease stays.
  if (a.ok) await releaseLease(setup.api, source, a.lease);
  expect((await readLease(setup.api, source))?.holder).toBe('run-c');
  if (c.ok) await releaseLease(setup.api, source, c.lease);
  expect(await readLease(setup.api, source)).toBeUndefined();
});

test('the reply to taking it is lost: the run finds the lease is its own', async () => {
  setup.fake.loseReplyNext('sheets.spreadsheets.batchUpdate');
  const taken = await takeLease(setup.api, source, 'run-a', setup.clock.now() + 60_000);
  expect(taken).toEqual({ ok: true, lease: expect.objectContaining({ holder: 'run-a' }) });
  expect(setup.fake.sheets.get(source).developerMetadata).toHaveLength(1);
});

test('two runs taking an expired lease at the same moment: exactly one gets it', async () => {
  const stale = JSON.stringify({ holder: 'dead-run', until: setup.clock.now() - 1 });
  setup.fake.sheets.get(source).developerMetadata.push({
    metadataId: 746_107_001,
    metadataKey: 'laoMinstdRebuildLease',
    metadataValue: stale,
    location: { locationType: 'SPREADSHEET', spreadsheet: true },
    visibility: 'PROJECT',
  });
  const until = setup.clock.now() + 60_000;
  const results = await Promise.all([takeLease(setup.api, source, 'run-a', until), takeLease(setup.api, source, 'run-b', until)]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  const holder = (await readLease(setup.api, source))!.holder;
  expect(results.find((r) => r.ok)).toEqual({ ok: true, lease: expect.objectContaining({ holder }) });
});
