import { acrossSeedsSection, parseSeeds } from './across-seeds';
import type { Metric, Section } from './report';

const section = (metrics: Metric[]): Section => ({ id: 's', title: 's', metrics, tables: [], notes: [] });
const recall = (value: number | null): Metric => ({ id: 'duplicates.recall', label: 'pair recall', value, unit: '', target: { op: '>=', value: 0.995 } });
const wrong = (value: number): Metric => ({ id: 'lao_matching.wrong_pct', label: 'wrong LAO', value, unit: '%', target: { op: '<=', value: 0.1 } });
const untargeted: Metric = { id: 'pipeline.ms', label: 'time', value: 1500, unit: 'ms' };

describe('bench:quality across seeds', () => {
  test('seeds as a range, a list, or both', () => {
    expect(parseSeeds('2569-2572')).toEqual([2569, 2570, 2571, 2572]);
    expect(parseSeeds('2569, 2601')).toEqual([2569, 2601]);
    expect(parseSeeds('1-2,7')).toEqual([1, 2, 7]);
    expect(() => parseSeeds('abc')).toThrow('--seeds');
    expect(() => parseSeeds('')).toThrow('--seeds');
  });

  test('each targeted figure: its range and median, how many seeds meet it and which miss', () => {
    const result = acrossSeedsSection([
      { seed: 1, sections: [section([wrong(0.03), recall(0.996), untargeted])] },
      { seed: 2, sections: [section([wrong(0.05), recall(0.993), untargeted])] },
      { seed: 3, sections: [section([wrong(0.02), recall(0.998), untargeted])] },
    ]);
    expect(result.title).toBe('Across 3 seeds (1, 2, 3)');
    expect(result.tables[0]!.rows).toEqual([
      ['wrong LAO', '<= 0.1 %', 0.02, 0.03, 0.05, '3 of 3', ''],
      ['pair recall', '>= 0.995', 0.993, 0.996, 0.998, '2 of 3', '2'],
    ]);
    expect(result.metrics).toEqual([expect.objectContaining({ id: 'across_seeds.every_target_met', value: 2, unit: 'of 3' })]);
  });

  test('a figure without a value on a seed is neither met nor missed there', () => {
    const result = acrossSeedsSection([
      { seed: 1, sections: [section([recall(null)])] },
      { seed: 2, sections: [section([recall(0.99)])] },
    ]);
    expect(result.tables[0]!.rows).toEqual([['pair recall', '>= 0.995', 0.99, 0.99, 0.99, '0 of 2', '2']]);
    expect(result.metrics[0]!.value).toBe(0);
  });
});
