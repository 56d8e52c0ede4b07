/**
 * A fake Google Sheets v4 + Drive v3 HTTP server on 127.0.0.1 for tests that drive the real `googleapis`
 * client (pass `url` as `rootUrl`). It checks the bearer token, enforces the per-user per-minute quotas,
 * counts requests per API method and keeps all state in memory. Where Google fails, it fails alike:
 * - Sheets over quota: 429 RESOURCE_EXHAUSTED; Drive over quota: 403 userRateLimitExceeded
 *   (https://developers.google.com/workspace/sheets/api/limits,
 *   https://developers.google.com/workspace/drive/api/guides/limits and .../handle-errors).
 * - A request body over 10 MiB: 400 "Request payload size exceeds the limit: 10485760 bytes." (the front end's
 *   limit, seen in public issue threads; Google recommends at most 2 MB: .../sheets/api/limits).
 * - With a latency model on (`latency: 'google'`), each request takes modelled time on the shared virtual clock;
 *   one whose processing would pass 180 s is cut off with 503, as Sheets ends requests after 180 seconds
 *   (https://developers.google.com/workspace/sheets/api/limits: "processing timeout").
 * - `loseReplyNext`: the request is applied, then the connection drops before the answer (a lost reply).
 * - `failNext`: injected errors, e.g. 503, or Drive's 403 rateLimitExceeded with a Retry-After header.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeDriveStore } from './fake-drive';
import { FakeSheetsStore } from './fake-sheets';
import { FieldMaskError, parseFieldMask, pickFields } from './fields-mask';
import { GoogleApiError, invalid, notFound } from './google-error';

export type QuotaBucket = 'sheetsRead' | 'sheetsWrite' | 'drive';

/** Modelled processing and transfer time of one request, in ms (not measured on Google: an assumption). */
export type LatencyModel = (request: { method: string; bucket: QuotaBucket; requestBytes: number; responseBytes: number }) => number;

/**
 * The default model: a base per request plus transfer and processing per MB. Sheets writes are the slow part
 * (about 3 s per MB written, which is what people report for large batchUpdates); Drive calls are short, except
 * creating a spreadsheet. These figures are assumptions, stated so the bench's minutes can be judged.
 */
export const googleLikeLatency: LatencyModel = ({ method, bucket, requestBytes, responseBytes }) => {
  const mb = (n: number) => n / 1_048_576;
  if (bucket === 'drive') return method === 'drive.files.create' ? 1500 : 150;
  if (bucket === 'sheetsRead') return 200 + 1000 * mb(responseBytes);
  return 300 + 3000 * mb(requestBytes) + (method === 'sheets.spreadsheets.batchUpdate' ? 500 : 0);
};

export const MAX_REQUEST_BYTES = 10 * 1024 * 1024;
export const REQUEST_DEADLINE_MS = 180_000;

export interface FakeGoogleOptions {
  /** Time for quota windows and latency; share a VirtualClock with the adapter to test pacing without waiting. */
  clock?: { now(): number; sleep?(ms: number): Promise<void> };
  /** Model each request's duration on the clock (needs `clock.sleep`): 'google' for googleLikeLatency. */
  latency?: 'google' | LatencyModel;
  /**
   * The caller runs in another process with its own virtual clock: each request says its time in the
   * `x-virtual-now` header, and the modelled latency is answered in `x-modelled-latency-ms` for the caller to
   * sleep, instead of sleeping on this side's clock (see testing/rebuild-worker.ts).
   */
  virtualTimeHeader?: boolean;
  /** The caller has Drive storage (an OAuth user); a service account has none (the default). */
  callerHasDriveStorage?: boolean;
  /** Who owns the My Drive folders seeded with drive.addFolder. */
  ownerEmail?: string;
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
  requestBytes: number;
  responseBytes: number;
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
  failNext(method: string, status: number, times?: number, options?: { reason?: string; retryAfterSeconds?: number }): void;
  /** The next `times` calls of `method` are applied, then the connection drops before the reply. */
  loseReplyNext(method: string, times?: number): void;
  /** Runs once just before the next call of `method` is applied (e.g. to change state in between). */
  beforeNext(method: string, hook: () => void): void;
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
  const drive = new FakeDriveStore(sheets, () => clock.now(), {
    callerEmail: options.serviceAccountEmail ?? 'rebuild@lao-minstd.iam.gserviceaccount.com',
    ...(options.ownerEmail ? { ownerEmail: options.ownerEmail } : {}),
    callerHasStorage: options.callerHasDriveStorage ?? false,
  });
  const latency = options.latency === 'google' ? googleLikeLatency : options.latency;
  if (latency && !clock.sleep && !options.virtualTimeHeader) throw new Error('a latency model needs a clock with sleep (VirtualClock)');
  const counts: Record<string, number> = {};
  const log: LoggedRequest[] = [];
  const accepted: Record<QuotaBucket, number[]> = { sheetsRead: [], sheetsWrite: [], drive: [] };
  const failures = new Map<string, Array<{ status: number; reason?: string; retryAfterSeconds?: number }>>();
  const lostReplies = new Map<string, number>();
  const hooks = new Map<string, Array<() => void>>();

