import { finishReport, formatNumber, newReport, renderReport, renderTable, targetMet } from './report';

describe('benchmark report', () => {
  test('targets are met or missed by value, unknown without a value or a target', () => {
    expect(targetMet({ id: 'a', label: 'a', value: 0.1, unit: '%', target: { op: '<=', value: 0.1 } })).toBe(true);
    expect(targetMet({ id: 'a', label: 'a', value: 0.11, unit: '%', target: { op: '<=', value: 0.1 } })).toBe(false);
    expect(targetMet({ id: 'a', label: 'a', value: 98.9, unit: '%', target: { op: '>=', value: 99 } })).toBe(false);
    expect(targetMet({ id: 'a', label: 'a', value: null, unit: '%', target: { op: '>=', value: 99 } })).toBeNull();
    expect(targetMet({ id: 'a', label: 'a', value: 3, unit: 'ms' })).toBeNull();
  });

  test('sections render as aligned tables; Thai marks take no column', () => {
    const table = renderTable({
      title: '',
      columns: ['stage', 'ms'],
      rows: [
        ['อ่านไฟล์', 4232.4],
        ['write', 12],
      ],
    });
    const lines = table.split('\n');
    // Every line ends at the same column: 'อ่านไฟล์' shows as 6 columns (two marks above letters take none).
    const widths = lines.map((l) => [...l.replace(/\p{Mn}/gu, '')].length);
    expect(new Set(widths).size).toBe(1);
    expect(lines[2]).toContain('4,232');
    const report = newReport('speed', { responses: 30000 });
    report.sections.push({
      id: 'local-job',
      title: 'Main job',
      metrics: [{ id: 'job.core_ms', label: 'core', value: 2500, unit: 'ms', target: { op: '<=', value: 2000 } }],
      tables: [],
      notes: ['a note'],
    });
    finishReport(report);
    expect(report.sections[0]!.metrics[0]!.met).toBe(false);
    const text = renderReport(report);
    expect(text).toContain('== Main job ==');
    expect(text).toMatch(/core\s+2,500 ms\s+<= 2,000 ms\s+MISSED/);
    expect(text).toContain('* a note');
    expect(JSON.parse(JSON.stringify(report)).sections[0].id).toBe('local-job');
  });

  test('numbers: integers grouped, fractions with fewer decimals as they grow', () => {
    expect(formatNumber(30000)).toBe('30,000');
    expect(formatNumber(0.0333)).toBe('0.033');
    expect(formatNumber(7.25)).toBe('7.25');
    expect(formatNumber(99.66)).toBe('99.7');
    expect(formatNumber(1383.6)).toBe('1,384');
  });
});
