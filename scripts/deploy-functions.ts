/**
 * `npm run deploy:functions -- --project P --region R --source-spreadsheet ID [--dry-run]`: the one deploy path of
 * the cloud function. It runs the tests, builds `dist/functions/`, then prints every gcloud command it is about to
 * run, numbered, so that a reviewer can check the plan line by line; `--dry-run` stops there. Without it the
 * commands run one by one (child_process, no shell) and the first failure stops the deploy.
 *
 * What the plan sets up, and why (flag names from Google's gcloud reference, cited beside each command below):
 * - the APIs the deploy and the function use;
 * - two service accounts with no project roles at all: the function's runtime identity (it reaches only the files
 *   people share with it) and the identity Cloud Scheduler signs its OIDC tokens with;
 * - for each function of the bundle (`rebuild`, and `checkEntries`, the indicator entry check): Cloud Run functions
 *   (gen2), Node 22, private (`--no-allow-unauthenticated`), one instance, memory and CPU sized for a national
 *   rebuild, a timeout under Scheduler's 30-minute attempt deadline, and environment variables that hold identifiers
 *   only (people and options live in sheets of the source spreadsheet);
 * - the invoker role on each function for the Scheduler's service account only;
 * - one Scheduler job per function, created or updated (so running the deploy twice is harmless), calling it with
 *   an OIDC token, `Content-Type: application/json`, and no retries that could overlap a run.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildFunctions, FUNCTION_RUNTIME } from './build-functions';

const ROOT = path.resolve(__dirname, '..');

/** Environment variable names the function reads (functions/config.ts): identifiers only, never people. */
export const ENV_NAMES = { sourceSpreadsheetId: 'SOURCE_SPREADSHEET_ID', sharedDriveFolderId: 'SHARED_DRIVE_FOLDER_ID' } as const;

/**
 * Sizes. Memory: the target is a national rebuild with indicators within 1 GiB (`npm run bench` reports the
 * function's peak); Cloud Run's default of 256 MiB is far too small for one read of ~2.4 M cells. CPU: one
 * vCPU, all that Node's one thread can use. Measured on the fakes at national scale (7,849 LAOs, 30,000 responses,
 * 396,715 indicator entries; main at 4be89eb, machine under load): a first rebuild took 12.6 CPU-seconds, the fake
 * server's share included, against 2.0 paced minutes of API requests, so the CPU is not what bounds a run. At 1 GiB
 * Google's default is 0.583 vCPU (https://cloud.google.com/functions/docs/configuring/memory): the CPU-bound phases
 * (parsing the source, the core) would take 1.7× as long for the same vCPU-seconds, and the instance's memory would
 * be billed that much longer; one vCPU ends them sooner at about the same cost.
 * Timeout: under Cloud Scheduler's attempt deadline (at most 30 minutes for HTTP targets,
 * https://cloud.google.com/scheduler/docs/reference/rest/v1/projects.locations.jobs#Job.FIELDS.attempt_deadline),
 * so that the function, not Scheduler, decides how a long run ends (it stops starting files earlier still).
 */
export const SIZING = { memory: '1Gi', cpu: '1', timeoutSeconds: 29 * 60, attemptDeadline: '30m' } as const;

export interface DeployOptions {
  project: string;
  region: string;
  /** Cloud Scheduler's location (Scheduler is not offered in every region); the function's region by default. */
  schedulerLocation: string;
  sourceSpreadsheetId: string;
  /** Only for the shared-drive set-up, where the function may create the summary files. */
  sharedDriveFolderId?: string;
  /** unix-cron, in timeZone: the rebuild's and the entry check's. */
  schedule: string;
  entriesSchedule: string;
  timeZone: string;
  functionName: string;
}

export const DEFAULTS = {
  region: 'asia-southeast1',
  schedule: '*/30 * * * *',
  entriesSchedule: '15,45 * * * *',
  timeZone: 'Asia/Bangkok',
  functionName: 'lao-minstd-rebuild',
} as const;

