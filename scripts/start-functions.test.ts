/**
 * `npm run start:functions` end to end: the built bundle served by the `functions-framework` command in a child
 * process against the seeded fake Google server, one rebuild started with the printed curl's request. Bounded: the
 * framework must serve within 30 s, and both servers are stopped whatever happens.
 */
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { startLocalFunctions, type LocalFunctions } from './start-functions';
import { testWithSharedData } from './testing/shared-data';

/** A port the system just handed out on loopback, free again once closed. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

testWithSharedData('serves rebuild through the Functions Framework against the fake; the printed curl starts a rebuild', ['lao-registry.csv'], async () => {
  const lines: string[] = [];
  let local: LocalFunctions | undefined;
  // Its own bundle folder: other tests build dist/functions at the same time.
  const outDir = path.join(__dirname, '../dist', `functions-start-test-${process.pid}`);
  try {
    local = await startLocalFunctions({ port: await freePort(), log: (line) => lines.push(line), outDir });
    expect(lines).toContain('[functions-framework] Function: rebuild');
    // The request the printed curl sends: POST, JSON header, {"force": false}.
    expect(local.curl).toBe(`curl -sS -X POST -H 'Content-Type: application/json' -d '{"force": false}' ${local.url}`);
    const res = await fetch(local.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"force": false}' });
    const summary = (await res.json()) as any;
    expect(res.status).toBe(200);
    expect(summary).toMatchObject({ ok: true, spreadsheets: { total: 4, created: 0, rendered: 4, failed: [] } });
    expect(summary.inputs.responses).toBe(5);
    // The API requests went to the fake (none to Google), each with the emulator's token (the fake answers 401
    // to any other). The run may make a request after its summary is counted (releasing its lease), hence ≥.
    expect(summary.requests.total).toBeGreaterThan(0);
    expect(local.fake.log.length).toBeGreaterThanOrEqual(summary.requests.total);
    expect(local.fake.log.filter((r) => r.status === 401 || r.status === 403)).toEqual([]);
  } finally {
    await local?.stop();
    rmSync(outDir, { recursive: true, force: true });
  }
});
