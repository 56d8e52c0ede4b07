/**
 * bench:quality over several seeds (`--seeds 2569-2578`): one seed's data set is one draw of the generator, and a
 * figure tuned on it can stand on luck (a target met by one pair on one seed, missed by six on the next). This sums
 * up each targeted figure over the draws: its range, and on how many seeds it meets its target.
 */
import { median } from './median';
import { targetMet, type Metric, type Section } from './report';

/** `2569-2578` or `2569,2575,2601`: the seeds, in the order given. */
export function parseSeeds(text: string): number[] {
  const seeds = text.split(',').flatMap((part) => {
    const range = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(part);
    if (!range) return [part.trim() === '' ? NaN : Number(part.trim())];
    const [from, to] = [Number(range[1]), Number(range[2])];
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  });
  if (seeds.length === 0 || seeds.some((s) => !Number.isInteger(s) || s < 0)) throw new Error(`--seeds: not a list or range of seeds: ${text}`);
  return seeds;
}

export interface SeedRun {
  seed: number;
  sections: readonly Section[];
}

/** Every metric with a target, of every run, by id in the order the first run reports them. */
function targetedMetrics(runs: readonly SeedRun[]): Map<string, Array<{ seed: number; metric: Metric }>> {
  const byId = new Map<string, Array<{ seed: number; metric: Metric }>>();
  for (const run of runs) {
    for (const metric of run.sections.flatMap((s) => s.metrics)) {
      if (!metric.target) continue;
      const list = byId.get(metric.id) ?? [];
      list.push({ seed: run.seed, metric });
      byId.set(metric.id, list);
    }
  }
  return byId;
}

/**
 * One row per targeted figure: its target, range and median over the seeds, how many meet it and which miss it (a
 * seed without a value does neither).
 */
export function acrossSeedsSection(runs: readonly SeedRun[]): Section {
  const rows = [...targetedMetrics(runs).values()].map((values) => {
    const { label, unit, target } = values[0]!.metric;
    const numbers = values.map((v) => v.metric.value).filter((v): v is number => v !== null);
    const met = values.filter((v) => targetMet(v.metric) === true).length;
    const missed = values.filter((v) => targetMet(v.metric) === false).map((v) => v.seed);
    return [
      label,
      `${target!.op} ${target!.value}${unit === '%' ? ' %' : ''}`,
      numbers.length ? Math.min(...numbers) : null,
      numbers.length ? median(numbers) : null,
      numbers.length ? Math.max(...numbers) : null,
      `${met} of ${values.length}`,
      missed.join(', '),
    ];
  });
  const everyTarget = runs.filter((run) => run.sections.every((s) => s.metrics.every((m) => !m.target || targetMet(m) === true))).length;
  return {
    id: 'across-seeds',
    title: `Across ${runs.length} seeds (${runs.map((r) => r.seed).join(', ')})`,
    metrics: [{ id: 'across_seeds.every_target_met', label: 'seeds on which every target is met', value: everyTarget, unit: `of ${runs.length}` }],
    tables: [{ title: '', columns: ['figure', 'target', 'min', 'median', 'max', 'seeds met', 'seeds missed'], rows }],
    notes: ['Each seed is its own data set: the same generator, other people, mistakes and resubmissions. One seed (the default 2569) is one draw.'],
  };
}
