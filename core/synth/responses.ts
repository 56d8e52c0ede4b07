import { columnKeys } from '../../sheets-schema/define';
import { rsvpResponsesSheet, type RsvpResponseKey } from '../../sheets-schema/rsvp-form';
import type { RegistryEntry } from '../registry/types';
import type { Session } from '../rsvp/sessions';
import { copyCells, renderSubmission, type Submission } from './answers';
import { DEFAULT_MISTAKE_RATES, type MistakeKind, type MistakeRates } from './mistakes';
import { GIBBERISH_LAO_NAMES } from './people-data';
import { createRng, type Rng } from './random';
import { bangkokLao, chooseOffices, staffOffices, uniqueEmails, type Person } from './respondents';
import { addExportArtifacts } from './export-artifacts';
import { buildLookup } from './resolvable';
import { LAO_TYPE_LONG } from '../vocabulary';

/** A workshop session as the form offers it: its label (the choice text) and the LAO types it is for. */
export type SessionChoice = Pick<Session, 'label' | 'laoTypes'>;

export interface ResponseOptions {
  seed?: number | string;
  /** Total data rows (default 30,000). */
  responses?: number;
  /** Share of LAOs with at least one registration. */
  coverage?: number;
  /** The form collects e-mail addresses: a `ที่อยู่อีเมล` column after the timestamp. */
  collectEmail?: boolean;
  /** Share of responses that came through a per-LAO prefilled link, so `รหัส อปท.` is filled. */
  codeGivenRate?: number;
  /** People who submit once more (a correction or a double click), and of those, twice more. */
  resubmitRate?: number;
  secondResubmitRate?: number;
  /** Share of rows that no one could resolve (blank name, gibberish LAO). */
  hopelessRate?: number;
  /** People from Bangkok (outside DLA's registry), matched to `bangkokCode`. */
  bangkokPeople?: number;
  bangkokCode?: string;
  /** Registration window, Bangkok time: first day (Gregorian) and number of days. */
  window?: { year: number; month: number; day: number; days: number };
  rates?: Partial<MistakeRates>;
}

export const RESPONSE_DEFAULTS = {
  responses: 30_000,
  coverage: 0.88,
  collectEmail: true,
  codeGivenRate: 0.3,
  resubmitRate: 0.08,
  secondResubmitRate: 0.15,
  hopelessRate: 0.004,
  bangkokPeople: 6,
  bangkokCode: 'BKK',
  // The letters went out in late May; the workshop manuals and the Webex QR code are published on Monday 22 June 2569.
  window: { year: 2026, month: 6, day: 1, days: 19 },
};

type Column = RsvpResponseKey;

/** What is known about one generated response. */
export interface ResponseTruth {
  /** 1-based data row (header excluded), as in report.json. */
  row: number;
  /** The LAO the respondent meant; null for hopeless rows. */
  laoCode: string | null;
  /** Same person → same id; null for hopeless rows. Rows sharing a person id are duplicates of each other. */
  personId: string | null;
  mistakes: MistakeKind[];
  /**
   * A person reading the answers could single out the LAO: the answers that are right point to exactly one LAO and
   * the wrong ones do not point to another. Noise (spacing, prefixes, a one-letter typo) does not hide the LAO.
   */
  resolvable: boolean;
}

export interface GeneratedResponses {
  header: string[];
  rows: string[][];
  truth: ResponseTruth[];
}

/**
 * Labelled RSVP responses for a registry: what the form's responses sheet would hold after the registration weeks,
 * with the truth for every row. Deterministic per seed. Rows are in submission order, as Forms appends them.
 */
