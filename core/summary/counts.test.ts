import { coveragePct, summarizeRsvp } from './counts';
import { Registry } from '../registry';
import { REGISTRY, RESPONSES } from './test-fixture';

const registry = new Registry(REGISTRY);

describe('summarizeRsvp on the hand-checked data set', () => {
  const summary = summarizeRsvp(RESPONSES, registry);
  const province = (name: string) => summary.provinces.find((p) => p.province === name)!;

  test('every registry province, in Thai order, Bangkok as its own province', () => {
    expect(summary.provinces.map((p) => p.province)).toEqual(['กระบี่', 'กรุงเทพมหานคร', 'ตาก']);
  });

  test('ตาก: LAOs by type, registered, attendees, needs review', () => {
    const tak = province('ตาก');
    expect(tak).toMatchObject({ laosTotal: 7, laosRegistered: 3, attendees: 4, needsReview: 2 });
    expect(tak.byType).toEqual({
      'อบจ.': { total: 1, registered: 1 },
      เทศบาลเมือง: { total: 1, registered: 1 },
      เทศบาลตำบล: { total: 1, registered: 0 },
      'อบต.': { total: 4, registered: 1 },
    });
    expect(Object.keys(tak.byType)).toEqual(['อบจ.', 'เทศบาลเมือง', 'เทศบาลตำบล', 'อบต.']);
  });

  test('ตาก districts: LAOs in their registry district, an unplaceable review row in the null district, last', () => {
    const rows = province('ตาก').districts.map(({ district, laosTotal, laosRegistered, attendees, needsReview }) => [
      district,
      laosTotal,
      laosRegistered,
      attendees,
      needsReview,
    ]);
    expect(rows).toEqual([
      ['บ้านตาก', 1, 0, 0, 0],
      ['เมืองตาก', 1, 1, 1, 0],
      ['แม่ระมาด', 3, 1, 1, 1],
      ['แม่สอด', 2, 1, 2, 0],
      [null, 0, 0, 0, 1],
    ]);
    expect(province('ตาก').districts[2]!.byType).toEqual({
      เทศบาลตำบล: { total: 1, registered: 0 },
      'อบต.': { total: 2, registered: 1 },
    });
  });

  test('กระบี่: a district typed with its prefix still counts in it', () => {
    const krabi = province('กระบี่');
    expect(krabi).toMatchObject({ laosTotal: 4, laosRegistered: 2, attendees: 3, needsReview: 2 });
    expect(krabi.districts.map((d) => [d.district, d.laosTotal, d.laosRegistered, d.attendees, d.needsReview])).toEqual([
      ['คลองท่อม', 2, 1, 2, 1],
      ['เมืองกระบี่', 2, 1, 1, 0],
      [null, 0, 0, 0, 1],
    ]);
  });

  test('Bangkok is one LAO', () => {
    expect(province('กรุงเทพมหานคร')).toMatchObject({ laosTotal: 1, laosRegistered: 1, attendees: 1, needsReview: 0 });
  });

  test('review rows with no or an unknown province go to the national bucket', () => {
    expect(summary.unknownProvinceNeedsReview).toBe(2);
  });

  test('national totals and status counts', () => {
    expect(summary.national).toEqual({
      laosTotal: 12,
      laosRegistered: 6,
      attendees: 8,
      needsReview: 6,
      byType: {
        'อบจ.': { total: 2, registered: 2 },
        เทศบาลเมือง: { total: 1, registered: 1 },
        เทศบาลตำบล: { total: 2, registered: 0 },
        'อบต.': { total: 6, registered: 2 },
        กรุงเทพมหานคร: { total: 1, registered: 1 },
      },
    });
    expect(summary.statusCounts).toEqual({ ok: 8, duplicate: 2, invalid: 2, unmatched: 4 });
  });

  test('districts add up to their province, provinces plus the bucket to the nation', () => {
    for (const p of summary.provinces) {
      for (const key of ['laosTotal', 'laosRegistered', 'attendees', 'needsReview'] as const) {
        expect(p.districts.reduce((s, d) => s + d[key], 0)).toBe(p[key]);
      }
    }
    const sum = (key: 'laosTotal' | 'laosRegistered' | 'attendees' | 'needsReview') => summary.provinces.reduce((s, p) => s + p[key], 0);
    expect(sum('laosTotal')).toBe(summary.national.laosTotal);
    expect(sum('attendees')).toBe(summary.national.attendees);
    expect(sum('needsReview') + summary.unknownProvinceNeedsReview).toBe(summary.national.needsReview);
  });

  test('an ok response whose LAO is not in the registry is a pipeline bug, not a silent miscount', () => {
    const stray = { ...RESPONSES[0]!, laoCode: '9999999' };
    expect(() => summarizeRsvp([stray], registry)).toThrow('9999999');
  });

  test('no responses: every LAO unregistered', () => {
    const empty = summarizeRsvp([], registry);
    expect(empty.national).toMatchObject({ laosTotal: 12, laosRegistered: 0, attendees: 0, needsReview: 0 });
  });
});

test('coverage is in percentage points, null without LAOs', () => {
  expect(coveragePct({ laosTotal: 4, laosRegistered: 1 })).toBe(25);
  expect(coveragePct({ laosTotal: 0, laosRegistered: 0 })).toBeNull();
});
