/**
 * The evidence for "these two registrations of one LAO are the same person", as comparison data
 * (see core/match/comparison.ts): the name (titles already stripped by parsePersonName), the mobile phone, the e-mail.
 */
import type { ParsedEmail } from '../contact/email';
import { isOfficeMailbox } from '../contact/office-mailbox';
import type { ParsedPhone } from '../contact/phone';
import { always, comparison, type LevelIds } from '../match/comparison';
import { editDistance } from '../match/edit-distance';
import { surnameFirstKey, type PersonName } from '../person/name';
import { comparePosts, type PostComparison } from '../person/position';

/** One registration as dedupe sees it: parsed by checkResponse, matched to an LAO. */
export interface Registration {
  /** 1-based data row of the response. */
  row: number;
  /** Registrations are only compared within one LAO. */
  laoCode: string;
  submittedAt: Date | null;
  person: PersonName;
  phone: ParsedPhone;
  email: ParsedEmail;
  /** The position as typed, cleaned ('' when not given). */
  position: string;
}

/** What the comparisons read from a registration, computed once per registration (not once per pair). */
export interface PersonProfile {
  registration: Registration;
  key: string;
  marksKey: string;
  given: string;
  family: string;
  /** The name's key with the surname first (family + given), '' without a surname: to compare a name so written. */
  swapped: string;
  /** PersonName.wordsKey: the words of a name of three or more, sorted ('' otherwise). */
  words: string;
  /** The key of the name read with the Thai keys, when it may have been typed on the English layout; '' otherwise. */
  layout: string;
  /** That reading with the surname first; '' otherwise. */
  layoutSwapped: string;
  /** What the titles say: 'm' or 'f' (null when no title tells), and for women นาง (married) or นางสาว. */
  sex: 'm' | 'f' | null;
  married: boolean | null;
  /** E.164 of the main number, or null. */
  phone: string | null;
  mobile: boolean;
  email: string | null;
  /**
   * The e-mail is the LAO's mailbox, which colleagues share: by its address (the LAO's code or a role name in it), or
   * because dedupe found colleagues of the LAO giving it (find-duplicates.ts sets it then).
   */
  officeEmail: boolean;
  position: string;
}

export function personProfile(r: Registration): PersonProfile {
  // Fields written out, not spread: profiles are built for every registration that shares an LAO or a name. The
  // name's facts were read once by parsePersonName (several passes profile the same name).
  const { person } = r;
  return {
    registration: r,
    key: person.key,
    marksKey: person.marksKey,
    given: person.givenKey,
    family: person.familyKey,
    swapped: surnameFirstKey(person),
    words: person.wordsKey ?? '',
    layout: person.layoutKey ?? '',
    layoutSwapped: person.layoutSwappedKey ?? '',
    sex: person.sex,
    married: person.married,
    phone: r.phone.ok ? r.phone.e164 : null,
    mobile: r.phone.ok && r.phone.kind === 'mobile',
    email: r.email.ok ? r.email.comparable : null,
    officeEmail: r.email.ok && isOfficeMailbox(r.email.comparable, r.laoCode),
    position: r.position,
  };
}

/**
 * The profile with its address read as the mailbox of another LAO too, when it is that LAO's by its address: compared
 * across two LAOs (a registration for the wrong LAO made with the own LAO's mailbox, `lao6671105@…` for 5671101), the
 * address is an office's, not the person's.
 */
export function withMailboxOf(profile: PersonProfile, laoCode: string): PersonProfile {
  const { email } = profile.registration;
  if (profile.officeEmail || !email.ok || !isOfficeMailbox(email.comparable, laoCode)) return profile;
  return { ...profile, officeEmail: true };
}

/** `a` was submitted after `b`: by timestamp, and by row (forms append rows) for ties or a timestamp not read. */
export function newer(a: Pick<Registration, 'row' | 'submittedAt'>, b: Pick<Registration, 'row' | 'submittedAt'>): boolean {
  const [x, y] = [a.submittedAt?.getTime() ?? NaN, b.submittedAt?.getTime() ?? NaN];
  return Number.isNaN(x) || Number.isNaN(y) || x === y ? a.row > b.row : x > y;
}

/** Two registrations; the name edit distance is computed at most once. */
export class PersonPair {
  private distance: number | undefined;
  private fewestEdits: number | undefined;
  private postComparison: PostComparison | undefined;
  constructor(
    readonly a: PersonProfile,
    readonly b: PersonProfile,
  ) {}

