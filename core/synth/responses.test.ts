import geodb from 'thai-address-database/database/backup/geodb.json';
import { phoneKey, parsePhone } from '../contact/phone';
import { parseLaoType, splitLaoName } from '../lao/lao-type';
import { normaliseDistrict, normaliseProvince } from '../lao/place';
import { parsePersonName } from '../person/name';
import type { RegistryEntry } from '../registry/types';
import { cleanText, fixThaiOrder, thaiDigitsToArabic } from '../text/thai';
import { rsvpResponsesSheet } from '../../sheets-schema/rsvp-form';
import { headers } from '../../sheets-schema/define';
import { expandCompactAddressDb, type CompactAddressDb } from './geography';
import { comparableEmail } from '../contact/email';
import { thaiFromEnglishLayout } from '../text/keyboard-layout';
import { DEFAULT_MISTAKE_RATES, MISTAKE_KINDS, type MistakeKind, type MistakeRates } from './mistakes';
import { GIBBERISH_LAO_NAMES, GIVEN_NAMES } from './people-data';
import { generateRegistry } from './registry';
import { generateResponses, type GeneratedResponses, type ResponseOptions, type SessionChoice } from './responses';
import { LAO_TYPE_LONG, type LaoType } from '../vocabulary';

const registry = generateRegistry(expandCompactAddressDb(geodb as CompactAddressDb), { seed: 1 });
const byCode = new Map(registry.map((e) => [e.code, e]));
/** Three provinces: small enough that 600 responses give LAOs several people (colleagues). */
const regional = registry.filter((e) => ['ตาก', 'กระบี่', 'ลำพูน'].includes(e.province));
const SESSIONS: SessionChoice[] = [
  { label: 'รอบที่ 1 (อบจ. เทศบาลนคร เทศบาลเมือง เมืองพัทยา กรุงเทพมหานคร)', laoTypes: ['อบจ.', 'เทศบาลนคร', 'เทศบาลเมือง', 'ท้องถิ่นรูปแบบพิเศษ', 'กรุงเทพมหานคร'] },
  { label: 'รอบที่ 2 (เทศบาลตำบล)', laoTypes: ['เทศบาลตำบล'] },
  { label: 'รอบที่ 3 (อบต.)', laoTypes: ['อบต.'] },
];
const sessionTypes = new Map(SESSIONS.map((s) => [s.label, s.laoTypes]));

const NO_MISTAKES = Object.fromEntries(Object.keys(DEFAULT_MISTAKE_RATES).map((k) => [k, 0])) as MistakeRates;
const CLEAN: ResponseOptions = { rates: NO_MISTAKES, codeGivenRate: 0, resubmitRate: 0, hopelessRate: 0, bangkokPeople: 0 };

type Row = Record<keyof typeof rsvpResponsesSheet.columns, string>;
function keyed(generated: GeneratedResponses): Row[] {
  const keys = Object.keys(rsvpResponsesSheet.columns) as Array<keyof Row>;
  const at = keys.map((k) => generated.header.indexOf(rsvpResponsesSheet.columns[k].header));
  return generated.rows.map((cells) => Object.fromEntries(keys.map((k, i) => [k, at[i]! >= 0 ? cells[at[i]!]! : ''])) as Row);
}

/**
 * Responses drawn with and without a mistake of its own random stream (the rest at `rates`): the rows it marks, after
 * checking that every other answer, and `cell` in every row it does not mark, is as it would be without it.
 */
function onOwnStream(kind: keyof MistakeRates, rates: MistakeRates, cell: keyof Row) {
  const options = { ...CLEAN, responses: 600, seed: kind, rates };
  const clean = keyed(generateResponses(regional, SESSIONS, options));
  const generated = generateResponses(regional, SESSIONS, { ...options, rates: { ...rates, [kind]: 0.5 } });
  const rows = keyed(generated);
  const marked = generated.truth.flatMap((t, i) => (t.mistakes.includes(kind) ? [i] : []));
  const blank = (list: Row[]) => list.map((r) => ({ ...r, [cell]: '' }));
  expect(blank(rows)).toEqual(blank(clean));
  rows.forEach((row, i) => {
    if (!marked.includes(i)) expect(row[cell]).toBe(clean[i]![cell]);
  });
  return { clean, rows, marked };
}

/** `now` is `was` with two neighbouring words (between spaces) swapped, and nothing else changed. */
function expectNeighbourWordsSwapped(was: string, now: string): void {
  const [before, after] = [was.split(' '), now.split(' ')];
  const first = after.findIndex((word, k) => word !== before[k]);
  expect(after.filter((word, k) => word !== before[k])).toHaveLength(2);
  expect([after[first], after[first + 1]]).toEqual([before[first + 1], before[first]]);
}

