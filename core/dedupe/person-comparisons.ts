/**
 * The evidence for "these two registrations of one LAO are the same person", as comparison data
 * (see core/match/comparison.ts): the name (titles already stripped by parsePersonName), the mobile phone, the e-mail.
 */
import type { ParsedEmail } from '../contact/email';
import type { ParsedPhone } from '../contact/phone';
import { always, type Comparison } from '../match/comparison';
import { editDistance, withoutMarks } from '../match/edit-distance';
import type { PersonName } from '../person/name';
import { compactKey } from '../text/thai';

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
}

export type PersonComparisonId = 'name' | 'phone' | 'email';

/** Two registrations; the name edit distance is computed at most once. */
export class PersonPair {
  private distance: number | undefined;
  constructor(
    readonly a: Registration,
    readonly b: Registration,
  ) {}

  /** Edit distance of the name keys, exact up to 2 (3 means "more"). */
  nameDistance(): number {
    if (this.distance === undefined) this.distance = editDistance(this.a.person.key, this.b.person.key, 2);
    return this.distance;
  }

  shorterName(): number {
    return Math.min(this.a.person.key.length, this.b.person.key.length);
  }
}

const part = (text: string): string => compactKey(text);

/** A one-letter slip in names of 6+ characters, two in names of 12+ (Thai vowels and marks count as characters). */
function nameTypo(p: PersonPair): boolean {
  const shorter = p.shorterName();
  const allowed = shorter >= 12 ? 2 : shorter >= 6 ? 1 : 0;
  return allowed > 0 && p.nameDistance() <= allowed;
}

function samePhone(p: PersonPair): boolean {
  return p.a.phone.ok && p.b.phone.ok && p.a.phone.e164 === p.b.phone.e164;
}

/**
 * Weights: an identical name alone outweighs a changed phone and e-mail (people resubmit to correct them); a name
 * slip needs a matching mobile or e-mail; a shared landline is likely the office's and counts little; contacts never
 * make two different names one person, and one surname with two given names is two people.
 */
export const PERSON_COMPARISONS: ReadonlyArray<Comparison<PersonPair, PersonComparisonId>> = [
  {
    id: 'name',
    levels: [
      { id: 'missing', label: 'ไม่มีชื่อให้เทียบ', weight: 0, when: (p) => p.a.person.key === '' || p.b.person.key === '' },
      { id: 'exact', label: 'ชื่อ-นามสกุลตรงกัน', weight: 8, when: (p) => p.a.person.key === p.b.person.key },
      {
        id: 'marks',
        label: 'ชื่อ-นามสกุลต่างกันเฉพาะวรรณยุกต์หรือการันต์',
        weight: 8,
        when: (p) => withoutMarks(p.a.person.key) === withoutMarks(p.b.person.key),
      },
      {
        id: 'given_only',
        label: 'ชื่อตรงกัน (คำตอบหนึ่งไม่มีนามสกุล)',
        weight: 3,
        when: (p) => (p.a.person.family === '' || p.b.person.family === '') && part(p.a.person.given) === part(p.b.person.given),
      },
      { id: 'typo', label: 'ชื่อ-นามสกุลสะกดต่างกันเล็กน้อย', weight: 3, when: nameTypo },
      {
        id: 'same_family',
        label: 'นามสกุลเดียวกันแต่ชื่อต่างกัน',
        weight: -6,
        when: (p) => p.a.person.family !== '' && part(p.a.person.family) === part(p.b.person.family),
      },
      { id: 'different', label: 'ชื่อ-นามสกุลต่างกัน', weight: -8, when: always },
    ],
  },
  {
    id: 'phone',
    levels: [
      { id: 'missing', label: 'ไม่มีโทรศัพท์ให้เทียบ', weight: 0, when: (p) => !p.a.phone.ok || !p.b.phone.ok },
      { id: 'mobile', label: 'โทรศัพท์มือถือตรงกัน', weight: 4, when: (p) => samePhone(p) && p.a.phone.ok && p.a.phone.kind === 'mobile' },
      { id: 'landline', label: 'โทรศัพท์พื้นฐานเดียวกัน (อาจเป็นของสำนักงาน)', weight: 1, when: samePhone },
      { id: 'different', label: 'โทรศัพท์ต่างกัน', weight: -2, when: always },
    ],
  },
  {
    id: 'email',
    levels: [
      { id: 'missing', label: 'ไม่มีอีเมลให้เทียบ', weight: 0, when: (p) => !p.a.email.ok || !p.b.email.ok },
      { id: 'equal', label: 'อีเมลตรงกัน', weight: 4, when: (p) => p.a.email.ok && p.b.email.ok && p.a.email.value === p.b.email.value },
      { id: 'different', label: 'อีเมลต่างกัน', weight: -1, when: always },
    ],
  },
];
