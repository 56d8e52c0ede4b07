/**
 * `checkEntries`: the HTTP function Cloud Scheduler calls (POST) to run the entry check (functions/entry-status.ts).
 * Deployed beside `rebuild` with `--entry-point checkEntries`; its environment holds only the source spreadsheet's
 * id (SOURCE_SPREADSHEET_ID): the entry files are listed in that spreadsheet by the owner's set-up.
 *
 * One run at a time: per instance a flag, across instances a lease on the source spreadsheet (functions/lease.ts)
 * under its own key, so an entry check and a rebuild run side by side but a second entry check answers 409 and
 * writes nothing. Two overlapping checks would not misplace a status (rows are found by key) but would double the
 * requests against the same per-minute quota and race on the progress sheets.
 */
import { auth } from 'googleapis/build/src/apis/sheets';
import { systemClock, type Clock } from './clock';
import { formatThaiDateTime } from '../core/dates/format';
import { ENTRY_RUN_BUDGET_MS, runEntryChecks, type EntryCheckSummary } from './entry-status';
import { GoogleApi, httpStatus } from './google-api';
import type { HttpHandler } from './http';
import { ENTRY_CHECK_LEASE, releaseLease, takeLease } from './lease';

/** The lease outlives the run's time budget by this much: a file write started just before the budget ends finishes. */
export const ENTRY_LEASE_MARGIN_MS = 10 * 60_000;

export type EntryCheckOutcome = { status: 200 | 207 | 422; body: EntryCheckSummary } | { status: 409 | 422; body: { ok: false; message: string } };

/** One invocation: take the entry-check lease, run the check, give the lease back (or let it expire if that fails). */
export async function checkEntriesOnce(
  api: GoogleApi,
  sourceSpreadsheetId: string,
  clock: Clock,
  runId = Math.random().toString(36).slice(2, 10),
): Promise<EntryCheckOutcome> {
  let taken: Awaited<ReturnType<typeof takeLease>>;
  try {
    taken = await takeLease(api, sourceSpreadsheetId, runId, clock.now() + ENTRY_RUN_BUDGET_MS + ENTRY_LEASE_MARGIN_MS, ENTRY_CHECK_LEASE);
  } catch (e) {
    const status = httpStatus(e);
    if (status !== 403 && status !== 404) throw e;
    // The lease is written into the source: the function must be its editor.
    const message = `เปิดหรือแก้ไขสเปรดชีตต้นทาง (${sourceSpreadsheetId}) ไม่ได้: กรุณาตรวจสอบรหัสสเปรดชีต และแชร์สเปรดชีตต้นทางให้บัญชีบริการของฟังก์ชันเป็น "ผู้แก้ไข"`;
    return { status: 422, body: { ok: false, message } };
  }
  if (!taken.ok) {
    const until = formatThaiDateTime(new Date(taken.heldBy.until));
    return { status: 409, body: { ok: false, message: `มีการตรวจข้อมูลตัวชี้วัดอีกรอบหนึ่งกำลังทำงานอยู่ (จองไว้ถึง ${until} น.) รอบนี้จึงไม่เขียนข้อมูลใด ๆ` } };
  }
  try {
    const summary = await runEntryChecks({ api, sourceSpreadsheetId, clock });
    return { status: summary.ok ? 200 : summary.filesRead ? 207 : 422, body: summary };
  } finally {
    await releaseLease(api, sourceSpreadsheetId, taken.lease, ENTRY_CHECK_LEASE).catch(() => undefined);
  }
}

export interface EntryHandlerDeps {
  sourceSpreadsheetId: string | undefined;
  newApi(): GoogleApi;
  clock: Clock;
}

export function createEntryCheckHandler(deps: () => EntryHandlerDeps): HttpHandler {
  let running = false;
  return async (req, res) => {
    if (req.method !== 'POST') {
      res.status(405).json({ ok: false, message: 'ใช้ได้เฉพาะคำขอแบบ POST (จาก Cloud Scheduler)' });
      return;
    }
    if (running) {
      res.status(409).json({ ok: false, message: 'กำลังตรวจข้อมูลตัวชี้วัดรอบก่อนหน้าอยู่ กรุณารอให้เสร็จก่อน' });
      return;
    }
    running = true;
    try {
      const { sourceSpreadsheetId, newApi, clock } = deps();
      if (!sourceSpreadsheetId) {
        res.status(500).json({ ok: false, message: 'ยังไม่ได้ตั้งค่า SOURCE_SPREADSHEET_ID (รหัสสเปรดชีตต้นทาง) ของฟังก์ชัน' });
        return;
      }
      const outcome = await checkEntriesOnce(newApi(), sourceSpreadsheetId, clock);
      res.status(outcome.status).json(outcome.body);
    } catch (e) {
      res.status(500).json({ ok: false, message: `เกิดข้อผิดพลาดระหว่างตรวจข้อมูลตัวชี้วัด: ${(e as Error).message}` });
    } finally {
      running = false;
    }
  };
}

let googleAuth: InstanceType<typeof auth.GoogleAuth> | undefined;

/** Production: the function's service account through Application Default Credentials (Sheets scope only). */
export const checkEntries: HttpHandler = createEntryCheckHandler(() => ({
  sourceSpreadsheetId: process.env.SOURCE_SPREADSHEET_ID,
  newApi: () => new GoogleApi({ auth: (googleAuth ??= new auth.GoogleAuth({ scopes: ['https://www.googleapis.com/auth/spreadsheets'] })) }),
  clock: systemClock,
}));
