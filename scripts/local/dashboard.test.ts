import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { dashboardData } from '../../core/summary/dashboard';
import { summarizeRsvp } from '../../core/summary/counts';
import { Registry } from '../../core/registry';
import { REGISTRY, RESPONSES } from '../../core/summary/test-fixture';
import { withTool } from '../testing/debian-tool';
import { dashboardHtml } from './write-dashboard';

const registry = new Registry(REGISTRY);
const summary = summarizeRsvp(RESPONSES, registry);
const data = dashboardData({
  summary,
  hasRegistrations: true,
  indicators: {
    provinces: [
      { province: 'กระบี่', laosExpected: 4, laosComplete: 1, laosWithErrors: 1, results: { สูงกว่าค่าเป้าหมาย: 5, ไม่ได้ดำเนินการ: 2 } },
      { province: 'ตาก', laosExpected: 7, laosComplete: 5, laosWithErrors: 0, results: { การพัฒนาในอนาคต: 3 } },
    ],
  },
  generatedAt: new Date('2026-06-22T03:05:00Z'),
});

let dir: string;
let page: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lao-dashboard-'));
  page = join(dir, 'dashboard.html');
  await writeFile(page, dashboardHtml(data));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test('counts only: no name, phone or e-mail of any respondent reaches the page', async () => {
  const html = await readFile(page, 'utf8');
  const personal = RESPONSES.flatMap((r) => [r.personName, r.phone, r.email]).filter((x): x is string => !!x && x.length > 3);
  expect(personal.length).toBeGreaterThan(5);
  for (const value of personal) expect(html).not.toContain(value);
  expect(data.provinces.find((p) => p.area === 'ตาก')!.districts.map((d) => d.area)).toContain('แม่สอด');
});

test('the chart library is inlined: the page loads nothing from elsewhere', async () => {
  const html = await readFile(page, 'utf8');
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<img|@import/);
  expect(html).toContain('Chart.js v4');
});

const withChromium = withTool('chromium', 'chromium');
const chromium = (args: string[]) =>
  spawnSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--enable-logging=stderr', '--v=0', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });

withChromium('in headless Chromium: the script runs to the end with no console error, and the screenshot shows the charts', async () => {
  const run = chromium(['--virtual-time-budget=3000', '--dump-dom', `file://${page}`]);
  expect(run.stdout).toContain('data-ready="true"');
  // The drill-down offers every province.
  expect(run.stdout).toContain('<option value="0">กระบี่</option><option value="1">กรุงเทพมหานคร</option><option value="2">ตาก</option>');
  const consoleLines = run.stderr.split('\n').filter((l) => l.includes(':CONSOLE'));
  expect(consoleLines).toEqual([]);

  const shot = join(dir, 'shot.png');
  chromium(['--virtual-time-budget=3000', '--window-size=1280,2400', '--hide-scrollbars', `--screenshot=${shot}`, `file://${page}`]);
  const png = PNG.sync.read(await readFile(shot));
  // Pixels of each bar colour: the province chart (blue/green/orange bars), the type and district charts (green and
  // orange stacks) and the indicator charts all drew.
  const counts = new Map<string, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const hex = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('');
    counts.set(hex, (counts.get(hex) ?? 0) + 1);
  }
  for (const colour of ['548235', 'ed7d31', 'ffc000', 'c00000']) expect(counts.get(colour) ?? 0).toBeGreaterThan(500);
});