/** The runtime and Scheduler service accounts, by their account ids (6–30 characters). */
const RUNTIME_ACCOUNT = 'lao-minstd-rebuild';
const SCHEDULER_ACCOUNT = 'lao-minstd-scheduler';
const JOB_NAME = 'lao-minstd-rebuild';
const ENTRIES_FUNCTION = 'lao-minstd-check-entries';
/** The functions' URLs, known only after the deploy; captured by one step, substituted into later ones. */
export const FUNCTION_URL = '$FUNCTION_URL';
export const ENTRIES_URL = '$ENTRIES_URL';

export function serviceAccountEmail(account: string, project: string): string {
  return `${account}@${project}.iam.gserviceaccount.com`;
}

export type Step =
  /** Run the command; a failure stops the deploy. */
  | { kind: 'run'; title: string; command: string[] }
  /** Run `check`; only when it fails (the resource is missing), run `create`. */
  | { kind: 'ensure'; title: string; check: string[]; create: string[] }
  /** Run `check`; then `update` if it succeeded, `create` if it failed. */
  | { kind: 'upsert'; title: string; check: string[]; update: string[]; create: string[] }
  /** Run the command and keep its output (trimmed) as the value of `into` for the later steps. */
  | { kind: 'capture'; title: string; command: string[]; into: string };

/**
 * APIs the deploy and the function use: Cloud Run functions deploys through Cloud Functions, Cloud Build and
 * Artifact Registry onto Cloud Run, and logs to Cloud Logging
 * (https://cloud.google.com/run/docs/deploy-functions#before_you_begin); IAM creates the service accounts; Cloud
 * Scheduler calls the function; the function calls Sheets and Drive.
 */
export const APIS = [
  'cloudfunctions.googleapis.com',
  'run.googleapis.com',
  'cloudbuild.googleapis.com',
  'artifactregistry.googleapis.com',
  'logging.googleapis.com',
  'iam.googleapis.com',
  'cloudscheduler.googleapis.com',
  'sheets.googleapis.com',
  'drive.googleapis.com',
];

/**
 * The functions of the bundle (functions/index.ts), each deployed as its own Cloud Run function with its own
 * Scheduler job, all as the one runtime account that the settings sheet names and people share files with.
 * Both jobs call with the same Sheets quota (per project and user), so the entry check runs a quarter-hour after
 * each rebuild starts.
 */
export interface DeployedFunction {
  name: string;
  entryPoint: 'rebuild' | 'checkEntries';
  job: string;
  schedule: string;
  /** Shell variable the function's URL is kept in between steps. */
  urlVariable: string;
  description: string;
  title: string;
}

export function deployedFunctions(o: DeployOptions): DeployedFunction[] {
  return [
    {
      name: o.functionName,
      entryPoint: 'rebuild',
      job: JOB_NAME,
      schedule: o.schedule,
      urlVariable: FUNCTION_URL,
      description: `Rebuild the minimum-standards summaries (${o.functionName})`,
      title: 'สร้างสรุป / rebuild the summaries',
    },
    {
      name: ENTRIES_FUNCTION,
      entryPoint: 'checkEntries',
      job: ENTRIES_FUNCTION,
      schedule: o.entriesSchedule,
      urlVariable: ENTRIES_URL,
      description: `Check the indicator entries (${ENTRIES_FUNCTION})`,
      title: 'ตรวจข้อมูลตัวชี้วัด / check the indicator entries',
    },
  ];
}

