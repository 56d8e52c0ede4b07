/**
 * `checkEntries`: the HTTP function Cloud Scheduler calls (POST) to run the entry check (functions/entry-status.ts).
 * Deployed beside `rebuild` with `--entry-point checkEntries`; its environment holds only the source spreadsheet's
 * id (SOURCE_SPREADSHEET_ID): the entry files are listed in that spreadsheet by the owner's set-up.
 *
 * One run at a time per instance (a second answers 409). Across instances, the lease of the rebuild (issue 7)
 * should guard it too once it lands; two overlapping runs would each write the same statuses by key, which is
 * wasteful but never misplaces one.
 */
import { auth } from 'googleapis/build/src/apis/sheets';
import { systemClock, type Clock } from './clock';
import { runEntryChecks } from './entry-status';
import { GoogleApi } from './google-api';
import type { HttpHandler } from './http';

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
      const summary = await runEntryChecks({ api: newApi(), sourceSpreadsheetId, clock });
      res.status(summary.ok ? 200 : summary.filesRead ? 207 : 422).json(summary);
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
