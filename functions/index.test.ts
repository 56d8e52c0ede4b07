/**
 * The `rebuild` HTTP function end to end: a real HTTP request to the handler, the real googleapis client,
 * the fake Sheets/Drive server holding the source spreadsheet and the Drive folder.
 */
import { INDICATOR_ENTRIES } from '../sheets-schema/indicators';
import { createRebuildHandler } from './index';
import { GoogleApi } from './google-api';
import type { HttpResponse } from './http';
import type { RebuildRefused, RebuildSummary } from './rebuild';
import { fixedTokenAuth } from './testing/fake-clients';
import { startFakeGoogle, type FakeGoogle } from './testing/fake-google';
import { SPREADSHEET_MIME } from './testing/fake-drive';
import { serveHandler } from './testing/local-server';
import { seedSource, type SeededSource } from './testing/source-data';
import { VirtualClock } from './testing/virtual-clock';
import { describeWithSharedData } from '../scripts/testing/shared-data';

// Every test seeds real registry rows; the body is left unindented to keep this wrapper a two-line change.
describeWithSharedData('the rebuild function end to end', ['lao-registry.csv'], () => {
const PROVINCES = ['ภูเก็ต', 'ระนอง'];
const COORDINATORS = { 'จ.ภูเก็ต': ['phuket1@example.go.th', 'phuket2@example.go.th'], ระนอง: ['ranong@example.go.th'] };
const NATIONAL_VIEWERS = ['odloc@example.go.th'];

let fake: FakeGoogle;
let clock: VirtualClock;
let source: SeededSource;
let folder: string;
let server: { url: string; close(): Promise<void> };
let config: Record<string, unknown>;

beforeEach(async () => {
  clock = new VirtualClock();
  fake = await startFakeGoogle({ clock });
  source = seedSource(fake, PROVINCES);
  folder = fake.drive.addFolder('สรุปการประเมินมาตรฐานขั้นต่ำ');
  config = {
    sourceSpreadsheetId: source.id,
    folderId: folder,
    indicators: true,
    coordinators: COORDINATORS,
    nationalViewers: NATIONAL_VIEWERS,
  };
  server = await serveHandler(
    createRebuildHandler(() => ({
      configJson: JSON.stringify(config),
      newApi: () => new GoogleApi({ auth: fixedTokenAuth(fake.accessToken), rootUrl: fake.url, clock }),
      clock,
    })),
  );
  fake.resetCounts();
});
afterEach(async () => {
  // Both closed even when beforeEach failed half-way: a fake server left listening keeps jest from exiting.
  const open = [server, fake];
  server = fake = undefined as never;
  await Promise.all(open.map((o) => o?.close()));
});

async function post(method = 'POST', body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(server.url, { method, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }) });
  return { status: res.status, body: await res.json() };
}

const folderFiles = () =>
  [...fake.drive.files.values()].filter((f) => f.parents.includes(folder) && f.mimeType === SPREADSHEET_MIME && !f.trashed);

/** Every cell of every sheet of a spreadsheet, as text. */
function allText(spreadsheetId: string): string[] {
  return fake.sheets.get(spreadsheetId).sheets.flatMap((s) => fake.sheets.grid(spreadsheetId, s.properties.title).flat().map((v) => String(v ?? '')));
}