/** The ordered gcloud steps of a deploy. Pure: the same options give the same plan. */
export function planDeploy(o: DeployOptions): Step[] {
  const project = `--project=${o.project}`;
  const runtimeSa = serviceAccountEmail(RUNTIME_ACCOUNT, o.project);
  const schedulerSa = serviceAccountEmail(SCHEDULER_ACCOUNT, o.project);
  const env = environment(o);
  // Identifiers never contain the delimiter (checked in environment()), and gcloud splits dict flags at commas, so
  // the `^;^` prefix sets another delimiter (https://cloud.google.com/sdk/gcloud/reference/topic/escaping).
  const envFlag = `--set-env-vars=^;^${Object.entries(env)
    .map(([k, v]) => `${k}=${v}`)
    .join(';')}`;
  const body = JSON.stringify({ force: false });
  const perFunction = (f: DeployedFunction): Step[] => {
    // Flags of `gcloud scheduler jobs create http` and `… update http`
    // (https://cloud.google.com/sdk/gcloud/reference/scheduler/jobs/create/http,
    // https://cloud.google.com/sdk/gcloud/reference/scheduler/jobs/update/http).
    const jobFlags = [
      `--location=${o.schedulerLocation}`,
      project,
      `--schedule=${f.schedule}`,
      `--time-zone=${o.timeZone}`,
      `--uri=${f.urlVariable}`,
      '--http-method=POST',
      // The OIDC token Cloud Run's IAM checks; its audience is the function's URL.
      `--oidc-service-account-email=${schedulerSa}`,
      `--oidc-token-audience=${f.urlVariable}`,
      // Scheduler's default is 3 minutes; 30 minutes is the most it allows for an HTTP target.
      `--attempt-deadline=${SIZING.attemptDeadline}`,
      // A retry could start while the first attempt still runs (a deadline ends the attempt, not the function);
      // the next scheduled run picks up whatever one run left pending.
      '--max-retry-attempts=0',
      // Without it Scheduler sends application/octet-stream and the body reaches the function as a Buffer.
      `--message-body=${body}`,
      `--description=${f.description}`,
    ];
    return [
      {
        kind: 'run',
        title: `ติดตั้งฟังก์ชัน ${f.name} (${f.title}; Cloud Run functions, ${FUNCTION_RUNTIME}) / deploy the function`,
        // https://cloud.google.com/sdk/gcloud/reference/functions/deploy
        command: [
          'gcloud',
          'functions',
          'deploy',
          f.name,
          '--gen2',
          `--region=${o.region}`,
          project,
          `--runtime=${FUNCTION_RUNTIME}`,
          '--trigger-http',
          `--entry-point=${f.entryPoint}`,
          `--source=${path.relative(ROOT, path.join(ROOT, 'dist/functions'))}`,
          // Private: Cloud Run's IAM refuses any request without an ID token of an invoker.
          '--no-allow-unauthenticated',
          // https://cloud.google.com/functions/docs/securing/function-identity
          `--service-account=${runtimeSa}`,
          `--memory=${SIZING.memory}`,
          `--cpu=${SIZING.cpu}`,
          `--timeout=${SIZING.timeoutSeconds}s`,
          // One instance, one request at a time; the lease in the source spreadsheet guards the rest.
          '--max-instances=1',
          '--concurrency=1',
          // Replaces every variable, so a REBUILD_CONFIG left by an older deploy goes too.
          envFlag,
        ],
      },
      {
        kind: 'run',
        title: `ให้สิทธิ์เรียก ${f.name} แก่ Cloud Scheduler เท่านั้น / only the Scheduler account may invoke it`,
        // For 2nd gen this grants roles/run.invoker on the function's Cloud Run service
        // (https://cloud.google.com/sdk/gcloud/reference/functions/add-invoker-policy-binding).
        command: ['gcloud', 'functions', 'add-invoker-policy-binding', f.name, `--region=${o.region}`, project, `--member=serviceAccount:${schedulerSa}`],
      },
      {
        kind: 'capture',
        title: `อ่าน URL ของ ${f.name} / read the function's URL`,
        // https://cloud.google.com/sdk/gcloud/reference/functions/describe
        command: ['gcloud', 'functions', 'describe', f.name, `--region=${o.region}`, project, '--format=value(serviceConfig.uri)'],
        into: f.urlVariable,
      },
      {
        kind: 'upsert',
        title: `ตั้งเวลาเรียก ${f.name} (Cloud Scheduler) / create or update its Scheduler job`,
        check: ['gcloud', 'scheduler', 'jobs', 'describe', f.job, `--location=${o.schedulerLocation}`, project],
        update: ['gcloud', 'scheduler', 'jobs', 'update', 'http', f.job, ...jobFlags, '--update-headers=Content-Type=application/json'],
        create: ['gcloud', 'scheduler', 'jobs', 'create', 'http', f.job, ...jobFlags, '--headers=Content-Type=application/json'],
      },
    ];
  };
  return [
    {
      kind: 'run',
      title: 'เปิดใช้ API ที่ต้องใช้ / enable the APIs',
      // https://cloud.google.com/sdk/gcloud/reference/services/enable
      command: ['gcloud', 'services', 'enable', ...APIS, project],
    },
    ...[
      [
        RUNTIME_ACCOUNT,
        runtimeSa,
        'lao-minstd cloud functions (runtime)',
        "บัญชีบริการของฟังก์ชัน (ไม่มีสิทธิ์ระดับโปรเจกต์) / the functions' runtime service account, no project roles",
      ],
      [
        SCHEDULER_ACCOUNT,
        schedulerSa,
        'lao-minstd Cloud Scheduler caller',
        'บัญชีบริการที่ Cloud Scheduler ใช้เรียกฟังก์ชัน / the service account Scheduler signs its tokens with',
      ],
    ].map(([account, email, displayName, title]): Step => ({
      kind: 'ensure',
      title: title!,
      // https://cloud.google.com/sdk/gcloud/reference/iam/service-accounts/create; no role is granted on the project.
      check: ['gcloud', 'iam', 'service-accounts', 'describe', email!, project],
      create: ['gcloud', 'iam', 'service-accounts', 'create', account!, `--display-name=${displayName}`, project],
    })),
    ...deployedFunctions(o).flatMap(perFunction),
  ];
}

