/**
 * The hand-install guide (docs/install-apps-script.th.md) and the read-me the build writes beside the bundle name
 * files, functions, menu captions, sheets and commands: each must exist in what the build makes and the code
 * defines, so the guide cannot drift from the product. Every `quoted` name in the guide is classified; a name this
 * test cannot place fails it (add it to the list of Google's own screens only if it is Google's).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUNDLE_FILE, GUIDE_PATH, MANIFEST_FILE, README_FILE } from '../apps-script/install-readme';
import { MENU_ITEMS, MENU_TITLE } from '../apps-script/ui';
import { confirmationTemplateSheet, confirmationsSheet } from '../sheets-schema/confirmations';
import { coordinatorsSheet } from '../sheets-schema/coordinators';
import { qrCardsSheet } from '../sheets-schema/qr-cards';
import { laoRegistrySheet } from '../sheets-schema/registry';
import { rsvpLinksSheet } from '../sheets-schema/rsvp-links';
import { sessionsSheet } from '../sheets-schema/sessions';
import { settingsSheet } from '../sheets-schema/settings';
import { buildAppsScript, type BuildResult } from './build-apps-script';

const ROOT = path.resolve(__dirname, '..');
/** Google's own screens and buttons (Thai locale), which no file here defines. */
const GOOGLE_UI = new Set([
  'ส่วนขยาย › Apps Script',
  'การตั้งค่าโปรเจกต์',
  'แสดงไฟล์ Manifest "appsscript.json" ในเครื่องมือแก้ไข',
  '< >',
  'เครื่องมือแก้ไข',
  'Code.gs',
  'function myFunction() {}',
  'เรียกใช้',
  'ตรวจสอบสิทธิ์',
  'ขั้นสูง',
  'ไปที่ ... (ไม่ปลอดภัย)',
  'อนุญาต',
  'ไฟล์ › นำเข้า',
]);

let build: BuildResult;
let guide: string;

beforeAll(async () => {
  build = await buildAppsScript({ outDir: mkdtempSync(path.join(tmpdir(), 'lao-minstd-guide-')) });
  guide = readFileSync(path.join(ROOT, GUIDE_PATH), 'utf8');
});

const quoted = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

describe('the hand-install guide', () => {
  it('is linked from the README', () => {
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(GUIDE_PATH);
  });

  it('names only files the build writes, into the folder it names, with a read-me pointing back to the guide', () => {
    const files = readdirSync(build.outDir).sort();
    expect(files).toEqual([BUNDLE_FILE, MANIFEST_FILE, README_FILE].sort());
    expect(path.relative(ROOT, path.join(ROOT, 'dist/apps-script'))).toBe('dist/apps-script');
    expect(guide).toContain('`dist/apps-script/`');
    for (const file of files) expect(guide).toContain(`\`${file}\``);
    const readme = readFileSync(path.join(build.outDir, README_FILE), 'utf8');
    expect(readme).toContain(GUIDE_PATH);
    expect(readme).toContain(BUNDLE_FILE);
    expect(readme).toContain(MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(path.join(build.outDir, MANIFEST_FILE), 'utf8')) as { timeZone: string; oauthScopes: string[] };
    expect(guide).toContain(manifest.timeZone);
  });

  it('names functions, menu items, sheets and commands that exist', () => {
    const captions = new Set(MENU_ITEMS.flatMap((i) => (i ? [i.caption] : [])));
    const sheets = new Set(
      [laoRegistrySheet, sessionsSheet, rsvpLinksSheet, settingsSheet, coordinatorsSheet, confirmationsSheet, confirmationTemplateSheet, qrCardsSheet].map(
        (s) => s.name,
      ),
    );
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const unplaced: string[] = [];
    const names = quoted(guide);
    for (const name of names) {
      if (GOOGLE_UI.has(name) || sheets.has(name) || name === MENU_TITLE || name === 'dist/apps-script/') continue;
      if (/\.(js|json|txt)$/.test(name)) expect(readdirSync(build.outDir)).toContain(name);
      else if (/^[a-z]\w*$/i.test(name)) expect(build.entryPoints).toContain(name);
      else if (name.startsWith(`${MENU_TITLE} › `)) expect(captions).toContain(name.slice(MENU_TITLE.length + 3));
      else if (name.startsWith('npm run ')) expect(scripts).toHaveProperty(name.slice('npm run '.length));
      else unplaced.push(name);
    }
    expect(unplaced).toEqual([]);
    // The steps that matter are there: the health check is the last one.
    expect(names).toContain(`${MENU_TITLE} › ตรวจสอบระบบ`);
    expect(names).toContain('checkHealth');
  });

  it('gives the read-me the captions the menu has', () => {
    const readme = readFileSync(path.join(build.outDir, README_FILE), 'utf8');
    const paths = [...readme.matchAll(new RegExp(`${MENU_TITLE} › ([^\\s(]+)`, 'g'))].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(0);
    for (const caption of paths) expect(MENU_ITEMS.some((i) => i?.caption === caption)).toBe(true);
  });
});
