import type { LaoLevels } from './comparisons';

/**
 * When the answers single out an LAO: the best candidate needs `minScore` (e.g. exact name + province; a one-letter
 * slip needs type, district and province too) and must lead the runner-up by `minMargin` (a type or district that
 * tells two same-name LAOs apart). Anything less goes to a person: a wrong LAO is far worse than a review.
 */
export const MATCH_RULE = { minScore: 10, minMargin: 4, maxCandidates: 5 } as const;

/** Name levels that spell the LAO's name: exactly, but for tone marks, or with a slip or two in a long enough name. */
export const SPELLED: ReadonlySet<LaoLevels['name'] | undefined> = new Set<LaoLevels['name']>(['exact', 'marks', 'edit1', 'edit2']);
