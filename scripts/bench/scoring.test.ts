import type { ResponseTruth } from '../../core/synth/responses';
import { countedLaoCodes, linkedPairs, matchOutcome, pairsTouching, scorePairs, tallyMatching, truePairs } from './scoring';

const t = (laoCode: string | null, personId: string | null, resolvable = true, mistakes: ResponseTruth['mistakes'] = []): ResponseTruth => ({
  row: 0,
  laoCode,
  personId,
  resolvable,
  mistakes,
});

describe('scoring', () => {
  test('an answer is correct, wrong or left for review; hopeless rows are right when left alone', () => {
    expect(matchOutcome('6630101', '6630101')).toBe('correct');
    expect(matchOutcome('6630101', '5630101')).toBe('wrong');
    expect(matchOutcome('6630101', null)).toBe('review');
    expect(matchOutcome(null, null)).toBe('correct');
    expect(matchOutcome(null, '6630101')).toBe('wrong');
  });

  test('matching tally, with the resolvable ones apart', () => {
    const truth = [t('A', 'p1'), t('B', 'p2'), t('C', 'p3', false), t(null, null, false)];
    expect(tallyMatching(truth, ['A', 'X', null, null])).toEqual({ responses: 4, correct: 2, wrong: 1, review: 1, resolvable: 2, resolvableResolved: 1 });
    expect(tallyMatching(truth, ['A', 'X', null, null], (i) => i === 1)).toMatchObject({ responses: 1, wrong: 1 });
  });

  test('a duplicate counts with the LAO of the response its links end at (where the person is counted)', () => {
    // Row 0 was replaced by row 2 (another LAO), row 1 is a duplicate of row 0's chain end through row 0; row 3 alone.
    const answers = { name: 'm', laoCodes: ['X', 'X', 'A', null], duplicateOf: [2, 0, null, null] };
    expect(countedLaoCodes(answers)).toEqual(['A', 'A', 'A', null]);
    // A cycle in a method's links ends instead of looping.
    expect(countedLaoCodes({ name: 'm', laoCodes: ['A', 'B'], duplicateOf: [1, 0] })).toHaveLength(2);
  });

  test('pairs: same person ids; duplicate links joined transitively; precision, recall and F1', () => {
    // Person p1 submitted three times (rows 0, 2, 4), p2 twice (1, 3), p3 once.
    const truth = [t('A', 'p1'), t('B', 'p2'), t('A', 'p1'), t('B', 'p2'), t('A', 'p1', true, ['resubmit_phone_changed']), t('C', 'p3')];
    const actual = truePairs(truth);
    expect(actual.size).toBe(3 + 1);
    // Found 0-2 and 2-4 (so 0-4 too), missed 1-3, and wrongly joined 5 with 1.
    const predicted = linkedPairs([2, 5, 4, null, null, null]);
    expect(predicted.size).toBe(3 + 1);
    const scores = scorePairs(actual, predicted);
    expect(scores).toMatchObject({ truePairs: 4, predictedPairs: 4, found: 3, precision: 0.75, recall: 0.75 });
    expect(scores.f1).toBeCloseTo(0.75);
    expect(scorePairs(actual, new Set())).toMatchObject({ precision: null, recall: 0, f1: null });
    // Only the pairs touching row 4 (the corrected resubmission): 0-4 and 2-4, both found.
    expect(scorePairs(actual, predicted, pairsTouching(truth, 'resubmit_phone_changed'))).toMatchObject({ truePairs: 2, found: 2, recall: 1 });
  });
});
