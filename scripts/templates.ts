/**
 * `npm run templates -- --registry FILE --catalog FILE --out DIR [--province NAME] [--bangkok-code CODE]`
 * Writes one data-entry workbook per province: its LAOs × the indicators that apply to each type, prefilled,
 * protected and validated. A catalog with errors writes nothing: a template missing an indicator would go out
 * to every LAO of the province.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { catalogFromGrid } from '../core/indicators/catalog';
import { entryTemplate } from '../core/indicators/template';
import { normaliseProvince } from '../core/lao/place';
import { registryFromGrid, withBangkok } from '../core/registry/import';
import { Registry } from '../core/registry/index';
import { laoCodeSchema } from '../sheets-schema/registry';
import { assertInputsExist, inputError, problemLines, readInput } from './cli/inputs';
import { argumentError } from './cli/args';
import { assertOutputFolder } from './cli/outputs';
import { createProgress, quietBrokenPipes, type Progress } from './cli/progress';
import { UserError } from './cli/user-error';
import { writeWorkbook } from './local/write-workbook';

export const TEMPLATES_USAGE = [
  'วิธีใช้: npm run templates -- --registry ไฟล์ --catalog ไฟล์ --out โฟลเดอร์ [--province ชื่อจังหวัด] [--bangkok-code รหัส]',
  '  --registry      ทะเบียน อปท. (CSV หรือ XLSX)',
  '  --catalog       รายการตัวชี้วัด (CSV หรือ XLSX)',
  '  --out           โฟลเดอร์สำหรับแบบกรอกข้อมูล (หนึ่งไฟล์ต่อจังหวัด)',
  '  --province      สร้างเฉพาะจังหวัดนี้',
  '  --bangkok-code  รหัสที่ใช้แทนกรุงเทพมหานคร (ค่าเริ่มต้น BKK)',
  '  -h, --help      แสดงวิธีใช้นี้',
  'รูปแบบรายการตัวชี้วัด: sheets-schema/examples/README.md',
].join('\n');

export interface TemplatesRun {
  /** Paths written, one per province. */
  files: string[];
  /** Thai lines for the person running it: warnings and a summary. */
  log: string[];
}

/** Runs the command on `argv` (arguments after the script name); bad input throws a Thai UserError. */
export async function runTemplates(argv: readonly string[], progress?: Pick<Progress, 'stage' | 'writing'>): Promise<TemplatesRun> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        registry: { type: 'string' },
        catalog: { type: 'string' },
        out: { type: 'string' },
        province: { type: 'string' },
        'bangkok-code': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UserError(`${argumentError(error)}\n${TEMPLATES_USAGE}`);
  }
  if (values.help) return { files: [], log: [TEMPLATES_USAGE] };
  const { registry: registryPath, catalog: catalogPath, out } = values;
  if (!registryPath || !catalogPath || !out) throw new UserError(`ต้องระบุ --registry, --catalog และ --out\n${TEMPLATES_USAGE}`);
  const bangkokCode = values['bangkok-code']?.trim() || 'BKK';
  if (!laoCodeSchema.safeParse(bangkokCode).success) throw new UserError(`--bangkok-code "${bangkokCode}" ใช้ไม่ได้`);

  const registryFile = { flag: '--registry', path: registryPath };
  const catalogFile = { flag: '--catalog', path: catalogPath };
  await assertInputsExist([registryFile, catalogFile]);
  await assertOutputFolder(out);
  const log: string[] = [];

  progress?.stage('อ่านไฟล์');
  const imported = registryFromGrid(await readInput(registryFile));
  if (!imported.ok) throw inputError(registryFile, imported.problems);
  if (imported.problems.length) log.push(`ทะเบียน อปท. มีข้อสังเกต ${imported.problems.length} รายการ:`, ...problemLines(imported.problems));
  const registry = new Registry(withBangkok(imported.entries, bangkokCode));

  const read = catalogFromGrid(await readInput(catalogFile));
  if (!read.ok) throw inputError(catalogFile, read.problems);
  const errors = read.problems.filter((p) => p.severity === 'error');
  if (errors.length) throw inputError(catalogFile, errors);
  if (read.problems.length) log.push(`รายการตัวชี้วัดมีข้อสังเกต ${read.problems.length} รายการ:`, ...problemLines(read.problems));

  const all = registry.provinces();
  let provinces = all;
  if (values.province !== undefined) {
    const wanted = normaliseProvince(values.province);
    if (!all.includes(wanted)) throw new UserError(`ไม่พบจังหวัด "${values.province}" ในทะเบียน อปท.`);
    provinces = [wanted];
  }

  await mkdir(out, { recursive: true });
  const files: string[] = [];
  let rows = 0;
  progress?.stage('เขียนแบบกรอกข้อมูล');
  for (const [i, province] of provinces.entries()) {
    const layout = entryTemplate(province, registry.inProvince(province), read.catalog);
    const sheet = layout.sheets[0]!;
    if (sheet.rows.length === 0) {
      log.push(`ข้าม${province}: ไม่มีตัวชี้วัดที่ใช้กับ อปท. ในจังหวัดนี้`);
    } else {
      const path = join(out, `${province}.xlsx`);
      await writeWorkbook(layout, path);
      files.push(path);
      rows += sheet.rows.length;
    }
    progress?.writing(i + 1, provinces.length);
  }
  log.push(`สร้างแบบกรอกข้อมูล ${files.length} ไฟล์ (${rows.toLocaleString('th-TH')} แถว) ใน ${out}`);
  return { files, log };
}

if (require.main === module) {
  quietBrokenPipes(process.stdout, process.stderr);
  const progress = createProgress(process.stderr);
  runTemplates(process.argv.slice(2), progress).then(
    ({ log }) => {
      progress.end();
      console.log(log.join('\n'));
    },
    (error: unknown) => {
      progress.end();
      if (error instanceof UserError) {
        console.error(error.message);
        process.exitCode = 1;
      } else {
        console.error(error);
        process.exitCode = 2;
      }
    },
  );
}
