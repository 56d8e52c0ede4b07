/**
 * Cloud Run functions entry point (Node 22): `rebuild`, an HTTP function that Cloud Scheduler calls with POST.
 * `npm run deploy:functions` deploys it (scripts/deploy-functions.ts: the flags and why), and
 * `npm run start:functions` serves it locally through the Functions Framework against the fake Google server.
 */
import * as functions from '@google-cloud/functions-framework';
import { auth } from 'googleapis/build/src/apis/sheets';
import { systemClock, type Clock } from './clock';
import { readEnvironment } from './config';
import { checkEntries } from './entry-handler';
import { GoogleApi } from './google-api';
import { emulatorTarget } from './emulator';
import { readRebuildRequest, type HttpHandler } from './http';
import { runRebuild } from './rebuild';

const SCOPES = ['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/drive'];

export interface HandlerDeps {
  /** The environment's identifiers (SOURCE_SPREADSHEET_ID, SHARED_DRIVE_FOLDER_ID, RUN_DEADLINE_MINUTES). */
  env: Readonly<Record<string, string | undefined>>;
  /** A fresh client per run, so its request counts are that run's. */
  newApi(): GoogleApi;
  clock: Clock;
}

/** The `rebuild` handler around injectable dependencies; one run at a time per instance. */
export function createRebuildHandler(deps: () => HandlerDeps): HttpHandler {
  let running = false;
  return async (req, res) => {
    const read = await readRebuildRequest(req);
    if (!read.ok) {
      res.status(read.status).json({ ok: false, message: read.message });
      return;
    }
    if (running) {
      // A second run would race the first to create the same files.
      res.status(409).json({ ok: false, message: 'กำลังสร้างสรุปรอบก่อนหน้าอยู่ กรุณารอให้เสร็จก่อน' });
      return;
    }
    running = true;
    try {
      const { env, newApi, clock } = deps();
      const environment = readEnvironment(env);
      if (!environment.ok) {
        res.status(500).json({ ok: false, message: environment.message });
        return;
      }
      // Cloud Scheduler may send {"force": true} (e.g. a nightly job) to render every file again.
      const outcome = await runRebuild({ api: newApi(), env: environment.env, clock, force: read.request.force });
      res.status(outcome.status).json(outcome.body);
    } catch (e) {
      res.status(500).json({ ok: false, message: `เกิดข้อผิดพลาดระหว่างสร้างสรุป: ${(e as Error).message}` });
    } finally {
      running = false;
    }
  };
}

let googleAuth: InstanceType<typeof auth.GoogleAuth> | undefined;

/**
 * Production: Application Default Credentials of the function's runtime service account, the token cached across
 * runs. Locally, SHEETS_EMULATOR_HOST sends both APIs to the fake server instead, with no credentials.
 */
function productionApi(): GoogleApi {
  const emulator = emulatorTarget(process.env);
  if (emulator) return new GoogleApi(emulator);
  return new GoogleApi({ auth: (googleAuth ??= new auth.GoogleAuth({ scopes: SCOPES })) });
}

export const rebuild: HttpHandler = createRebuildHandler(() => ({
  env: process.env,
  newApi: productionApi,
  clock: systemClock,
}));

// The indicator entry check (functions/entry-handler.ts), deployed beside `rebuild` from the same bundle.
export { checkEntries };

// The Functions Framework (on Cloud Run and locally) finds each function by its name: `--entry-point rebuild`.
functions.http('rebuild', rebuild);
functions.http('checkEntries', checkEntries);
