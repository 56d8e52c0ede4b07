import type { RegistryEntry } from '../registry/types';
import { randomLandline, randomMobile } from './contacts';
import {
  CHIEF_POSITION,
  CIVIL_TITLES,
  EMAIL_DOMAINS,
  GIVEN_NAMES,
  POSITION_LEVELS,
  POSITIONS_COMMON,
  SPACED_SURNAMES,
  SPECIAL_TITLES,
  SURNAME_HEADS,
  SURNAME_TAILS,
  type TitleForm,
} from './people-data';
import { weightedSampler, type Rng } from './random';
import type { SessionChoice } from './responses';
import type { LaoType } from '../vocabulary';

/** Who registers: the LAOs that answer, and the people each sends, with their true details. */

/** An LAO that registers: its office phone and shared mailbox, and the staff it sends. */
export interface Office {
  lao: RegistryEntry;
  landline: string;
  sharedEmail: string;
  people: Person[];
}

export interface Person {
  id: string;
  office: Office;
  title: TitleForm & { acting?: boolean };
  civil: TitleForm;
  given: string;
  surname: string;
  position: string;
  mobile: string;
  email: string;
  session: string;
  /** A colleague of the same LAO whose full name this person shares (a different person: other mobile and e-mail). */
  namesakeOf?: Person;
}

/** Relative weights: bigger LAOs register more surely (`register`) and send more people (`staff`). */
const TYPE_PULL: Record<LaoType, { register: number; staff: number }> = {
  'อบจ.': { register: 5, staff: 6 },
  เทศบาลนคร: { register: 5, staff: 5 },
  ท้องถิ่นรูปแบบพิเศษ: { register: 5, staff: 5 },
  เทศบาลเมือง: { register: 3, staff: 3 },
  เทศบาลตำบล: { register: 1.2, staff: 1.3 },
  'อบต.': { register: 1, staff: 1 },
  กรุงเทพมหานคร: { register: 1, staff: 1 },
};

