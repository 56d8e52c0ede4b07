/** The summaries over DLA's real registry (../shared/data/lao-registry.csv) with Bangkok added, before any response. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Grid } from '../../sheets-schema/cell';
import { Registry } from '../registry';
import { registryFromGrid, withBangkok } from '../registry/import';
import { summarizeRsvp } from './counts';
import { buildSummaryWorkbooks } from './workbooks';
import { describeWithSharedData, sharedDataPath } from '../../scripts/testing/shared-data';

describeWithSharedData('the summaries over the real registry', ['lao-registry.csv'], () => {
  const imported = registryFromGrid(parse(readFileSync(sharedDataPath('lao-registry.csv'), 'utf8'), { bom: true }) as Grid);
  if (!imported.ok) throw new Error('registry did not import');
  const registry = new Registry(withBangkok(imported.entries));
  const summary = summarizeRsvp([], registry);

  test('76 provinces plus Bangkok, every LAO counted once, types as in SOURCES.md', () => {
    expect(summary.provinces).toHaveLength(77);
    expect(summary.national.laosTotal).toBe(7850);
    expect(summary.national.byType).toEqual({
      'อบจ.': { total: 76, registered: 0 },
      เทศบาลนคร: { total: 30, registered: 0 },
      เทศบาลเมือง: { total: 195, registered: 0 },
      เทศบาลตำบล: { total: 2247, registered: 0 },
      'อบต.': { total: 5300, registered: 0 },
      ท้องถิ่นรูปแบบพิเศษ: { total: 1, registered: 0 },
      กรุงเทพมหานคร: { total: 1, registered: 0 },
    });
    const largest = summary.provinces.reduce((a, b) => (b.laosTotal > a.laosTotal ? b : a));
    expect([largest.province, largest.laosTotal]).toEqual(['นครราชสีมา', 334]);
    expect(summary.provinces.find((p) => p.province === 'ภูเก็ต')!.laosTotal).toBe(19);
  });

  test('878 districts, each LAO in its registry district; Pattaya in ชลบุรี', () => {
    const districts = summary.provinces.filter((p) => p.province !== 'กรุงเทพมหานคร').flatMap((p) => p.districts);
    expect(districts).toHaveLength(878);
    expect(districts.every((d) => d.district !== null && d.laosTotal > 0)).toBe(true);
    const chonburi = summary.provinces.find((p) => p.province === 'ชลบุรี')!;
    expect(chonburi.byType['ท้องถิ่นรูปแบบพิเศษ']).toEqual({ total: 1, registered: 0 });
  });

  test('a workbook per province, each listing all its LAOs as not yet registered', () => {
    const { provinces } = buildSummaryWorkbooks({ registry, generatedAt: new Date(), sources: [], rsvp: { responses: [], rows: [], summary } });
    expect(provinces).toHaveLength(77);
    // LAO rows carry a code; each block's heading row does not.
    const rows = provinces.flatMap((p) => p.workbook.sheets.find((s) => s.name === 'อปท. ที่ยังไม่ลงทะเบียน')!.rows);
    expect(rows.filter((r) => r[3] !== null)).toHaveLength(7850);
    // One block for each province's own LAOs; nothing registered yet, so every bar is empty.
    const headings = rows.filter((r) => r[3] === null);
    expect(headings.filter((r) => r[0] === 'จังหวัด (ติดตามโดยตรง)')).toHaveLength(77);
    expect(headings.every((r) => /^□{10} 0%$/.test(String(r[5])))).toBe(true);
  });
});