/** Identifiers as the function's environment; anything that looks like a person or a settings blob is refused. */
export function environment(o: Pick<DeployOptions, 'sourceSpreadsheetId' | 'sharedDriveFolderId'>): Record<string, string> {
  const env: Record<string, string> = { [ENV_NAMES.sourceSpreadsheetId]: o.sourceSpreadsheetId };
  if (o.sharedDriveFolderId) env[ENV_NAMES.sharedDriveFolderId] = o.sharedDriveFolderId;
  for (const [name, value] of Object.entries(env)) {
    if (!/^[A-Za-z0-9_-]{10,200}$/.test(value)) {
      throw new Error(`${name}: "${value}" ไม่ใช่รหัสไฟล์หรือโฟลเดอร์ของ Google (ตัวอักษร ตัวเลข - และ _ เท่านั้น) / not a Google file or folder id`);
    }
  }
  return env;
}

/** A spreadsheet or folder id from the id itself or from the link people copy from the address bar. */
export function idFromLink(value: string): string {
  const trimmed = value.trim();
  const match = /\/(?:spreadsheets\/d|folders|file\/d)\/([A-Za-z0-9_-]+)/.exec(trimmed);
  return match ? match[1]! : trimmed;
}

/** One command as a reviewer reads it: one flag per line, quoted for a POSIX shell. */
export function formatCommand(argv: readonly string[]): string {
  const [first, ...rest] = argv.map(shellQuote);
  const words: string[] = [first!];
  for (const arg of rest) {
    if (/^['"]?--/.test(arg)) words.push(` \\\n    ${arg}`);
    else words.push(` ${arg}`);
  }
  return words.join('');
}

function shellQuote(arg: string): string {
  if (/\$[A-Z_]+_URL/.test(arg)) return `"${arg.replaceAll('"', '\\"')}"`;
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

export function formatPlan(steps: readonly Step[], preamble: readonly string[] = []): string {
  const lines: string[] = [...preamble];
  steps.forEach((step, i) => {
    lines.push('', `# ${i + 1}. ${step.title}`);
    switch (step.kind) {
      case 'run':
        lines.push(formatCommand(step.command));
        break;
      case 'ensure':
        lines.push(`${formatCommand(step.check)} \\\n  || ${formatCommand(step.create)}`);
        break;
      case 'upsert':
        lines.push(`if ${formatCommand(step.check)} >/dev/null 2>&1; then`, `  ${formatCommand(step.update)}`, 'else', `  ${formatCommand(step.create)}`, 'fi');
        break;
      case 'capture':
        lines.push(`${step.into.slice(1)}=$(${formatCommand(step.command)})`);
        break;
    }
  });
  return lines.join('\n');
}

/** What running a command gives back; injectable so that tests never start gcloud. */
export type Runner = (argv: readonly string[], options: { capture: boolean; quiet: boolean }) => { status: number; stdout: string };

const spawnRunner: Runner = ([command, ...args], { capture, quiet }) => {
  const result = spawnSync(command!, args, {
    cwd: ROOT,
    stdio: ['ignore', capture || quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, stdout: result.stdout ?? '' };
};

export class DeployError extends Error {}

/** Runs the plan in order; stops at the first failure. */
export function runPlan(steps: readonly Step[], run: Runner = spawnRunner, log: (line: string) => void = console.log): void {
  const values = new Map<string, string>();
  const fill = (argv: readonly string[]) => argv.map((a) => [...values].reduce((s, [k, v]) => s.replaceAll(k, v), a));
  const must = (argv: readonly string[], capture = false) => {
    const filled = fill(argv);
    const result = run(filled, { capture, quiet: false });
    if (result.status !== 0) throw new DeployError(`คำสั่งล้มเหลว (รหัส ${result.status}) / command failed:\n${formatCommand(filled)}`);
    return result.stdout;
  };
  steps.forEach((step, i) => {
    log(`\n# ${i + 1}. ${step.title}`);
    switch (step.kind) {
      case 'run':
        must(step.command);
        break;
      case 'ensure':
        if (run(fill(step.check), { capture: true, quiet: true }).status !== 0) must(step.create);
        else log('  มีอยู่แล้ว / already exists');
        break;
      case 'upsert':
        must(run(fill(step.check), { capture: true, quiet: true }).status === 0 ? step.update : step.create);
        break;
      case 'capture': {
        const value = must(step.command, true).trim();
        if (!/^https:\/\/\S+$/.test(value)) throw new DeployError(`ไม่ได้ URL ของฟังก์ชัน / no function URL (got "${value}")`);
        values.set(step.into, value);
        log(`  ${step.into.slice(1)}=${value}`);
        break;
      }
    }
  });
}

/** Whether gcloud can be started at all (it is not installed where this project is built). */
export function gcloudAvailable(run: Runner = spawnRunner): boolean {
  try {
    return run(['gcloud', '--version'], { capture: true, quiet: true }).status === 0;
  } catch {
    return false;
  }
}

/** Steps for people, after the deploy: what no command can do for them. */
export function afterDeploy(o: DeployOptions): string[] {
  const runtimeSa = serviceAccountEmail(RUNTIME_ACCOUNT, o.project);
  return [
    'ขั้นตอนที่ต้องทำเอง / steps left to people (functions/README.md):',
    `  1. แชร์สเปรดชีตต้นทางให้ ${runtimeSa} เป็น "ผู้แก้ไข" / share the source spreadsheet with it as Editor`,
    `  2. ในแผ่นงาน "ตั้งค่า" ใส่ ${runtimeSa} ในแถว "บัญชีบริการของฟังก์ชันคลาวด์" / put it in the settings sheet`,
    '  3. เจ้าของไฟล์เลือกเมนู มาตรฐานขั้นต่ำ อปท. › เตรียมไฟล์สรุปสำหรับฟังก์ชันคลาวด์ / the owner prepares the summary files (Apps Script menu)',
    `  4. ทดลองเรียกหนึ่งครั้ง / try one run: gcloud scheduler jobs run ${JOB_NAME} --location=${o.schedulerLocation} --project=${o.project}`,
    `     (ตรวจข้อมูลตัวชี้วัด / the entry check: gcloud scheduler jobs run ${ENTRIES_FUNCTION} --location=${o.schedulerLocation} --project=${o.project})`,
  ];
}

const USAGE = `ใช้ / usage: npm run deploy:functions -- --project P --region R --source-spreadsheet ID_OR_LINK
  [--shared-drive-folder ID_OR_LINK] [--scheduler-location L] [--schedule "${DEFAULTS.schedule}"]
  [--entries-schedule "${DEFAULTS.entriesSchedule}"]
  [--time-zone ${DEFAULTS.timeZone}] [--function-name ${DEFAULTS.functionName}] [--dry-run] [--skip-tests]`;

export interface Cli {
  options: DeployOptions;
  dryRun: boolean;
  skipTests: boolean;
  /** Values a dry run filled with placeholders because they were not given. */
  placeholders: string[];
}

export function parseCli(argv: readonly string[]): Cli {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      project: { type: 'string' },
      region: { type: 'string' },
      'scheduler-location': { type: 'string' },
      'source-spreadsheet': { type: 'string' },
      'shared-drive-folder': { type: 'string' },
      schedule: { type: 'string' },
      'entries-schedule': { type: 'string' },
      'time-zone': { type: 'string' },
      'function-name': { type: 'string' },
      'dry-run': { type: 'boolean' },
      'skip-tests': { type: 'boolean' },
    },
    strict: true,
  });
  const dryRun = values['dry-run'] === true;
  const placeholders: string[] = [];
  const required = (name: 'project' | 'source-spreadsheet', placeholder: string): string => {
    const value = values[name]?.trim();
    if (value) return value;
    if (!dryRun) throw new DeployError(`ต้องระบุ --${name} / --${name} is required\n${USAGE}`);
    placeholders.push(`--${name}`);
    return placeholder;
  };
  const region = values.region?.trim() || DEFAULTS.region;
  const options: DeployOptions = {
    project: required('project', 'PROJECT_ID'),
    region,
    schedulerLocation: values['scheduler-location']?.trim() || region,
    sourceSpreadsheetId: idFromLink(required('source-spreadsheet', 'SOURCE_SPREADSHEET_ID')),
    ...(values['shared-drive-folder'] ? { sharedDriveFolderId: idFromLink(values['shared-drive-folder']) } : {}),
    schedule: values.schedule?.trim() || DEFAULTS.schedule,
    entriesSchedule: values['entries-schedule']?.trim() || DEFAULTS.entriesSchedule,
    timeZone: values['time-zone']?.trim() || DEFAULTS.timeZone,
    functionName: values['function-name']?.trim() || DEFAULTS.functionName,
  };
  environment(options);
  return { options, dryRun, skipTests: values['skip-tests'] === true, placeholders };
}

async function main(): Promise<number> {
  let cli: Cli;
  try {
    cli = parseCli(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const { options, dryRun, skipTests, placeholders } = cli;
  const preamble = [
    `# แผนการติดตั้งฟังก์ชัน / deploy plan: project ${options.project}, region ${options.region}`,
    ...(placeholders.length ? [`# (ตัวอย่าง: ยังไม่ได้ระบุ ${placeholders.join(', ')} / placeholders for ${placeholders.join(', ')})`] : []),
    skipTests ? '# 0a. ข้ามการทดสอบตามที่ขอ (--skip-tests) / tests skipped on request' : '# 0a. npm test (ก่อนทุกอย่าง / first)',
    '# 0b. npm run build:functions -> dist/functions/',
  ];
  if (!dryRun && !skipTests) {
    console.log('npm test ...');
    const tests = spawnSync('npm', ['test'], { cwd: ROOT, stdio: 'inherit' });
    if (tests.status !== 0) {
      console.error('การทดสอบไม่ผ่าน จึงไม่ติดตั้ง / tests failed: nothing deployed');
      return 1;
    }
  }
  const built = await buildFunctions();
  console.log(`${path.relative(ROOT, built.bundlePath)}: ${(built.bytes / 1024).toFixed(0)} KB`);
  const steps = planDeploy(options);
  console.log(formatPlan(steps, preamble));
  console.log(`\n${afterDeploy(options).join('\n')}`);
  if (dryRun) {
    console.log('\n--dry-run: ไม่ได้รันคำสั่งใด / nothing was run');
    return 0;
  }
  if (!gcloudAvailable()) {
    console.error(
      '\nไม่พบคำสั่ง gcloud บนเครื่องนี้ จึงหยุดก่อนรันคำสั่งใด ๆ ติดตั้ง Google Cloud CLI (https://cloud.google.com/sdk/docs/install) แล้วรันใหม่' +
        '\ngcloud was not found on this machine, so nothing was run. Install the Google Cloud CLI and run this again.',
    );
    return 3;
  }
  try {
    runPlan(steps);
  } catch (e) {
    console.error(`\n${(e as Error).message}\nหยุดการติดตั้ง; แก้แล้วรันใหม่ได้ (ทุกขั้นตอนรันซ้ำได้) / stopped; safe to run again once fixed`);
    return 1;
  }
  console.log('\nติดตั้งเสร็จ / deployed.');
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
