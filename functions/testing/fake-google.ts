/**
 * A fake Google Sheets v4 + Drive v3 HTTP server on 127.0.0.1 for tests that drive the real `googleapis`
 * client (pass `url` as `rootUrl`). It checks the bearer token, enforces the per-user per-minute quotas
 * (429 in Google's JSON error shape), counts requests per API method and keeps all state in memory.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeDriveStore } from './fake-drive';
import { FakeSheetsStore } from './fake-sheets';
import { FieldMaskError, parseFieldMask, pickFields } from './fields-mask';
import { GoogleApiError, invalid, notFound } from './google-error';

export type QuotaBucket = 'sheetsRead' | 'sheetsWrite' | 'drive';

export interface FakeGoogleOptions {
  /** Time for quota windows; share a VirtualClock with the adapter to test pacing without waiting. */
  clock?: { now(): number };
  /** Requests per minute per user; Sheets counts reads and writes separately (60 each by default). */
  quota?: Partial<Record<QuotaBucket, number>>;
  maxCells?: number;
  accessToken?: string;
  serviceAccountEmail?: string;
  /** Title of the first sheet of a new spreadsheet (depends on the creator's locale). */
  defaultSheetTitle?: string;
}

export interface LoggedRequest {
  method: string;
  bucket: QuotaBucket;
  at: number;
  status: number;
}

export interface FakeGoogle {
  /** Root URL to give the client as `rootUrl`, ending in `/`. */
  url: string;
  accessToken: string;
  sheets: FakeSheetsStore;
  drive: FakeDriveStore;
  /** Every request received, per API method (e.g. `sheets.spreadsheets.values.batchGet`), 429s included. */
  counts: Record<string, number>;
  log: LoggedRequest[];
  /** The next `times` calls of `method` fail with `status` (e.g. 503) before reaching the model. */
  failNext(method: string, status: number, times?: number): void;
  setQuota(bucket: QuotaBucket, perMinute: number): void;
  resetCounts(): void;
  close(): Promise<void>;
}

const WINDOW_MS = 60_000;

interface Route {
  method: string;
  verb: string;
  pattern: RegExp;
  handle: (m: string[], ctx: Ctx) => unknown;
}

interface Ctx {
  params: URLSearchParams;
  body: any;
  baseUrl: string;
}