test('a full rebuild writes the national overview and each province, shared per province only', async () => {
  const { status, body } = await post();
  const summary = body as RebuildSummary;
  expect(status).toBe(200);
  expect(summary.ok).toBe(true);
  // Two provinces of the registry, Bangkok (added to every registry), and the national overview.
  expect(summary.inputs).toMatchObject({ laos: source.laos.length + 1, indicatorEntries: 3, responses: 5 });
  expect(Object.values(summary.inputs.responseStatus!).reduce((a, b) => a + b, 0)).toBe(5);
  expect(summary.inputs.national).toMatchObject({ laosTotal: source.laos.length + 1 });
  expect(summary.spreadsheets).toMatchObject({ total: 4, created: 4, rendered: 4, failed: [] });
  expect(summary.sharing).toEqual({ added: 4, removed: 0, inheritedKept: [], provincesWithoutCoordinators: ['กรุงเทพมหานคร'] });

  const files = folderFiles();
  expect(files.map((f) => f.name).sort()).toEqual(['สรุปกรุงเทพมหานคร', 'สรุปจังหวัดภูเก็ต', 'สรุปจังหวัดระนอง', 'สรุประดับประเทศ'].sort());
  const byName = new Map(files.map((f) => [f.name, f]));
  const owner = fake.drive.ownerEmail;
  expect(fake.drive.sharedWith(byName.get('สรุปจังหวัดภูเก็ต')!.id)).toEqual([owner, ...COORDINATORS['จ.ภูเก็ต']].sort());
  expect(fake.drive.sharedWith(byName.get('สรุปจังหวัดระนอง')!.id)).toEqual([owner, ...COORDINATORS.ระนอง].sort());
  expect(fake.drive.sharedWith(byName.get('สรุปกรุงเทพมหานคร')!.id)).toEqual([owner]);
  expect(fake.drive.sharedWith(byName.get('สรุประดับประเทศ')!.id)).toEqual([owner, ...NATIONAL_VIEWERS].sort());
  expect(summary.spreadsheets.national).toEqual({ id: byName.get('สรุประดับประเทศ')!.id, title: 'สรุประดับประเทศ' });

  // A province's file names only its own LAOs; no file holds a formula, though an entry's note looked like one.
  for (const [province, title] of [['ภูเก็ต', 'สรุปจังหวัดภูเก็ต'], ['ระนอง', 'สรุปจังหวัดระนอง']] as const) {
    const own = new Set(source.laos.filter((l) => l.province === province).map((l) => l.code));
    const codes = allText(byName.get(title)!.id).filter((t) => /^\d{7}$/.test(t));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((c) => !own.has(c))).toEqual([]);
  }
  for (const f of files) expect(fake.sheets.formulas(f.id).size).toBe(0);

  // Attendees appear in their own province's file only, and the national file holds no personal data at all.
  const [somchai, malee] = source.respondents;
  const text = (title: string) => allText(byName.get(title)!.id).join('\n');
  expect(text('สรุปจังหวัดภูเก็ต')).toContain(somchai!.name);
  expect(text('สรุปจังหวัดภูเก็ต')).not.toContain(malee!.name);
  expect(text('สรุปจังหวัดระนอง')).toContain(malee!.name);
  expect(text('สรุปจังหวัดระนอง')).not.toContain(somchai!.name);
  const national = text('สรุประดับประเทศ');
  for (const r of source.respondents) {
    for (const personal of [r.name, r.email, String(r.phone), String(r.phone).replace(/\D/g, '').slice(-9)]) expect(national).not.toContain(personal);
  }
  const phuket = fake.sheets.get(byName.get('สรุปจังหวัดภูเก็ต')!.id);
  expect(phuket.sheets.length).toBeGreaterThan(1);
  expect(phuket.sheets.every((s) => (s.properties.gridProperties.frozenRowCount ?? 0) >= 1)).toBe(true);

  // Requests: one read of the source; per spreadsheet one read and two writes; Drive: one list, one create per
  // missing file, one call per sharing change, one to record each written file's content fingerprint.
  expect(fake.counts).toEqual({
    'sheets.spreadsheets.values.batchGet': 1,
    'sheets.spreadsheets.get': 4,
    'sheets.spreadsheets.batchUpdate': 4,
    'sheets.spreadsheets.values.batchUpdate': 4,
    'drive.files.list': 1,
    'drive.files.create': 4,
    'drive.permissions.create': 4,
    'drive.files.update': 4,
  });
  expect(summary.requests.total).toBe(fake.log.length);
  expect(summary.requests.byMethod).toEqual(fake.counts);
  expect(summary.requests.total).toBe(26);
});

test('running again with nothing new: every file found, none written, two requests in all', async () => {
  await post();
  const ids = folderFiles().map((f) => f.id).sort();
  fake.resetCounts();
  await clock.sleep(3_600_000);
  const { status, body } = await post();
  expect(status).toBe(200);
  expect(body.spreadsheets).toMatchObject({ created: 0, rendered: 0, unchanged: 4 });
  expect(body.sharing).toMatchObject({ added: 0, removed: 0 });
  expect(folderFiles().map((f) => f.id).sort()).toEqual(ids);
  expect(fake.counts).toEqual({ 'sheets.spreadsheets.values.batchGet': 1, 'drive.files.list': 1 });
  expect(body.requests.total).toBe(2);
});

test('a new response rewrites only its province and the national overview; force rewrites all', async () => {
  await post();
  const ranong = source.laos.find((l) => l.province === 'ระนอง' && l.type === 'อบต.')!;
  const responses = fake.sheets.grid(source.id, 'การตอบกลับแบบฟอร์ม 1');
  fake.sheets.seedValues(
    source.id,
    'การตอบกลับแบบฟอร์ม 1',
    [[new Date('2026-06-20T01:00:00Z'), 'ระนอง', ranong.district, 'องค์การบริหารส่วนตำบล', ranong.name, '', 'นายใหม่ ลงทะเบียน', 'ปลัด', '0899999999', 'mai@example.com', responses[1]![10] as string]],
    responses.length,
  );
  fake.resetCounts();
  await clock.sleep(900_000);
  const { body } = await post();
  expect(body.spreadsheets).toMatchObject({ rendered: 2, unchanged: 2 });
  expect(body.inputs.responses).toBe(6);
  const ranongFile = folderFiles().find((f) => f.name === 'สรุปจังหวัดระนอง')!;
  expect(allText(ranongFile.id)).toContain('นายใหม่ ลงทะเบียน');
  expect(body.requests.total).toBe(2 + 2 * (3 + 1));

  fake.resetCounts();
  const forced = await post('POST', { force: true });
  expect(forced.body.spreadsheets).toMatchObject({ rendered: 4, unchanged: 0 });
  expect(forced.body.requests.total).toBe(2 + 4 * (3 + 1));
});

