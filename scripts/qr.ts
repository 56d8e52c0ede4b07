/**
 * `npm run qr -- --registry FILE --form-url URL --out DIR [--province NAME] [--sessions FILE] [--short-link URL]`
 * Per province, an A4 PDF of cards, one per LAO (name, type, district, its session's date and time, the QR code of
 * the form prefilled with the LAO's answers, and a short link with the code to type), and one PNG of each QR code.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatThaiDateTime } from '../core/dates/format';
import { normaliseProvince } from '../core/lao/place';
import { registryFromGrid, withBangkok } from '../core/registry/import';
import { Registry } from '../core/registry/index';
import { parseSessions, type Session } from '../core/rsvp/sessions';
import { laoCards } from '../core/summary/lao-cards';
import { provinceTitle } from '../core/summary/layout-parts';
import { laoCodeSchema } from '../sheets-schema/registry';
import { prefillTemplateFromUrl } from '../sheets-schema/rsvp-links';
import { assertInputsExist, inputError, problemLines, readInput, type InputFile } from './cli/inputs';
import { UserError } from './cli/user-error';
import { safeFileName, writeCardPngs, writeCardsPdf } from './local/write-qr-cards';

export const QR_USAGE = [
  'วิธีใช้: npm run qr -- --registry ไฟล์ --form-url ลิงก์ --out โฟลเดอร์ [--province ชื่อจังหวัด] [--sessions ไฟล์] [--short-link ลิงก์]',
  '  --registry      ทะเบียน อปท. (CSV หรือ XLSX)',
  '  --form-url      ลิงก์ที่กรอกข้อมูลไว้ล่วงหน้าของแบบฟอร์มลงทะเบียน (ใน Google Forms: ⋮ > รับลิงก์ที่กรอกข้อมูลไว้ล่วงหน้า)',
  '                  โดยกรอกคำถาม "รหัส อปท." เป็น PREFILL_CODE (หรือรหัสของ อปท. ใดก็ได้ พร้อมคำตอบอื่นของ อปท. นั้น)',
  '  --out           โฟลเดอร์ผลลัพธ์: <จังหวัด>.pdf (บัตร QR ขนาด A4) และโฟลเดอร์ <จังหวัด>/ (ภาพ QR ราย อปท.)',
  '  --province      สร้างเฉพาะจังหวัดนี้',
  '  --sessions      ตารางรอบการประชุม: พิมพ์วันและเวลาประชุมของ อปท. แต่ละประเภทบนบัตร',
  '  --short-link    ลิงก์แบบย่อของแบบฟอร์ม (เช่น https://forms.gle/...) ที่พิมพ์บนบัตรให้พิมพ์เองได้ (ค่าเริ่มต้น ลิงก์แบบฟอร์มเต็ม)',
  '  --bangkok-code  รหัสที่ใช้แทนกรุงเทพมหานคร (ค่าเริ่มต้น BKK)',
].join('\n');

export interface QrRun {
  pdfs: string[];
  pngs: string[];
  log: string[];
}

export async function runQr(argv: readonly string[], now: Date = new Date()): Promise<QrRun> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        registry: { type: 'string' },
        'form-url': { type: 'string' },
        out: { type: 'string' },
        province: { type: 'string' },
        sessions: { type: 'string' },
        'short-link': { type: 'string' },
        'bangkok-code': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UserError(`${error instanceof Error ? error.message : String(error)}\n${QR_USAGE}`);
  }
  if (values.help) return { pdfs: [], pngs: [], log: [QR_USAGE] };
  const { registry: registryPath, 'form-url': formUrl, out } = values;
  if (!registryPath || !formUrl || !out) throw new UserError(`ต้องระบุ --registry, --form-url และ --out\n${QR_USAGE}`);
  const bangkokCode = values['bangkok-code']?.trim() || 'BKK';
  if (!laoCodeSchema.safeParse(bangkokCode).success) throw new UserError(`--bangkok-code "${bangkokCode}" ใช้ไม่ได้`);

  const registryFile: InputFile = { flag: '--registry', path: registryPath };
  const sessionsFile: InputFile | null = values.sessions ? { flag: '--sessions', path: values.sessions } : null;
  await assertInputsExist(sessionsFile ? [registryFile, sessionsFile] : [registryFile]);
  const log: string[] = [];

  const imported = registryFromGrid(await readInput(registryFile));
  if (!imported.ok) throw inputError(registryFile, imported.problems);
  if (imported.problems.length) log.push(`ทะเบียน อปท. มีข้อสังเกต ${imported.problems.length} รายการ:`, ...problemLines(imported.problems));
  const registry = new Registry(withBangkok(imported.entries, bangkokCode));

  const template = prefillTemplateFromUrl(formUrl, (code) => registry.byCode.get(code));
  if (!template.ok) throw new UserError(`--form-url: ${template.message}`);

  let sessions: Session[] = [];
  if (sessionsFile) {
    const read = parseSessions(await readInput(sessionsFile));
    if (!read.ok) throw inputError(sessionsFile, read.problems);
    if (read.problems.length) log.push(`ตารางรอบการประชุมมีข้อสังเกต ${read.problems.length} รายการ:`, ...problemLines(read.problems));
    sessions = read.sessions;
  }

  let provinces = registry.provinces();
  if (values.province !== undefined) {
    const wanted = normaliseProvince(values.province);
    if (!provinces.includes(wanted)) throw new UserError(`ไม่พบจังหวัด "${values.province}" ในทะเบียน อปท.`);
    provinces = [wanted];
  }

  await mkdir(out, { recursive: true });
  const shortLink = values['short-link']?.trim() || template.template.base;
  const generatedAt = formatThaiDateTime(now);
  const run: QrRun = { pdfs: [], pngs: [], log };
  for (const province of provinces) {
    const cards = laoCards(registry.inProvince(province), template.template, sessions);
    const pdf = join(out, `${safeFileName(province)}.pdf`);
    await writeCardsPdf({ heading: provinceTitle(province), shortLink, cards }, pdf, generatedAt);
    run.pdfs.push(pdf);
    run.pngs.push(...(await writeCardPngs(cards, join(out, safeFileName(province)))));
  }
  log.push(`สร้างบัตร QR ${run.pngs.length.toLocaleString('th-TH')} อปท. ใน ${run.pdfs.length} จังหวัด ที่ ${out}`);
  return run;
}

if (require.main === module) {
  runQr(process.argv.slice(2)).then(
    ({ log }) => console.log(log.join('\n')),
    (error: unknown) => {
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