  const decode = (s: string) => decodeURIComponent(s);
  const withFields = (ctx: Ctx, value: unknown, defaults?: string) => {
    const mask = ctx.params.get('fields') ?? defaults;
    return mask ? pickFields(value, parseFieldMask(mask)) : value;
  };
  const routes: Route[] = [
    {
      method: 'sheets.spreadsheets.create',
      verb: 'POST',
      pattern: /^\/v4\/spreadsheets$/,
      handle: (_m, ctx) => {
        drive.checkCanCreateInMyDrive();
        const created = sheets.create(ctx.body ?? {});
        drive.registerSpreadsheet(created.spreadsheetId, created.properties.title);
        return withFields(ctx, sheets.resource(created.spreadsheetId, ctx.baseUrl));
      },
    },
    {
      method: 'sheets.spreadsheets.batchUpdate',
      verb: 'POST',
      pattern: /^\/v4\/spreadsheets\/([^/:]+):batchUpdate$/,
      handle: (m, ctx) => withFields(ctx, sheets.batchUpdate(decode(m[1]!), ctx.body?.requests)),
    },
    {
      method: 'sheets.spreadsheets.values.batchGet',
      verb: 'GET',
      pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values:batchGet$/,
      handle: (m, ctx) => {
        const id = decode(m[1]!);
        const ranges = ctx.params.getAll('ranges');
        const valueRanges = ranges.map((r) => sheets.getValues(id, r, renderOptions(ctx.params)));
        return withFields(ctx, { spreadsheetId: id, valueRanges });
      },
    },
    {
      method: 'sheets.spreadsheets.values.batchUpdate',
      verb: 'POST',
      pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values:batchUpdate$/,
      handle: (m, ctx) => {
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
      },
    },
    {
      method: 'sheets.spreadsheets.values.clear',
      verb: 'POST',
      pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values\/([^/]+):clear$/,
      handle: (m, ctx) => withFields(ctx, sheets.clearValues(decode(m[1]!), decode(m[2]!))),
    },
    {
      method: 'sheets.spreadsheets.values.get',
      verb: 'GET',
      pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values\/([^/:]+)$/,
      handle: (m, ctx) => withFields(ctx, sheets.getValues(decode(m[1]!), decode(m[2]!), renderOptions(ctx.params))),
    },
    {
      method: 'sheets.spreadsheets.values.update',
      verb: 'PUT',
      pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values\/([^/:]+)$/,
      handle: (m, ctx) => {
        const range = decode(m[2]!);
        if (ctx.body?.range !== undefined && ctx.body.range !== range)
          throw invalid(`Requested range [${range}] doesn't match the range in the request body [${ctx.body.range}].`);
        const [response] = sheets.updateValues(decode(m[1]!), [{ ...(ctx.body ?? {}), range }], ctx.params.get('valueInputOption') ?? undefined);
        return withFields(ctx, response);
      },
    },
    {
      method: 'sheets.spreadsheets.get',
      verb: 'GET',
      pattern: /^\/v4\/spreadsheets\/([^/:]+)$/,
      handle: (m, ctx) => {
        if (ctx.params.get('includeGridData') === 'true') throw invalid('The fake server does not model includeGridData.');
        const id = decode(m[1]!);
        for (const r of ctx.params.getAll('ranges')) sheets.getValues(id, r, {});
        return withFields(ctx, sheets.resource(id, ctx.baseUrl));
      },
    },
    {
      method: 'sheets.spreadsheets.developerMetadata.get',
      verb: 'GET',
      pattern: /^\/v4\/spreadsheets\/([^/:]+)\/developerMetadata\/(\d+)$/,
      handle: (m, ctx) => withFields(ctx, sheets.developerMetadata(decode(m[1]!), Number(m[2]))),
    },
    {
      method: 'drive.about.get',
      verb: 'GET',
      pattern: /^\/drive\/v3\/about$/,
      handle: (_m, ctx) => {
        if (!ctx.params.get('fields')) throw invalid("The 'fields' parameter is required for this method.");
        return withFields(ctx, { kind: 'drive#about', user: { kind: 'drive#user', emailAddress: drive.callerEmail, displayName: drive.callerEmail } });
      },
    },
    {
      method: 'drive.files.list',
      verb: 'GET',
      pattern: /^\/drive\/v3\/files$/,
      handle: (_m, ctx) => withFields(ctx, drive.list(ctx.params), 'kind,incompleteSearch,nextPageToken,files(kind,id,name,mimeType)'),
    },
    {
      method: 'drive.files.create',
      verb: 'POST',
      pattern: /^\/drive\/v3\/files$/,
      handle: (_m, ctx) => withFields(ctx, drive.create(ctx.body ?? {}, ctx.params), 'kind,id,name,mimeType'),
    },
    {
      method: 'drive.files.get',
      verb: 'GET',
      pattern: /^\/drive\/v3\/files\/([^/]+)$/,
      handle: (m, ctx) => withFields(ctx, drive.get(decode(m[1]!), ctx.params), 'kind,id,name,mimeType'),
    },
    {
      method: 'drive.files.update',
      verb: 'PATCH',
      pattern: /^\/drive\/v3\/files\/([^/]+)$/,
      handle: (m, ctx) => withFields(ctx, drive.update(decode(m[1]!), ctx.body ?? {}, ctx.params), 'kind,id,name,mimeType'),
    },
    {
      method: 'drive.permissions.create',
      verb: 'POST',
      pattern: /^\/drive\/v3\/files\/([^/]+)\/permissions$/,
      handle: (m, ctx) =>
        withFields(
          ctx,
          drive.createPermission(decode(m[1]!), ctx.body ?? {}, ctx.params.get('sendNotificationEmail') !== 'false', ctx.params),
          'kind,id,type,role',
        ),
    },
    {
      method: 'drive.permissions.list',
      verb: 'GET',
      pattern: /^\/drive\/v3\/files\/([^/]+)\/permissions$/,
      handle: (m, ctx) =>
        withFields(ctx, { kind: 'drive#permissionList', permissions: drive.listPermissions(decode(m[1]!), ctx.params) }, 'kind,permissions(kind,id,type,role)'),
    },
    {
      method: 'drive.permissions.delete',
      verb: 'DELETE',
      pattern: /^\/drive\/v3\/files\/([^/]+)\/permissions\/([^/]+)$/,
      handle: (m, ctx) => {
        drive.deletePermission(decode(m[1]!), decode(m[2]!), ctx.params);
        return undefined;
      },
    },
  ];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void answer(req, res, Buffer.concat(chunks)));
  });

  async function answer(req: http.IncomingMessage, res: http.ServerResponse, rawBody: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isDrive = url.pathname.startsWith('/drive/');
    let match: RegExpExecArray | null = null;
    const route = routes.find((r) => r.verb === req.method && (match = r.pattern.exec(url.pathname)) !== null);
    const method = route?.method ?? `${req.method} ${url.pathname}`;
    const bucket: QuotaBucket = isDrive ? 'drive' : req.method === 'GET' ? 'sheetsRead' : 'sheetsWrite';
    const headerNow = Number(req.headers['x-virtual-now']);
    const now = options.virtualTimeHeader && Number.isFinite(headerNow) ? headerNow : clock.now();
    const requestBytes = rawBody.length;

    const send = async (status: number, payload: unknown, headers: Record<string, string> = {}, applied = false) => {
      const text = payload === undefined ? '' : JSON.stringify(payload);
      const responseBytes = Buffer.byteLength(text);
      log.push({ method, bucket, at: now, status, requestBytes, responseBytes });
      const latencyHeader: Record<string, string> = {};
      if (latency) {
        const ms = Math.min(latency({ method, bucket, requestBytes, responseBytes }), REQUEST_DEADLINE_MS);
        if (options.virtualTimeHeader) latencyHeader['x-modelled-latency-ms'] = String(Math.round(ms));
        else await clock.sleep!(ms);
      }
      const lost = lostReplies.get(method) ?? 0;
      if (applied && lost > 0) {
        // Applied, but the answer never arrives: the connection drops.
        lostReplies.set(method, lost - 1);
        req.socket.destroy();
        return;
      }
      res.writeHead(status, { ...(payload === undefined ? {} : { 'content-type': 'application/json; charset=UTF-8' }), ...headers, ...latencyHeader });
      res.end(text);
    };
    const sendError = (e: GoogleApiError, headers?: Record<string, string>) => send(e.httpStatus, errorBody(e, isDrive), headers);

    if (!route || !match) return sendError(notFound(`The fake server has no ${req.method} ${url.pathname}.`));
    counts[route.method] = (counts[route.method] ?? 0) + 1;
    if (req.headers.authorization !== `Bearer ${accessToken}`) {
      return sendError(
        new GoogleApiError(
          401,
          'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
          'UNAUTHENTICATED',
          'authError',
        ),
      );
    }
    const window = accepted[bucket];
    while (window.length && window[0]! <= now - WINDOW_MS) window.shift();
    if (window.length >= quota[bucket]) return send(bucket === 'drive' ? 403 : 429, quotaErrorBody(bucket, quota[bucket]));
    window.push(now);
    if (requestBytes > MAX_REQUEST_BYTES) {
      return sendError(new GoogleApiError(400, `Request payload size exceeds the limit: ${MAX_REQUEST_BYTES} bytes.`, 'INVALID_ARGUMENT', 'badRequest'));
    }
    const sheetsTarget = /^\/v4\/spreadsheets\/([^/:]+)/.exec(url.pathname)?.[1];
    if (sheetsTarget) {
      try {
        drive.checkSheetsAccess(decodeURIComponent(sheetsTarget), req.method !== 'GET');
      } catch (e) {
        return sendError(e as GoogleApiError);
      }
    }
    const injected = failures.get(route.method);
    if (injected?.length) {
      const { status, reason, retryAfterSeconds } = injected.shift()!;
      const error = new GoogleApiError(
        status,
        reason === 'rateLimitExceeded' || reason === 'userRateLimitExceeded'
          ? 'Rate Limit Exceeded'
          : status >= 500
            ? 'The service is currently unavailable.'
            : 'Injected failure.',
        status >= 500 ? 'UNAVAILABLE' : status === 403 ? 'PERMISSION_DENIED' : 'FAILED_PRECONDITION',
        reason ?? (status >= 500 ? 'backendError' : 'failedPrecondition'),
      );
      return sendError(error, retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) });
    }
    if (latency && latency({ method, bucket, requestBytes, responseBytes: 0 }) > REQUEST_DEADLINE_MS) {
      return sendError(
        new GoogleApiError(503, 'The request took longer than the 180-second processing limit and was cancelled.', 'UNAVAILABLE', 'backendError'),
      );
    }
    try {
      const body = rawBody.length ? JSON.parse(rawBody.toString('utf8')) : undefined;
      const pending = hooks.get(route.method);
      if (pending?.length) pending.shift()!();
      const result = route.handle(match, { params: url.searchParams, body, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` });
      return send(result === undefined ? 204 : 200, result, {}, true);
    } catch (e) {
      const error =
        e instanceof GoogleApiError
          ? e
          : e instanceof FieldMaskError || e instanceof SyntaxError
            ? invalid(e.message)
            : new GoogleApiError(500, `Fake server bug: ${(e as Error).stack}`, 'INTERNAL', 'internalError');
      return sendError(error);
    }
  }
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
    failNext(method, status, times = 1, extra = {}) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => ({ status, ...extra }))]);
    },
    loseReplyNext(method, times = 1) {
      lostReplies.set(method, (lostReplies.get(method) ?? 0) + times);
    },
    beforeNext(method, hook) {
      hooks.set(method, [...(hooks.get(method) ?? []), hook]);
    },
    setQuota(bucket, perMinute) {
      quota[bucket] = perMinute;
    },
    resetCounts() {
      for (const k of Object.keys(counts)) delete counts[k];
      log.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
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
    // Drive answers its per-user quota with 403 userRateLimitExceeded, not 429 (drive/api/guides/handle-errors).
    const message = 'User Rate Limit Exceeded. Rate of requests for user exceed configured project quota.';
    return { error: { code: 403, message, errors: [{ message, domain: 'usageLimits', reason: 'userRateLimitExceeded' }] } };
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
