/**
 * Scoring a method's answers against the generator's truth: LAO matching (correct, wrong, sent to review) and
 * duplicates as pairs of responses (precision, recall, F1), overall and per kind of mistake.
 */
import type { MistakeKind } from '../../core/synth/mistakes';
import type { ResponseTruth } from '../../core/synth/responses';

/** What a method says about each response (indexes follow the responses' order). */
export interface MethodAnswers {
  name: string;
  /** The LAO code it assigned, or null when it left the response for a person (or rejected it). */
  laoCodes: Array<string | null>;
  /** For each response, another response index it is a duplicate of (any member of its group), or null. */
  duplicateOf: Array<number | null>;
}

/**
 * The LAO each response is counted for: its own, or for a response marked as a duplicate, the LAO of the response its
 * links end at (the one kept): where the person is counted. The same LAO for a duplicate within one LAO; the later
 * LAO for a registration replaced by one for another LAO (lao-minstd's `lao_changed`).
 */
export function countedLaoCodes(answers: MethodAnswers): Array<string | null> {
  return answers.laoCodes.map((code, i) => {
    let kept = i;
    // Links lead to the kept response in a few steps; the bound only guards against a cycle in a method's answers.
    for (let steps = 0; answers.duplicateOf[kept] != null && steps < answers.duplicateOf.length; steps++) kept = answers.duplicateOf[kept]!;
    return kept === i ? code : (answers.laoCodes[kept] ?? null);
  });
}

export type Outcome = 'correct' | 'wrong' | 'review';

/** A hopeless response is answered correctly by leaving it unassigned; assigning any LAO to it is wrong. */
export function matchOutcome(truth: string | null, assigned: string | null): Outcome {
  if (assigned === null) return truth === null ? 'correct' : 'review';
  return assigned === truth ? 'correct' : 'wrong';
}

export interface MatchTally {
  responses: number;
  correct: number;
  wrong: number;
  review: number;
  /** Responses a person could resolve from the answers, and how many of those the method got right by itself. */
  resolvable: number;
  resolvableResolved: number;
}

export function tallyMatching(
  truth: readonly ResponseTruth[],
  assigned: ReadonlyArray<string | null>,
  include: (i: number) => boolean = () => true,
): MatchTally {
  const tally: MatchTally = { responses: 0, correct: 0, wrong: 0, review: 0, resolvable: 0, resolvableResolved: 0 };
  truth.forEach((t, i) => {
    if (!include(i)) return;
    const outcome = matchOutcome(t.laoCode, assigned[i] ?? null);
    tally.responses++;
    tally[outcome]++;
    if (t.resolvable) {
      tally.resolvable++;
      if (outcome === 'correct') tally.resolvableResolved++;
    }
  });
  return tally;
}

/** Unordered pair of response indexes as one number (both below 2^26). */
function pairKey(a: number, b: number): number {
  return a < b ? a * 67_108_864 + b : b * 67_108_864 + a;
}

function pairsOfGroups(groups: Iterable<number[]>): Set<number> {
  const pairs = new Set<number>();
  for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) pairs.add(pairKey(g[i]!, g[j]!));
  return pairs;
}

/** Pairs of responses by the same person (same person id). */
export function truePairs(truth: readonly ResponseTruth[]): Set<number> {
  const groups = new Map<string, number[]>();
  truth.forEach((t, i) => {
    if (!t.personId) return;
    const group = groups.get(t.personId);
    if (group) group.push(i);
    else groups.set(t.personId, [i]);
  });
  return pairsOfGroups(groups.values());
}

/** Pairs implied by duplicate links: responses linked directly or through others form one group. */
export function linkedPairs(duplicateOf: ReadonlyArray<number | null>): Set<number> {
  const parent = duplicateOf.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  duplicateOf.forEach((j, i) => {
    if (j !== null) parent[find(i)] = find(j);
  });
  const groups = new Map<number, number[]>();
  duplicateOf.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return pairsOfGroups([...groups.values()].filter((g) => g.length > 1));
}

export interface PairScores {
  truePairs: number;
  predictedPairs: number;
  found: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function scorePairs(actual: ReadonlySet<number>, predicted: ReadonlySet<number>, include: (pair: number) => boolean = () => true): PairScores {
  let truths = 0;
  let predictions = 0;
  let found = 0;
  for (const p of actual) if (include(p)) truths++;
  for (const p of predicted) {
    if (!include(p)) continue;
    predictions++;
    if (actual.has(p)) found++;
  }
  const precision = predictions ? found / predictions : null;
  const recall = truths ? found / truths : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return { truePairs: truths, predictedPairs: predictions, found, precision, recall, f1 };
}

/** A pair filter from a test on its two response indexes. */
export function pairWhere(test: (a: number, b: number) => boolean): (pair: number) => boolean {
  return (pair) => test(Math.floor(pair / 67_108_864), pair % 67_108_864);
}

/** Pairs with at least one response carrying `kind`. */
export function pairsTouching(truth: readonly ResponseTruth[], kind: MistakeKind): (pair: number) => boolean {
  const carries = truth.map((t) => t.mistakes.includes(kind));
  return pairWhere((a, b) => carries[a]! || carries[b]!);
}
