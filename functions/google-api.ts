/**
 * The googleapis Sheets v4 and Drive v3 clients with the policies every call shares: pacing under the
 * per-user per-minute quotas, retries decided per call (only what is safe to repeat is repeated), exponential
 * back-off with jitter that honours `Retry-After`, no retry that would end after the run's deadline, and a count
 * of every HTTP request for the run summary.
 *
 * gaxios' own retry is switched off: it retries any POST on 5xx, including a `spreadsheets.batchUpdate` that
 * Google may already have applied, and it does not know Drive's 403 rate-limit reasons.
 *
 * The API modules are imported directly: loading the whole `googleapis` index costs about a second of
 * cold start for hundreds of APIs we never call.
 */
import { drive_v3 } from 'googleapis/build/src/apis/drive/v3';
import { sheets_v4 } from 'googleapis/build/src/apis/sheets/v4';
import { systemClock, type Clock } from './clock';
import { RequestPacer } from './pacer';

export type ApiBucket = 'sheetsRead' | 'sheetsWrite' | 'drive';

type Auth = NonNullable<sheets_v4.Options['auth']>;

/**
 * - `safe`: repeating the request changes nothing more (reads, RAW value writes to fixed ranges, metadata
 *   updates): retried after a quota refusal, a 5xx or a lost reply.
 * - `refusedOnly`: repeating could apply it twice (creating a file, a structural batchUpdate with fixed ids):
 *   retried only when Google says it did nothing (429, Drive's 403 rate limits). After a 5xx or a lost reply the
 *   caller looks at what the server holds before deciding (see drive-adapter and sheets-adapter).
 */
export type RetryMode = 'safe' | 'refusedOnly';

export interface GoogleApiOptions {
  /** A google-auth-library client (GoogleAuth on Cloud Run, an OAuth2 client with a fixed token in tests). */
  auth: Auth;
  /** Where the APIs live; tests and the emulator point it at the fake server. */
  rootUrl?: string;
  clock?: Clock;
  /**
   * Requests per minute we allow ourselves. Sheets allows 60 reads and 60 writes per minute per user
   * (https://developers.google.com/workspace/sheets/api/limits); Drive's per-user limit is far higher.
   */
  perMinute?: Partial<Record<ApiBucket, number>>;
  /** Attempts after the first. Seven back-offs from 1 s double to 64 s: about two minutes, past a quota minute. */
  maxRetries?: number;
  /** Jitter source (0 ≤ x < 1); tests may fix it. */
  random?: () => number;
  /** The fetch used for every request (Node's by default); the bench wraps it to carry virtual time. */
  fetchImplementation?: typeof fetch;
}

/** Drive answers a quota refusal with 403 and one of these reasons (https://developers.google.com/workspace/drive/api/guides/handle-errors). */
const DRIVE_RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);
const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 64_000;

export class GoogleApi {
  readonly sheets: sheets_v4.Sheets;
  readonly drive: drive_v3.Drive;
  /** First attempts per API method, e.g. `sheets.spreadsheets.values.batchGet`. */
  readonly calls: Record<string, number> = {};
  /** Repeated attempts, per bucket. */
  readonly retries: Record<ApiBucket, number> = { sheetsRead: 0, sheetsWrite: 0, drive: 0 };
  /** Time spent waiting in back-off after a refusal or failure. */
  backoffMs = 0;
  /** No retry is started that would end after this time (epoch ms); set by the run. */
  deadline = Number.POSITIVE_INFINITY;
  private readonly pacers: Record<ApiBucket, RequestPacer>;
  readonly clock: Clock;
  private readonly maxRetries: number;
  private readonly random: () => number;

