import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { UserError } from './cli/user-error';
import { runQr } from './qr';
import { cardBox } from './local/write-qr-cards';
import { withTool } from './testing/debian-tool';

const REGISTRY_CSV = [
  'code,type,name,province,district',
  '6630106,อบต.,ท่าสายลวด,ตาก,แม่สอด',
  '4630102,เทศบาลเมือง,แม่สอด,ตาก,แม่สอด',
  '5630103,เทศบาลตำบล,แม่ตาว,ตาก,แม่สอด',
  '6630104,อบต.,แม่ระมาด,ตาก,แม่ระมาด',
  '2630101,อบจ.,ตาก,ตาก,เมืองตาก',
  '6810103,อบต.,คลองท่อมใต้,กระบี่,คลองท่อม',
].join('\r\n');
const SESSIONS_CSV = [
  'รอบการประชุม,วันที่,เวลา,ประเภท อปท. ที่เข้าร่วม',
  'รอบที่ 1 (อบจ. เทศบาล),23/6/2569,09:00-12:00 น.,"อบจ., เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล"',
  'รอบที่ 2 (อบต.),25/6/2569,13:00-16:00 น.,อบต.',
].join('\r\n');

// A prefilled link made in Google Forms for the PAO of Tak: its own answers in every question, so every entry is known.
const FORM = 'https://docs.google.com/forms/d/e/1FAIpQLSdTEST/viewform';
const MADE_FOR_PAO =
  `${FORM}?usp=pp_url&entry.1001=${encodeURIComponent('ตาก')}&entry.1002=${encodeURIComponent('เมืองตาก')}` +
  `&entry.1003=${encodeURIComponent('องค์การบริหารส่วนจังหวัด')}&entry.1004=${encodeURIComponent('ตาก')}&entry.1005=2630101`;

let dir: string;
let registry: string;
let sessions: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lao-qr-'));
  registry = join(dir, 'registry.csv');
  sessions = join(dir, 'sessions.csv');
  await writeFile(registry, REGISTRY_CSV);
  await writeFile(sessions, SESSIONS_CSV);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function decodePng(png: PNG): string | null {
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
}

/** The link Google would make for the LAO: every answer of the sample link replaced by the LAO's own. */
function expectedLink(province: string, district: string, typeLong: string, name: string, code: string): string {
  const e = (s: string) => encodeURIComponent(s);
  return `${FORM}?usp=pp_url&entry.1001=${e(province)}&entry.1002=${e(district)}&entry.1003=${e(typeLong)}&entry.1004=${e(name)}&entry.1005=${code}`;
}