  /** Edit distance of the names, exact up to 3 (4 means "more"), whichever way they are read is nearest (keyPairs). */
  nameDistance(): number {
    if (this.distance === undefined) {
      let distance = 4;
      for (const [x, y] of keyPairs(this.a, this.b)) {
        distance = Math.min(distance, editDistance(x, y, 3));
        if (distance === 0) break;
      }
      this.distance = distance;
    }
    return this.distance;
  }

  /**
   * The names are within `limit` (at most 3) edits (nameDistance). Most pairs in an LAO are other people, whose
   * letters alone show that more edits are needed (leastEdits; a name written surname first has the same letters,
   * one typed on the English layout others): the edit distance is computed only for the rest.
   */
  nameWithin(limit: number): boolean {
    if (this.distance === undefined && this.a.layout === '' && this.b.layout === '') {
      // A bound of every pair keyPairs compares: the keys as written, and without their marks.
      if (this.fewestEdits === undefined) this.fewestEdits = Math.min(leastEdits(this.a.key, this.b.key), leastEdits(this.a.marksKey, this.b.marksKey));
      if (this.fewestEdits > limit) return false;
    }
    return this.nameDistance() <= limit;
  }

  /** One name, typed on the English layout, reads as the other with the Thai keys (the surname first or not). */
  sameNameOnLayout(): boolean {
    return (this.a.layout !== '' || this.b.layout !== '') && this.nameDistance() === 0;
  }

  /** The same mobile or the same e-mail (the other may differ: that is weighed by the contact comparisons). */
  sharesMobileOrEmail(): boolean {
    const { a, b } = this;
    return (a.mobile && a.phone === b.phone) || (a.email !== null && a.email === b.email);
  }

  /**
   * The same mobile and the same e-mail, one of them perhaps with a corrected slip (what a resubmission fixes): what
   * one person, and rarely anyone else, writes in both.
   */
  sameContacts(): boolean {
    const { a, b } = this;
    if (!a.mobile || !b.mobile || a.email === null || b.email === null) return false;
    const samePhone = a.phone === b.phone;
    const sameEmail = a.email === b.email;
    return (samePhone && sameEmail) || (samePhone && emailSlip(a.email, b.email)) || (sameEmail && oneSlip(a.phone!, b.phone!));
  }

  /**
   * A personal contact in common: the same mobile or one a slip away, or the same personal e-mail or one a slip away.
   * A landline (likely the office's) and the LAO's mailbox are shared by colleagues and do not count.
   */
  sharesPersonalContact(): boolean {
    const { a, b } = this;
    if (a.mobile && b.mobile && (a.phone === b.phone || oneSlip(a.phone!, b.phone!))) return true;
    if (a.email === null || b.email === null || a.officeEmail || b.officeEmail) return false;
    return a.email === b.email || emailSlip(a.email, b.email);
  }

  /** The two positions compared (core/person/position.ts), at most once per pair. */
  posts(): PostComparison {
    if (this.postComparison === undefined) this.postComparison = comparePosts(this.a.position, this.b.position);
    return this.postComparison;
  }

  shorterName(): number {
    return Math.min(this.a.key.length, this.b.key.length);
  }

  /** Two personal mobiles that differ by more than a slip: what two people, not one, give. */
  mobilesDiffer(): boolean {
    const { a, b } = this;
    return a.mobile && b.mobile && a.phone !== b.phone && !oneSlip(a.phone!, b.phone!);
  }

  /** Two personal e-mail addresses that differ by more than a slip (an LAO's mailbox is not personal). */
  emailsDiffer(): boolean {
    const { a, b } = this;
    return a.email !== null && b.email !== null && a.email !== b.email && !a.officeEmail && !b.officeEmail && !emailSlip(a.email, b.email);
  }

  /** Two mobiles one digit apart, or two swapped: the same number, corrected. */
  mobileSlip(): boolean {
    const { a, b } = this;
    return a.mobile && b.mobile && a.phone !== b.phone && oneSlip(a.phone!, b.phone!);
  }

  /** Two e-mail addresses one slip apart (same domain): the same address, corrected. */
  emailSlip(): boolean {
    const { a, b } = this;
    return a.email !== null && b.email !== null && a.email !== b.email && emailSlip(a.email, b.email);
  }
}

/**
 * The pairs of keys two names are compared by: as written; without their tone marks and thanthakhat (as the `marks`
 * level compares them: a mark left out or misplaced is no slip of the name, and a retyped name's marks land where
 * the keyboard puts them, `วงศ์รักษ์` typed `วงศ์ักษ์` and read `วงศั์กษ์`); the second with its surname first
 * (`ใจดี สมชาย`, as a swap of words leaves it); and, when either was typed on the English layout, each read with the
 * Thai keys, the second also with its surname first. The same name is one of the pairs alike.
 */