  constructor(options: GoogleApiOptions) {
    this.clock = options.clock ?? systemClock;
    this.maxRetries = options.maxRetries ?? 7;
    this.random = options.random ?? Math.random;
    const limits = { sheetsRead: 60, sheetsWrite: 60, drive: 600, ...options.perMinute };
    this.pacers = {
      sheetsRead: new RequestPacer(limits.sheetsRead, this.clock),
      sheetsWrite: new RequestPacer(limits.sheetsWrite, this.clock),
      drive: new RequestPacer(limits.drive, this.clock),
    };
    const common = {
      auth: options.auth,
      retry: false,
      retryConfig: { retry: 0, noResponseRetries: 0 },
      // Node's own fetch: gaxios would otherwise load node-fetch through a dynamic import on first use.
      fetchImplementation: options.fetchImplementation ?? fetch,
      ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
    };
    this.sheets = new sheets_v4.Sheets(common);
    this.drive = new drive_v3.Drive(common);
  }

  /** Runs one API call after taking its place in the bucket's pace, retrying as `mode` allows; returns the body. */
  async call<T>(bucket: ApiBucket, method: string, run: () => Promise<{ data: T }>, mode: RetryMode = 'refusedOnly'): Promise<T> {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    for (let attempt = 0; ; attempt++) {
      await this.pacers[bucket].take();
      try {
        return (await run()).data;
      } catch (e) {
        const kind = failureKind(e);
        const retry = kind === 'refused' || (kind === 'transient' && mode === 'safe');
        if (!retry || attempt >= this.maxRetries) throw e;
        const wait = this.backoff(attempt, retryAfterMs(e, this.clock.now()));
        if (this.clock.now() + wait > this.deadline) throw e;
        this.retries[bucket]++;
        this.backoffMs += wait;
        await this.clock.sleep(wait);
      }
    }
  }

  /**
   * Exponential back-off with jitter: the n-th wait is between half and all of min(64 s, 1 s·2ⁿ), so that
   * two callers refused together do not come back together; never shorter than the server's `Retry-After`.
   */
  backoff(attempt: number, retryAfter: number | undefined): number {
    const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
    const jittered = Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
    return Math.max(jittered, retryAfter ?? 0);
  }

  /** Every HTTP request made, first attempts and retries. */
  get requestCount(): number {
    return Object.values(this.calls).reduce((a, b) => a + b, 0) + Object.values(this.retries).reduce((a, b) => a + b, 0);
  }

  /** Time spent holding requests back to stay under the per-minute quotas. */
  get waitedMs(): number {
    return Object.values(this.pacers).reduce((n, p) => n + p.waitedMs, 0);
  }
}

interface ErrorLike {
  status?: number;
  response?: { status?: number; data?: any; headers?: any };
}

/** refused: Google did nothing and says so; transient: 5xx or no reply (it may or may not have acted); final: anything else. */
export function failureKind(e: unknown): 'refused' | 'transient' | 'final' {
  const status = httpStatus(e);
  if (status === undefined) return isNetworkError(e) ? 'transient' : 'final';
  if (status === 429) return 'refused';
  if (status === 403 && DRIVE_RATE_LIMIT_REASONS.has(errorReason(e) ?? '')) return 'refused';
  if (status >= 500) return 'transient';
  return 'final';
}

export function httpStatus(e: unknown): number | undefined {
  return (e as ErrorLike)?.response?.status;
}

/** Drive v3's `errors[0].reason`, or the google.rpc ErrorInfo reason. */
export function errorReason(e: unknown): string | undefined {
  const error = (e as ErrorLike)?.response?.data?.error;
  return error?.errors?.[0]?.reason ?? error?.details?.find((d: any) => d?.reason)?.reason;
}

/** No HTTP answer at all: the connection dropped, or the reply was lost on the way. */
function isNetworkError(e: unknown): boolean {
  return e instanceof Error && (e as ErrorLike).response === undefined && !(e instanceof TypeError && /Invalid URL/.test(e.message));
}

/** `Retry-After` in seconds or as an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(e: unknown, now: number): number | undefined {
  const headers = (e as ErrorLike)?.response?.headers;
  const value: string | null | undefined = typeof headers?.get === 'function' ? headers.get('retry-after') : headers?.['retry-after'];
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
