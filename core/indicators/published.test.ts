/**
 * The real data in ../shared/data: the public part of the catalog and every published result row.
 * The catalog file has its own header and no indicator codes, so it is converted here to the catalog sheet,
 * one code per distinct indicator text (rows of the same text for other LAO types share the code).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { parseThaiNumber } from '../text/thai';
import { catalogFromGrid, type Catalog } from './catalog';
import { entryResult, resultCategory } from './result';
import { describeWithSharedData, sharedDataPath } from '../../scripts/testing/shared-data';

function records(file: string): Record<string, string>[] {
  return parse(readFileSync(sharedDataPath(file), 'utf8'), { bom: true, columns: true });
}

describeWithSharedData('the published catalog and results', ['indicator-catalog.csv', 'published-results.csv'], () => {
  const catalogRows = records('indicator-catalog.csv');
  const codeOfText = new Map<string, string>();
  for (const r of catalogRows) if (!codeOfText.has(r.indicator!)) codeOfText.set(r.indicator!, `I${codeOfText.size + 1}`);

  function realCatalog(): ReturnType<typeof catalogFromGrid> {
    return catalogFromGrid([
      ['รหัสตัวชี้วัด', 'ด้าน', 'ภารกิจ', 'ตัวชี้วัด', 'หน่วย', 'ค่าเป้าหมาย (%)', 'ประเภท อปท.'],
      ...catalogRows.map((r) => [codeOfText.get(r.indicator!)!, r.area!, r.mission!, r.indicator!, r.unit!, r.target_pct!, r.lao_type!]),
    ]);
  }

  describe('catalog from ../shared/data/indicator-catalog.csv', () => {
    const read = realCatalog();
    if (!read.ok) throw new Error('catalog header');

    test('the rows cut off in the public excerpt (no target, or no unit) are the only problems', () => {
      const incomplete = catalogRows.flatMap((r, i) => (r.target_pct === '' ? [i + 1] : []));
      expect(incomplete).toHaveLength(5);
      expect([...new Set(read.problems.map((p) => p.row))]).toEqual(incomplete);
      expect(read.problems.every((p) => p.severity === 'error')).toBe(true);
      expect(read.catalog.indicators).toHaveLength(14);
    });

    test('the same indicator text for two LAO types is one code with two targets', () => {
      const code = codeOfText.get('ร้อยละของระยะทางของถนนลาดยางแอสฟัลติกที่ได้รับการบำรุงรักษาให้อยู่ในสภาพที่ใช้งานได้ปกติ')!;
      expect(read.catalog.lookup(code, 'เทศบาลนคร')?.targetPct).toBe(85);
      expect(read.catalog.lookup(code, 'เทศบาลตำบล')?.targetPct).toBe(75);
      expect(read.catalog.lookup(code, 'อบต.')).toBeUndefined();
      expect(read.catalog.applicable('อบต.')).toHaveLength(3);
    });

    test('every complete indicator is a percentage one', () => {
      expect(read.catalog.indicators.every((i) => i.percentage && i.unit === 'ร้อยละ')).toBe(true);
    });
  });

  describe('every row of ../shared/data/published-results.csv', () => {
    const read = realCatalog();
    if (!read.ok) throw new Error('catalog header');
    const catalog: Catalog = read.catalog;
    const published = records('published-results.csv');

    test('the file has the 14 rows it documents', () => {
      expect(published).toHaveLength(14);
    });

    test.each(published.map((r, i) => [i + 1, r] as const))('row %i: target from the catalog, ratio and result as published', (_, r) => {
      const indicator = catalog.lookup(codeOfText.get(r.indicator!)!, r.lao_type as never);
      expect(indicator?.targetPct).toBe(Number(r.target_pct));
      const frame = parseThaiNumber(r.frame)!;
      const { ratioPct, result } = entryResult(frame, parseThaiNumber(r.delivered), indicator!.targetPct);
      expect(result).toBe(resultCategory(r.result_published!));
      if (r.ratio_pct_published === '-') {
        expect(ratioPct).toBeNull();
      } else {
        const decimals = r.ratio_pct_published!.split('.')[1]?.length ?? 0;
        expect(ratioPct!.toFixed(decimals)).toBe(Number(r.ratio_pct_published).toFixed(decimals));
      }
    });
  });
});
