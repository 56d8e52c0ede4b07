/**
 * The same person registered for two LAOs. The form invites corrections, so a later registration for another LAO by
 * the same name with the same mobile AND the same e-mail (one of them perhaps with a slip corrected) is a correction:
 * the earlier one points to it, as a duplicate does. With only one of the two in common it may be a namesake or a
 * colleague's phone: both are flagged for a person to look at, and nothing changes.
 */
import { comparePeople } from './find-duplicates';
import { PersonPair, personProfile, type Registration } from './person-comparisons';

export interface OtherLaoLink {
  /** The earlier registration. */
  row: number;
  /** The person's latest registration for another LAO. */
  later: number;
  /** True: the earlier one is replaced by the later one (a correction); false: both flagged for review. */
  correction: boolean;
}

/** Links between kept registrations (one per person and LAO) of one person in different LAOs. */
export function samePersonOtherLao(kept: readonly Registration[]): OtherLaoLink[] {
  const byName = new Map<string, Registration[]>();
  for (const r of kept) {
    const key = r.person.marksKey;
    if (!key) continue;
    const list = byName.get(key);
    if (list) list.push(r);
    else byName.set(key, [r]);
  }
  const links: OtherLaoLink[] = [];
  for (const group of byName.values()) {
    // Most names are one registration, or one LAO's: only the rest are profiled (once each) and compared.
    if (group.length < 2 || new Set(group.map((r) => r.laoCode)).size < 2) continue;
    const newestFirst = group.map(personProfile).sort((a, b) => (newer(a.registration, b.registration) ? -1 : 1));
    for (let i = 1; i < newestFirst.length; i++) {
      const earlier = newestFirst[i]!;
      // The newest registration of this person in another LAO, if any is surely the same person.
      for (let j = 0; j < i; j++) {
        const later = newestFirst[j]!;
        if (later.registration.laoCode === earlier.registration.laoCode) continue;
        if (!comparePeople(earlier, later).sure) continue;
        // Both contacts the same, one perhaps with a corrected slip: a person may fix a digit with the LAO.
        const bothContacts = new PersonPair(earlier, later).sameContacts();
        links.push({ row: earlier.registration.row, later: later.registration.row, correction: bothContacts });
        break;
      }
    }
  }
  return links.sort((a, b) => a.row - b.row);
}

/** By timestamp, and by row (forms append rows) for ties or a timestamp that could not be read. */
function newer(a: Pick<Registration, 'row' | 'submittedAt'>, b: Pick<Registration, 'row' | 'submittedAt'>): boolean {
  const [x, y] = [a.submittedAt?.getTime() ?? NaN, b.submittedAt?.getTime() ?? NaN];
  return Number.isNaN(x) || Number.isNaN(y) || x === y ? a.row > b.row : x > y;
}
