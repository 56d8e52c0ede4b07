/**
 * The googleapis Sheets v4 and Drive v3 clients with the policies every call shares: pacing under the
 * per-user per-minute quotas, retries with exponential back-off on 429 and 5xx (gaxios' own retry, with
 * the clock injected), and a count of every HTTP request for the run summary.
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
type RetryConfig = NonNullable<sheets_v4.Options['retryConfig']>;
type RetryError = Parameters<NonNullable<RetryConfig['shouldRetry']>>[0];

export interface GoogleApiOptions {
  /** A google-auth-library client (GoogleAuth on Cloud Run, an OAuth2 client with a fixed token in tests). */
  auth: Auth;
  /** Where the APIs live; tests point it at the fake server. */
  rootUrl?: string;
  clock?: Clock;
  /**
   * Requests per minute we allow ourselves. Sheets allows 60 reads and 60 writes per minute per user;
   * Drive's per-user limit is far higher.
   */
  perMinute?: Partial<Record<ApiBucket, number>>;
  /** Retries after 429 or 5xx. Eight back-offs of gaxios' schedule span about two minutes, past a quota minute. */
  maxRetries?: number;
}

export class GoogleApi {
  readonly sheets: sheets_v4.Sheets;
  readonly drive: drive_v3.Drive;
  /** First attempts per API method, e.g. `sheets.spreadsheets.values.batchGet`. */
  readonly calls: Record<string, number> = {};
  /** Repeated attempts after a 429 or 5xx, per bucket. */
  readonly retries: Record<ApiBucket, number> = { sheetsRead: 0, sheetsWrite: 0, drive: 0 };
  private readonly pacers: Record<ApiBucket, RequestPacer>;
  private readonly clock: Clock;
  private readonly maxRetries: number;

  constructor(options: GoogleApiOptions) {
    this.clock = options.clock ?? systemClock;
    this.maxRetries = options.maxRetries ?? 8;
    const limits = { sheetsRead: 60, sheetsWrite: 60, drive: 600, ...options.perMinute };
    this.pacers = {
      sheetsRead: new RequestPacer(limits.sheetsRead, this.clock),
      sheetsWrite: new RequestPacer(limits.sheetsWrite, this.clock),
      drive: new RequestPacer(limits.drive, this.clock),
    };
    const retryConfig: RetryConfig = {
      retry: this.maxRetries,
      retryDelay: 1000,
      retryDelayMultiplier: 2,
      maxRetryDelay: 64_000,
      noResponseRetries: 2,
      // Sheets writes are POST and PUT; a 429 means the request was not executed, so retrying is safe.
      httpMethodsToRetry: ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'],
      statusCodesToRetry: [[429, 429], [500, 599]],
      retryBackoff: async (err, delayMs) => {
        const bucket = bucketOf(err);
        this.retries[bucket]++;
        await this.clock.sleep(delayMs);
        await this.pacers[bucket].take();
      },
    };
    const common = {
      auth: options.auth,
      retryConfig,
      // Node 20's own fetch: gaxios would otherwise load node-fetch through a dynamic import on first use.
      fetchImplementation: fetch,
      ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
    };
    this.sheets = new sheets_v4.Sheets(common);
    this.drive = new drive_v3.Drive(common);
  }

  /** Runs one API call after taking its place in the bucket's pace; returns the response body. */
  async call<T>(bucket: ApiBucket, method: string, run: () => Promise<{ data: T }>): Promise<T> {
    await this.pacers[bucket].take();
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    return (await run()).data;
  }

  /**
   * Per-request options for calls that must not run twice (creating a file): retry only on 429, which
   * Google returns before doing anything, never on 5xx, after which the file may exist already.
   */
  get retryOnlyOnQuota(): { retryConfig: RetryConfig } {
    const maxRetries = this.maxRetries;
    return {
      retryConfig: {
        shouldRetry: (err: RetryError) =>
          err.response?.status === 429 && (err.config.retryConfig?.currentRetryAttempt ?? 0) < maxRetries,
      },
    };
  }

  /** Every HTTP request made, first attempts and retries. */
  get requestCount(): number {
    return Object.values(this.calls).reduce((a, b) => a + b, 0) + Object.values(this.retries).reduce((a, b) => a + b, 0);
  }

  get waitedMs(): number {
    return Object.values(this.pacers).reduce((n, p) => n + p.waitedMs, 0);
  }
}

function bucketOf(err: RetryError): ApiBucket {
  const url = String(err.config.url ?? '');
  if (url.includes('/drive/')) return 'drive';
  return (err.config.method ?? 'GET').toUpperCase() === 'GET' ? 'sheetsRead' : 'sheetsWrite';
}
