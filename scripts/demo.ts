/**
 * npm run demo [-- --seed N --responses N --real-registry]
 *
 * On a fresh clone, with no other file: generates a national data set (a registry from real Thai geography, the
 * example sessions, RSVP responses with the mistakes real people make, the demo indicator catalog and entries for
 * every LAO) into `.demo/input/`, then runs the main job (`npm run summarize`) into `.demo/out/`.
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { BANGKOK_CODE, buildDataset, writeDataset } from './bench/dataset';
import { argumentError } from './cli/args';

const ROOT = join(__dirname, '..');
const DEMO = join(ROOT, '.demo');

export const DEMO_USAGE = [
  'วิธีใช้: npm run demo [-- --seed จำนวนเต็ม --responses จำนวนคำตอบ --real-registry]',
  '  สร้างข้อมูลตัวอย่างระดับประเทศใน .demo/input/ แล้วสรุปผลลงใน .demo/out/ (ลบโฟลเดอร์ .demo/ เดิมก่อน)',
  '  --seed           ตัวเลขตั้งต้นของการสุ่ม (ค่าเริ่มต้น 2569): ค่าเดียวกันได้ข้อมูลชุดเดียวกัน',
  '  --responses      จำนวนคำตอบแบบฟอร์มที่สร้าง (ค่าเริ่มต้น 30,000)',
  '  --real-registry  ใช้ทะเบียน อปท. จริงจาก ../shared/data/lao-registry.csv ถ้ามี',
  '  -h, --help       แสดงวิธีใช้นี้',
].join('\n');

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { seed: { type: 'string' }, responses: { type: 'string' }, 'real-registry': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${argumentError(error)}\n\n${DEMO_USAGE}`);
    return 1;
  }
  if (values.help) {
    console.log(DEMO_USAGE);
    return 0;
  }
  const seed = Number(values.seed ?? 2569);
  const responses = Number(values.responses ?? 30_000);
  if (!Number.isInteger(seed) || !Number.isInteger(responses) || responses < 1) {
    console.error(DEMO_USAGE);
    return 1;
  }
  const input = join(DEMO, 'input');
  const out = join(DEMO, 'out');
  await rm(DEMO, { recursive: true, force: true });

  let started = performance.now();
  const dataset = await buildDataset({ seed, responses, registry: values['real-registry'] ? 'real' : 'generated' });
  const files = await writeDataset(dataset, input);
  const generateSeconds = (performance.now() - started) / 1000;
  const show = (path: string) => relative(process.cwd(), path) || '.';
  console.log(`สร้างข้อมูลตัวอย่างแล้ว (${generateSeconds.toFixed(1)} วินาที) ใน ${show(input)}/`);
  console.log(`  ทะเบียน อปท.      ${show(files.registry)}  ${dataset.registry.length.toLocaleString('en-US')} แห่ง (${dataset.registrySource})`);
  console.log(`  รอบการประชุม      ${show(files.sessions)}  ${dataset.sessions.length} รอบ (ตัวอย่าง)`);
  console.log(`  คำตอบแบบฟอร์ม     ${show(files.responses)}  ${dataset.responses.rows.length.toLocaleString('en-US')} แถว`);
  console.log(`  เฉลยของคำตอบ      ${show(files.responsesTruth)}  (อปท. ที่ถูกต้อง, รหัสบุคคล, ข้อผิดพลาดที่ใส่ไว้)`);
  console.log(`  รายการตัวชี้วัด    ${show(files.catalog)}  ${dataset.indicators.length} ตัวชี้วัด`);
  if (files.indicators && dataset.entries) {
    console.log(`  ข้อมูลตัวชี้วัด     ${show(files.indicators)}  ${dataset.entries.rows.length.toLocaleString('en-US')} แถว`);
  }

  const args = ['--registry', files.registry, '--responses', files.responses, '--sessions', files.sessions];
  if (files.indicators) args.push('--catalog', files.catalog, '--indicators', files.indicators);
  args.push('--bangkok-code', BANGKOK_CODE, '--out', out);
  console.log(`\nnpm run summarize -- ${args.map((a) => (a.startsWith('--') ? a : show(a))).join(' ')}\n`);
  started = performance.now();
  const job = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'summarize', '--', ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const jobSeconds = (performance.now() - started) / 1000;
  if (job.status !== 0) {
    console.error(`\nงานสรุปผลไม่สำเร็จ (รหัส ${job.status ?? job.signal}) ข้อมูลตัวอย่างยังอยู่ใน ${show(input)}/`);
    return 1;
  }
  console.log(`\nเสร็จแล้ว: สร้างข้อมูล ${generateSeconds.toFixed(1)} วินาที, งานสรุปผล ${jobSeconds.toFixed(1)} วินาที (รวมเวลาเริ่มโปรแกรม)`);
  console.log(`ผลลัพธ์อยู่ใน ${show(out)}/ (national.xlsx, provinces/, registrations.csv, report.json)`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