/** Responses (for the regional registry) with a single mistake drawn at `rate`, everything else clean. */
function only(kind: keyof MistakeRates, extra: ResponseOptions = {}, rate = 1) {
  const generated = generateResponses(regional, SESSIONS, { ...CLEAN, responses: 600, seed: kind, ...extra, rates: { ...NO_MISTAKES, [kind]: rate } });
  const rows = keyed(generated);
  const marked = generated.truth
    .map((t, i) => ({ t, row: rows[i]!, lao: byCode.get(t.laoCode ?? '') as RegistryEntry }))
    .filter((x) => x.t.mistakes.includes(kind));
  return { generated, rows, marked };
}

/** Digits a reader gets back from a written mobile, in national form (a test oracle independent of core/contact). */
function nationalDigits(written: string): string {
  const digits = thaiDigitsToArabic(written).replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('66')) return '0' + digits.slice(2);
  return digits.length === 9 ? '0' + digits : digits;
}

/** Timestamp `D/M/YYYY, H:mm:ss` to seconds, for ordering. */
function seconds(stamp: string): number {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{1,2}):(\d{2}):(\d{2})$/.exec(stamp);
  if (!m) throw new Error(`bad timestamp ${stamp}`);
  const [, d, mo, y, h, mi, s] = m.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) / 1000;
}

describe('generated RSVP responses', () => {
  // The northern provinces (codes 5x): about as many responses per LAO as the national default mix.
  const northern = registry.filter((e) => e.code[1] === '5');
  const generated = generateResponses(northern, SESSIONS, { seed: 5, responses: 4000 });
  const rows = keyed(generated);

  test('have the form export shape: its headers, one truth per row, Forms timestamps in submission order', () => {
    expect(generated.header).toEqual(headers(rsvpResponsesSheet));
    expect(generateResponses(registry, SESSIONS, { ...CLEAN, responses: 10, collectEmail: false }).header).toEqual(
      headers(rsvpResponsesSheet).filter((h) => h !== 'ที่อยู่อีเมล'),
    );
    expect(generated.rows).toHaveLength(4000);
    expect(generated.truth.map((t) => t.row)).toEqual(generated.rows.map((_, i) => i + 1));
    for (const row of generated.rows) expect(row).toHaveLength(generated.header.length);
    const times = rows.map((r) => seconds(r.timestamp));
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThanOrEqual(times[i - 1]!);
    expect(rows[0]!.timestamp).toMatch(/^\d{1,2}\/6\/2026, \d{1,2}:\d{2}:\d{2}$/);
    expect(times[0]!).toBeGreaterThanOrEqual(Date.UTC(2026, 5, 1) / 1000);
    expect(times.at(-1)!).toBeLessThan(Date.UTC(2026, 5, 22) / 1000);
  });

  test('is deterministic per seed', () => {
    expect(generateResponses(northern, SESSIONS, { seed: 5, responses: 4000 })).toEqual(generated);
    expect(generateResponses(northern, SESSIONS, { seed: 6, responses: 4000 }).rows).not.toEqual(generated.rows);
  });

  test('without mistakes, every answer is the registry entry as the form offers it', () => {
    const clean = generateResponses(registry, SESSIONS, { ...CLEAN, seed: 2, responses: 2000 });
    const cleanRows = keyed(clean);
    clean.truth.forEach((t, i) => {
      const row = cleanRows[i]!;
      const lao = byCode.get(t.laoCode as string) as RegistryEntry;
      expect(t.mistakes).toEqual([]);
      expect(t.resolvable).toBe(true);
      expect([row.province, row.district, row.laoType, row.laoName, row.laoCode]).toEqual([lao.province, lao.district, LAO_TYPE_LONG[lao.type], lao.name, '']);
      expect(sessionTypes.get(row.session)).toContain(lao.type);
      expect(parsePhone(row.phone)).toMatchObject({ ok: true, kind: 'mobile' });
      expect(row.email).toBe(row.collectedEmail);
    });
    expect(new Set(clean.truth.map((t) => t.personId)).size).toBe(2000);
  });

  test('duplicates share a person id and an LAO; later ones are resubmissions that say what changed', () => {
    const byPerson = new Map<string, number[]>();
    generated.truth.forEach((t, i) => t.personId && byPerson.set(t.personId, [...(byPerson.get(t.personId) ?? []), i]));
    const repeated = [...byPerson.values()].filter((list) => list.length > 1);
    expect(repeated.length).toBeGreaterThan(150);
    const changes = new Set<MistakeKind>();
    for (const list of repeated) {
      expect(new Set(list.map((i) => generated.truth[i]!.laoCode)).size).toBe(1);
      const [first, ...later] = list;
      expect(generated.truth[first!]!.mistakes.filter((m) => m.startsWith('resubmit_'))).toEqual([]);
      later.forEach((i, k) => {
        const kinds = generated.truth[i]!.mistakes.filter((m) => m.startsWith('resubmit_'));
        expect(kinds).toHaveLength(1);
        const kind = kinds[0]!;
        changes.add(kind);
        const [before, after] = [rows[k === 0 ? first! : later[k - 1]!]!, rows[i]!];
        if (kind === 'resubmit_identical') expect({ ...after, timestamp: '' }).toEqual({ ...before, timestamp: '' });
        if (kind === 'resubmit_phone_changed' && !generated.truth[i]!.mistakes.includes('phone_office_landline')) {
          expect(phoneKey(after.phone)).not.toBe(phoneKey(before.phone));
        }
        if (kind === 'resubmit_position_changed') expect(after.position).not.toBe(before.position);
        if (kind === 'resubmit_session_changed') expect(sessionTypes.get(before.session)).not.toContain(byCode.get(generated.truth[i]!.laoCode!)!.type);
        // A registration for another LAO of the district before (the twin of another type, or a neighbour), then the
        // person's own: the earlier answers do not lead to the person's LAO.
        if (kind === 'resubmit_lao_changed') {
          const earlier = generated.truth[k === 0 ? first! : later[k - 1]!]!;
          expect(earlier.mistakes).toContain('lao_other_picked');
          expect(earlier.resolvable).toBe(false);
        }
      });
    }
    expect(changes.size).toBe(6);
    // Several different people from one LAO are not duplicates of each other.
    const peoplePerLao = new Map<string, Set<string>>();
    for (const t of generated.truth) if (t.laoCode && t.personId) peoplePerLao.set(t.laoCode, (peoplePerLao.get(t.laoCode) ?? new Set()).add(t.personId));
    expect([...peoplePerLao.values()].filter((s) => s.size > 1).length).toBeGreaterThan(100);
  });

  test('hopeless rows have no LAO and no person, and are blank-named or gibberish', () => {
    const hopeless = generated.truth.map((t, i) => ({ t, row: rows[i]! })).filter((x) => x.t.laoCode === null);
    expect(hopeless).toHaveLength(Math.round(4000 * 0.004));
    for (const { t, row } of hopeless) {
      expect(t.personId).toBeNull();
      expect(t.resolvable).toBe(false);
      if (t.mistakes.includes('hopeless_blank_name')) expect(row.personName).toBe('');
      else expect(GIBBERISH_LAO_NAMES).toContain(row.laoName);
    }
  });

  test('Bangkok people answer as Bangkok and carry its configured code', () => {
    const g = generateResponses(registry, SESSIONS, { ...CLEAN, responses: 50, bangkokPeople: 3, bangkokCode: 'BMA' });
    const bkk = keyed(g).filter((_, i) => g.truth[i]!.laoCode === 'BMA');
    expect(bkk).toHaveLength(3);
    for (const row of bkk) expect([row.province, row.laoType, row.laoName]).toEqual(['กรุงเทพมหานคร', 'กรุงเทพมหานคร', 'กรุงเทพมหานคร']);
  });

  test('mistake kinds are all known and the default mix carries most of them', () => {
    const seen = new Set(generated.truth.flatMap((t) => t.mistakes));
    for (const kind of seen) expect(MISTAKE_KINDS).toContain(kind);
    expect(seen.size).toBeGreaterThan(MISTAKE_KINDS.length - 6);
  });
});

