/**
 * Record comparison as data, in the manner of Splink: a comparison has ordered levels; the first level whose
 * condition holds fires and adds its weight (log-odds-like, set by judgement: positive is evidence for "same",
 * negative against). The fired levels' Thai labels, with their weights, explain every score.
 * Used for LAO matching (comparisons.ts) and for duplicate registrations (core/dedupe).
 */

export interface ComparisonLevel<P, L extends string = string> {
  id: L;
  /** Thai, shown in the explanation; '' keeps a level out of it (nothing worth saying). */
  label: string;
  weight: number;
  when: (pair: P) => boolean;
}

/** An ordered list of named levels; `L` is the union of the level ids, so a misspelt id does not compile. */
export interface Comparison<P, Id extends string = string, L extends string = string> {
  id: Id;
  levels: ReadonlyArray<ComparisonLevel<P, L>>;
}

/**
 * A comparison with its level ids inferred as literals: `comparison<Pair>()('name', [{ id: 'exact', … }])` has
 * levels `'exact' | …`. (Curried so the pair type is given and the ids inferred.)
 */
export function comparison<P>() {
  return <const Id extends string, const L extends string>(id: Id, levels: ReadonlyArray<ComparisonLevel<P, L>>): Comparison<P, Id, L> => ({ id, levels });
}

/** Comparison id → the union of its level ids, for a tuple of comparisons. */
export type LevelIds<C extends ReadonlyArray<Comparison<never, string, string>>> = {
  [K in C[number] as K['id']]: K['levels'][number]['id'];
};

export interface ComparisonOutcome<Levels extends Record<string, string>> {
  /** comparison id → id of the level that fired (levelWeight gives the weight it added) */
  levels: Partial<Levels>;
  /** Fired levels, in comparison order. */
  fired: Array<{ label: string; weight: number }>;
  total: number;
}

export const always = (): boolean => true;

/**
 * Every comparison's fired level for one pair. This runs for every candidate pair (some 80,000 in a national job, LAO
 * matching and dedupe together), so it allocates only the levels, the fired list (sized once: a list grown by push
 * reserves 16 slots) and the outcome; a comparison's weight is read from its level when needed (levelWeight).
 */
export function compare<P, const C extends ReadonlyArray<Comparison<P, string, string>>>(comparisons: C, pair: P): ComparisonOutcome<LevelIds<C>> {
  const levels: Record<string, string> = {};
  const fired: Array<ComparisonLevel<P>> = new Array(comparisons.length);
  let count = 0;
  let total = 0;
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
    levels[comparison.id] = level.id;
    fired[count++] = level;
    total += level.weight;
  }
  fired.length = count;
  return { levels: levels as Partial<LevelIds<C>>, fired, total };
}

/** The weight `comparison` adds when its level `id` fires; 0 when none fired. */
export function levelWeight<L extends string>(comparison: Comparison<never, string, L>, id: L | undefined): number {
  for (const level of comparison.levels) if (level.id === id) return level.weight;
  return 0;
}

/** Thai: the fired levels with their weights and the total, e.g. `ชื่อตรงกัน +10, ไม่ได้ระบุประเภท 0 = +10`. */
export function explain(fired: ReadonlyArray<{ label: string; weight: number }>, total: number): string {
  const parts = fired.filter((l) => l.label !== '').map((l) => `${l.label} ${signed(l.weight)}`);
  return `${parts.join(', ')} = ${signed(total)}`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