export function chooseOffices(registry: readonly RegistryEntry[], max: number, coverage: number, rng: Rng): Office[] {
  const wanted = Math.min(max, Math.round(registry.length * coverage));
  // Weighted sampling without replacement (Efraimidis–Spirakis): the largest u^(1/w) keys win.
  const ranked = registry
    .map((lao) => ({ lao, key: Math.pow(rng.next(), 1 / TYPE_PULL[lao.type].register) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, wanted);
  return ranked.map(({ lao }) => ({ lao, landline: randomLandline(rng, lao.code.slice(1, 3)), sharedEmail: `lao${lao.code}@gmail.com`, people: [] }));
}

export function bangkokLao(code: string, rng: Rng): Office {
  const lao: RegistryEntry = { code, type: 'กรุงเทพมหานคร', name: 'กรุงเทพมหานคร', province: 'กรุงเทพมหานคร', district: '', districts: [] };
  return { lao, landline: randomLandline(rng, '10'), sharedEmail: 'bma.strategy@gmail.com', people: [] };
}

/** `count` people for the offices; person ids continue from `firstId` so that separate calls never share one. */
/** People-level chances (see DEFAULT_MISTAKE_RATES): namesakes in one office, addresses in Thai script. */
export interface PeopleRates {
  namesake: number;
  email_thai_script: number;
}

export function staffOffices(
  offices: Office[],
  count: number,
  sessions: readonly SessionChoice[],
  rng: Rng,
  firstId = 1,
  rates: PeopleRates = { namesake: 0, email_thai_script: 0 },
): Person[] {
  const people: Person[] = [];
  const pickOffice = weightedSampler(offices.map((office) => [office, TYPE_PULL[office.lao.type].staff] as const));
  for (let i = 0; i < count; i++) {
    // Every chosen office gets one person first; then extra people go where there are more staff, up to 12.
    let office = i < offices.length ? (offices[i] as Office) : pickOffice(rng);
    for (let tries = 0; office.people.length >= 12 && tries < 20; tries++) office = pickOffice(rng);
    const person = newPerson(office, sessions, rng, firstId + people.length, rates.email_thai_script);
    // Namesakes in one office: rare, but the case where a shared name must not make one person.
    if (office.people.length > 0 && rng.chance(rates.namesake)) {
      const twin = rng.pick(office.people);
      Object.assign(person, { given: twin.given, surname: twin.surname, title: twin.title, civil: twin.civil, namesakeOf: twin });
      // An LAO has one ปลัด, one head of its สำนักปลัด and one director per division: a namesake holds another post.
      const sameName = office.people.filter((p) => p.given === twin.given && p.surname === twin.surname);
      while (isOneHolderPost(person.position) && sameName.some((p) => p.position === person.position))
        person.position = withLevel(rng.pick(POSITIONS_COMMON), rng);
    }
    office.people.push(person);
    people.push(person);
  }
  return people;
}

/**
 * A personal address is one mailbox: where two people's handles come out alike (ภัทรา พ…: phattra.p@gmail.com for
 * fifteen people on one seed), the later adds digits, as people do when the provider says the name is taken.
 */
export function uniqueEmails(people: readonly Person[], rng: Rng): void {
  const taken = new Set<string>();
  for (const person of people) {
    while (taken.has(person.email)) person.email = person.email.replace('@', `${rng.between(1, 99)}@`);
    taken.add(person.email);
  }
}

function newPerson(office: Office, sessions: readonly SessionChoice[], rng: Rng, index: number, thaiEmailRate: number): Person {
  const [given, givenLatin, gender] = rng.pick(GIVEN_NAMES);
  const [surname, surnameLatin] = rng.chance(0.01)
    ? rng.pick(SPACED_SURNAMES)
    : (() => {
        const head = rng.pick(SURNAME_HEADS);
        let tail = rng.pick(SURNAME_TAILS);
        while (tail[0] === head[0]) tail = rng.pick(SURNAME_TAILS);
        return [head[0] + tail[0], head[1] + tail[1]] as const;
      })();
  const civil = gender === 'm' ? CIVIL_TITLES.m : rng.chance(0.5) ? CIVIL_TITLES['f-married'] : CIVIL_TITLES['f-single'];
  const special = rng.chance(0.12) ? rng.weighted(SPECIAL_TITLES.filter(([t]) => !t.gender || t.gender === gender)) : null;
  const handle = rng.weighted([
    [`${givenLatin}.${surnameLatin.charAt(0)}`, 3],
    [`${givenLatin}${surnameLatin}`, 2],
    [`${givenLatin}_${rng.between(1, 99)}`, 2],
    [`${givenLatin}${rng.between(1960, 2005)}`, 2],
    [`${surnameLatin}.${givenLatin.slice(0, 3)}`, 1],
  ] as const);
  const allowed = sessions.filter((s) => s.laoTypes.includes(office.lao.type));
  return {
    id: `p${String(index).padStart(6, '0')}`,
    office,
    title: special ?? civil,
    civil,
    given,
    surname,
    position: rng.chance(0.15) ? CHIEF_POSITION[office.lao.type][0] : withLevel(rng.pick(POSITIONS_COMMON), rng),
    mobile: randomMobile(rng),
    email: rng.chance(thaiEmailRate)
      ? `${given}.${surname.slice(0, 2)}@${rng.pick(['ไทยเมล.ไทย', 'อีเมล.ไทย'])}`
      : `${handle}@${rng.weighted(EMAIL_DOMAINS)}`.toLowerCase(),
    session: allowed.length ? rng.pick(allowed).label : (sessions[0]?.label ?? ''),
  };
}

/**
 * The posts an LAO has one of (ก.ถ.'s standard structure: the ปลัด heads the staff, one head per สำนัก or กอง);
 * withLevel gives them no level, so the post as drawn is the post.
 */
function isOneHolderPost(position: string): boolean {
  return position.startsWith('ปลัด') || position.startsWith('หัวหน้าสำนักปลัด') || position.startsWith('ผู้อำนวยการกอง');
}

function withLevel(position: string, rng: Rng): string {
  if (/^(ผู้อำนวยการ|หัวหน้า)/.test(position) || !rng.chance(0.5)) return position;
  return position + rng.pick(POSITION_LEVELS);
}
