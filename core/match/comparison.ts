/**
 * Record comparison as data, in the manner of Splink: a comparison has ordered levels; the first level whose
 * condition holds fires and adds its weight (log-odds-like, set by judgement: positive is evidence for "same",
 * negative against). The fired levels' Thai labels, with their weights, explain every score.
 * Used for LAO matching (comparisons.ts) and for duplicate registrations (core/dedupe).
 */

export interface ComparisonLevel<P> {
  id: string;
  /** Thai, shown in the explanation; '' keeps a level out of it (nothing worth saying). */
  label: string;
  weight: number;
  when: (pair: P) => boolean;
}

export interface Comparison<P, Id extends string = string> {
  id: Id;
  levels: ReadonlyArray<ComparisonLevel<P>>;
}

export interface ComparisonOutcome<Id extends string> {
  /** comparison id → id of the level that fired */
  levels: Partial<Record<Id, string>>;
  /** comparison id → weight it added */
  weights: Partial<Record<Id, number>>;
  /** Fired levels, in comparison order. */
  fired: Array<{ label: string; weight: number }>;
  total: number;
}

export const always = (): boolean => true;

export function compare<P, Id extends string>(comparisons: ReadonlyArray<Comparison<P, Id>>, pair: P): ComparisonOutcome<Id> {
  const outcome: ComparisonOutcome<Id> = { levels: {}, weights: {}, fired: [], total: 0 };
  for (const comparison of comparisons) {
    // A plain loop: this runs for every candidate pair, and a closure per comparison showed in profiles.
    let level: ComparisonLevel<P> | undefined;
    for (const l of comparison.levels) {
      if (l.when(pair)) {
        level = l;
        break;
      }
    }
    if (!level) continue;
    outcome.levels[comparison.id] = level.id;
    outcome.weights[comparison.id] = level.weight;
    outcome.fired.push(level);
    outcome.total += level.weight;
  }
  return outcome;
}

/** Thai: the fired levels with their weights and the total, e.g. `ชื่อตรงกัน +10, ไม่ได้ระบุประเภท 0 = +10`. */
export function explain(fired: ReadonlyArray<{ label: string; weight: number }>, total: number): string {
  const parts = fired.filter((l) => l.label !== '').map((l) => `${l.label} ${signed(l.weight)}`);
  return `${parts.join(', ')} = ${signed(total)}`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
