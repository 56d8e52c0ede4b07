import geodb from 'thai-address-database/database/backup/geodb.json';
import { catalogFromGrid } from '../indicators/catalog';
import { parseThaiNumber, thaiDigitsToArabic } from '../text/thai';
import { expandCompactAddressDb, type CompactAddressDb } from './geography';
import { catalogSheet, demoIndicators } from './indicator-catalog';
import { DEFAULT_ENTRY_RATES, ENTRY_MISTAKE_KINDS, generateIndicatorEntries, type EntryMistakeKind, type EntryOptions } from './indicators';
import { generateRegistry } from './registry';
import type { LaoType } from '../vocabulary';

const registry = generateRegistry(expandCompactAddressDb(geodb as CompactAddressDb), { seed: 1 });
const regional = registry.filter((e) => ['ตาก', 'กระบี่', 'ลำพูน', 'ชลบุรี'].includes(e.province));
const byCode = new Map(registry.map((e) => [e.code, e]));
const indicators = demoIndicators();
const byIndicator = new Map(indicators.map((i) => [i.code, i]));
const NO_MISTAKES = Object.fromEntries(Object.keys(DEFAULT_ENTRY_RATES).map((k) => [k, 0])) as typeof DEFAULT_ENTRY_RATES;
const CLEAN: EntryOptions = { rates: NO_MISTAKES, notStarted: 0, partial: 0, notDone: 0 };

describe('demo indicator catalog', () => {
  test('has about fifty indicators in seven areas, coded area.mission.indicator, with targets per type', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(50);
    expect(new Set(indicators.map((i) => i.area)).size).toBe(7);
    for (const ind of indicators) {
      expect(ind.code).toMatch(/^\d\.\d\.\d$/);
      expect(ind.code.startsWith(ind.area.match(/ด้านที่ (\d)/)![1]!)).toBe(true);
      for (const target of Object.values(ind.targets)) expect(target).toBeGreaterThan(0);
    }
    expect(new Set(indicators.map((i) => i.code)).size).toBe(indicators.length);
    expect(indicators.some((i) => new Set(Object.values(i.targets)).size > 1)).toBe(true);
    expect(indicators.some((i) => !i.percentage)).toBe(true);
  });

  test('its sheet is read by the catalog reader without a problem, one row per (code, target group)', () => {
    const sheet = catalogSheet(indicators);
    const read = catalogFromGrid([sheet.header, ...sheet.rows]);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.problems).toEqual([]);
    expect(read.catalog.indicators).toHaveLength(sheet.rows.length);
    for (const ind of indicators) {
      for (const [type, target] of Object.entries(ind.targets) as Array<[LaoType, number]>) {
        expect(read.catalog.lookup(ind.code, type)?.targetPct).toBe(target);
      }
    }
    // Roads of a PAO are its own indicators; welfare allowances are not a PAO's.
    expect(read.catalog.applicable('อบจ.').some((i) => i.name.includes('เบี้ยยังชีพ'))).toBe(false);
    expect(read.catalog.applicable('อบต.').some((i) => i.name.includes('ของ อบจ.'))).toBe(false);
  });
});