export async function startFakeGoogle(options: FakeGoogleOptions = {}): Promise<FakeGoogle> {
  const clock = options.clock ?? { now: () => Date.now() };
  const accessToken = options.accessToken ?? 'fake-token';
  const quota: Record<QuotaBucket, number> = { sheetsRead: 60, sheetsWrite: 60, drive: 12_000, ...options.quota };
  const sheets = new FakeSheetsStore(options.maxCells, options.defaultSheetTitle);
  const drive = new FakeDriveStore(sheets, () => clock.now(), options.serviceAccountEmail ?? 'rebuild@lao-minstd.iam.gserviceaccount.com');
  const counts: Record<string, number> = {};
  const log: LoggedRequest[] = [];
  const accepted: Record<QuotaBucket, number[]> = { sheetsRead: [], sheetsWrite: [], drive: [] };
  const failures = new Map<string, number[]>();

  const decode = (s: string) => decodeURIComponent(s);
  const withFields = (ctx: Ctx, value: unknown, defaults?: string) => {
    const mask = ctx.params.get('fields') ?? defaults;
    return mask ? pickFields(value, parseFieldMask(mask)) : value;
  };
  const routes: Route[] = [
    { method: 'sheets.spreadsheets.create', verb: 'POST', pattern: /^\/v4\/spreadsheets$/, handle: (_m, ctx) => {
      const created = sheets.create(ctx.body ?? {});
      drive.registerSpreadsheet(created.spreadsheetId, created.properties.title);
      return withFields(ctx, sheets.resource(created.spreadsheetId, ctx.baseUrl));
    } },
    { method: 'sheets.spreadsheets.batchUpdate', verb: 'POST', pattern: /^\/v4\/spreadsheets\/([^/:]+):batchUpdate$/, handle: (m, ctx) =>
      withFields(ctx, sheets.batchUpdate(decode(m[1]!), ctx.body?.requests)) },
    { method: 'sheets.spreadsheets.values.batchGet', verb: 'GET', pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values:batchGet$/, handle: (m, ctx) => {
      const id = decode(m[1]!);
      const ranges = ctx.params.getAll('ranges');
      const valueRanges = ranges.map((r) => sheets.getValues(id, r, renderOptions(ctx.params)));
      return withFields(ctx, { spreadsheetId: id, valueRanges });
    } },
    { method: 'sheets.spreadsheets.values.batchUpdate', verb: 'POST', pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values:batchUpdate$/, handle: (m, ctx) => {
      const id = decode(m[1]!);
      const responses = sheets.updateValues(id, ctx.body?.data ?? [], ctx.body?.valueInputOption);
      return withFields(ctx, {
        spreadsheetId: id,
        totalUpdatedRows: sum(responses, 'updatedRows'),
        totalUpdatedColumns: Math.max(0, ...responses.map((r) => r.updatedColumns)),
        totalUpdatedCells: sum(responses, 'updatedCells'),
        totalUpdatedSheets: new Set(responses.map((r) => r.updatedRange.split('!')[0])).size,
        responses,
      });
    } },
    { method: 'sheets.spreadsheets.values.clear', verb: 'POST', pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values\/([^/]+):clear$/, handle: (m, ctx) =>
      withFields(ctx, sheets.clearValues(decode(m[1]!), decode(m[2]!))) },
    { method: 'sheets.spreadsheets.values.get', verb: 'GET', pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values\/([^/:]+)$/, handle: (m, ctx) =>
      withFields(ctx, sheets.getValues(decode(m[1]!), decode(m[2]!), renderOptions(ctx.params))) },
    { method: 'sheets.spreadsheets.values.update', verb: 'PUT', pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values\/([^/:]+)$/, handle: (m, ctx) => {
      const range = decode(m[2]!);
      if (ctx.body?.range !== undefined && ctx.body.range !== range) throw invalid(`Requested range [${range}] doesn't match the range in the request body [${ctx.body.range}].`);
      const [response] = sheets.updateValues(decode(m[1]!), [{ ...(ctx.body ?? {}), range }], ctx.params.get('valueInputOption') ?? undefined);
      return withFields(ctx, response);
    } },
    { method: 'sheets.spreadsheets.get', verb: 'GET', pattern: /^\/v4\/spreadsheets\/([^/:]+)$/, handle: (m, ctx) => {
      if (ctx.params.get('includeGridData') === 'true') throw invalid('The fake server does not model includeGridData.');
      const id = decode(m[1]!);
      for (const r of ctx.params.getAll('ranges')) sheets.getValues(id, r, {});
      return withFields(ctx, sheets.resource(id, ctx.baseUrl));
    } },
    { method: 'drive.files.list', verb: 'GET', pattern: /^\/drive\/v3\/files$/, handle: (_m, ctx) =>
      withFields(ctx, drive.list(ctx.params), 'kind,incompleteSearch,nextPageToken,files(kind,id,name,mimeType)') },
    { method: 'drive.files.create', verb: 'POST', pattern: /^\/drive\/v3\/files$/, handle: (_m, ctx) =>
      withFields(ctx, drive.create(ctx.body ?? {}), 'kind,id,name,mimeType') },
    { method: 'drive.files.get', verb: 'GET', pattern: /^\/drive\/v3\/files\/([^/]+)$/, handle: (m, ctx) =>
      withFields(ctx, drive.file(decode(m[1]!)), 'kind,id,name,mimeType') },
    { method: 'drive.files.update', verb: 'PATCH', pattern: /^\/drive\/v3\/files\/([^/]+)$/, handle: (m, ctx) =>
      withFields(ctx, drive.update(decode(m[1]!), ctx.body ?? {}), 'kind,id,name,mimeType') },
    { method: 'drive.permissions.create', verb: 'POST', pattern: /^\/drive\/v3\/files\/([^/]+)\/permissions$/, handle: (m, ctx) =>
      withFields(ctx, drive.createPermission(decode(m[1]!), ctx.body ?? {}, ctx.params.get('sendNotificationEmail') !== 'false'), 'kind,id,type,role') },
    { method: 'drive.permissions.list', verb: 'GET', pattern: /^\/drive\/v3\/files\/([^/]+)\/permissions$/, handle: (m, ctx) =>
      withFields(ctx, { kind: 'drive#permissionList', permissions: drive.file(decode(m[1]!)).permissions }, 'kind,permissions(kind,id,type,role)') },
    { method: 'drive.permissions.delete', verb: 'DELETE', pattern: /^\/drive\/v3\/files\/([^/]+)\/permissions\/([^/]+)$/, handle: (m) => {
      drive.deletePermission(decode(m[1]!), decode(m[2]!));
      return undefined;
    } },
  ];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const isDrive = url.pathname.startsWith('/drive/');
      const send = (status: number, payload: unknown) => {
        const text = payload === undefined ? '' : JSON.stringify(payload);
        res.writeHead(status, payload === undefined ? {} : { 'content-type': 'application/json; charset=UTF-8' });
        res.end(text);
      };
      const sendError = (e: GoogleApiError) => send(e.httpStatus, errorBody(e, isDrive));

      let match: RegExpExecArray | null = null;
      const route = routes.find((r) => r.verb === req.method && (match = r.pattern.exec(url.pathname)) !== null);
      if (!route || !match) return sendError(notFound(`The fake server has no ${req.method} ${url.pathname}.`));
      counts[route.method] = (counts[route.method] ?? 0) + 1;
      const bucket: QuotaBucket = isDrive ? 'drive' : req.method === 'GET' ? 'sheetsRead' : 'sheetsWrite';
      const now = clock.now();
      const record = (status: number) => log.push({ method: route.method, bucket, at: now, status });

      if (req.headers.authorization !== `Bearer ${accessToken}`) {
        record(401);
        return sendError(new GoogleApiError(401, 'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.', 'UNAUTHENTICATED', 'authError'));
      }
      const window = accepted[bucket];
      while (window.length && window[0]! <= now - WINDOW_MS) window.shift();
      if (window.length >= quota[bucket]) {
        record(429);
        return send(429, quotaErrorBody(bucket, quota[bucket]));
      }
      window.push(now);
      const injected = failures.get(route.method);
      if (injected?.length) {
        const status = injected.shift()!;
        record(status);
        return sendError(new GoogleApiError(status, status >= 500 ? 'The service is currently unavailable.' : 'Injected failure.', status >= 500 ? 'UNAVAILABLE' : 'FAILED_PRECONDITION', 'backendError'));
      }
      try {
        const raw = Buffer.concat(chunks).toString('utf8');
        const body = raw ? JSON.parse(raw) : undefined;
        const result = route.handle(match, { params: url.searchParams, body, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` });
        record(result === undefined ? 204 : 200);
        send(result === undefined ? 204 : 200, result);
      } catch (e) {
        const error = e instanceof GoogleApiError ? e
          : e instanceof FieldMaskError || e instanceof SyntaxError ? invalid(e.message)
          : new GoogleApiError(500, `Fake server bug: ${(e as Error).stack}`, 'INTERNAL', 'internalError');
        record(error.httpStatus);
        sendError(error);
      }
    });
  });
  // Idle sockets stay open as long as Google's do; Node's 5-second default races the client's reuse of them.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    accessToken,
    sheets,
    drive,
    counts,
    log,
    failNext(method, status, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array<number>(times).fill(status)]);
    },
    setQuota(bucket, perMinute) {
      quota[bucket] = perMinute;
    },
    resetCounts() {
      for (const k of Object.keys(counts)) delete counts[k];
      log.length = 0;
    },
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((e) => (e ? reject(e) : resolve()));
    }),
  };
}

function renderOptions(params: URLSearchParams) {
  return {
    valueRenderOption: params.get('valueRenderOption') ?? undefined,
    dateTimeRenderOption: params.get('dateTimeRenderOption') ?? undefined,
    majorDimension: params.get('majorDimension') ?? undefined,
  };
}

function sum<T>(items: T[], key: keyof T): number {
  return items.reduce((n, item) => n + (item[key] as number), 0);
}

/** Sheets answers in google.rpc form; Drive v3 adds the legacy `errors` array. */
function errorBody(e: GoogleApiError, drive: boolean): unknown {
  return drive
    ? { error: { code: e.httpStatus, message: e.message, errors: [{ message: e.message, domain: 'global', reason: e.reason }] } }
    : { error: { code: e.httpStatus, message: e.message, status: e.rpcStatus } };
}

function quotaErrorBody(bucket: QuotaBucket, limit: number): unknown {
  if (bucket === 'drive') {
    return { error: { code: 429, message: 'Rate Limit Exceeded', errors: [{ message: 'Rate Limit Exceeded', domain: 'usageLimits', reason: 'rateLimitExceeded' }] } };
  }
  const kind = bucket === 'sheetsRead' ? 'Read' : 'Write';
  return {
    error: {
      code: 429,
      message: `Quota exceeded for quota metric '${kind} requests' and limit '${kind} requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.`,
      status: 'RESOURCE_EXHAUSTED',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'RATE_LIMIT_EXCEEDED',
          domain: 'googleapis.com',
          metadata: {
            quota_metric: `sheets.googleapis.com/${kind.toLowerCase()}_requests`,
            quota_limit: `${kind}RequestsPerMinutePerUser`,
            quota_limit_value: String(limit),
            service: 'sheets.googleapis.com',
            consumer: 'projects/000000000000',
          },
        },
      ],
    },
  };
}
