import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ENTRIES_URL,
  environment,
  formatCommand,
  formatPlan,
  FUNCTION_URL,
  gcloudAvailable,
  idFromLink,
  parseCli,
  planDeploy,
  runPlan,
  type DeployOptions,
  type Runner,
  type Step,
} from './deploy-functions';

const OPTIONS: DeployOptions = {
  project: 'lao-minstd-prod',
  region: 'asia-southeast1',
  schedulerLocation: 'asia-southeast1',
  sourceSpreadsheetId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
  sharedDriveFolderId: '0AbCdEfGhIjKlMnOpQ',
  schedule: '*/30 * * * *',
  entriesSchedule: '15,45 * * * *',
  timeZone: 'Asia/Bangkok',
  functionName: 'lao-minstd-rebuild',
};
const RUNTIME_SA = 'lao-minstd-rebuild@lao-minstd-prod.iam.gserviceaccount.com';
const SCHEDULER_SA = 'lao-minstd-scheduler@lao-minstd-prod.iam.gserviceaccount.com';

/** Every command of the plan, as argv arrays. */
function commands(steps: Step[]): string[][] {
  return steps.flatMap((s) =>
    s.kind === 'run' || s.kind === 'capture' ? [s.command] : s.kind === 'ensure' ? [s.check, s.create] : [s.check, s.update, s.create],
  );
}

/** The value of `--name=value` flags in one command (all of them when repeated). */
function flag(argv: readonly string[], name: string): string[] {
  return argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
}

const find = (steps: Step[], ...prefix: string[]) => commands(steps).filter((c) => prefix.every((p, i) => c[i] === p));

