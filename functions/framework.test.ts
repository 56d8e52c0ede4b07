/**
 * The production entry point served by the Functions Framework (its Express server and body parsers, as on
 * Cloud Run) on an ephemeral loopback port, its Google clients sent to the fake server by SHEETS_EMULATOR_HOST.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { EMULATOR_ACCESS_TOKEN, emulatorTarget } from './emulator';
import './index';
import { startFakeGoogle, type FakeGoogle } from './testing/fake-google';
import { prepareMyDrive, seedCoordinators, seedSource } from './testing/source-data';
import { NATIONAL_KEY } from '../sheets-schema/coordinators';
import { describeWithSharedData } from '../scripts/testing/shared-data';

// The seeded source holds real registry rows.
describeWithSharedData('the entry point served by the Functions Framework', ['lao-registry.csv'], () => {
  let fake: FakeGoogle;
  let server: Server;
  let url: string;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    fake = await startFakeGoogle({ accessToken: EMULATOR_ACCESS_TOKEN });
    const source = seedSource(fake, ['ภูเก็ต', 'ระนอง']);
    seedCoordinators(fake, source.id, { ภูเก็ต: ['phuket@example.go.th'] });
    // The owner's set-up prepares the files in their Drive; the function creates none there.
    prepareMyDrive(fake, source.id, [NATIONAL_KEY, 'ภูเก็ต', 'ระนอง', 'กรุงเทพมหานคร']);
    process.env.SHEETS_EMULATOR_HOST = new URL(fake.url).host;
    process.env.SOURCE_SPREADSHEET_ID = source.id;
    server = getTestServer('rebuild');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    process.env = savedEnv;
    // Either may be missing when beforeAll failed; an open server would keep Jest waiting.
    if (server) await new Promise((resolve) => server.close(resolve));
    await fake?.close();
  });

  async function post(body: string | undefined, contentType?: string): Promise<{ status: number; body: any }> {
    // A Blob body carries no Content-Type of its own, so "none" really is none.
    const res = await fetch(url, {
      method: 'POST',
      body: body === undefined ? undefined : new Blob([body]),
      headers: contentType ? { 'content-type': contentType } : {},
    });
    return { status: res.status, body: await res.json() };
  }

  test('served by the framework against the emulator: a run, a quiet run, and a forced run sent as Scheduler sends it', async () => {
    const first = await post('{}', 'application/json');
    expect(first.status).toBe(200);
    expect(first.body.spreadsheets).toMatchObject({ created: 0, rendered: 4, failed: [] });
    expect(fake.counts['drive.files.create'] ?? 0).toBe(0);

    const quiet = await post(undefined);
    expect(quiet.body.spreadsheets).toMatchObject({ rendered: 0, unchanged: 4 });

    // Cloud Scheduler's default Content-Type: the body reaches the function as a Buffer.
    const forced = await post('{"force": true}', 'application/octet-stream');
    expect(forced.status).toBe(200);
    expect(forced.body.spreadsheets).toMatchObject({ rendered: 4, unchanged: 0 });
  });

  test('the body is read whatever its Content-Type: a force that is not a boolean is refused, not ignored', async () => {
    // Refused before any Google request, so this costs no quota: a body the function ignored would start a run.
    fake.resetCounts();
    for (const contentType of [undefined, 'application/json', 'application/octet-stream', 'text/plain', 'application/x-www-form-urlencoded']) {
      const answer = await post('{"force": "yes"}', contentType);
      expect({ contentType, ...answer }).toEqual({ contentType, status: 400, body: { ok: false, message: 'ค่า "force" ต้องเป็น true หรือ false (ได้รับ "yes")' } });
    }
    expect(fake.log).toEqual([]);
  });

  test('through the framework: bad JSON is a Thai 400 and nothing is read; GET is a 405', async () => {
    fake.resetCounts();
    const bad = await post('force=true', 'application/octet-stream');
    expect(bad).toEqual({ status: 400, body: { ok: false, message: expect.stringContaining('ไม่ใช่ JSON ที่ถูกต้อง') } });
    const get = await fetch(url);
    expect(get.status).toBe(405);
    expect(fake.log).toEqual([]);
  });
});

test('the emulator variable sends both clients to loopback only, with no real credentials', async () => {
  expect(emulatorTarget({})).toBeUndefined();
  const target = emulatorTarget({ SHEETS_EMULATOR_HOST: '127.0.0.1:9090' })!;
  expect(target.rootUrl).toBe('http://127.0.0.1:9090/');
  expect((await target.auth.getAccessToken()).token).toBe(EMULATOR_ACCESS_TOKEN);
  expect(() => emulatorTarget({ SHEETS_EMULATOR_HOST: 'sheets.example.com:443' })).toThrow('ต้องเป็นเครื่องนี้');
});
