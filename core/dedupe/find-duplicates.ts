import { compare, explain, levelWeight } from '../match/comparison';
import { editDistance } from '../match/edit-distance';
import { keyPairs, PERSON_COMPARISONS, PersonPair, personProfile, type PersonLevels, type PersonProfile, type Registration } from './person-comparisons';

/** Same person when the evidence reaches this and the name itself is evidence for it (never contacts alone). */
export const DUPLICATE_RULE = { minScore: 5 } as const;

/** Name levels that rule a person out of a group, whatever the contacts say (as does a title of the other sex). */
const OTHER_PERSON: ReadonlySet<PersonLevels['name']> = new Set<PersonLevels['name']>(['different', 'same_family']);

/**
 * Name levels that count as the same name for `sure`: equal, equal but for tone marks, the surname written first, or
 * typed on the English layout.
 */
const SAME_NAME: ReadonlySet<PersonLevels['name']> = new Set<PersonLevels['name']>(['exact', 'marks', 'order', 'words', 'layout']);

export interface DuplicateLink {
  row: number;
  /** The registration kept for this person: the most recent submission. */
  duplicateOf: number;
  /** The registration this one was found to match (the kept one, or another earlier submission of the person). */
  matchedRow: number;
  score: number;
  /** Thai, e.g. `ชื่อ-นามสกุลตรงกัน +8, โทรศัพท์มือถือตรงกัน +4, ไม่มีอีเมลให้เทียบ 0, ไม่มีข้อมูลติดต่อที่ขัดกัน (…) +4 = +16`. */
  explanation: string;
}

export interface Verdict {
  same: boolean;
  /** The names say "someone else" (different, or one surname with another given name), whatever the contacts say. */
  excludes: boolean;
  /**
   * Strong evidence, for decisions outside one LAO's registrations: the same name (but for tone marks) and the same
   * mobile or e-mail, or the name a slip off (the `typo` level) with the same mobile or personal e-mail and no contact
   * against it (the desk rule fired); nothing that says someone else. A shared landline (an office's) does not count,
   * nor, beside a name with a slip, the LAO's mailbox.
   */
  sure: boolean;
  /**
   * As strong, from the contacts: the name within the slips the name levels allow, and both the mobile and the e-mail
   * the same (one of them perhaps with a corrected slip), what one person and rarely anyone else writes in both.
   */
  sureByContacts: boolean;
  /**
   * The same name (but for tone marks), and the mobile or the e-mail one slip off, what a person retyping their
   * contacts writes; nothing that says someone else. Enough to give an unmatched try the LAO of the person's
   * registration (other-submissions.ts), where the answers must fit that LAO too; not to merge two registrations.
   */
  sureWithSlip: boolean;
  /** The same name but for tone marks (the `exact` or `marks` level). */
  sameName: boolean;
  score: number;
  fired: Array<{ label: string; weight: number }>;
}

export function comparePeople(a: Registration | PersonProfile, b: Registration | PersonProfile): Verdict {
  return verdictOf(new PersonPair(profileOf(a), profileOf(b)));
}

function verdictOf(pair: PersonPair): Verdict {
  const outcome = compare(PERSON_COMPARISONS, pair);
  const { levels } = outcome;
  const nameLevel = levels.name ?? 'missing';
  const nameWeight = levelWeight(PERSON_COMPARISONS[0], levels.name);
  const same = outcome.total >= DUPLICATE_RULE.minScore && nameWeight > 0;
  const excludes = OTHER_PERSON.has(nameLevel) || levels.title === 'sex';
  return {
    same,
    excludes,
    sure: same && !excludes && nameAndContactAgree(pair, levels),
    sureByContacts: same && !excludes && levels.title !== 'married' && nameWeight > 0 && pair.sameContacts(),
    sureWithSlip: same && !excludes && SAME_NAME.has(nameLevel) && (levels.phone === 'one_digit' || (levels.email === 'one_letter' && ownAddresses(pair))),
    sameName: SAME_NAME.has(nameLevel),
    score: outcome.total,
    fired: outcome.fired,
  };
}

/** `Verdict.sure`'s evidence: see there. */
function nameAndContactAgree(pair: PersonPair, levels: Partial<PersonLevels>): boolean {
  if (SAME_NAME.has(levels.name ?? 'missing')) return levels.phone === 'mobile' || levels.email === 'equal';
  // A name a slip off: a mailbox colleagues share is no evidence of who typed it, and a personal contact against it
  // (levels.conflict is then 'contacts') would make it a colleague on a shared phone.
  const personalEmail = levels.email === 'equal' && !pair.a.officeEmail && !pair.b.officeEmail;
  return levels.name === 'typo' && levels.conflict === 'none' && (levels.phone === 'mobile' || personalEmail);
}

/** Addresses long enough before the @ to be someone's own: `a@…` and `b@…` are one letter apart and two people. */
function ownAddresses({ a, b }: PersonPair): boolean {
  const localLength = (email: string | null) => (email ?? '').lastIndexOf('@');
  return Math.min(localLength(a.email), localLength(b.email)) >= 6;
}

// At module level, not a closure in comparePeople: that runs for every pair, and a closure per call showed in profiles.
function profileOf(x: Registration | PersonProfile): PersonProfile {
  return 'registration' in x ? x : personProfile(x);
}