describe('generated indicator entries', () => {
  const generated = generateIndicatorEntries(regional, indicators, { seed: 3 });

  test('one row per LAO and applicable indicator (plus a few extra), about fifty per LAO', () => {
    expect(generated.header).toEqual(['รหัส อปท.', 'รหัสตัวชี้วัด', 'กรอบการประเมิน (1)', 'การจัดบริการสาธารณะ (2)', 'หมายเหตุ']);
    expect(generated.truth.map((t) => t.row)).toEqual(generated.rows.map((_, i) => i + 1));
    const expected = regional.reduce((n, lao) => n + indicators.filter((i) => i.targets[lao.type] !== undefined).length, 0);
    const extra = generated.truth.filter((t) => t.mistakes.some((m) => m.startsWith('duplicate_') || m === 'not_applicable')).length;
    expect(generated.rows.length).toBe(expected + extra);
    expect(expected / regional.length).toBeGreaterThan(45);
  });

  test('is deterministic per seed', () => {
    expect(generateIndicatorEntries(regional, indicators, { seed: 3 })).toEqual(generated);
    expect(generateIndicatorEntries(regional, indicators, { seed: 4 }).rows).not.toEqual(generated.rows);
  });

  test('without mistakes every figure is a plain number, delivered within the frame for percentages', () => {
    const clean = generateIndicatorEntries(regional, indicators, { ...CLEAN, seed: 1 });
    // Collected, then compared once: a jest expect per cell would make this test slow.
    const problems: string[] = [];
    let zeroFrames = 0;
    clean.rows.forEach(([lao = '', code = '', frame = '', delivered = ''], i) => {
      const say = (what: string) => problems.push(`row ${i + 1}: ${what}`);
      if (clean.truth[i]!.mistakes.some((m) => m !== 'delivered_dash')) say(`mistakes ${clean.truth[i]!.mistakes}`);
      const ind = byIndicator.get(code);
      const type = byCode.get(lao)?.type;
      if (!ind || !type || ind.targets[type] === undefined) return say(`${lao} ${code} not applicable`);
      if (!/^\d+(\.\d+)?$/.test(frame)) return say(`frame ${frame}`);
      if (Number(frame) === 0) {
        zeroFrames++;
        if (!['-', '', '0'].includes(delivered)) say(`delivered ${delivered} with frame 0`);
        return;
      }
      if (!/^\d+(\.\d+)?$/.test(delivered)) return say(`delivered ${delivered}`);
      if (ind.percentage && Number(delivered) > Number(frame)) say(`delivered ${delivered} > frame ${frame}`);
    });
    expect(problems).toEqual([]);
    expect(zeroFrames).toBeGreaterThan(100);
  });

  test('LAOs that have not started or stopped half way leave rows blank', () => {
    const g = generateIndicatorEntries(regional, indicators, { ...CLEAN, notStarted: 0.5 });
    const blank = g.truth.filter((t) => t.mistakes.includes('not_entered'));
    expect(blank.length).toBeGreaterThan(g.rows.length * 0.3);
    expect(new Set(blank.map((t) => g.rows[t.row - 1]!.slice(2, 4).join('|')))).toEqual(new Set(['|']));
    const notDone = generateIndicatorEntries(regional, indicators, { ...CLEAN, notDone: 1 });
    const notDoneRows = notDone.truth.filter((x) => x.mistakes.includes('not_done')).map((t) => notDone.rows[t.row - 1]!);
    expect(notDoneRows.length).toBeGreaterThan(1000);
    expect(notDoneRows.filter(([, , frame]) => !(parseThaiNumber(frame)! > 0))).toEqual([]);
    expect(new Set(notDoneRows.map(([, , , delivered]) => delivered))).toEqual(new Set(['-', '', '0']));
  });

  const only = (kind: keyof typeof DEFAULT_ENTRY_RATES, rate = 1) => {
    const g = generateIndicatorEntries(regional, indicators, { ...CLEAN, seed: kind, rates: { ...NO_MISTAKES, [kind]: rate } });
    const marked = g.truth.filter((t) => t.mistakes.includes(kind)).map((t) => ({ t, cells: g.rows[t.row - 1]! }));
    expect(marked.length).toBeGreaterThan(10);
    return { g, marked };
  };

  test('number formats: Thai digits, thousands separators, stray spaces still read as the number', () => {
    for (const { cells } of only('thai_digits', 0.05).marked) expect(cells.slice(2, 4).join('')).toMatch(/[๐-๙]/);
    for (const { cells } of only('thousands_separator', 0.1).marked) {
      const withComma = cells.slice(2, 4).find((c) => c.includes(','))!;
      expect(withComma).toMatch(/^\d{1,3}(,\d{3})+(\.\d+)?$/);
      expect(parseThaiNumber(withComma)).toBeGreaterThanOrEqual(1000);
    }
    for (const { cells } of only('stray_spaces', 0.05).marked) {
      const spaced = cells.slice(2, 4).find((c) => c !== c.trim())!;
      expect(Number.isNaN(parseThaiNumber(spaced))).toBe(false);
    }
  });

  test('wrong figures: blank frame, not a number, negative, delivered over the frame, wild outliers', () => {
    for (const { cells } of only('frame_blank', 0.05).marked) {
      expect(cells[2]).toBe('');
      expect(parseThaiNumber(cells[3])).not.toBeNull();
    }
    for (const { cells } of only('not_a_number', 0.05).marked) expect(cells.slice(2, 4).some((c) => Number.isNaN(parseThaiNumber(c)))).toBe(true);
    for (const { cells } of only('negative', 0.05).marked) expect(parseThaiNumber(cells[3])).toBeLessThan(0);
    for (const { t, cells } of only('delivered_exceeds_frame', 0.05).marked) {
      expect(byIndicator.get(t.indicatorCode)!.percentage).toBe(true);
      expect(parseThaiNumber(cells[3])!).toBeGreaterThan(parseThaiNumber(cells[2])!);
    }
    for (const { cells } of only('frame_outlier', 0.05).marked) expect(parseThaiNumber(cells[2])!).toBeGreaterThanOrEqual(1000);
    for (const { cells } of only('delivered_outlier', 0.05).marked) {
      const [frame, delivered] = [parseThaiNumber(cells[2])!, parseThaiNumber(cells[3])!];
      expect(delivered / frame).toBeLessThan(0.02);
    }
  });

  test('repeated rows: the same figures again, or different ones', () => {
    for (const kind of ['duplicate_same', 'duplicate_conflict'] as const) {
      const { g, marked } = only(kind, 0.02);
      for (const { t, cells } of marked) {
        const first = g.truth.find((x) => x.laoCode === t.laoCode && x.indicatorCode === t.indicatorCode)!;
        expect(first.row).toBeLessThan(t.row);
        const original = g.rows[first.row - 1]!;
        expect(cells.slice(0, 2)).toEqual(original.slice(0, 2));
        if (kind === 'duplicate_same') expect(cells).toEqual(original);
        else expect(parseThaiNumber(cells[2])).not.toBe(parseThaiNumber(original[2]));
      }
    }
  });

  test('wrong codes: unknown LAO, unknown indicator, Thai-digit LAO code, an indicator of another type', () => {
    for (const { t, cells } of only('unknown_lao', 0.01).marked) {
      expect(cells[0]).not.toBe(t.laoCode);
      expect(cells[0]!.slice(0, 5)).toBe(t.laoCode.slice(0, 5));
    }
    for (const { cells } of only('unknown_indicator', 0.01).marked) expect(byIndicator.has(cells[1]!)).toBe(false);
    for (const { t, cells } of only('lao_code_thai_digits', 0.01).marked) expect(thaiDigitsToArabic(cells[0]!)).toBe(t.laoCode);
    for (const { t, cells } of only('not_applicable', 0.01).marked) {
      expect(cells[0]).toBe(t.laoCode);
      expect(byIndicator.get(cells[1]!)!.targets[byCode.get(t.laoCode)!.type]).toBeUndefined();
    }
  });

  test('mistake kinds are all known and the default mix carries all of them at national scale rates', () => {
    const seen = new Set<EntryMistakeKind>(generated.truth.flatMap((t) => t.mistakes));
    for (const kind of seen) expect(ENTRY_MISTAKE_KINDS).toContain(kind);
    expect(seen.size).toBeGreaterThan(ENTRY_MISTAKE_KINDS.length - 6);
  });
});