export function keyPairs(a: PersonProfile, b: PersonProfile): Array<[string, string]> {
  const pairs: Array<[string, string]> = [[a.key, b.key]];
  if (a.marksKey !== a.key || b.marksKey !== b.key) pairs.push([a.marksKey, b.marksKey]);
  if (b.swapped !== '') pairs.push([a.key, b.swapped]);
  if (a.layout === '' && b.layout === '') return pairs;
  const [x, y] = [a.layout || a.key, b.layout || b.key];
  const ySwapped = b.layout !== '' ? b.layoutSwapped : b.swapped;
  pairs.push([x, y]);
  if (ySwapped !== '') pairs.push([x, ySwapped]);
  return pairs;
}

/** Letter counts by the low byte of the character code (Thai and ASCII letters land apart enough), reused. */
const counts = new Int32Array(256);

/**
 * A lower bound of the edit distance (editDistance: insert, delete, substitute, swap) of two texts: the letters one
 * has more of than the other, counted both ways, the larger. An insertion or deletion changes that by one, a
 * substitution by at most one, a swap not at all. Letters are counted by the low byte of their code, which can only
 * lower the bound. 0 (no bound) for text with surrogate pairs, where editDistance counts code points.
 */
export function leastEdits(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 0xff]!++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) & 0xff]!--;
  let more = 0;
  let fewer = 0;
  let surrogates = false;
  // Each bucket read once, and left at zero for the next pair.
  for (let k = 0; k < a.length + b.length; k++) {
    const c = k < a.length ? a.charCodeAt(k) : b.charCodeAt(k - a.length);
    if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    const n = counts[c & 0xff]!;
    if (n > 0) more += n;
    else fewer -= n;
    counts[c & 0xff] = 0;
  }
  return surrogates ? 0 : Math.max(more, fewer);
}

/** A one-letter slip in names of 6+ characters, two in names of 12+ (Thai vowels and marks count as characters). */
function nameTypo(p: PersonPair): boolean {
  const shorter = p.shorterName();
  const allowed = shorter >= 12 ? 2 : shorter >= 6 ? 1 : 0;
  return allowed > 0 && p.nameWithin(allowed);
}

/** Equal-length texts that differ in one character, or in two adjacent characters swapped. */
function oneSlip(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (++count > 2) return false;
    if (first < 0) first = i;
  }
  return count === 1 || (count === 2 && a[first] === b[first + 1] && a[first + 1] === b[first]);
}

/** The same domain and a local part within one edit: the slip a resubmission corrects. */
function emailSlip(a: string, b: string): boolean {
  const at = a.lastIndexOf('@');
  if (at < 0 || a.slice(at) !== b.slice(b.lastIndexOf('@'))) return false;
  return editDistance(a.slice(0, at), b.slice(0, b.lastIndexOf('@')), 1) <= 1;
}

/**
 * A few slips (two in names under 12 characters, three from 12), allowed only with the same mobile or e-mail, or one
 * of them a slip off (a person retyping the name and the number in one correction): a person retyping their own name,
 * not a colleague (who would have their own mobile and e-mail). The contact comparisons then decide: with the other
 * contact changed outright the total stays below the rule.
 */
function nameSlipsWithContacts(p: PersonPair): boolean {
  return (
    p.nameWithin(p.shorterName() >= 12 ? 3 : 2) && (p.sameContacts() || p.sharesMobileOrEmail() || p.mobileSlip() || (p.emailSlip() && !p.mobilesDiffer()))
  );
}

/**
 * One slip more than nameSlipsWithContacts when the mobile and a personal e-mail are both the same: a name retyped in
 * a hurry, the keyboard moving Thai marks too (`สมบูรณ์ดี`, then `สมบูรรณี์`), by one person with one phone and one
 * mailbox. Not with the LAO's mailbox, which colleagues share.
 */
function nameRetypedWithBothContacts(p: PersonPair): boolean {
  return p.sameContacts() && !p.a.officeEmail && !p.b.officeEmail && p.nameWithin(p.shorterName() >= 12 ? 4 : 3);
}

/** The same words in another order, in a name of three or more (PersonName.wordsKey: `ณ กำธร ระนอง`). */
function sameWords({ a, b }: PersonPair): boolean {
  return a.words !== '' && a.words === b.words;
}

