import { Report } from '../../sheets-schema/report';
import { RESPONSE_STATUSES } from '../vocabulary';
import { summarizeRsvp } from './counts';
import { buildReport, reportToCheck } from './report';
import { Registry } from '../registry';
import { REGISTRY, RESPONSES } from './test-fixture';

const registry = new Registry(REGISTRY);

const generatedAt = new Date('2026-06-22T03:00:00Z');
const report = buildReport({ generatedAt, responses: RESPONSES, summary: summarizeRsvp(RESPONSES, registry) });

test('the report passes its own schema', () => {
  expect(Report.parse(report)).toEqual(report);
  expect(report.generatedAt).toBe('2026-06-22T03:00:00.000Z');
});

test('one entry per response, each with exactly one status; codes only for ok and duplicate', () => {
  expect(report.responses.map((r) => r.row)).toEqual(RESPONSES.map((r) => r.row));
  expect(report.responses.find((r) => r.row === 3)).toEqual({
    row: 3,
    status: 'duplicate',
    laoCode: '4630102',
    duplicateOf: 4,
    reasons: [],
  });
  expect(report.responses.find((r) => r.row === 6)).toEqual({
    row: 6,
    status: 'unmatched',
    laoCode: null,
    duplicateOf: null,
    reasons: ['lao_ambiguous'],
  });
  expect(report.responses.find((r) => r.row === 2)!.reasons).toEqual(['phone_invalid']);
});

test('counts add up: attendees and review rows match the statuses, provinces sum to the nation', () => {
  const statuses = report.responses.map((r) => r.status);
  expect(report.national.attendees).toBe(statuses.filter((s) => s === 'ok').length);
  expect(report.national.needsReview).toBe(statuses.filter((s) => s === 'unmatched' || s === 'invalid').length);
  const sum = (key: 'laosTotal' | 'laosRegistered' | 'attendees') => report.provinces.reduce((s, p) => s + p[key], 0);
  expect(sum('laosTotal')).toBe(REGISTRY.length);
  expect(sum('laosRegistered')).toBe(report.national.laosRegistered);
  expect(sum('attendees')).toBe(report.national.attendees);
  for (const p of report.provinces) {
    const byType = Object.values(p.byType);
    expect(byType.reduce((s, t) => s + t.total, 0)).toBe(p.laosTotal);
    expect(byType.reduce((s, t) => s + t.registered, 0)).toBe(p.laosRegistered);
  }
  expect(report.provinces.find((p) => p.province === 'ตาก')).toEqual({
    province: 'ตาก',
    laosTotal: 7,
    laosRegistered: 3,
    attendees: 4,
    needsReview: 2,
    byType: {
      'อบจ.': { total: 1, registered: 1 },
      เทศบาลเมือง: { total: 1, registered: 1 },
      เทศบาลตำบล: { total: 1, registered: 0 },
      'อบต.': { total: 4, registered: 1 },
    },
  });
});

test('the schema rejects personal data and unknown type keys', () => {
  const leaked = { ...report, responses: [{ ...report.responses[0]!, phone: '0812345678' }] };
  expect(Report.safeParse(leaked).success).toBe(false);
  const badType = { ...report, provinces: [{ ...report.provinces[0]!, byType: { ทต: { total: 1, registered: 0 } } }] };
  expect(Report.safeParse(badType).success).toBe(false);
});

test('an indicators section is carried and validated', () => {
  const indicators = {
    entries: [
      { row: 1, laoCode: '6630104', indicatorCode: '1.1', ratioPct: 52, result: 'การพัฒนาในอนาคต' as const, errors: [], warnings: [] },
      { row: 2, laoCode: '6630104', indicatorCode: '1.2', ratioPct: null, result: null, errors: ['not_a_number'], warnings: [] },
    ],
    provinces: [{ province: 'ตาก', laosExpected: 7, laosComplete: 0, laosWithErrors: 1, results: { การพัฒนาในอนาคต: 1 } }],
  };
  const withIndicators = buildReport({ generatedAt, responses: [], summary: summarizeRsvp([], registry), indicators });
  expect(Report.parse(withIndicators).indicators).toEqual(indicators);
  const badResult = { ...indicators, entries: [{ ...indicators.entries[0]!, result: 'ผ่าน' }] };
  expect(Report.safeParse({ ...withIndicators, indicators: badResult }).success).toBe(false);
});

describe('reportToCheck: what the job parses before it writes', () => {
  test('the first row of each status, the counts whole, no indicator entries', () => {
    const indicators = {
      entries: [{ row: 1, laoCode: '6630104', indicatorCode: '1.1', ratioPct: 52, result: 'การพัฒนาในอนาคต' as const, errors: [], warnings: [] }],
      provinces: [{ province: 'ตาก', laosExpected: 7, laosComplete: 0, laosWithErrors: 0, results: { การพัฒนาในอนาคต: 1 } }],
    };
    const checked = reportToCheck({ ...report, indicators });
    // The fixture: rows 1 (ok), 3 (duplicate), 6 (unmatched) and 7 (invalid) are the first of their status.
    expect(checked.responses.map((r) => [r.row, r.status])).toEqual([
      [1, 'ok'],
      [3, 'duplicate'],
      [6, 'unmatched'],
      [7, 'invalid'],
    ]);
    expect(checked.provinces).toBe(report.provinces);
    expect(checked.national).toBe(report.national);
    expect(checked.indicators).toEqual({ entries: [], provinces: indicators.provinces });
    expect(Report.parse(checked).responses).toHaveLength(4);
    expect(reportToCheck(report)).not.toHaveProperty('indicators');
  });

  test.each(RESPONSE_STATUSES)('a field the mapping leaks into %s rows fails the check', (status) => {
    const leaky = { ...report, responses: report.responses.map((r) => (r.status === status ? { ...r, phone: '0812345678' } : r)) };
    expect(Report.safeParse(reportToCheck(leaky)).success).toBe(false);
  });
});