test('someone shares a file by hand: the next run takes it back without rewriting the file', async () => {
  await post();
  const phuket = folderFiles().find((f) => f.name === 'สรุปจังหวัดภูเก็ต')!;
  fake.drive.createPermission(phuket.id, { type: 'anyone', role: 'reader' }, false);
  fake.drive.createPermission(phuket.id, { type: 'user', role: 'writer', emailAddress: 'ranong@example.go.th' }, false);
  fake.resetCounts();
  const { body } = await post();
  expect(body.spreadsheets).toMatchObject({ rendered: 0, unchanged: 4 });
  expect(body.sharing).toMatchObject({ added: 0, removed: 2 });
  expect(fake.drive.sharedWith(phuket.id)).toEqual([fake.drive.ownerEmail, ...COORDINATORS['จ.ภูเก็ต']].sort());
});

test('a missing column: a Thai message naming it, and nothing written anywhere', async () => {
  fake.sheets.seedValues(source.id, INDICATOR_ENTRIES.name, [['รหัส อปท.', 'รหัสตัวชี้วัด', 'กรอบ', 'การจัดบริการสาธารณะ (2)']]);
  const { status, body } = await post();
  const refused = body as RebuildRefused;
  expect(status).toBe(422);
  expect(refused.message).toContain('ไม่มีคอลัมน์ "กรอบการประเมิน (1)"');
  expect(refused.message).toMatch(/^ยังไม่ได้สร้างสรุป/);
  expect(fake.counts).toEqual({ 'sheets.spreadsheets.values.batchGet': 1 });
  expect(folderFiles()).toEqual([]);
});

test('a missing sheet or a coordinator for a province not in the registry: refused in Thai, nothing written', async () => {
  config = { ...config, sheetNames: { catalog: 'ตัวชี้วัด 2570' } };
  const missing = await post();
  expect(missing.status).toBe(422);
  expect(missing.body.message).toContain('ไม่พบแผ่นงาน "ตัวชี้วัด 2570"');

  config = { ...config, sheetNames: undefined, coordinators: { ...COORDINATORS, ภูเก็ด: ['typo@example.go.th'] } };
  const typo = await post();
  expect(typo.status).toBe(422);
  expect(typo.body.message).toContain('ไม่พบจังหวัด "ภูเก็ด"');
  expect(Object.keys(fake.counts).filter((m) => !m.endsWith('.get') && !m.endsWith('batchGet'))).toEqual([]);
});

test('broken settings, wrong method, and a second call while one runs', async () => {
  config = { ...config, folderId: '' };
  const broken = await post();
  expect(broken).toEqual({ status: 500, body: { ok: false, message: expect.stringContaining('folderId: ต้องไม่ว่าง') } });
  expect((await post('GET')).status).toBe(405);

  config = { ...config, folderId: folder };
  const handler = createRebuildHandler(() => ({
    configJson: JSON.stringify(config),
    newApi: () => new GoogleApi({ auth: fixedTokenAuth(fake.accessToken), rootUrl: fake.url, clock }),
    clock,
  }));
  const answers: number[] = [];
  const res = (): HttpResponse => {
    const r: HttpResponse = { status: (code) => (answers.push(code), r), json: () => undefined };
    return r;
  };
  await Promise.all([handler({ method: 'POST' }, res()), handler({ method: 'POST' }, res())]);
  expect(answers.sort()).toEqual([200, 409]);
});

test('one file failing does not stop the others; the run reports it and answers 500', async () => {
  fake.failNext('sheets.spreadsheets.get', 403);
  const { status, body } = await post();
  expect(status).toBe(500);
  expect(body.ok).toBe(false);
  expect(body.spreadsheets.rendered).toBe(3);
  expect(body.spreadsheets.failed).toEqual([{ title: 'สรุประดับประเทศ', message: expect.stringContaining('เขียนหรือแชร์ไฟล์ไม่สำเร็จ') }]);
  // The file that failed was not shared either.
  const national = folderFiles().find((f) => f.name === 'สรุประดับประเทศ')!;
  expect(fake.drive.sharedWith(national.id)).toEqual([fake.drive.ownerEmail]);
});
});
