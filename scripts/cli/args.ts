import { parseArgs } from 'node:util';
import { parseDate } from '../../core/dates/parse';
import { laoCodeSchema } from '../../sheets-schema/registry';

export interface SummarizeOptions {
  registry: string;
  /** Left out when only indicators are summarised. */
  responses: string | null;
  sessions: string | null;
  catalog: string | null;
  indicators: string | null;
  /** Code given to Bangkok, which DLA's registry lacks; null for the default. */
  bangkokCode: string | null;
  /** The indicator entry window's first and last days as typed (validated); absent: the summaries say it is not set. */
  entryWindow?: { start: string; end: string } | null;
  out: string;
  /** A prefilled link of the form (see `npm run qr`): the follow-up lists then carry each LAO's link. */
  formUrl?: string | null;
  /** XLSX responses: the sheet to read; null to find it by its headers. */
  sheet?: string | null;
}

export type ParsedArgs = { kind: 'run'; options: SummarizeOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export const SUMMARIZE_USAGE = [
  'วิธีใช้: npm run summarize -- --registry ไฟล์ --responses ไฟล์ [--sessions ไฟล์] [--catalog ไฟล์ --indicators ไฟล์] [--bangkok-code รหัส] [--entry-window วันเริ่ม..วันสิ้นสุด] [--sheet ชื่อแผ่นงาน] --out โฟลเดอร์',
  '  --registry      ทะเบียน อปท. (CSV หรือ XLSX) แบบหนึ่งแถวต่อ อปท. หรือไฟล์พื้นที่รับผิดชอบของ สถ.',
  '  --responses     คำตอบแบบฟอร์มลงทะเบียน (CSV หรือ XLSX) ไม่ต้องระบุเมื่อสรุปเฉพาะตัวชี้วัด',
  '  --sessions      ตารางรอบการประชุม (ใช้ตรวจว่ารอบที่เลือกตรงกับประเภท อปท.)',
  '  --catalog       รายการตัวชี้วัด (ต้องระบุคู่กับ --indicators)',
  '  --indicators    ข้อมูลตัวชี้วัดที่ อปท. กรอก (ต้องระบุคู่กับ --catalog)',
  '  --bangkok-code  รหัสที่ใช้แทนกรุงเทพมหานคร ซึ่งไม่อยู่ในทะเบียนของ สถ. (ค่าเริ่มต้น BKK)',
  '  --entry-window  ช่วงเวลาบันทึกตัวชี้วัด เช่น 1/7/2569..31/8/2569 (ใช้นับวันที่เหลือ ถ้าไม่ระบุจะแสดงว่าไม่ได้กำหนด)',
  '  --sheet         ชื่อแผ่นงานคำตอบในไฟล์ XLSX (ถ้าไม่ระบุ จะหาแผ่นงานที่มีหัวตารางของแบบฟอร์ม)',
  '  --out           โฟลเดอร์สำหรับผลลัพธ์ (national.xlsx, provinces/, registrations.csv, report.json, dashboard.html)',
  '                  ผลลัพธ์เดิมในโฟลเดอร์จะถูกแทนที่ทั้งชุดเมื่อเขียนเสร็จ ไฟล์อื่นของผู้ใช้ไม่ถูกแตะต้อง',
  '  --form-url      ลิงก์ที่กรอกข้อมูลไว้ล่วงหน้าของแบบฟอร์ม (รหัส อปท. เป็น PREFILL_CODE): รายชื่อที่ต้องติดตามจะมีลิงก์ลงทะเบียนของแต่ละ อปท.',
  '  -h, --help      แสดงวิธีใช้นี้',
].join('\n');

const OPTIONS = {
  registry: { type: 'string' },
  responses: { type: 'string' },
  sessions: { type: 'string' },
  catalog: { type: 'string' },
  indicators: { type: 'string' },
  'bangkok-code': { type: 'string' },
  'entry-window': { type: 'string' },
  out: { type: 'string' },
  'form-url': { type: 'string' },
  sheet: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Command-line arguments to options, or a Thai message saying what is wrong. */
export function parseSummarizeArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false });
  } catch (error) {
    return { kind: 'error', message: argumentError(error) };
  }
  const { values } = parsed;
  if (values.help) return { kind: 'help' };
  const problems: string[] = [];
  const given = (key: Exclude<keyof typeof OPTIONS, 'help'>) => values[key]?.trim() || null;
  const registry = given('registry');
  const out = given('out');
  const responses = given('responses');
  const catalog = given('catalog');
  const indicators = given('indicators');
  const bangkokCode = given('bangkok-code');
  if (!registry) problems.push('ต้องระบุไฟล์ทะเบียน อปท. ด้วย --registry');
  if (!out) problems.push('ต้องระบุโฟลเดอร์ผลลัพธ์ด้วย --out');
  if (!responses && !indicators) problems.push('ต้องระบุไฟล์คำตอบด้วย --responses (หรือ --catalog กับ --indicators เมื่อสรุปเฉพาะตัวชี้วัด)');
  if (!!catalog !== !!indicators) problems.push('--catalog และ --indicators ต้องระบุคู่กัน');
  if (bangkokCode && !laoCodeSchema.safeParse(bangkokCode).success) {
    problems.push(`--bangkok-code "${bangkokCode}" ใช้ไม่ได้: ต้องเป็นตัวเลข 7 หลัก หรือตัวอักษรอังกฤษ/ตัวเลขไม่เกิน 16 ตัว`);
  }
  const entryWindow = given('entry-window');
  const window = entryWindow ? parseEntryWindow(entryWindow) : null;
  if (typeof window === 'string') problems.push(window);
  if (problems.length || !registry || !out || typeof window === 'string') return { kind: 'error', message: problems.join('\n') };
  return {
    kind: 'run',
    options: {
      registry,
      responses,
      sessions: given('sessions'),
      catalog,
      indicators,
      bangkokCode,
      ...(window ? { entryWindow: window } : {}),
      out,
      sheet: given('sheet'),
      ...formUrl(given('form-url')),
    },
  };
}

/** Present only when given, so the options of a run without it read as before. */
function formUrl(url: string | null): { formUrl?: string } {
  return url ? { formUrl: url } : {};
}

/** `START..END`, each a date as parseDate reads it (D/M/YYYY or ISO, either era), START not after END; else Thai. */
function parseEntryWindow(text: string): { start: string; end: string } | string {
  const [start = '', end = '', ...rest] = text.split('..').map((s) => s.trim());
  const from = parseDate(start);
  const to = parseDate(end);
  if (rest.length || !from || !to) return `--entry-window "${text}" ใช้ไม่ได้: ต้องเป็น วันเริ่ม..วันสิ้นสุด เช่น 1/7/2569..31/8/2569`;
  if (from.getTime() > to.getTime()) return `--entry-window "${text}" ใช้ไม่ได้: วันเริ่มอยู่หลังวันสิ้นสุด`;
  return { start, end };
}

/** node:util's parse errors name the option in English; say the same in Thai. */
export function argumentError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const named = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `ไม่รู้จักตัวเลือก ${named}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `ตัวเลือก ${named.split(' ')[0]} ต้องมีค่าตามหลัง`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `ไม่เข้าใจ "${named}": ทุกค่าต้องมีชื่อตัวเลือกนำหน้า เช่น --registry ไฟล์`;
    default:
      throw error;
  }
}
