import { Readable } from 'node:stream';
import { readRebuildRequest, type HttpRequest } from './http';

/** A request as Node hands it over when no body parser ran (no Content-Type): the body is still in the stream. */
function unparsed(text: string): HttpRequest {
  return Object.assign(Readable.from([Buffer.from(text)]), { method: 'POST', headers: {} });
}

const force = { ok: true, request: { force: true } };
const noForce = { ok: true, request: { force: false } };

test.each<[string, HttpRequest]>([
  ['a parsed JSON object (Content-Type: application/json)', { method: 'POST', body: { force: true } }],
  ["a Buffer (Cloud Scheduler's default application/octet-stream)", { method: 'POST', body: Buffer.from('{"force": true}') }],
  ['a string (text/plain)', { method: 'POST', body: '{"force":true}' }],
  ['an unread stream (no Content-Type)', unparsed(' {"force": true}\n')],
  // `curl -d` sends application/x-www-form-urlencoded; the framework turns the JSON into a key with an empty value.
  ['the raw bytes of a form-encoded body', { method: 'POST', body: { '{"force": true}': '' }, rawBody: Buffer.from('{"force": true}') }],
])('force is read from %s', async (_, req) => {
  expect(await readRebuildRequest(req)).toEqual(force);
});

test.each<[string, HttpRequest]>([
  ['no body at all', { method: 'POST' }],
  ['an empty Buffer', { method: 'POST', body: Buffer.alloc(0) }],
  ['an empty stream', unparsed('')],
  ['an empty object', { method: 'POST', body: {} }],
  ['force false', { method: 'POST', body: Buffer.from('{"force": false}') }],
])('%s is a normal run', async (_, req) => {
  expect(await readRebuildRequest(req)).toEqual(noForce);
});

test('a body that is not JSON is refused with a Thai 400 quoting it, never taken for {}', async () => {
  for (const req of [{ method: 'POST', body: Buffer.from('force=true') }, unparsed('{force: true}')]) {
    const read = await readRebuildRequest(req);
    expect(read).toEqual({ ok: false, status: 400, message: expect.stringContaining('ไม่ใช่ JSON ที่ถูกต้อง') });
    expect(read.ok || read.message).toMatch(/force(=|: )true/);
  }
});

test('JSON that is not an object, or a force that is not a boolean, is refused', async () => {
  expect(await readRebuildRequest({ method: 'POST', body: Buffer.from('[true]') })).toMatchObject({
    ok: false,
    status: 400,
    message: expect.stringContaining('ออบเจกต์ JSON'),
  });
  expect(await readRebuildRequest({ method: 'POST', body: [1] })).toMatchObject({ ok: false, status: 400 });
  expect(await readRebuildRequest({ method: 'POST', body: '"force"' })).toMatchObject({ ok: false, status: 400 });
  expect(await readRebuildRequest({ method: 'POST', body: { force: 'true' } })).toEqual({
    ok: false,
    status: 400,
    message: 'ค่า "force" ต้องเป็น true หรือ false (ได้รับ "true")',
  });
});

test('only POST; an oversized body is refused before it is parsed', async () => {
  expect(await readRebuildRequest({ method: 'GET' })).toMatchObject({ ok: false, status: 405, message: expect.stringContaining('POST') });
  expect(await readRebuildRequest({ method: 'POST', body: Buffer.alloc(65 * 1024, 0x20) })).toMatchObject({ ok: false, status: 413 });
  expect(await readRebuildRequest(unparsed(' '.repeat(65 * 1024)))).toMatchObject({ ok: false, status: 413 });
});
