/**
 * Unmatched responses (their LAO answers single out no LAO) of people who registered for an LAO by another
 * submission: typically a first try with a typo or an ambiguous name, then a corrected resubmission.
 */
import { comparePeople } from './find-duplicates';
import { isCorrection } from './other-laos';
import { newer, PersonPair, personProfile, withMailboxOf, type PersonProfile, type Registration } from './person-comparisons';
import { push } from '../push';

/** How an unmatched response's LAO answers fit one registry LAO. */
export type LaoFit = 'best' | 'fits' | null;

export interface UnmatchedSubmission extends Omit<Registration, 'laoCode'> {
  /**
   * `best`: no LAO fits the answers better; `fits`: the LAO is one of the answers' candidates, or the answered
   * province is its province and the answered name is near its name; null: the answers do not point to it.
   */
  fit(laoCode: string): LaoFit;
  /**
   * The workshop session it chose (each type attends its own day) is for this LAO's type and not for the type it
   * answered: the session sides with this LAO against the type answer.
   */
  sessionSidesWith(laoCode: string): boolean;
}

export type OtherSubmissionOutcome =
  /** The response is for `laoCode`, the LAO of the same person's registration `from` (the person's newest one). */
  | { row: number; kind: 'lao'; laoCode: string; from: number }
  /** Possibly the same person as registration `with`, but the evidence does not settle the LAO: left for review. */
  | { row: number; kind: 'review'; with: number }
  /**
   * An earlier try whose answers point elsewhere, by someone who then registered for an LAO with the contacts of a
   * correction (other-laos.ts isCorrection): replaced by that registration, as a registration for another LAO is.
   */
  | { row: number; kind: 'replaced'; by: number };

/**
 * For each unmatched submission, the LAO its person registered for by other submissions, when that settles it:
 * - the person is surely the same (`Verdict.sure`: same name, same mobile or e-mail, no title of the other sex, or a
 *   name one slip off with the same mobile or personal e-mail and no contact against it; `Verdict.sureByContacts`: a
 *   name within a few slips with the same mobile AND e-mail); namesakes and colleagues sharing an office landline or
 *   the LAO's mailbox are not;
 * - all of that person's registrations are for one LAO (someone registered for two LAOs could mean either), or each
 *   registration for another LAO is corrected by the newest (the correction other-laos.ts finds: surely one person,
 *   a correction's contacts), and the submission's answers fit the newest's LAO. An earlier submission whose answers
 *   do not fit it is replaced by the person's registration instead, when the two are surely one person (`sure` or
 *   `sureByContacts`) with a correction's contacts (other-laos.ts isCorrection), as a registration for another LAO is.
 * An earlier unmatched submission then becomes a duplicate of the person's later registration (the usual rule: the
 * newest is kept). A LATER unmatched submission is the person's last word: it is kept (its contact details, position
 * and session are the newest, which is why people resubmit) with the LAO of the earlier one, which becomes its
 * duplicate. Since a later answer might also mean the person changed LAO, that needs more: no other LAO fits its
 * answers better (`best`), or the session it chose sides with the registration's LAO against a type stated once and
 * the person's mobile and e-mail are both the same; otherwise it goes to review beside the registration. The LAO is
 * never guessed from a person's answers alone: a wrong one needs a namesake with the same mobile or e-mail, or a
 * registration that was itself matched to the wrong LAO (in 8 generated national data sets: 1 of 265 responses
 * given an LAO this way).
 */
