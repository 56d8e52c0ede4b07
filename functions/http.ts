/**
 * The part of Express's request and response that the handlers use: Cloud Run functions (the Functions
 * Framework) pass Express objects, and tests pass plain ones, so nothing here depends on Express itself.
 */
export interface HttpRequest {
  method?: string;
  /** Lower-case names, as Node gives them. */
  headers?: Record<string, string | string[] | undefined>;
  /**
   * What the Functions Framework's body parsers made of the body (its server.ts): an object for
   * `application/json`, a string for `text/plain`, a Buffer for any other Content-Type (Cloud Scheduler's
   * default is `application/octet-stream`), and nothing at all when the request has no Content-Type: then the
   * body is still unread in the request stream.
   */
  body?: unknown;
  /** The Functions Framework keeps the raw bytes of every body it parsed. */
  rawBody?: Buffer;
  /** A request whose body no parser read (Node's IncomingMessage is an async iterable of chunks). */
  readable?: boolean;
  [Symbol.asyncIterator]?(): AsyncIterator<unknown>;
}

export interface HttpResponse {
  status(code: number): HttpResponse;
  json(body: unknown): void;
}

export type HttpHandler = (req: HttpRequest, res: HttpResponse) => Promise<void>;

/** What a caller may ask of one rebuild. */
export interface RebuildRequest {
  /** Render every file again even when its content fingerprint is unchanged. */
  force: boolean;
}

export type RequestRead = { ok: true; request: RebuildRequest } | { ok: false; status: number; message: string };

/** A rebuild request's body is a few bytes; anything larger is not from our Scheduler job. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Checks the method and reads the body as JSON whatever the Content-Type said, so that `{"force": true}` sent
 * as `application/octet-stream` (Cloud Scheduler's default), as text, or with no Content-Type at all is never
 * silently taken for `{}`. A body that is not a JSON object is refused with a Thai 400, never guessed at.
 *
 * Who the caller is, is not checked here: the function is deployed with `--no-allow-unauthenticated`, so Cloud
 * Run's IAM lets a request through only with a Google-signed ID token of a principal holding the invoker role
 * (https://cloud.google.com/functions/docs/securing/authenticating). Only the Scheduler's service account holds it.
 */
export async function readRebuildRequest(req: HttpRequest): Promise<RequestRead> {
  if (req.method !== 'POST') {
    return { ok: false, status: 405, message: 'ใช้ได้เฉพาะคำขอแบบ POST (จาก Cloud Scheduler)' };
  }
  const received = await receivedBody(req);
  if (received === 'too large') return { ok: false, status: 413, message: `เนื้อหาคำขอยาวเกิน ${MAX_BODY_BYTES / 1024} KB` };
  let body: unknown;
  let text: string;
  if (typeof received === 'string') {
    text = received;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        return { ok: false, status: 400, message: `เนื้อหาคำขอไม่ใช่ JSON ที่ถูกต้อง: ต้องเป็นเช่น {"force": true} หรือเว้นว่าง (ได้รับ "${preview(text)}")` };
      }
    }
  } else {
    body = received.parsed;
    text = JSON.stringify(body) ?? '';
  }
  if (body === undefined) return { ok: true, request: { force: false } };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, status: 400, message: `เนื้อหาคำขอต้องเป็นออบเจกต์ JSON เช่น {"force": true} (ได้รับ "${preview(text)}")` };
  }
  const force = (body as { force?: unknown }).force;
  if (force !== undefined && typeof force !== 'boolean') {
    return { ok: false, status: 400, message: `ค่า "force" ต้องเป็น true หรือ false (ได้รับ ${JSON.stringify(force)})` };
  }
  return { ok: true, request: { force: force === true } };
}

/**
 * The body as the bytes sent whenever they are known (so that a form-encoded or text body is read as the JSON it
 * holds, not as what a parser made of it), else as the object a caller passed in; 'too large' past the limit.
 */
async function receivedBody(req: HttpRequest): Promise<string | { parsed: unknown } | 'too large'> {
  const fits = (bytes: Buffer | string) => (Buffer.byteLength(bytes) > MAX_BODY_BYTES ? 'too large' : bytes.toString());
  if (Buffer.isBuffer(req.rawBody)) return fits(req.rawBody);
  if (typeof req.body === 'string' || Buffer.isBuffer(req.body)) return fits(req.body);
  if (req.body !== undefined) return { parsed: req.body };
  // No Content-Type: the framework's parsers all skipped the request, whose body is still in the stream.
  if (req.readable && req[Symbol.asyncIterator]) {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer | string>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > MAX_BODY_BYTES) return 'too large';
      chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  return '';
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