/**
 * Registrations of the same person for the same LAO. Within each LAO, newest first, a registration joins the
 * person whose registrations it best matches, unless any of them is clearly someone else; the newest of each
 * person is kept and every earlier one links to it. Compared only within an LAO, so the cost is linear in the number
 * of LAOs times the square of the (small) number of registrations per LAO.
 */
export function findDuplicates(registrations: readonly Registration[]): DuplicateLink[] {
  // Grouped in recency order, newest first, so no group needs sorting again.
  const byLao = new Map<string, Registration[]>();
  const newestToOldest = oldestFirst(registrations).reverse();
  for (const r of newestToOldest) {
    const list = byLao.get(r.laoCode);
    if (list) list.push(r);
    else byLao.set(r.laoCode, [r]);
  }
  const links: DuplicateLink[] = [];
  for (const group of byLao.values()) {
    if (group.length < 2) continue;
    const newestFirst = group.map(personProfile);
    markSharedMailboxes(newestFirst);
    const people: PersonProfile[][] = [];
    for (const r of newestFirst) {
      const best = bestPerson(r, people);
      if (!best) {
        people.push([r]);
        continue;
      }
      best.person.push(r);
      links.push({
        row: r.registration.row,
        duplicateOf: best.person[0]!.registration.row,
        matchedRow: best.with.registration.row,
        score: best.verdict.score,
        explanation: explain(best.verdict.fired, best.verdict.score),
      });
    }
  }
  return links.sort((x, y) => x.row - y.row);
}

/** The person (group of registrations) `r` matches best, skipping anyone with a registration that is clearly not `r`. */
function bestPerson(r: PersonProfile, people: readonly PersonProfile[][]): { person: PersonProfile[]; with: PersonProfile; verdict: Verdict } | null {
  let best: { person: PersonProfile[]; with: PersonProfile; verdict: Verdict } | null = null;
  for (const person of people) {
    let candidate: { with: PersonProfile; verdict: Verdict } | null = null;
    let excluded = false;
    for (const member of person) {
      const pair = new PersonPair(r, member);
      // Most registrations of an LAO are other people, whose name alone rules them out: the rest need not be weighed.
      if (OTHER_PERSON.has(nameLevel(pair))) {
        excluded = true;
        break;
      }
      const verdict = verdictOf(pair);
      if (verdict.excludes) {
        excluded = true;
        break;
      }
      if (verdict.same && (!candidate || verdict.score > candidate.verdict.score)) candidate = { with: member, verdict };
    }
    if (!excluded && candidate && (!best || candidate.verdict.score > best.verdict.score)) best = { person, ...candidate };
  }
  return best;
}

/** The level the name comparison (the first of PERSON_COMPARISONS) fires for `pair`, as `compare` would find it. */
function nameLevel(pair: PersonPair): PersonLevels['name'] {
  for (const level of PERSON_COMPARISONS[0].levels) if (level.when(pair)) return level.id;
  return 'missing'; // not reached: the last level always fires
}

/**
 * An address given in one LAO under two names further apart than any slip is the LAO's mailbox (colleagues share it),
 * whatever it looks like: it then tells nobody apart. The names alone decide, so contacts never vouch for themselves.
 */
function markSharedMailboxes(profiles: readonly PersonProfile[]): void {
  const byEmail = new Map<string, PersonProfile[]>();
  for (const p of profiles) {
    if (p.email === null || p.officeEmail) continue;
    const list = byEmail.get(p.email);
    if (list) list.push(p);
    else byEmail.set(p.email, [p]);
  }
  for (const list of byEmail.values()) {
    if (list.length < 2) continue;
    const shared = list.some((p, i) => list.slice(i + 1).some((q) => namesFarApart(p, q)));
    if (shared) for (const p of list) p.officeEmail = true;
  }
}

/**
 * Two names, neither missing, further apart than any slip allows, however written (keyPairs: the surname first or
 * not, on the English layout or not).
 */
function namesFarApart(p: PersonProfile, q: PersonProfile): boolean {
  if (p.key === '' || q.key === '') return false;
  return keyPairs(p, q).every(([x, y]) => fartherThanSlips(x, y));
}

/** Names further apart than any slip the name levels allow one person (three; four in names of 12+ characters). */
function fartherThanSlips(a: string, b: string): boolean {
  const allowed = Math.min([...a].length, [...b].length) >= 12 ? 4 : 3;
  return editDistance(a, b, allowed) > allowed;
}

/**
 * The registrations from oldest to newest: by timestamp, and by row (the later row is newer) for ties and for a
 * timestamp that could not be read, which takes the time of the row above it (forms append rows).
 */
function oldestFirst(registrations: readonly Registration[]): Registration[] {
  const byRow = [...registrations].sort((x, y) => x.row - y.row);
  let previous = Number.NEGATIVE_INFINITY;
  const timed = byRow.map((r) => {
    const t = r.submittedAt?.getTime();
    if (t !== undefined && !Number.isNaN(t)) previous = t;
    return { r, time: previous };
  });
  timed.sort((x, y) => x.time - y.time || x.r.row - y.r.row);
  return timed.map((t) => t.r);
}
