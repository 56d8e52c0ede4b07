/**
 * `npm run start:functions [-- --port 8080]`: runs the cloud function locally the way function authors do, through
 * the Functions Framework's own server (`functions-framework --target=rebuild`, as Cloud Run runs it), on the
 * bundle `npm run build:functions` makes, against the fake Sheets/Drive server (functions/testing/) seeded with a
 * small source spreadsheet: two provinces of the real registry, the example sessions, a few responses.
 *
 * The function finds the fake through SHEETS_EMULATOR_HOST (functions/emulator.ts), so no Google account or
 * credentials are involved. The script prints the one `curl` that starts a rebuild; Ctrl-C stops both servers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EMULATOR_ACCESS_TOKEN, EMULATOR_HOST_VARIABLE } from '../functions/emulator';
import { startFakeGoogle, type FakeGoogle } from '../functions/testing/fake-google';
import { prepareMyDrive, seedCoordinators, seedSource } from '../functions/testing/source-data';
import { NATIONAL_KEY } from '../sheets-schema/coordinators';
import { buildFunctions } from './build-functions';
import { ENV_NAMES } from './deploy-functions';

const ROOT = path.resolve(__dirname, '..');
/** The framework's `functions-framework` command (its package exports only the library, so found beside it). */
const FRAMEWORK_CLI = path.join(path.dirname(require.resolve('@google-cloud/functions-framework', { paths: [ROOT] })), 'main.js');

export interface LocalFunctions {
  url: string;
  /** The `curl` that starts one rebuild and prints its summary. */
  curl: string;
  fake: FakeGoogle;
  stop(): Promise<void>;
}

/**
 * The function's environment against the seeded fake: identifiers only, as deployed. The people live in the
 * source's coordinators sheet, and the summary files are prepared in the owner's folder, as the Apps Script
 * set-up leaves them (the function creates no file in My Drive).
 */
function seedLocalSource(fake: FakeGoogle): Record<string, string> {
  const provinces = ['ภูเก็ต', 'ระนอง'];
  const source = seedSource(fake, provinces);
  seedCoordinators(fake, source.id, { ภูเก็ต: ['phuket@example.go.th'], ระนอง: ['ranong@example.go.th'], [NATIONAL_KEY]: ['national@example.go.th'] });
  prepareMyDrive(fake, source.id, [NATIONAL_KEY, ...provinces, 'กรุงเทพมหานคร']);
  return { [ENV_NAMES.sourceSpreadsheetId]: source.id };
}

export interface LocalOptions {
  port: number;
  log?: (line: string) => void;
  /** Where to build the bundle (dist/functions by default); inside the repository, so that it finds node_modules. */
  outDir?: string;
}

export async function startLocalFunctions(options: LocalOptions): Promise<LocalFunctions> {
  const log = options.log ?? console.log;
  const built = await buildFunctions(options.outDir);
  const fake = await startFakeGoogle({ accessToken: EMULATOR_ACCESS_TOKEN });
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await fake.close();
  };
  try {
    const env = {
      ...process.env,
      ...seedLocalSource(fake),
      [EMULATOR_HOST_VARIABLE]: new URL(fake.url).host,
      // The framework prints its "Serving function..." banner only outside production.
      NODE_ENV: 'development',
    };
    child = spawn(process.execPath, [FRAMEWORK_CLI, '--target=rebuild', `--source=${built.outDir}`, `--port=${options.port}`], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await serving(child, log);
    const url = `http://127.0.0.1:${options.port}/`;
    return {
      url,
      curl: `curl -sS -X POST -H 'Content-Type: application/json' -d '{"force": false}' ${url}`,
      fake,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Resolves once the framework says it serves; its output goes on to `log`. */
function serving(child: ChildProcess, log: (line: string) => void, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let ready = false;
    const timer = setTimeout(() => reject(new Error(`Functions Framework did not start within ${timeoutMs / 1000} s`)), timeoutMs);
    const onLine = (line: string) => {
      if (line.trim()) log(`[functions-framework] ${line}`);
      if (!ready && line.startsWith('URL: ')) {
        ready = true;
        clearTimeout(timer);
        resolve();
      }
    };
    for (const stream of [child.stdout!, child.stderr!]) {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop()!;
        lines.forEach(onLine);
      });
    }
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`Functions Framework exited (code ${code}) before serving`));
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '8080' } } });
  const local = await startLocalFunctions({ port: Number(values.port) });
  console.log(
    [
      '',
      `ฟังก์ชัน rebuild พร้อมที่ ${local.url} (ข้อมูลจำลองจาก Google ปลอมที่ ${local.fake.url}) / rebuild is served at ${local.url}`,
      'เริ่มสร้างสรุปหนึ่งรอบและพิมพ์ผลสรุป / start one rebuild and print its summary:',
      '',
      `  ${local.curl}`,
      '',
      'กด Ctrl-C เพื่อหยุด / Ctrl-C stops both servers',
    ].join('\n'),
  );
  const shutdown = () => void local.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
