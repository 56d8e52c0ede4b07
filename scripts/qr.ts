/**
 * `npm run qr -- --registry FILE (--form-url URL | --links FILE) --out DIR [--province NAME] [--sessions FILE] [--short-link URL]`
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
import { linksFromGrid } from '../core/rsvp/links-table';
import type { RegistryEntry } from '../core/registry/types';
import { laoCards } from '../core/summary/lao-cards';
import { provinceTitle } from '../core/summary/layout-parts';
import { laoCodeSchema } from '../sheets-schema/registry';
import { headers } from '../sheets-schema/define';
import { prefillTemplateFromUrl } from '../core/rsvp/prefilled-links';
import { rsvpLinksSheet } from '../sheets-schema/rsvp-links';
import { assertInputsExist, inputError, problemLines, readInput, type InputFile } from './cli/inputs';
import { UserError } from './cli/user-error';
import { safeFileName, writeCardPngs, writeCardsPdf } from './local/write-qr-cards';

export const QR_USAGE = [
  'วิธีใช้: npm run qr -- --registry ไฟล์ (--form-url ลิงก์ | --links ไฟล์) --out โฟลเดอร์ [--province ชื่อจังหวัด] [--sessions ไฟล์] [--short-link ลิงก์]',
  '  --registry      ทะเบียน อปท. (CSV หรือ XLSX)',
  '  --form-url      ลิงก์ที่กรอกข้อมูลไว้ล่วงหน้าของแบบฟอร์มลงทะเบียน (ใน Google Forms: ⋮ > รับลิงก์ที่กรอกข้อมูลไว้ล่วงหน้า)',
  '                  โดยกรอกคำถาม "รหัส อปท." เป็น PREFILL_CODE (หรือรหัสของ อปท. ใดก็ได้ พร้อมคำตอบอื่นของ อปท. นั้น)',
  `  --links         แทน --form-url สำหรับแบบฟอร์มที่ระบบสร้าง (เลือก อปท. จากรายการ): แผ่นงาน "${rsvpLinksSheet.name}"`,
  '                  ที่ดาวน์โหลดจาก Google Sheets (ไฟล์ › ดาวน์โหลด › CSV หรือ XLSX) ใช้ลิงก์ของแต่ละ อปท. ตามรหัส อปท.',
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
        links: { type: 'string' },
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
  const { registry: registryPath, 'form-url': formUrl, links: linksPath, out } = values;
  if (!registryPath || !(formUrl || linksPath) || !out) throw new UserError(`ต้องระบุ --registry, --form-url (หรือ --links) และ --out\n${QR_USAGE}`);
  if (formUrl && linksPath) throw new UserError(`ระบุ --form-url หรือ --links อย่างใดอย่างหนึ่ง\n${QR_USAGE}`);
  const bangkokCode = values['bangkok-code']?.trim() || 'BKK';
  if (!laoCodeSchema.safeParse(bangkokCode).success) throw new UserError(`--bangkok-code "${bangkokCode}" ใช้ไม่ได้`);

  const registryFile: InputFile = { flag: '--registry', path: registryPath };
  const sessionsFile: InputFile | null = values.sessions ? { flag: '--sessions', path: values.sessions } : null;
  const linksFile: InputFile | null = linksPath ? { flag: '--links', path: linksPath } : null;
  await assertInputsExist([registryFile, ...(sessionsFile ? [sessionsFile] : []), ...(linksFile ? [linksFile] : [])]);
  const log: string[] = [];

  const imported = registryFromGrid(await readInput(registryFile));
  if (!imported.ok) throw inputError(registryFile, imported.problems);
  if (imported.problems.length) log.push(`ทะเบียน อปท. มีข้อสังเกต ${imported.problems.length} รายการ:`, ...problemLines(imported.problems));
  const registry = new Registry(withBangkok(imported.entries, bangkokCode));

  const links = linksFile ? await readLinks(linksFile, log) : null;
  const template = formUrl ? prefillTemplateFromUrl(formUrl, (code) => registry.byCode.get(code)) : null;
  if (template && !template.ok) throw new UserError(`--form-url: ${template.message}`);
  const linkOf = template?.ok ? template.template : (e: RegistryEntry) => links!.get(e.code)!;

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

  if (links) {
    // A registry LAO with no link in the file gets no card; a link for an LAO the registry lacks is left out.
    const missing = provinces.flatMap((p) => registry.inProvince(p)).filter((e) => !links.has(e.code));
    if (missing.length)
      log.push(
        `ไม่มีลิงก์ใน --links ของ อปท. ${missing.length} แห่ง (ไม่สร้างบัตร): ${missing
          .slice(0, 10)
          .map((e) => e.code)
          .join(', ')}${missing.length > 10 ? ' …' : ''}`,
      );
    const unknown = [...links.keys()].filter((code) => !registry.byCode.has(code));
    if (unknown.length)
      log.push(`รหัส อปท. ใน --links ที่ไม่มีในทะเบียน ${unknown.length} รายการ (ไม่ใช้): ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ' …' : ''}`);
  }

  await mkdir(out, { recursive: true });
  const formBase = template?.ok ? template.template.base : ([...links!.values()][0] ?? '').split('?')[0]!;
  const shortLink = values['short-link']?.trim() || formBase;
  const generatedAt = formatThaiDateTime(now);
  const run: QrRun = { pdfs: [], pngs: [], log };
  for (const province of provinces) {
    const laos = registry.inProvince(province).filter((e) => !links || links.has(e.code));
    if (laos.length === 0) continue;
    const cards = laoCards(laos, linkOf, sessions);
    const pdf = join(out, `${safeFileName(province)}.pdf`);
    await writeCardsPdf({ heading: provinceTitle(province), shortLink, cards }, pdf, generatedAt);
    run.pdfs.push(pdf);
    run.pngs.push(...(await writeCardPngs(cards, join(out, safeFileName(province)))));
  }
  log.push(`สร้างบัตร QR ${run.pngs.length.toLocaleString('th-TH')} อปท. ใน ${run.pdfs.length} จังหวัด ที่ ${out}`);
  return run;
}

/** The links sheet exported from Google Sheets, read by header with the CLI's readers (CSV encodings, XLSX sheets). */
async function readLinks(file: InputFile, log: string[]): Promise<Map<string, string>> {
  const read = linksFromGrid(await readInput(file, { expectHeaders: headers(rsvpLinksSheet), note: (line) => log.push(line) }));
  if (!read.ok) throw inputError(file, read.problems);
  if (read.problems.length) log.push(`ไฟล์ลิงก์ (--links) มีข้อสังเกต ${read.problems.length} รายการ:`, ...problemLines(read.problems));
  return read.links;
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
