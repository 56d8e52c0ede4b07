/**
 * The same person registered for two LAOs. The form invites corrections, so a later registration for another LAO by
 * the same name (or the name retyped with a slip or two) with the same mobile AND the same e-mail (one of them
 * perhaps with a slip corrected), or with one of them the same and the other the office's, is a correction: the
 * earlier one points to it, as a duplicate does. So is an earlier registration made with the later LAO's mailbox
 * under the same name (gaveMailboxOfLater). With a personal contact against it (another mobile, another personal
 * e-mail) it may be a namesake or a colleague's phone: both are flagged for a person to look at, and nothing changes.
 */
import { namesLao } from '../contact/office-mailbox';
import { comparePeople, type Verdict } from './find-duplicates';
import { newer, PersonPair, personProfile, withMailboxOf, type PersonProfile, type Registration } from './person-comparisons';
import { push } from '../push';

export interface OtherLaoLink {
  /** The earlier registration. */
  row: number;
  /** The person's latest registration for another LAO. */
  later: number;
  /** True: the earlier one is replaced by the later one (a correction); false: both flagged for review. */
  correction: boolean;
  /** The mobile and the e-mail both the same (one perhaps with a slip): what tries without an LAO need. */
  bothContacts: boolean;
}

/**
 * More registrations than this under one mobile, address or name: a placeholder, a shared mailbox, an example name
 * copied from the instructions (ทดสอบ ทดสอบ), not one person's. Comparing such a group pair by pair grows with its
 * square (7,850 registrations of one name: minutes); a correction within it is still found by its mobile or e-mail.
 */
const PLACEHOLDER_GROUP = 30;

/** Links between kept registrations (one per person and LAO) of one person in different LAOs. */
export function samePersonOtherLao(kept: readonly Registration[]): OtherLaoLink[] {
  // Blocked by the name (but for tone marks), the mobile and the e-mail: a correction may retype the name with a slip,
  // and is then the same person with the mobile or a personal e-mail the same (Verdict.sure, the `typo` level) or
  // both (Verdict.sureByContacts).
  const byName = new Map<string, Registration[]>();
  const byMobile = new Map<string, Registration[]>();
  const byEmail = new Map<string, Registration[]>();
  for (const r of kept) {
    if (r.person.marksKey) push(byName, r.person.marksKey, r);
    if (r.phone.ok && r.phone.kind === 'mobile') push(byMobile, r.phone.e164, r);
    if (r.email.ok) push(byEmail, r.email.comparable, r);
  }
  const profiles = new Map<Registration, PersonProfile>();
  const profileOf = (r: Registration) => profiles.get(r) ?? profiles.set(r, personProfile(r)).get(r)!;
  const linkOf = new Map<number, { link: OtherLaoLink; later: Registration }>();
  const compareBlock = (group: readonly Registration[]) => {
    const newestFirst = group.map(profileOf).sort((a, b) => (newer(a.registration, b.registration) ? -1 : 1));
    for (let i = 1; i < newestFirst.length; i++) {
      const earlier = newestFirst[i]!;
      // The newest registration of this person in another LAO, if any is surely the same person.
      for (let j = 0; j < i; j++) {
        const later = newestFirst[j]!;
        if (later.registration.laoCode === earlier.registration.laoCode) continue;
        // Each address read as the mailbox of either LAO: a registration for the wrong LAO may give the own LAO's.
        const a = withMailboxOf(earlier, later.registration.laoCode);
        const b = withMailboxOf(later, earlier.registration.laoCode);
        const verdict = comparePeople(a, b);
        const sure = verdict.sure || verdict.sureByContacts;
        if (!sure && !gaveMailboxOfLater(a, b, verdict)) continue;
        const pair = new PersonPair(a, b);
        const link = {
          row: earlier.registration.row,
          later: later.registration.row,
          correction: !sure || isCorrection(pair),
          bothContacts: pair.sameContacts(),
        };
        // Found in more than one block (the name, the mobile, the e-mail): the newest later registration stands.
        const found = linkOf.get(link.row);
        if (!found || newer(later.registration, found.later)) linkOf.set(link.row, { link, later: later.registration });
        break;
      }
    }
  };
  // Most names and contacts are one registration, or one LAO's: only the rest are profiled (once each) and compared.
  // A name, a mobile or an address given by dozens is nobody's (0800000000, a province's mailbox): not compared pair
  // by pair.
  for (const blocks of [byName, byMobile, byEmail]) {
    for (const group of blocks.values()) if (group.length > 1 && group.length <= PLACEHOLDER_GROUP && inTwoLaos(group)) compareBlock(group);
  }
  return [...linkOf.values()].map((f) => f.link).sort((a, b) => a.row - b.row);
}

/**
 * Both contacts the same, one perhaps with a corrected slip (a person may fix a digit with the LAO); or one personal
 * contact the same and the other the office's or not given, which says nothing against it (colleagues share an office
 * landline and the LAO's mailbox). Two personal mobiles or e-mails that differ leave it to a person.
 */
export function isCorrection(pair: PersonPair): boolean {
  return pair.sameContacts() || (pair.sharesPersonalContact() && !pair.mobilesDiffer() && !pair.emailsDiffer());
}

/**
 * The earlier registration gave the mailbox of the later one's LAO (its code in the address), under the same name
 * (but for tone marks), the two alike enough for one LAO (Verdict.same: a post or a title against it is not), no
 * personal contact against it: the person picked another LAO (a twin of another type, a neighbour) and typed the own
 * office's address, then registered for the own LAO. The other way round (a later registration for another LAO with
 * the earlier LAO's mailbox) is not a correction.
 */
function gaveMailboxOfLater(earlier: PersonProfile, later: PersonProfile, verdict: Verdict): boolean {
  const { email } = earlier.registration;
  if (!email.ok || !namesLao(email.comparable, later.registration.laoCode)) return false;
  const pair = new PersonPair(earlier, later);
  return verdict.same && verdict.sameName && !verdict.excludes && !pair.mobilesDiffer() && !pair.emailsDiffer();
}

/** Whether the registrations are for more than one LAO (most groups are one person's, in one LAO). */
function inTwoLaos(group: readonly Registration[]): boolean {
  return group.some((r) => r.laoCode !== group[0]!.laoCode);
}