/**
 * The desk rule: in one LAO, a full name (given name and surname; titles already read) the same, or within the slips
 * the name levels allow, is one person unless the contacts say otherwise (the `conflict` comparison). Two personal
 * mobiles or two personal e-mails (beyond a corrected slip) say so; an office landline and the LAO's mailbox do not:
 * colleagues share them, so they tell nobody apart. This is the name half: a full name on both sides, and alike.
 */
function sameFullName(p: PersonPair): boolean {
  const { a, b } = p;
  if (a.family === '' || b.family === '') return false;
  return a.key === b.key || a.marksKey === b.marksKey || a.key === b.swapped || sameWords(p) || p.sameNameOnLayout() || nameTypo(p) || nameSlipsWithContacts(p);
}

/**
 * Weights: an identical name with the phone or the e-mail changed is the same person (people resubmit to correct
 * one of them), but with another mobile and no e-mail to agree, or with both changed, it is a namesake; a mobile
 * one digit off is a corrected slip (some evidence: namesakes' mobiles are not that alike), an e-mail one letter off
 * neither for nor against; a name slip needs a matching mobile or e-mail, a few slips
 * both; a landline is likely the office's and counts little either way (a namesake's office landline and other
 * e-mail stay apart), the LAO's mailbox not at all; contacts never make two different names one
 * person, and one surname with two given names is two people. Last, the desk rule (`conflict`): a full name the same
 * or within those slips, with no two personal mobiles or personal e-mails to contradict it, is one person (+4).
 */
const personComparison = comparison<PersonPair>();