describe('npm run qr', () => {
  let out: string;
  let pngs: string[];
  let pdfs: string[];
  beforeAll(async () => {
    out = join(dir, 'out');
    ({ pngs, pdfs } = await runQr(
      [
        '--registry',
        registry,
        '--form-url',
        MADE_FOR_PAO,
        '--out',
        out,
        '--province',
        'จ.ตาก',
        '--sessions',
        sessions,
        '--short-link',
        'https://forms.gle/abc123',
      ],
      new Date('2026-06-01T03:00:00Z'),
    ));
  });

  test('one PDF for the province and one PNG per LAO, in order of responsibility (province first, then by district)', async () => {
    expect(pdfs).toEqual([join(out, 'ตาก.pdf')]);
    expect(pngs.map((p) => p.slice(join(out, 'ตาก').length + 1))).toEqual([
      '2630101 อบจ.ตาก.png',
      '4630102 เทศบาลเมืองแม่สอด.png',
      '6630104 อบต.แม่ระมาด.png',
      '5630103 เทศบาลตำบลแม่ตาว.png',
      '6630106 อบต.ท่าสายลวด.png',
    ]);
    expect((await readdir(out)).sort()).toEqual(['ตาก', 'ตาก.pdf']);
  });

  test("each PNG decodes back to the LAO's prefilled link", async () => {
    const links = await Promise.all(pngs.map(async (p) => decodePng(PNG.sync.read(await readFile(p)))));
    expect(links[0]).toBe(MADE_FOR_PAO);
    expect(links[4]).toBe(expectedLink('ตาก', 'แม่สอด', 'องค์การบริหารส่วนตำบล', 'ท่าสายลวด', '6630106'));
    expect(new Set(links).size).toBe(5);
  });

  const withPoppler = withTool('pdftoppm', 'poppler-utils');

  withPoppler('the PDF embeds its Thai font, and its text names each LAO, its district, session and code', () => {
    const fonts = execFileSync('pdffonts', [pdfs[0]!], { encoding: 'utf8' });
    expect(fonts).toMatch(/Sarabun-Regular\s.*\byes\s+yes\s+yes\b/);
    // ำ is drawn, and so copied, as ํ + า: compared in NFKC, which reads both spellings alike.
    const text = execFileSync('pdftotext', ['-layout', pdfs[0]!, '-'], { encoding: 'utf8' }).normalize('NFKC');
    for (const expected of [
      'ลิงก์ลงทะเบียนราย อปท. จังหวัดตาก',
      'อบจ.ตาก',
      'อบต.ท่าสายลวด',
      'อำเภอแม่สอด',
      'รหัส อปท. 6630106',
      '25 มิถุนายน 2569 เวลา',
      'https://forms.gle/abc123',
      'จัดทำเมื่อ 1 มิ.ย. 2569 10:00 น.',
    ]) {
      expect(text).toContain(expected.normalize('NFKC'));
    }
  });

  withPoppler("a rendered page shows each card's QR code, which decodes to that LAO's link", async () => {
    const dpi = 150;
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-png', pdfs[0]!, join(dir, 'page')]);
    const page = PNG.sync.read(await readFile(join(dir, 'page-1.png')));
    const scale = dpi / 72;
    // The QR code sits in the card's left half: crop it so exactly one code is in view.
    const decodeCard = (index: number) => {
      const box = cardBox(index);
      const crop = new PNG({ width: Math.round((box.width / 2) * scale), height: Math.round(box.height * scale) });
      PNG.bitblt(page, crop, Math.round(box.x * scale), Math.round(box.y * scale), crop.width, crop.height, 0, 0);
      return decodePng(crop);
    };
    expect(decodeCard(0)).toBe(MADE_FOR_PAO);
    expect(decodeCard(4)).toBe(expectedLink('ตาก', 'แม่สอด', 'องค์การบริหารส่วนตำบล', 'ท่าสายลวด', '6630106'));
  });

  test('a placeholder link fills only the questions it marks; the code is always there', async () => {
    const placeholders = `${FORM}?usp=pp_url&entry.7=PREFILL_NAME&entry.9=PREFILL_CODE`;
    const run = await runQr(['--registry', registry, '--form-url', placeholders, '--out', join(dir, 'ph'), '--province', 'กระบี่']);
    expect(decodePng(PNG.sync.read(await readFile(run.pngs[0]!)))).toBe(`${FORM}?usp=pp_url&entry.7=${encodeURIComponent('คลองท่อมใต้')}&entry.9=6810103`);
  });

  test('--help prints the usage in Thai and writes nothing', async () => {
    const run = await runQr(['--help']);
    expect(run.log.join('\n')).toMatch(/^วิธีใช้: npm run qr -- --registry ไฟล์ \(--form-url ลิงก์ \| --links ไฟล์\) --out โฟลเดอร์/);
    expect(run.pdfs).toEqual([]);
  });

  test('a short link or a link without the code is refused with a Thai message saying what to do', async () => {
    const run = (url: string) => runQr(['--registry', registry, '--form-url', url, '--out', join(dir, 'bad')]);
    await expect(run('https://forms.gle/abc123')).rejects.toThrow(UserError);
    await expect(run('https://forms.gle/abc123')).rejects.toThrow(/ลิงก์แบบย่อ \(forms\.gle\) ใช้ไม่ได้/);
    await expect(run(`${FORM}?usp=pp_url&entry.7=PREFILL_NAME`)).rejects.toThrow(/กรอกคำถาม "รหัส อปท\." เป็น PREFILL_CODE/);
  });
});