describe('the deploy plan', () => {
  const steps = planDeploy(OPTIONS);
  const deploys = find(steps, 'gcloud', 'functions', 'deploy');
  const deploy = deploys.find((c) => c.includes('--entry-point=rebuild'));

  test('deploys both functions of the bundle, each private, gen2, Node 22, one instance, as the runtime account', () => {
    expect(deploys.map((c) => [c[3], flag(c, 'entry-point')[0]])).toEqual([
      ['lao-minstd-rebuild', 'rebuild'],
      ['lao-minstd-check-entries', 'checkEntries'],
    ]);
    for (const command of deploys) {
      expect(command).toEqual(expect.arrayContaining(['--gen2', '--trigger-http', '--no-allow-unauthenticated', '--max-instances=1']));
      expect(flag(command, 'runtime')).toEqual(['nodejs22']);
      expect(flag(command, 'service-account')).toEqual([RUNTIME_SA]);
      expect(flag(command, 'set-env-vars')).toEqual(flag(deploy!, 'set-env-vars'));
    }
  });

  test("the rebuild: sized and timed under Scheduler's deadline", () => {
    expect(flag(deploy!, 'runtime')).toEqual(['nodejs22']);
    expect(deploy).not.toContain('--allow-unauthenticated');
    expect(flag(deploy!, 'service-account')).toEqual([RUNTIME_SA]);
    expect(flag(deploy!, 'memory')).toEqual(['1Gi']);
    expect(Number(flag(deploy!, 'cpu')[0])).toBeGreaterThan(0.583);
    const timeout = Number(/^(\d+)s$/.exec(flag(deploy!, 'timeout')[0]!)![1]);
    expect(timeout).toBeLessThan(30 * 60);
    expect(flag(deploy!, 'source')).toEqual(['dist/functions']);
  });

  test('environment variables: identifiers only, in a form gcloud does not split at commas', () => {
    const all = commands(steps).flat();
    expect(all.filter((a) => /^--(set|update)-env-vars|^--env-vars-file/.test(a))).toHaveLength(2);
    const [value] = flag(deploy!, 'set-env-vars');
    // gcloud's alternate delimiter: ^DELIM^ then the pairs joined by DELIM (gcloud topic escaping).
    const [, delimiter, pairs] = /^\^([^^]+)\^(.*)$/.exec(value!)!;
    const env = Object.fromEntries(pairs!.split(delimiter!).map((p) => p.split('=') as [string, string]));
    expect(env).toEqual({ SOURCE_SPREADSHEET_ID: OPTIONS.sourceSpreadsheetId, SHARED_DRIVE_FOLDER_ID: OPTIONS.sharedDriveFolderId });
    for (const v of Object.values(env)) expect(v).not.toMatch(/[@{},]/);
    expect(Object.keys(environment({ sourceSpreadsheetId: OPTIONS.sourceSpreadsheetId }))).toEqual(['SOURCE_SPREADSHEET_ID']);
  });

  test('an e-mail, a JSON blob or a comma never reaches the environment', () => {
    for (const bad of ['somchai@example.go.th', '{"coordinators":{}}', 'abcdefghij,REBUILD_CONFIG=x', 'short']) {
      expect(() => environment({ sourceSpreadsheetId: bad })).toThrow('ไม่ใช่รหัสไฟล์');
      expect(() => planDeploy({ ...OPTIONS, sharedDriveFolderId: bad })).toThrow('ไม่ใช่รหัสไฟล์');
    }
  });

  test('two service accounts, no project role granted; only the Scheduler account may invoke the function', () => {
    const all = commands(steps);
    expect(all.filter((c) => c.includes('add-iam-policy-binding') || c.includes('set-iam-policy'))).toEqual([]);
    expect(find(steps, 'gcloud', 'iam', 'service-accounts', 'create').map((c) => c[4])).toEqual(['lao-minstd-rebuild', 'lao-minstd-scheduler']);
    const invokers = find(steps, 'gcloud', 'functions', 'add-invoker-policy-binding');
    expect(invokers.map((c) => [c[3], ...flag(c, 'member')])).toEqual([
      ['lao-minstd-rebuild', `serviceAccount:${SCHEDULER_SA}`],
      ['lao-minstd-check-entries', `serviceAccount:${SCHEDULER_SA}`],
    ]);
    // Each binding comes after its deploy (the function must exist), each job after its URL is known.
    const order = steps.map((s) => (s.kind === 'upsert' ? 'job' : s.kind === 'capture' ? 'url' : s.kind === 'ensure' ? 'account' : (s.command[2] ?? '')));
    const perFunction = ['deploy', 'add-invoker-policy-binding', 'url', 'job'];
    expect(order).toEqual(['enable', 'account', 'account', ...perFunction, ...perFunction]);
  });

  test('each Scheduler job: created or updated, OIDC to its function URL, 30-minute deadline, JSON header and body, no retries', () => {
    const jobs = steps.filter((s): s is Extract<Step, { kind: 'upsert' }> => s.kind === 'upsert');
    const urls = steps.flatMap((s) => (s.kind === 'capture' ? [s.into] : []));
    expect(urls).toEqual([FUNCTION_URL, ENTRIES_URL]);
    expect(jobs.map((j) => [j.check[4], flag(j.create, 'schedule')[0]])).toEqual([
      ['lao-minstd-rebuild', '*/30 * * * *'],
      ['lao-minstd-check-entries', '15,45 * * * *'],
    ]);
    jobs.forEach((job, i) => {
      expect(job.check.slice(0, 4)).toEqual(['gcloud', 'scheduler', 'jobs', 'describe']);
      expect(job.create.slice(0, 5)).toEqual(['gcloud', 'scheduler', 'jobs', 'create', 'http']);
      expect(job.update.slice(0, 5)).toEqual(['gcloud', 'scheduler', 'jobs', 'update', 'http']);
      for (const command of [job.create, job.update]) {
        expect(flag(command, 'uri')).toEqual([urls[i]]);
        expect(flag(command, 'oidc-service-account-email')).toEqual([SCHEDULER_SA]);
        expect(flag(command, 'oidc-token-audience')).toEqual([urls[i]]);
        expect(flag(command, 'attempt-deadline')).toEqual(['30m']);
        expect(flag(command, 'max-retry-attempts')).toEqual(['0']);
        expect(flag(command, 'http-method')).toEqual(['POST']);
        expect(flag(command, 'time-zone')).toEqual(['Asia/Bangkok']);
        expect(JSON.parse(flag(command, 'message-body')[0]!)).toEqual({ force: false });
        expect(command.some((a) => a.startsWith('--oauth-'))).toBe(false);
      }
      // `create` takes --headers; `update` has no --headers and takes --update-headers instead.
      expect(flag(job.create, 'headers')).toEqual(['Content-Type=application/json']);
      expect(flag(job.update, 'update-headers')).toEqual(['Content-Type=application/json']);
      expect(flag(job.update, 'headers')).toEqual([]);
    });
  });

  test('the printed plan shows every command, one flag a line, ready to paste into a shell', () => {
    const text = formatPlan(steps);
    for (const argv of commands(steps)) expect(text).toContain(formatCommand(argv));
    expect(text).toContain('\'--message-body={"force":false}\'');
    expect(text).toContain('"--oidc-token-audience=$FUNCTION_URL"');
    expect(text).toContain('FUNCTION_URL=$(gcloud functions describe');
    expect(text).toMatch(/\n {4}--no-allow-unauthenticated \\\n/);
    expect(text.match(/^# \d+\. /gm)).toHaveLength(steps.length);
  });
});

describe('running the plan', () => {
  function fakeGcloud(existing: Set<string>, url = 'https://lao-minstd-rebuild-abc123-as.a.run.app') {
    const ran: string[][] = [];
    const runner: Runner = (argv, { capture }) => {
      ran.push([...argv]);
      if (argv.includes('describe') && argv[1] !== 'functions') return { status: existing.has(argv[argv.indexOf('describe') + 1]!) ? 0 : 1, stdout: '' };
      return { status: 0, stdout: capture ? `${url}\n` : '' };
    };
    return { ran, runner };
  }

  test('creates what is missing, updates what exists, and puts the function URL into the job', () => {
    const { ran, runner } = fakeGcloud(new Set([RUNTIME_SA, 'lao-minstd-rebuild']));
    runPlan(planDeploy(OPTIONS), runner, () => undefined);
    const created = ran.filter((c) => c.includes('create')).map((c) => c.slice(1, 5).join(' '));
    expect(created).toEqual(['iam service-accounts create lao-minstd-scheduler', 'scheduler jobs create http']);
    const job = ran.find((c) => c[1] === 'scheduler' && c[3] === 'update')!;
    expect(flag(job, 'uri')).toEqual(['https://lao-minstd-rebuild-abc123-as.a.run.app']);
    expect(flag(job, 'oidc-token-audience')).toEqual(['https://lao-minstd-rebuild-abc123-as.a.run.app']);
    expect(ran.flat().some((a) => a.includes(FUNCTION_URL) || a.includes(ENTRIES_URL))).toBe(false);
  });

  test('a new project: everything created; the job with create', () => {
    const { ran, runner } = fakeGcloud(new Set());
    runPlan(planDeploy(OPTIONS), runner, () => undefined);
    expect(ran.filter((c) => c.includes('create')).map((c) => c[1])).toEqual(['iam', 'iam', 'scheduler', 'scheduler']);
  });

  test('the first failure stops the deploy; a missing URL too', () => {
    const ran: string[][] = [];
    const failDeploy: Runner = (argv) => (ran.push([...argv]), { status: argv[2] === 'deploy' ? 1 : 0, stdout: '' });
    expect(() => runPlan(planDeploy(OPTIONS), failDeploy, () => undefined)).toThrow('คำสั่งล้มเหลว');
    expect(ran.at(-1)![2]).toBe('deploy');
    const noUrl: Runner = () => ({ status: 0, stdout: '\n' });
    expect(() => runPlan(planDeploy(OPTIONS), noUrl, () => undefined)).toThrow('ไม่ได้ URL ของฟังก์ชัน');
  });

  test('gcloud that cannot be started is reported as missing', () => {
    const enoent: Runner = () => {
      throw Object.assign(new Error('spawnSync gcloud ENOENT'), { code: 'ENOENT' });
    };
    expect(gcloudAvailable(enoent)).toBe(false);
    expect(gcloudAvailable(() => ({ status: 0, stdout: 'Google Cloud SDK 500.0.0' }))).toBe(true);
  });
});

describe('the command line', () => {
  test('links are accepted for ids; a real deploy needs a project and a source spreadsheet; a dry run does not', () => {
    expect(idFromLink('https://docs.google.com/spreadsheets/d/1AbC-dEf_0123456789/edit#gid=0')).toBe('1AbC-dEf_0123456789');
    expect(idFromLink('https://drive.google.com/drive/folders/0AbCdEfGhIjKlMnOpQ?usp=sharing')).toBe('0AbCdEfGhIjKlMnOpQ');
    expect(() => parseCli(['--region', 'asia-southeast1'])).toThrow('--project');
    expect(() => parseCli(['--project', 'p', '--source-spreadsheet', 'x'])).toThrow('ไม่ใช่รหัสไฟล์');
    expect(() => parseCli(['--project', 'p', '--no-such-flag'])).toThrow();
    const dry = parseCli(['--dry-run']);
    expect(dry).toMatchObject({ dryRun: true, skipTests: false, placeholders: ['--project', '--source-spreadsheet'] });
    expect(dry.options).toMatchObject({ region: 'asia-southeast1', schedulerLocation: 'asia-southeast1', timeZone: 'Asia/Bangkok' });
    const full = parseCli([
      '--project',
      'p1',
      '--region',
      'asia-southeast3',
      '--scheduler-location',
      'asia-southeast1',
      '--source-spreadsheet',
      OPTIONS.sourceSpreadsheetId,
      '--skip-tests',
    ]);
    expect(full).toMatchObject({
      dryRun: false,
      skipTests: true,
      placeholders: [],
      options: { project: 'p1', region: 'asia-southeast3', schedulerLocation: 'asia-southeast1' },
    });
  });

  test('without gcloud the script prints the plan, says so in Thai and English, and runs nothing', () => {
    const root = path.resolve(__dirname, '..');
    // A PATH with nothing on it: node is started by its absolute path, gcloud cannot be found.
    const emptyBin = mkdtempSync(path.join(tmpdir(), 'no-gcloud-'));
    const result = spawnSync(
      process.execPath,
      [require.resolve('tsx/cli'), 'scripts/deploy-functions.ts', '--project', 'p1', '--source-spreadsheet', OPTIONS.sourceSpreadsheetId, '--skip-tests'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, PATH: emptyBin },
        timeout: 60_000,
      },
    );
    expect(result.stderr).toContain('ไม่พบคำสั่ง gcloud');
    expect(result.stderr).toContain('gcloud was not found');
    expect(result.stdout).toContain('--runtime=nodejs22');
    expect(result.status).toBe(3);
  });
});

/**
 * When the Google Cloud CLI is installed, its own parser checks every flag of the plan: gcloud rejects an unknown
 * flag or a bad duration before it looks for an account, so a run with an empty configuration (no account, no
 * credentials, nothing can reach Google) that fails only for want of an account has accepted the command line.
 */
const gcloudInstalled = spawnSync('gcloud', ['--version'], { stdio: 'ignore' }).status === 0;
(gcloudInstalled ? test : test.skip)(
  'the installed gcloud accepts every flag of the plan (parsed with no account configured)',
  async () => {
    const config = mkdtempSync(path.join(tmpdir(), 'gcloud-empty-config-'));
    const env = { PATH: process.env.PATH, HOME: config, CLOUDSDK_CONFIG: config, CLOUDSDK_CORE_DISABLE_PROMPTS: '1' };
    const url = 'https://lao-minstd-rebuild-abc123-as.a.run.app';
    const parse = (argv: readonly string[]) =>
      new Promise<string>((resolve) => {
        const [command, ...args] = argv.map((a) => a.replaceAll(FUNCTION_URL, url).replaceAll(ENTRIES_URL, url));
        execFile(command!, args, { env, timeout: 60_000 }, (_error, _stdout, stderr) => resolve(String(stderr).split('\n')[0]!));
      });
    // One of each shape (the command and its flag names): the two functions' commands differ only in values.
    const shape = (argv: readonly string[]) => argv.map((a) => (a.startsWith('--') ? a.split('=')[0] : /^[a-z]+$/.test(a) ? a : '_')).join(' ');
    const all = [...new Map(commands(planDeploy(OPTIONS)).map((c) => [shape(c), c])).values()];
    expect(all.length).toBeLessThan(commands(planDeploy(OPTIONS)).length);
    const firstLines = await Promise.all(all.map(parse));
    expect(firstLines.filter((line) => !line.includes('You do not currently have an active account selected'))).toEqual([]);
    // And the check can fail: `update http` has no --headers flag.
    const job = planDeploy(OPTIONS).find((s): s is Extract<Step, { kind: 'upsert' }> => s.kind === 'upsert')!;
    expect(await parse([...job.update, '--headers=Content-Type=application/json'])).toContain('unrecognized arguments: --headers');
  },
  120_000,
);