describe('each mistake produces what it claims', () => {
  const expectSome = (marked: unknown[]) => expect(marked.length).toBeGreaterThan(20);

  test('LAO type written into the name: short, long, or เทศบาล alone', () => {
    const short = only('lao_short_type');
    expectSome(short.marked);
    for (const { row, lao } of short.marked) {
      expect(row.laoName).not.toBe(lao.name);
      expect(splitLaoName(row.laoName)).toEqual({ type: lao.type, name: lao.name });
    }
    const long = only('lao_long_type');
    expectSome(long.marked);
    for (const { row, lao } of long.marked) expect(row.laoName.replace(LAO_TYPE_LONG[lao.type], '').trim()).toBe(lao.name);
    const generic = only('lao_generic_municipality');
    expectSome(generic.marked);
    for (const { row, lao } of generic.marked) {
      expect(['เทศบาลนคร', 'เทศบาลเมือง', 'เทศบาลตำบล']).toContain(lao.type);
      expect(row.laoName).toMatch(/^เทศบาล ?/);
      expect(row.laoName.replace(/^เทศบาล ?/, '')).toBe(lao.name);
    }
  });

  test('an office or division before the name and its type, a note in brackets, the place after the name', () => {
    // An office word goes before a type written in the name, so the short type is drawn for every row too.
    const generated = generateResponses(regional, SESSIONS, {
      ...CLEAN,
      responses: 600,
      seed: 'lao_office_word',
      rates: { ...NO_MISTAKES, lao_short_type: 1, lao_office_word: 1 },
    });
    const rows = keyed(generated);
    const office = generated.truth.map((t, i) => ({ t, row: rows[i]! })).filter((x) => x.t.mistakes.includes('lao_office_word'));
    expectSome(office);
    for (const { row } of office) expect(row.laoName).toMatch(/^(สำนักงาน|ที่ทำการ|สำนักปลัด|กอง\S+?) ?(อ\.?บ\.?[ตจ]|ท\.?[ตมน])/);
    const note = only('lao_name_note');
    expectSome(note.marked);
    for (const { row, lao } of note.marked) {
      expect(row.laoName).toMatch(/\(([^()]+)\)$/);
      expect(row.laoName.replace(/ ?\([^()]+\)$/, '')).toBe(lao.name);
    }
    const place = only('lao_place_after_name');
    expectSome(place.marked);
    for (const { row, lao } of place.marked) {
      expect([lao.district, `${lao.district} ${lao.province}`, lao.province].map((p) => [' ', ', ', ' - '].map((sep) => lao.name + sep + p)).flat()).toContain(
        row.laoName,
      );
      expect(row.district).toBe(lao.district);
    }
    // The province alone too, as the LAO's own pages head a larger municipality.
    expect(place.marked.filter(({ row, lao }) => [' ', ', ', ' - '].some((sep) => row.laoName === lao.name + sep + lao.province)).length).toBeGreaterThan(0);
  });

  test('namesakes in one LAO never hold the same one-holder post (one ปลัด, one head per สำนัก or กอง)', () => {
    const { generated, rows } = only('namesake', { responses: 6000 });
    const byNameAndLao = new Map<string, Set<string>>();
    generated.truth.forEach((t, i) => {
      if (!t.personId) return;
      const key = `${t.laoCode}|${rows[i]!.personName}|${rows[i]!.position}`;
      byNameAndLao.set(key, (byNameAndLao.get(key) ?? new Set()).add(t.personId));
    });
    const shared = [...byNameAndLao].filter(([, people]) => people.size > 1).map(([key]) => key.split('|')[2]!);
    // Namesakes do share posts anyone can hold (นักวิชาการ…), never the ปลัด's or a head's.
    expect(shared.length).toBeGreaterThan(0);
    for (const post of shared) expect(post).not.toMatch(/^(ปลัด|หัวหน้าสำนักปลัด|ผู้อำนวยการกอง)/);
  });

  test('a personal e-mail address is one person’s: alike handles are told apart by digits', () => {
    const generated = generateResponses(regional, SESSIONS, { ...CLEAN, responses: 6000, seed: 'emails', rates: NO_MISTAKES });
    const rows = keyed(generated);
    const people = new Map<string, Set<string>>();
    generated.truth.forEach((t, i) => {
      const email = rows[i]!.email;
      if (t.personId && !email.startsWith('lao')) people.set(email, (people.get(email) ?? new Set()).add(t.personId));
    });
    expect(people.size).toBeGreaterThan(3000);
    expect([...people].filter(([, who]) => who.size > 1)).toEqual([]);
    // Alike handles are common (names repeat): some addresses carry the digits that told them apart.
    expect([...people.keys()].some((email) => /\d@/.test(email))).toBe(true);
  });

  test('a provider domain typed with a slip, as Mailcheck sees them (gmil.con, hotmail.cmo)', () => {
    const { marked } = only('email_domain_typo');
    expectSome(marked);
    for (const { row } of marked) {
      const domain = row.email.slice(row.email.lastIndexOf('@') + 1);
      expect(['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.th', 'outlook.co.th']).not.toContain(domain);
      expect(comparableEmail(row.email)).not.toBe(row.email);
    }
  });

  test('a dot left out of or put into a Gmail name: the same mailbox, another address', () => {
    const { generated, rows, marked } = only('email_gmail_dots', { responses: 6000, resubmitRate: 0.3 }, 0.5);
    expectSome(marked);
    for (const { row } of marked) expect(row.email).toMatch(/@gmail\.com$/);
    // A person's other submission without the slip (a resubmission): another address, the same name but for dots.
    const withoutDots = (email: string) => email.slice(0, email.indexOf('@')).replace(/\./g, '');
    // (Not where a resubmission corrected the address itself.)
    const corrected = new Set(generated.truth.filter((x) => x.mistakes.includes('resubmit_email_changed')).map((x) => x.personId));
    const pairs = marked.flatMap(({ row, t }) => {
      if (corrected.has(t.personId)) return [];
      const own = generated.truth.findIndex((x) => x.personId === t.personId && !x.mistakes.includes('email_gmail_dots'));
      return own >= 0 && rows[own]!.email.endsWith('@gmail.com') ? [[row.email, rows[own]!.email] as const] : [];
    });
    expectSome(pairs);
    for (const [slipped, own] of pairs) {
      expect(slipped).not.toBe(own);
      expect(withoutDots(slipped)).toBe(withoutDots(own));
    }
  });

  test('a nickname in brackets after the given name or the whole name', () => {
    const { marked } = only('person_nickname');
    expectSome(marked);
    for (const { row } of marked) expect(row.personName).toMatch(/\S ?\([ก-๛]+\)( \S|$)/);
  });

  test('type answer missing, wrong, or in short form', () => {
    const missing = only('lao_type_missing');
    expectSome(missing.marked);
    for (const { row } of missing.marked) expect(row.laoType).toBe('');
    const wrong = only('lao_type_wrong');
    expectSome(wrong.marked);
    for (const { row, lao } of wrong.marked) expect([null, lao.type]).not.toContain(parseLaoType(row.laoType));
    const short = only('lao_type_short_form');
    expectSome(short.marked);
    for (const { row, lao } of short.marked) {
      expect(row.laoType).not.toBe(LAO_TYPE_LONG[lao.type]);
      expect(parseLaoType(row.laoType)).toBe(lao.type);
    }
  });

  test('Thai character noise in the LAO name is undone by cleanText', () => {
    for (const kind of ['lao_sara_am_split', 'lao_tone_order', 'lao_zero_width', 'lao_nbsp'] as const) {
      const { marked } = only(kind, { responses: 3000 });
      expectSome(marked);
      for (const { row, lao } of marked) {
        expect(row.laoName).not.toBe(lao.name);
        expect(cleanText(row.laoName)).toBe(lao.name);
        if (kind === 'lao_sara_am_split') expect(row.laoName).toContain('\u0E4D');
        if (kind === 'lao_tone_order') expect(fixThaiOrder(row.laoName)).toBe(lao.name);
      }
    }
    const spacing = only('lao_name_spacing');
    expectSome(spacing.marked);
    for (const { row, lao } of spacing.marked) {
      expect(row.laoName).not.toBe(lao.name);
      expect(row.laoName.replace(/\s/g, '')).toBe(lao.name.replace(/\s/g, ''));
    }
  });

  test('a typo in the LAO name is one edit', () => {
    const { marked } = only('lao_name_typo');
    expectSome(marked);
    for (const { row, lao } of marked) {
      expect(row.laoName).not.toBe(lao.name);
      const [a, b] = [[...row.laoName], [...lao.name]];
      expect(Math.abs(a.length - b.length)).toBeLessThanOrEqual(1);
    }
  });

  test('province and district written with prefixes, เมือง alone, blank, or another district', () => {
    const province = only('province_prefix');
    expectSome(province.marked);
    for (const { row, lao } of province.marked) {
      expect(row.province).toMatch(/^(จ\.|จังหวัด)/);
      expect(normaliseProvince(row.province)).toBe(lao.province);
    }
    const prefix = only('district_prefix');
    expectSome(prefix.marked);
    for (const { row, lao } of prefix.marked) {
      expect(row.district).toMatch(/^(อ\.|อำเภอ)/);
      expect(normaliseDistrict(row.district)).toBe(lao.district);
    }
    const mueang = only('district_mueang', { responses: 3000 });
    expectSome(mueang.marked);
    for (const { row, lao } of mueang.marked) expect([row.district, lao.district]).toEqual(['เมือง', `เมือง${lao.province}`]);
    const blank = only('district_blank');
    expectSome(blank.marked);
    for (const { row } of blank.marked) expect(row.district).toBe('');
    const other = only('district_other');
    expectSome(other.marked);
    const districts = new Set(registry.map((e) => `${e.province}|${e.district}`));
    for (const { row, lao } of other.marked) {
      expect(row.district).not.toBe(lao.district);
      expect(districts.has(`${lao.province}|${row.district}`)).toBe(true);
    }
  });

  test('what other hands leave: numbers written back as floats, a name typed on the English layout', () => {
    const phones = only('phone_sheet_float', {}, 0.5);
    expectSome(phones.marked);
    for (const { row } of phones.marked) {
      expect(row.phone).toMatch(/^[1-9]\d{7,9}\.0$/);
      expect(nationalDigits(row.phone.replace(/\.0$/, ''))).toMatch(/^0\d{8,9}$/);
    }
    const codes = only('code_sheet_float', { codeGivenRate: 1 }, 0.5);
    expectSome(codes.marked);
    for (const { row, lao } of codes.marked) expect(row.laoCode).toBe(`${lao.code}.0`);
    const layout = only('lao_english_layout', {}, 0.5);
    expectSome(layout.marked);
    for (const { row, lao } of layout.marked) {
      expect(row.laoName).not.toMatch(/[ก-๛]/);
      expect(thaiFromEnglishLayout(row.laoName)).toContain(lao.name);
    }
  });

  test('a finger on a touching key: one character of the LAO name or the person name, on a stream of its own', () => {
    const lao = only('lao_name_neighbour_key', {}, 0.5);
    expectSome(lao.marked);
    for (const { row, lao: entry } of lao.marked) {
      const [typed, name] = [[...row.laoName], [...entry.name]];
      expect(typed).toHaveLength(name.length);
      expect(typed.filter((c, i) => c !== name[i])).toHaveLength(1);
    }
    const person = only('person_name_neighbour_key', {}, 0.5);
    expectSome(person.marked);
    const clean = keyed(generateResponses(regional, SESSIONS, { ...CLEAN, responses: 600, seed: 'person_name_neighbour_key' }));
    person.marked.forEach(({ row, t }) => {
      const before = clean[t.row - 1]!.personName;
      expect([...row.personName].filter((c, i) => c !== [...before][i])).toHaveLength(1);
    });
    // Drawn on their own stream: every other answer is as it would be without them.
    const withSlips = person.rows.map((r) => ({ ...r, personName: '' }));
    expect(withSlips).toEqual(clean.map((r) => ({ ...r, personName: '' })));
  });

  test('two neighbouring words of the LAO name cell swapped, on a stream of their own', () => {
    const { clean, rows, marked } = onOwnStream('lao_words_swapped', { ...NO_MISTAKES, lao_long_type: 1, lao_place_after_name: 1 }, 'laoName');
    expectSome(marked);
    expect(marked.length).toBeLessThan(rows.length);
    for (const i of marked) expectNeighbourWordsSwapped(clean[i]!.laoName, rows[i]!.laoName);
  });

  test('two neighbouring words of the person name cell swapped, on a stream of their own', () => {
    const { clean, rows, marked } = onOwnStream('person_words_swapped', { ...NO_MISTAKES, person_title_spaced: 0.5 }, 'personName');
    expectSome(marked);
    for (const i of marked) expectNeighbourWordsSwapped(clean[i]!.personName, rows[i]!.personName);
  });

  test('the person name typed on the English layout, on a stream of its own', () => {
    const { clean, rows, marked } = onOwnStream('person_english_layout', NO_MISTAKES, 'personName');
    expectSome(marked);
    for (const i of marked) {
      expect(rows[i]!.personName).not.toMatch(/[ก-๛]/);
      expect(thaiFromEnglishLayout(rows[i]!.personName)).toBe(clean[i]!.personName);
    }
  });

  // Ways of writing from outside the generator (letter-forms.ts): the letter this project answers, Thai postal
  // addresses, iOS's Smart Punctuation. Each on a stream of its own.
  test('places glued after the LAO name, as the letter glues them', () => {
    const { clean, rows, marked } = onOwnStream('lao_place_glued', NO_MISTAKES, 'laoName');
    expectSome(marked);
    for (const i of marked) {
      const [was, now] = [clean[i]!.laoName, rows[i]!.laoName];
      expect(now.startsWith(was)).toBe(true);
      expect(now.slice(was.length)).toMatch(new RegExp(`^(?:(?:อำเภอ|อ\\.)${rows[i]!.district} ?(?:จังหวัด|จ\\.)|จังหวัด)${rows[i]!.province}$`));
    }
  });

  test("the letter's องค้การ in a written-out type", () => {
    const { clean, rows, marked } = onOwnStream('lao_type_letter_slip', { ...NO_MISTAKES, lao_long_type: 1 }, 'laoName');
    expectSome(marked);
    for (const i of marked) {
      expect(clean[i]!.laoName).toContain('องค์การ');
      expect(rows[i]!.laoName).toBe(clean[i]!.laoName.replace('องค์การ', 'องค้การ'));
    }
  });

  test('the LAO name and the person name in quotes, curly or plain', () => {
    for (const [kind, cell] of [
      ['lao_quoted', 'laoName'],
      ['person_quoted', 'personName'],
    ] as const) {
      const { clean, rows, marked } = onOwnStream(kind, NO_MISTAKES, cell);
      expectSome(marked);
      for (const i of marked) expect([`“${clean[i]![cell]}”`, `"${clean[i]![cell]}"`]).toContain(rows[i]![cell]);
    }
  });

  test("the district's box as a postal address line: the district, then the province", () => {
    const { clean, rows, marked } = onOwnStream('district_address_line', NO_MISTAKES, 'district');
    expectSome(marked);
    for (const i of marked) {
      const { district, province } = clean[i]!;
      expect([`อ.${district}`, `อำเภอ${district}`].map((d) => [`${d} จ.${province}`, `${d} จังหวัด${province}`]).flat()).toContain(rows[i]!.district);
    }
  });

  test("the district and the LAO name each in the other's box, on a stream of their own", () => {
    const options = { ...CLEAN, responses: 600, seed: 'lao_place_boxes_swapped', rates: { ...NO_MISTAKES, district_prefix: 0.5, lao_short_type: 0.5 } };
    const clean = keyed(generateResponses(regional, SESSIONS, options));
    const generated = generateResponses(regional, SESSIONS, { ...options, rates: { ...options.rates, lao_place_boxes_swapped: 0.5 } });
    const rows = keyed(generated);
    const marked = generated.truth.flatMap((t, i) => (t.mistakes.includes('lao_place_boxes_swapped') ? [i] : []));
    expectSome(marked);
    rows.forEach((row, i) => {
      const was = clean[i]!;
      const swapped = marked.includes(i);
      expect({ ...row, district: '', laoName: '' }).toEqual({ ...was, district: '', laoName: '' });
      expect([row.district, row.laoName]).toEqual(swapped ? [was.laoName, was.district] : [was.district, was.laoName]);
    });
  });

  test('another province in the province box, on a stream of its own', () => {
    const { clean, rows, marked } = onOwnStream('province_other', NO_MISTAKES, 'province');
    expectSome(marked);
    const provinces = new Set(regional.map((e) => e.province));
    for (const i of marked) {
      expect(rows[i]!.province).not.toBe(clean[i]!.province);
      expect(provinces.has(rows[i]!.province)).toBe(true);
    }
  });

  test('the post after the person name, as a signature writes it, and the letter’s contact line; read back to the name', () => {
    const post = onOwnStream('person_post_after_name', NO_MISTAKES, 'personName');
    expectSome(post.marked);
    for (const i of post.marked) {
      expect(post.rows[i]!.personName.startsWith(`${post.clean[i]!.personName} ${post.rows[i]!.position}`)).toBe(true);
      expect(parsePersonName(post.rows[i]!.personName).key).toBe(parsePersonName(post.clean[i]!.personName).key);
    }
    const line = onOwnStream('person_contact_line', NO_MISTAKES, 'personName');
    expectSome(line.marked);
    for (const i of line.marked) {
      const { personName } = line.rows[i]!;
      const name = line.clean[i]!.personName;
      expect([name, `ผู้ประสานงาน: ${name}`]).toContain(personName.slice(0, personName.indexOf(' โทร. ')));
      expect(nationalDigits(personName.slice(personName.indexOf(' โทร. ')))).toBe(nationalDigits(line.rows[i]!.phone));
      expect(parsePersonName(personName).key).toBe(parsePersonName(name).key);
    }
  });

  test('LAO codes in Thai digits or wrong', () => {
    const thai = only('code_thai_digits', { codeGivenRate: 1 });
    expectSome(thai.marked);
    for (const { row, lao } of thai.marked) {
      expect(row.laoCode).toMatch(/^[๐-๙]{7}$/);
      expect(thaiDigitsToArabic(row.laoCode)).toBe(lao.code);
    }
    const wrong = only('code_wrong', { codeGivenRate: 1 });
    expectSome(wrong.marked);
    for (const { row, lao } of wrong.marked) {
      expect(row.laoCode).toMatch(/^\d{7}$/);
      expect(row.laoCode).not.toBe(lao.code);
    }
    expect(only('code_wrong', { codeGivenRate: 0 }).marked).toHaveLength(0);
  });

  test('person titles dropped, short, stacked or spaced', () => {
    const givenNames = new Set(GIVEN_NAMES.map(([thai]) => thai));
    const dropped = only('person_title_dropped');
    expectSome(dropped.marked);
    for (const { row } of dropped.marked) {
      expect(parsePersonName(row.personName).titles).toEqual([]);
      expect(givenNames.has(row.personName.split(' ')[0]!)).toBe(true);
    }
    const short = only('person_title_short');
    expectSome(short.marked);
    for (const { row } of short.marked) expect(row.personName).toMatch(/^(น\.ส\.|ว่าที่ ร\.ต\.|จ\.ส\.อ\.|ส\.ต\.ท\.|พ\.ต\.อ\.|ด\.ต\.|ม\.ล\.|ม\.ร\.ว\.)/);
    const stacked = only('person_title_stacked', { responses: 3000 });
    expectSome(stacked.marked);
    for (const { row } of stacked.marked) expect(parsePersonName(row.personName).titles.length).toBeGreaterThanOrEqual(2);
    const spaced = only('person_title_spaced');
    expectSome(spaced.marked);
    for (const { row } of spaced.marked) {
      const parsed = parsePersonName(row.personName);
      expect(parsed.titles.length).toBeGreaterThan(0);
      expect(givenNames.has(parsed.given)).toBe(true);
      expect(row.personName).toMatch(/^\S+ /);
    }
  });

  test('phones in every format read back to a number', () => {
    const shapes: Array<[keyof MistakeRates, RegExp]> = [
      ['phone_dashes', /-/],
      ['phone_spaces', / /],
      ['phone_plus66', /^\+?66/],
      ['phone_thai_digits', /[๐-๙]/],
      ['phone_leading_zero_lost', /^[689]\d{8}$/],
    ];
    for (const [kind, shape] of shapes) {
      const { marked } = only(kind);
      expectSome(marked);
      for (const { row } of marked) {
        expect(row.phone).toMatch(shape);
        expect(nationalDigits(row.phone)).toMatch(/^0[689]\d{8}$/);
      }
    }
    const two = only('phone_two_numbers');
    expectSome(two.marked);
    for (const { row } of two.marked) expect(parsePhone(row.phone)).toMatchObject({ ok: true, kind: 'mobile', others: [expect.any(String)] });
    // The office landline is shared by colleagues; half of the time with an extension.
    const office = only('phone_office_landline', { responses: 3000 });
    expectSome(office.marked);
    const landlines = new Map<string, Set<string | null>>();
    for (const { row, lao, t } of office.marked) {
      expect(parsePhone(row.phone)).toMatchObject({ ok: true, kind: 'landline' });
      expect(t.mistakes.includes('phone_extension')).toBe(/ต่อ|ext|#/.test(row.phone));
      landlines.set(lao.code, (landlines.get(lao.code) ?? new Set()).add(phoneKey(row.phone)));
    }
    for (const keys of landlines.values()) expect(keys.size).toBe(1);
  });

  test('e-mails with capitals, spaces, or the office mailbox; submitted from a colleague account', () => {
    const cased = only('email_case');
    expectSome(cased.marked);
    for (const { row } of cased.marked) {
      expect(row.email).not.toBe(row.email.toLowerCase());
      expect(row.email.toLowerCase()).toBe(row.collectedEmail);
    }
    const spaced = only('email_spaces');
    expectSome(spaced.marked);
    for (const { row } of spaced.marked) expect(row.email.replace(/\s/g, '')).toBe(row.collectedEmail);
    const shared = only('email_office_shared', { responses: 3000 });
    expectSome(shared.marked);
    for (const { row, lao } of shared.marked) expect(row.email).toBe(`lao${lao.code}@gmail.com`);
    const colleague = only('submitted_by_colleague');
    expectSome(colleague.marked);
    const emailsOf = new Map<string, Set<string>>();
    colleague.rows.forEach((row, i) => {
      const code = colleague.generated.truth[i]!.laoCode!;
      emailsOf.set(code, (emailsOf.get(code) ?? new Set()).add(row.email));
    });
    for (const { row, lao } of colleague.marked) {
      expect(row.collectedEmail).not.toBe(row.email);
      expect(emailsOf.get(lao.code)?.has(row.collectedEmail)).toBe(true);
    }
  });

  test('positions abbreviated; sessions not for the LAO type', () => {
    const position = only('position_abbreviated');
    expectSome(position.marked);
    for (const { row } of position.marked) expect(row.position).toMatch(/ฯ|จพ\.|ผอ\.|หน\.|ชก\.|ชพ\.|ปลัด อบ[ตจ]\.|ผช\./);
    const session = only('session_wrong');
    expectSome(session.marked);
    for (const { row, lao } of session.marked) expect(sessionTypes.get(row.session)).not.toContain(lao.type);
  });
});

describe('resolvable by a person', () => {
  const entry = (code: string, type: LaoType, name: string, district: string): RegistryEntry => ({
    code,
    type,
    name,
    province: 'ตาก',
    district,
    districts: [district],
  });
  // ทต./อบต. sharing a tambon name in one district, a PAO and a city sharing the province's name, two SAOs of one
  // name in two districts, and one LAO with a unique name.
  const small = [
    entry('2630101', 'อบจ.', 'ตาก', 'เมืองตาก'),
    entry('3630102', 'เทศบาลนคร', 'ตาก', 'เมืองตาก'),
    entry('5630201', 'เทศบาลตำบล', 'บ้านนา', 'สามเงา'),
    entry('6630202', 'อบต.', 'บ้านนา', 'สามเงา'),
    entry('6630301', 'อบต.', 'วังหิน', 'บ้านตาก'),
    entry('6630401', 'อบต.', 'วังหิน', 'แม่สอด'),
    entry('6630501', 'อบต.', 'แม่ระมาด', 'แม่ระมาด'),
  ];
  const run = (rates: Partial<MistakeRates>, extra: ResponseOptions = {}) => {
    const g = generateResponses(small, SESSIONS, { ...CLEAN, responses: 400, coverage: 1, ...extra, rates: { ...NO_MISTAKES, ...rates } });
    return g.truth.map((t, i) => ({ ...t, answers: keyed(g)[i]! }));
  };

  test('clean answers always single out the LAO', () => {
    expect(run({}).every((t) => t.resolvable)).toBe(true);
  });

  test('a blank type leaves the name clashes unresolved, unless the name carries the type or a right code is given', () => {
    const truth = run({ lao_type_missing: 1 });
    const clashing = new Set(['2630101', '3630102', '5630201', '6630202']);
    for (const t of truth) expect(t.resolvable).toBe(!clashing.has(t.laoCode!));
    for (const t of run({ lao_type_missing: 1, lao_long_type: 1 })) expect(t.resolvable).toBe(true);
    for (const t of run({ lao_type_missing: 1 }, { codeGivenRate: 1 })) expect(t.resolvable).toBe(true);
  });

  test('a wrong district is harmless unless the name is shared within the province', () => {
    const truth = run({ district_other: 1 }).filter((x) => x.mistakes.includes('district_other'));
    expect(truth.length).toBeGreaterThan(300);
    // Two อบต.วังหิน: with a wrong district nothing tells them apart. Every other name is unique for its type.
    for (const t of truth) expect(t.resolvable).toBe(!['6630301', '6630401'].includes(t.laoCode!));
  });

  test('a wrong type pointing to the namesake is unresolvable', () => {
    const truth = run({ lao_type_wrong: 1 });
    const wrong = truth.filter((x) => x.mistakes.includes('lao_type_wrong'));
    expect(wrong.length).toBeGreaterThan(50);
    // อบต.บ้านนา is only ever confused with เทศบาลตำบล, and that is its namesake.
    for (const t of wrong.filter((x) => x.laoCode === '6630202')) expect(t.resolvable).toBe(false);
    for (const t of wrong.filter((x) => x.laoCode === '6630501')) expect(t.resolvable).toBe(true);
  });
});