export const PERSON_COMPARISONS = [
  personComparison('name', [
    { id: 'missing', label: 'ไม่มีชื่อให้เทียบ', weight: 0, when: (p) => p.a.key === '' || p.b.key === '' },
    { id: 'exact', label: 'ชื่อ-นามสกุลตรงกัน', weight: 8, when: (p) => p.a.key === p.b.key },
    { id: 'marks', label: 'ชื่อ-นามสกุลต่างกันเฉพาะวรรณยุกต์หรือการันต์', weight: 8, when: (p) => p.a.marksKey === p.b.marksKey },
    { id: 'order', label: 'ชื่อ-นามสกุลตรงกันแต่เขียนนามสกุลก่อน', weight: 8, when: (p) => p.a.key === p.b.swapped },
    { id: 'words', label: 'ชื่อ-นามสกุลเป็นคำเดียวกันแต่เรียงลำดับต่างกัน', weight: 8, when: (p) => sameWords(p) },
    { id: 'layout', label: 'ชื่อ-นามสกุลตรงกันเมื่ออ่านเป็นแป้นพิมพ์ภาษาไทย (พิมพ์ขณะแป้นเป็นภาษาอังกฤษ)', weight: 8, when: (p) => p.sameNameOnLayout() },
    {
      id: 'given_only',
      label: 'ชื่อตรงกัน (คำตอบหนึ่งไม่มีนามสกุล)',
      weight: 3,
      when: (p) => (p.a.family === '' || p.b.family === '') && p.a.given === p.b.given,
    },
    { id: 'typo', label: 'ชื่อ-นามสกุลสะกดต่างกันเล็กน้อย', weight: 4, when: nameTypo },
    { id: 'slips', label: 'ชื่อ-นามสกุลสะกดต่างกันไม่กี่ตัวอักษร (มือถือหรืออีเมลตรงกันหรือต่างกันเล็กน้อย)', weight: 2, when: nameSlipsWithContacts },
    { id: 'retyped', label: 'ชื่อ-นามสกุลสะกดต่างกันหลายตัวอักษร (มือถือและอีเมลตรงกัน)', weight: 2, when: nameRetypedWithBothContacts },
    { id: 'same_family', label: 'นามสกุลเดียวกันแต่ชื่อต่างกัน', weight: -6, when: (p) => p.a.family !== '' && p.a.family === p.b.family },
    { id: 'different', label: 'ชื่อ-นามสกุลต่างกัน', weight: -8, when: always },
  ]),
  // Namesakes in one office exist; a title of the other sex says it is someone else, นาง/นางสาว weakly so.
  personComparison('title', [
    { id: 'sex', label: 'คำนำหน้าระบุเพศต่างกัน', weight: -8, when: (p) => p.a.sex !== null && p.b.sex !== null && p.a.sex !== p.b.sex },
    {
      id: 'married',
      label: 'คำนำหน้า นาง/นางสาว ต่างกัน',
      weight: -1,
      when: (p) => p.a.married !== null && p.b.married !== null && p.a.married !== p.b.married,
    },
    { id: 'same_or_unknown', label: '', weight: 0, when: always },
  ]),
  personComparison('phone', [
    { id: 'missing', label: 'ไม่มีโทรศัพท์ให้เทียบ', weight: 0, when: (p) => p.a.phone === null || p.b.phone === null },
    { id: 'mobile', label: 'โทรศัพท์มือถือตรงกัน', weight: 4, when: (p) => p.a.phone === p.b.phone && p.a.mobile },
    { id: 'landline', label: 'โทรศัพท์พื้นฐานเดียวกัน (อาจเป็นของสำนักงาน)', weight: 1, when: (p) => p.a.phone === p.b.phone },
    // A corrected slip: one digit changed or two swapped (what a resubmission fixes), not another person's number.
    { id: 'one_digit', label: 'โทรศัพท์มือถือต่างกันหนึ่งหลัก (อาจพิมพ์ผิด)', weight: 2, when: (p) => p.mobileSlip() },
    // The office's landline says little about who wrote it.
    { id: 'landline_other', label: 'โทรศัพท์ต่างกัน (หมายเลขหนึ่งเป็นโทรศัพท์พื้นฐาน)', weight: -1, when: (p) => !p.a.mobile || !p.b.mobile },
    { id: 'different', label: 'โทรศัพท์มือถือต่างกัน', weight: -4, when: always },
  ]),
  personComparison('email', [
    { id: 'missing', label: 'ไม่มีอีเมลให้เทียบ', weight: 0, when: (p) => p.a.email === null || p.b.email === null },
    // The LAO's mailbox, which colleagues share, tells nobody apart, given by both or by one.
    {
      id: 'office_same',
      label: 'อีเมลกลางของ อปท. เดียวกัน (ใช้ร่วมกันได้)',
      weight: 0,
      when: (p) => p.a.email === p.b.email && (p.a.officeEmail || p.b.officeEmail),
    },
    { id: 'equal', label: 'อีเมลตรงกัน', weight: 4, when: (p) => p.a.email === p.b.email },
    { id: 'one_letter', label: 'อีเมลต่างกันหนึ่งตัวอักษร (อาจพิมพ์ผิด)', weight: 0, when: (p) => emailSlip(p.a.email!, p.b.email!) },
    // One of them the LAO's mailbox, which colleagues share: it says nothing about who wrote it.
    { id: 'office', label: 'อีเมลต่างกัน (อีเมลหนึ่งเป็นอีเมลกลางของ อปท.)', weight: 0, when: (p) => p.a.officeEmail || p.b.officeEmail },
    // The mobile kept (or corrected by a digit) and another e-mail given, often the office's: weak evidence against.
    {
      id: 'changed',
      label: 'อีเมลต่างกัน (มือถือเดียวกัน)',
      weight: -1,
      when: (p) => p.a.mobile && p.b.mobile && (p.a.phone === p.b.phone || oneSlip(p.a.phone!, p.b.phone!)),
    },
    { id: 'different', label: 'อีเมลต่างกัน', weight: -3, when: always },
  ]),
  // Only where no personal contact is shared (a correction may change the post): a name is then all that ties the two,
  // and two clearly different posts say they are two colleagues of one name. They outweigh the name, the office's
  // landline both may give and the desk rule together (+8 +1 +4 -9 = 4, below the rule's 5).
  personComparison('position', [
    { id: 'contact_shared', label: '', weight: 0, when: (p) => p.sharesPersonalContact() },
    { id: 'different', label: 'ตำแหน่งต่างกัน และไม่มีโทรศัพท์มือถือหรืออีเมลส่วนตัวตรงกัน', weight: -9, when: (p) => p.posts() === 'different' },
    { id: 'same_or_unknown', label: '', weight: 0, when: always },
  ]),
  // The desk rule (sameFullName), after the contact comparisons, which weigh each contact. Most pairs in an LAO are
  // other names: the first level (the name's edit distance is already computed) settles them.
  personComparison('conflict', [
    { id: 'not_full_name', label: '', weight: 0, when: (p) => !sameFullName(p) },
    { id: 'contacts', label: '', weight: 0, when: (p) => p.mobilesDiffer() || p.emailsDiffer() },
    { id: 'none', label: 'ไม่มีข้อมูลติดต่อที่ขัดกัน (โทรศัพท์สำนักงานและอีเมลกลางใช้ร่วมกันได้)', weight: 4, when: always },
  ]),
] as const;

/** Comparison id → the union of its level ids ('phone' → 'missing' | 'mobile' | …). */
export type PersonLevels = LevelIds<typeof PERSON_COMPARISONS>;
export type PersonComparisonId = keyof PersonLevels;