export function laoFromOtherSubmissions(unmatched: readonly UnmatchedSubmission[], registrations: readonly Registration[]): OtherSubmissionOutcome[] {
  // A sure match has the same name but for tone marks, or the same mobile or e-mail (a name with slips needs both,
  // one perhaps with a slip): blocking on those keys loses no candidate. Only the registrations that share a key with
  // an unmatched submission (a few hundred out of tens of thousands) are profiled.
  const wanted = new Set(unmatched.map((u) => u.person.marksKey).filter(Boolean));
  const wantedContacts = new Set(unmatched.flatMap(contactsOf));
  const byName = new Map<string, PersonProfile[]>();
  const byContact = new Map<string, PersonProfile[]>();
  for (const r of registrations) {
    // Without building each registration's list of contacts: this runs for every registration of the job.
    const named = wanted.has(r.person.marksKey);
    const mobile = r.phone.ok && r.phone.kind === 'mobile' && wantedContacts.has(r.phone.e164) ? r.phone.e164 : null;
    const emailKey = r.email.ok ? r.email.comparable : null;
    const email = emailKey !== null && wantedContacts.has(emailKey) ? emailKey : null;
    if (!named && mobile === null && email === null) continue;
    const profile = personProfile(r);
    if (named) push(byName, profile.marksKey, profile);
    if (mobile !== null) push(byContact, mobile, profile);
    if (email !== null) push(byContact, email, profile);
  }
  const outcomes: OtherSubmissionOutcome[] = [];
  for (const u of unmatched) {
    // Most unmatched people have no registration under their name, mobile or e-mail: no profile is built for them.
    const namesakes = byName.get(u.person.marksKey) ?? [];
    const sameContact = contactsOf(u).flatMap((c) => byContact.get(c) ?? []);
    if (namesakes.length === 0 && sameContact.length === 0) continue;
    const profile = personProfile({ ...u, laoCode: '' });
    const candidates = sameContact.length === 0 ? namesakes : [...new Set([...namesakes, ...sameContact])];
    // The try's address read as the mailbox of the registration's LAO too (the try has no LAO of its own).
    const verdicts = new Map(candidates.map((r) => [r.registration, comparePeople(withMailboxOf(profile, r.registration.laoCode), r)]));
    const sameProfiles = candidates.filter((r) => {
      const verdict = verdicts.get(r.registration)!;
      return verdict.sure || verdict.sureByContacts || verdict.sureWithSlip;
    });
    if (sameProfiles.length === 0) continue;
    const newestProfile = sameProfiles.reduce((a, b) => (newer(b.registration, a.registration) ? b : a));
    const newest = newestProfile.registration;
    // Registered for two LAOs: the newest LAO stands when each registration for another is corrected by it.
    if (!sameProfiles.every((r) => r.registration.laoCode === newest.laoCode || correctedBy(r, newestProfile))) continue;
    const laoCode = newest.laoCode;
    const fit = u.fit(laoCode);
    const later = newer(u, newest);
    if (!fit) {
      // Answers that point elsewhere, then a registration: replaced by it when the two are surely one person (not a
      // name with a contact a slip away: a namesake of another LAO may have that) with a correction's contacts.
      const verdict = verdicts.get(newest)!;
      const surely = verdict.sure || verdict.sureByContacts;
      const pair = new PersonPair(withMailboxOf(profile, newest.laoCode), newestProfile);
      if (!later && surely && isCorrection(pair)) outcomes.push({ row: u.row, kind: 'replaced', by: newest.row });
      continue;
    }
    // A later try whose answers fit another LAO better (a twin of another type, by the type answered) is settled when
    // the session it chose sides with the registration's LAO, the type answer then the odd one out, and the person's
    // own mobile and e-mail are both the same. A type and a session both for the other LAO may be a change: review.
    const settled = fit === 'best' || !later || (u.sessionSidesWith(laoCode) && new PersonPair(profile, newestProfile).sameContacts());
    outcomes.push(settled ? { row: u.row, kind: 'lao', laoCode, from: newest.row } : { row: u.row, kind: 'review', with: newest.row });
  }
  return outcomes;
}

/**
 * A registration for one LAO replaced by the person's later one for another (other-laos.ts samePersonOtherLao, which
 * runs after this): surely the same person, with a correction's contacts, each address read as either LAO's mailbox.
 */
function correctedBy(earlier: PersonProfile, later: PersonProfile): boolean {
  if (!newer(later.registration, earlier.registration)) return false;
  const a = withMailboxOf(earlier, later.registration.laoCode);
  const b = withMailboxOf(later, earlier.registration.laoCode);
  const verdict = comparePeople(a, b);
  return (verdict.sure || verdict.sureByContacts) && isCorrection(new PersonPair(a, b));
}

/** A submission's mobile number (E.164) and e-mail address, as blocking keys (none for a landline). */
function contactsOf(r: Pick<Registration, 'phone' | 'email'>): string[] {
  const keys: string[] = [];
  if (r.phone.ok && r.phone.kind === 'mobile') keys.push(r.phone.e164);
  if (r.email.ok) keys.push(r.email.comparable);
  return keys;
}
