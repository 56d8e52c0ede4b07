/**
 * One person registering twice for one LAO with the same mobile and e-mail, the second time writing the name another
 * way, each way from a source outside the generator: linked as one person by lao-minstd's dedupe and by the analyst
 * script? Beside them, a colleague of the same name but another mobile and e-mail, which must stay two people.
 * Printed, not asserted.
 *
 * The sources: iOS's Smart Punctuation (“ ”); a Thai signature block, which puts the name in brackets and the post
 * and the LAO under it; a contact line, which writes the telephone after the name, and the letter this project
 * answers (../shared/seed), whose contact line is `ผู้ประสานงาน: นาง… โทร. ๐๘๒-…`; nlpaug's word swap (the surname
 * first); PyThaiNLP's eng_to_thai (the keyboard left on the English layout). Two rows give the person a surname of
 * two words, ณ and a town, as King Vajiravudh granted them (ณ อยุธยา, ณ ระนอง, ณ พัทลุง…; Thai Wikipedia,
 * นามสกุลพระราชทาน), written first or with two neighbouring words swapped by nlpaug's word swap.
 */
import { parseEmail } from '../../core/contact/email';
import { parsePhone } from '../../core/contact/phone';
import { findDuplicates } from '../../core/dedupe/find-duplicates';
import type { Registration } from '../../core/dedupe/person-comparisons';
import { parsePersonName } from '../../core/person/name';
import { GIVEN_NAMES, SURNAME_HEADS, SURNAME_TAILS } from '../../core/synth/people-data';
import { createRng, type Rng } from '../../core/synth/random';
import { englishLayoutOf } from '../../core/text/keyboard-layout';
import { analystDuplicates, type AnalystRow } from './analyst';
import { percent, type Section } from './report';

interface Person {
  title: string;
  given: string;
  surname: string;
}

/** Granted surnames of ณ and a town (the particle ณ, "at"), as public lists of them give them. */
const NA_SURNAMES = ['ณ อยุธยา', 'ณ ระนอง', 'ณ สงขลา', 'ณ พัทลุง', 'ณ นคร', 'ณ ถลาง', 'ณ เชียงใหม่', 'ณ ลำปาง', 'ณ น่าน'];

/** The person with a granted surname of two words in place of their own. */
const withNaSurname = (p: Person, rng: Rng): Person => ({ ...p, surname: rng.pick(NA_SURNAMES) });

export const PERSON_FORMS: ReadonlyArray<{ name: string; write: (p: Person) => string; person?: (p: Person, rng: Rng) => Person }> = [
  { name: 'in curly quotes', write: (p) => `“${p.title}${p.given} ${p.surname}”` },
  { name: 'in brackets, as under a signature', write: (p) => `(${p.title}${p.given} ${p.surname})` },
  { name: 'the post and the LAO after the name', write: (p) => `${p.title}${p.given} ${p.surname} ปลัด อบต.นาดี` },
  { name: 'a telephone after the name', write: (p) => `${p.title}${p.given} ${p.surname} 081-234-5678` },
  { name: "a letter's contact line: label, name, โทร.", write: (p) => `ผู้ประสานงาน: ${p.title}${p.given} ${p.surname} โทร. ๐๘๑-๒๓๔๕๖๗๘` },
  { name: 'the surname first', write: (p) => `${p.surname} ${p.title}${p.given}` },
  { name: 'typed on the English layout', write: (p) => englishLayoutOf(`${p.title}${p.given} ${p.surname}`) },
  { name: 'a surname of ณ and a town, written first', write: (p) => `${p.surname} ${p.title}${p.given}`, person: withNaSurname },
  {
    name: 'a surname of ณ and a town, two words swapped',
    write: (p) => `ณ ${p.title}${p.given} ${p.surname.replace(/^ณ /, '')}`,
    person: withNaSurname,
  },
];

interface FormRow {
  form: string;
  samples: number;
  /** The person's two registrations linked. */
  ours: number;
  analyst: number;
  /** A namesake colleague (own mobile and e-mail, the name written the same way) linked to the person: wrong. */
  oursNamesake: number;
  analystNamesake: number;
}

function drawPerson(rng: Rng): Person {
  const [given, , gender] = rng.pick(GIVEN_NAMES);
  const surname = rng.pick(SURNAME_HEADS)[0] + rng.pick(SURNAME_TAILS)[0];
  return { title: gender === 'm' ? 'นาย' : 'นางสาว', given, surname };
}

/** `samples` people per way of writing, each in an LAO of their own: their two registrations and a namesake's. */
export function probePersonForms(options: { seed: number; samples: number }): FormRow[] {
  return PERSON_FORMS.map((form) => {
    const rng = createRng(`${options.seed}|person-forms|${form.name}`);
    const row: FormRow = { form: form.name, samples: options.samples, ours: 0, analyst: 0, oursNamesake: 0, analystNamesake: 0 };
    for (let i = 0; i < options.samples; i++) {
      const drawn = drawPerson(rng);
      const person = form.person ? form.person(drawn, rng) : drawn;
      const plain = `${person.title}${person.given} ${person.surname}`;
      const laoCode = String(6000000 + i);
      const mobile = `08${String(rng.int(100_000_000)).padStart(8, '0')}`;
      const answers = [
        { person: plain, phone: mobile, email: `p${i}@example.com` },
        { person: form.write(person), phone: mobile, email: `p${i}@example.com` },
        // A namesake colleague, registered in between, with their own contacts.
        { person: form.write(person), phone: `09${String(rng.int(100_000_000)).padStart(8, '0')}`, email: `q${i}@example.com` },
      ];
      const registrations: Registration[] = answers.map((a, k) => ({
        row: k + 1,
        laoCode,
        submittedAt: new Date(Date.UTC(2026, 5, 1, 2, k)),
        person: parsePersonName(a.person),
        phone: parsePhone(a.phone),
        email: parseEmail(a.email),
        position: '',
      }));
      const ours = new Map(findDuplicates(registrations).map((l) => [l.row, l.duplicateOf]));
      if (ours.get(1) === 2) row.ours++;
      if (ours.has(3) || [...ours.values()].includes(3)) row.oursNamesake++;
      const rows: AnalystRow[] = answers.map((a, order) => ({ province: '', district: '', laoType: '', laoName: '', ...a, order }));
      const analyst = analystDuplicates(rows, [laoCode, laoCode, laoCode]);
      if (analyst[0] === 1) row.analyst++;
      if (analyst[2] !== null || analyst.includes(2)) row.analystNamesake++;
    }
    return row;
  });
}

export function personFormsSection(options: { seed: number; samples: number }): Section {
  const rows = probePersonForms(options);
  return {
    id: 'person-forms',
    title: 'One person registering twice, the name written another way the second time (same mobile and e-mail)',
    metrics: [],
    tables: [
      {
        title: `${options.samples} people per row: the two registrations linked, and a namesake colleague (own mobile and e-mail) linked wrongly`,
        columns: ['written', 'lao-minstd linked %', 'namesake linked %', 'analyst linked %', 'namesake linked %'],
        rows: rows.map((r) => [
          r.form,
          percent(r.ours, r.samples),
          percent(r.oursNamesake, r.samples),
          percent(r.analyst, r.samples),
          percent(r.analystNamesake, r.samples),
        ]),
      },
    ],
    notes: [
      "Each way of writing comes from a source outside the generator: iOS's Smart Punctuation, a Thai signature block, a contact line (the letter's own), nlpaug's word swap, PyThaiNLP's eng_to_thai; the names are the generator's (scripts/bench/person-forms.ts).",
    ],
  };
}
