import type { WorkerResult } from './job-worker';
import { coreOf, pairedSection } from './paired';

/** A run with the job's stage names: read and write around a core of `core` ms (CPU 1.5 × wall), peak `rss` MB. */
function run(core: number, rss: number): WorkerResult {
  const stage = (name: string, ms: number) => ({ stage: name, ms, cpuMs: ms * 1.5, peakRssMb: rss });
  return {
    stages: [stage('อ่านไฟล์', 1000), stage('นำเข้าทะเบียน อปท.', core * 0.1), stage('ตรวจและจับคู่คำตอบ', core * 0.9), stage('เขียนไฟล์', 4000)],
    peakRssMb: rss,
    parts: { normalise: 0, match: 0, dedupe: 0 },
    responses: 30_000,
    entries: 0,
  };
}

describe('the paired comparison with a base commit', () => {
  test('the core leaves out reading and writing files', () => {
    expect(coreOf(run(2000, 400), 'ms')).toBeCloseTo(2000);
    expect(coreOf(run(2000, 400), 'cpuMs')).toBeCloseTo(3000);
  });

  test('medians of each side, their change, and each pair in order', () => {
    const section = pairedSection('a4dc403', [run(4000, 480), run(3000, 460), run(5000, 470)], [run(2000, 380), run(2400, 360), run(3000, 370)]);
    const rows = section.tables[0]!.rows;
    // Core wall: medians 4000 (base) and 2400 (this checkout): -40%.
    expect(rows[0]!.slice(2)).toEqual([4000, 2400, -40]);
    // Whole job adds read and write (5000 ms) to each side.
    expect(rows[2]!.slice(2)).toEqual([9000, 7400, -17.8]);
    expect(rows[3]!.slice(2)).toEqual([470, 370, -21.3]);
    // Pairs as they ran: 2000/4000, 2400/3000, 3000/5000; their median is 0.6.
    expect(section.notes[0]).toBe('Core wall ratio of each pair: 0.50, 0.80, 0.60.');
    expect(section.metrics[0]!.value).toBeCloseTo(0.6);
  });

  test('runs that do not pair up are refused', () => {
    expect(() => pairedSection('a4dc403', [run(4000, 480)], [])).toThrow('the same number of runs');
  });
});