export function generateResponses(registry: readonly RegistryEntry[], sessions: readonly SessionChoice[], options: ResponseOptions = {}): GeneratedResponses {
  const o = { ...RESPONSE_DEFAULTS, ...options };
  const rates: MistakeRates = { ...DEFAULT_MISTAKE_RATES, ...options.rates };
  const rng = createRng(options.seed ?? 1);
  const lookup = buildLookup(registry);
  const windowSeconds = o.window.days * 86_400;

  const hopeless = Math.round(o.responses * o.hopelessRate);
  const bangkok = Math.min(o.bangkokPeople, Math.max(0, o.responses - hopeless));
  const personRows = o.responses - hopeless - bangkok;
  const expectedPerPerson = 1 + o.resubmitRate * (1 + o.secondResubmitRate);
  const peopleCount = Math.round(personRows / expectedPerPerson);

  const peopleRng = rng.fork('people');
  const offices = chooseOffices(registry, Math.min(peopleCount, registry.length), o.coverage, peopleRng);
  const people = staffOffices(offices, peopleCount, sessions, peopleRng, 1, rates);
  const bangkokOffice = bangkok > 0 ? bangkokLao(o.bangkokCode, peopleRng) : null;
  const bangkokStaff = bangkokOffice ? staffOffices([bangkokOffice], bangkok, sessions, peopleRng, people.length + 1) : [];
  uniqueEmails([...people, ...bangkokStaff], rng.fork('emails'));

  const timeRng = rng.fork('times');
  const submissions: Submission[] = [];
  for (const person of [...people, ...bangkokStaff]) {
    submissions.push({ person, at: registrationMoment(timeRng, windowSeconds), forced: person.office.lao.type === 'กรุงเทพมหานคร' ? ['bangkok'] : [] });
  }
  addResubmissions(submissions, personRows - people.length, o.secondResubmitRate, windowSeconds, timeRng);

  const mistakeRng = rng.fork('mistakes');
  const own = {
    keys: rng.fork('keys'),
    words: rng.fork('words'),
    personWords: rng.fork('person-words'),
    personLayout: rng.fork('person-layout'),
    places: rng.fork('places'),
    written: rng.fork('written'),
    personWritten: rng.fork('person-written'),
    boxes: rng.fork('boxes'),
    provinces: rng.fork('provinces'),
  };
  for (const s of submissions) renderSubmission(s, sessions, rates, o.codeGivenRate, lookup, mistakeRng, own);
  const exportRng = rng.fork('exports');
  for (const s of submissions) if (!s.copyOf) addExportArtifacts(s, rates, exportRng);
  for (const s of submissions) if (s.copyOf) copyCells(s);

  const hopelessRng = rng.fork('hopeless');
  const hopelessRows = Array.from({ length: hopeless }, () => hopelessSubmission(registry, sessions, windowSeconds, hopelessRng));

  const all = [
    ...submissions.map((s) => ({
      at: s.at,
      cells: s.cells!,
      truth: { laoCode: s.person.office.lao.code, personId: s.person.id, mistakes: s.mistakes!, resolvable: s.resolvable! },
    })),
    ...hopelessRows,
  ];
  all.sort((a, b) => a.at - b.at);

  const columns = columnKeys(rsvpResponsesSheet).filter((c) => o.collectEmail || c !== 'collectedEmail');
  return {
    header: columns.map((c) => rsvpResponsesSheet.columns[c].header),
    rows: all.map((r) => columns.map((c) => (c === 'timestamp' ? formsTimestamp(o.window, r.at) : r.cells[c]))),
    truth: all.map((r, i) => ({ row: i + 1, ...r.truth })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// When

/** Seconds from the window's start: weekdays and office hours dominate; a few evenings and weekends. */
function registrationMoment(rng: Rng, windowSeconds: number): number {
  const days = Math.round(windowSeconds / 86_400);
  for (;;) {
    // More at the start (the letter just came) and before the deadline.
    const day = Math.min(days - 1, Math.floor(days * (rng.chance(0.7) ? rng.next() : rng.chance(0.5) ? rng.next() * 0.2 : 0.8 + rng.next() * 0.2)));
    const weekday = (day % 7) as number; // the window starts on a Monday
    if (weekday >= 5 && !rng.chance(0.15)) continue;
    const hour = rng.weighted([
      [8, 6],
      [9, 12],
      [10, 14],
      [11, 11],
      [12, 4],
      [13, 11],
      [14, 13],
      [15, 11],
      [16, 6],
      [17, 3],
      [19, 2],
      [20, 2],
      [21, 1],
      [6, 0.5],
      [23, 0.3],
    ] as const);
    return day * 86_400 + hour * 3600 + rng.int(3600);
  }
}

const RESUBMISSION_KINDS = [
  ['resubmit_identical', 3],
  ['resubmit_phone_changed', 3],
  ['resubmit_position_changed', 2],
  ['resubmit_email_changed', 2],
  ['resubmit_session_changed', 1],
  // A registration for the wrong LAO (the SAO for the municipality of one tambon, a neighbour), then for the right one.
  ['resubmit_lao_changed', 1],
] as const;

function addResubmissions(submissions: Submission[], count: number, secondRate: number, windowSeconds: number, rng: Rng): void {
  const firsts = submissions.filter((s) => !s.forced.includes('bangkok'));
  const extraPeople = Math.round(count / (1 + secondRate));
  const chosen = rng.shuffle([...firsts]).slice(0, Math.max(0, extraPeople));
  const latestOf = new Map<Person, Submission>(chosen.map((s) => [s.person, s]));
  const lastCorrection = new Map<Person, MistakeKind>();
  let remaining = count;
  for (let i = 0; remaining > 0 && chosen.length > 0; i++) {
    const latest = latestOf.get((chosen[i % chosen.length] as Submission).person) as Submission;
    let kind = rng.weighted(RESUBMISSION_KINDS);
    // Each correction changes something the previous submission had: never the same correction twice in a row.
    while (kind !== 'resubmit_identical' && kind === lastCorrection.get(latest.person)) kind = rng.weighted(RESUBMISSION_KINDS);
    if (kind !== 'resubmit_identical') lastCorrection.set(latest.person, kind);
    let delay = kind === 'resubmit_identical' ? rng.between(3, 90) : rng.between(120, 3 * 86_400);
    // Corrections come within the window (a day or two late at most).
    if (latest.at + delay > windowSeconds + 2 * 86_400) delay = rng.between(60, 3600);
    const next: Submission = { person: latest.person, at: latest.at + delay, forced: [kind] };
    // A double click copies what was sent; a correction means the earlier submission (and its copies) had a slip.
    if (kind === 'resubmit_identical') next.copyOf = latest.copyOf ?? latest;
    else
      (latest.copyOf ?? latest).slip =
        kind === 'resubmit_phone_changed'
          ? 'phone'
          : kind === 'resubmit_email_changed'
            ? 'email'
            : kind === 'resubmit_position_changed'
              ? 'position'
              : kind === 'resubmit_lao_changed'
                ? 'lao'
                : 'session';
    submissions.push(next);
    latestOf.set(next.person, next);
    remaining--;
  }
}

/** Google Forms' Thai export: `D/M/YYYY, H:mm:ss`, Gregorian year, Bangkok wall time, no zero padding. */
export function formsTimestamp(window: { year: number; month: number; day: number }, seconds: number): string {
  const start = Date.UTC(window.year, window.month - 1, window.day);
  const t = new Date(start + seconds * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCDate()}/${t.getUTCMonth() + 1}/${t.getUTCFullYear()}, ${t.getUTCHours()}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
}

function hopelessSubmission(registry: readonly RegistryEntry[], sessions: readonly SessionChoice[], windowSeconds: number, rng: Rng) {
  const lao = rng.pick(registry);
  const at = registrationMoment(rng, windowSeconds);
  const blankName = rng.chance(0.5);
  const cells: Record<Column, string> = {
    timestamp: '',
    collectedEmail: rng.chance(0.5) ? `test${rng.int(100)}@gmail.com` : '',
    province: rng.chance(0.7) ? lao.province : '',
    district: blankName ? lao.district : '',
    laoType: blankName ? LAO_TYPE_LONG[lao.type] : '',
    laoName: blankName ? lao.name : rng.pick(GIBBERISH_LAO_NAMES),
    laoCode: '',
    personName: blankName ? '' : rng.pick(['ทดสอบ ระบบ', 'ทดสอบ', 'test test', 'ก ข']),
    position: blankName ? '' : rng.pick(['', '-', 'ทดสอบ']),
    phone: blankName ? '' : rng.pick(['', '-', '000']),
    email: '',
    session: sessions.length ? rng.pick(sessions).label : '',
  };
  return {
    at,
    cells,
    truth: { laoCode: null, personId: null, mistakes: [blankName ? 'hopeless_blank_name' : 'hopeless_gibberish_lao'] as MistakeKind[], resolvable: false },
  };
}
