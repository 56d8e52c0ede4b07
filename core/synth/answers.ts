import type { RsvpResponseKey } from '../../sheets-schema/rsvp-form';
import type { RegistryEntry } from '../registry/types';
import {
  capitaliseEmail,
  mistypeDigit,
  mistypeEmail,
  mistypeEmailDomain,
  spaceEmail,
  writeExtension,
  writeExtensionWords,
  writePhone,
  type PhoneStyle,
} from './contacts';
import type { MistakeKind, MistakeRates } from './mistakes';
import { POSITION_LEVELS, POSITIONS_COMMON } from './people-data';
import type { Rng } from './random';
import type { Person } from './respondents';
import type { SessionChoice } from './responses';
import { asContactLine, districtAsAddressLine, quoted, withLetterSlip, withPlacesGlued, withPostAfter } from './letter-forms';
import { isResolvable, type Lookup } from './resolvable';
import {
  abbreviateWithPaiyannoi,
  insertZeroWidth,
  neighbourKeySlip,
  noBreakSpaces,
  splitSaraAm,
  straySpaces,
  swapNeighbourWords,
  toFullWidthDigits,
  toneAfterFollowingVowel,
  toneBeforeVowel,
  toThaiDigits,
  typo,
} from './typing';
import { englishLayoutOf } from '../text/keyboard-layout';
import { LAO_TYPE_LONG, type LaoType } from '../vocabulary';

/** What people type: a submission's answers rendered with the mistakes drawn for it, each one recorded. */

/** One submission before rendering: what the person means to answer plus forced mistakes. */
export interface Submission {
  person: Person;
  at: number;
  forced: MistakeKind[];
  /** The earlier slip that this person later corrected. */
  slip?: 'phone' | 'email' | 'position' | 'session' | 'lao';
  copyOf?: Submission;
  cells?: Record<RsvpResponseKey, string>;
  mistakes?: MistakeKind[];
  resolvable?: boolean;
}

/**
 * Random streams of their own for mistakes added after the others (each drawn for every row), so that adding one left
 * every other draw as it was: `keys` for slips onto touching keys, `words` and `personWords` for swapped neighbouring
 * words of the LAO name and of the person's name, `personLayout` for the person's name typed on the English layout,
 * `places` for the province alone written after the LAO name, `written` and `personWritten` for the LAO's answers and
 * the person's name as letters, addresses and phones write them (letter-forms.ts), `boxes` for the district and the
 * LAO name each in the other's box, `provinces` for another province answered.
 */
export interface OwnStreams {
  keys: Rng;
  words: Rng;
  personWords: Rng;
  personLayout: Rng;
  places: Rng;
  written: Rng;
  personWritten: Rng;
  boxes: Rng;
  provinces: Rng;
}

/** Of the places written after an LAO name (`lao_place_after_name`), the share that is the province alone. */
const PROVINCE_ALONE_AFTER_NAME = 0.3;

export function renderSubmission(
  s: Submission,
  sessions: readonly SessionChoice[],
  rates: MistakeRates,
  codeGivenRate: number,
  lookup: Lookup,
  rng: Rng,
  own: OwnStreams,
): void {
  if (s.copyOf) return;
  const mistakes: MistakeKind[] = [...s.forced];
  const has = (kind: keyof MistakeRates) => rng.chance(rates[kind]);
  const mark = (kind: MistakeKind) => mistakes.push(kind);
  const { person } = s;
  // A registration for another LAO, corrected later: its answers are that LAO's, typed as any others.
  const lao = (s.slip === 'lao' ? mistakenLao(person.office.lao, lookup, rng) : null) ?? person.office.lao;
  if (lao !== person.office.lao) mark('lao_other_picked');
  const isBangkok = lao.type === 'กรุงเทพมหานคร';
  // Of the places written after the LAO name, the province alone, as the LAO's own pages head a larger municipality
  // (`เทศบาลเมืองชุมพร จังหวัดชุมพร`) and as addresses leave the district out.
  const provinceAlone = own.places.chance(PROVINCE_ALONE_AFTER_NAME);
  // Drawn for every row on streams of their own, as the letter and addresses write answers (letter-forms.ts).
  const written = {
    placesGlued: own.written.chance(rates.lao_place_glued),
    letterSlip: own.written.chance(rates.lao_type_letter_slip),
    quoted: own.written.chance(rates.lao_quoted),
    addressLine: own.written.chance(rates.district_address_line),
  };
  const personWritten = {
    quoted: own.personWritten.chance(rates.person_quoted),
    post: own.personWritten.chance(rates.person_post_after_name),
    contactLine: own.personWritten.chance(rates.person_contact_line),
  };

  // LAO answers: what the person means to say, then how it comes out.
  let typedType: LaoType | null = lao.type;
  if (!isBangkok && has('lao_type_missing')) {
    typedType = null;
    mark('lao_type_missing');
  } else if (!isBangkok && has('lao_type_wrong')) {
    typedType = confusedType(lao.type, rng);
    mark('lao_type_wrong');
  }
  let typedDistrict: string | null = lao.district;
  const others = lookup.districts.get(lao.province)?.filter((d) => d !== lao.district) ?? [];
  if (!isBangkok && has('district_blank')) {
    typedDistrict = null;
    mark('district_blank');
  } else if (!isBangkok && others.length > 0 && has('district_other')) {
    typedDistrict = rng.pick(others);
    mark('district_other');
  }
  let typedName = lao.name;
  if (!isBangkok && has('lao_name_typo')) {
    typedName = typo(lao.name, rng);
    mark('lao_name_typo');
  } else if (!isBangkok && [...lao.name].length >= 6 && has('lao_name_two_typos')) {
    typedName = typo(typo(lao.name, rng), rng);
    mark('lao_name_two_typos');
  }
  // Drawn for every row on its own stream (own.keys), so every other draw stays as it was.
  if (own.keys.chance(rates.lao_name_neighbour_key) && !isBangkok && typedName === lao.name) {
    typedName = neighbourKeySlip(lao.name, own.keys);
    mark('lao_name_neighbour_key');
  }
  let typedCode: string | null = !isBangkok && rng.chance(codeGivenRate) ? lao.code : null;
  if (typedCode && has('code_wrong')) {
    const neighbours = lookup.byDistrict.get(`${lao.province}|${lao.district}`)?.filter((e) => e.code !== lao.code) ?? [];
    typedCode = neighbours.length && rng.chance(0.5) ? rng.pick(neighbours).code : mistypeDigit(lao.code, rng);
    mark('code_wrong');
  }
  let nameCell = typedName;
  let prefixType = typedType ?? lao.type;
  // The name's prefix says one type and the form's choice another (a stale name, a careless dropdown).
  let contradicted = false;
  if (!isBangkok && typedType !== null && lao.type !== 'ท้องถิ่นรูปแบบพิเศษ' && has('lao_type_contradicts_name')) {
    prefixType = confusedType(lao.type, rng);
    contradicted = true;
  }
  let namedType: LaoType | null = null;
  if (!isBangkok && lao.type !== 'ท้องถิ่นรูปแบบพิเศษ') {
    if (isMunicipality(prefixType) && has('lao_generic_municipality')) {
      nameCell = 'เทศบาล' + rng.pick(['', ' ']) + nameCell;
      mark('lao_generic_municipality');
    } else if (has('lao_long_type')) {
      let long = LAO_TYPE_LONG[prefixType];
      if (written.letterSlip && long.includes('องค์การ')) {
        long = withLetterSlip(long);
        mark('lao_type_letter_slip');
      }
      nameCell = long + rng.pick(['', ' ']) + nameCell;
      namedType = prefixType;
      mark('lao_long_type');
    } else if (has('lao_short_type')) {
      nameCell = shortTypeForm(prefixType, rng) + nameCell;
      namedType = prefixType;
      mark('lao_short_type');
    }
  }
  if (contradicted && namedType !== null && namedType !== typedType) mark('lao_type_contradicts_name');
  if (namedType !== null && has('lao_office_word')) {
    nameCell = rng.pick(OFFICE_WORDS) + rng.pick(['', ' ']) + nameCell;
    mark('lao_office_word');
  }
  // The district or province written after the name (lao_place_after_name), when it is.
  let placeAfterName: string | null = null;
  if (!isBangkok && has('lao_name_note')) {
    nameCell += rng.pick([' ', '']) + `(${rng.pick([...DIVISIONS, lao.district, `อ.${lao.district}`])})`;
    mark('lao_name_note');
  } else if (!isBangkok && typedDistrict === lao.district && has('lao_place_after_name')) {
    const districtFirst = rng.chance(0.3) ? `${lao.district} ${lao.province}` : lao.district;
    placeAfterName = provinceAlone ? lao.province : districtFirst;
    nameCell += rng.pick([' ', ', ', ' - ']) + placeAfterName;
    mark('lao_place_after_name');
  }
  if (written.placesGlued && !isBangkok && typedDistrict === lao.district && placeAfterName === null && !mistakes.includes('lao_name_note')) {
    nameCell = withPlacesGlued(nameCell, lao, own.written);
    mark('lao_place_glued');
  }
  // Two neighbouring words swapped (on a stream of its own, drawn for every row): the type after the name, the place
  // or an office word before it. A reader takes the first word, or the word after a type, for the name: when such a
  // word is another LAO's name in the province (the place moved first, or now after the type), they ask which.
  let otherNameFirst = false;
  if (own.words.chance(rates.lao_words_swapped) && !isBangkok && nameCell.includes(' ')) {
    const swapped = swapNeighbourWords(nameCell, own.words).text;
    if (swapped !== nameCell) {
      otherNameFirst = wordsReadAsName(swapped).some((w) => w !== typedName && lookup.byProvinceName.has(`${lao.province}|${w}`));
      nameCell = swapped;
      mark('lao_words_swapped');
    }
  }
  // A type written into the name tells a reader the type even when the type answer is blank.
  s.resolvable = isResolvable(lookup, lao, { type: typedType ?? namedType, district: typedDistrict, name: typedName, code: typedCode });
  // The answers are another LAO's: nobody reading them finds the person's own.
  if (lao !== person.office.lao || otherNameFirst) s.resolvable = false;
  // `เวียง เชียงของ` is also ทต.เวียงเชียงของ's name typed with a space: a reader asks which.
  const firstPlace = placeAfterName?.split(' ')[0];
  if (firstPlace && lookup.byProvinceName.has(`${lao.province}|${typedName}${firstPlace}`)) s.resolvable = false;
  // Two types answered: a reader hesitates when an LAO of the name has the other type in the province.
  if (
    mistakes.includes('lao_type_contradicts_name') &&
    namedType &&
    (lookup.byProvinceName.get(`${lao.province}|${typedName}`) ?? []).some((e) => e.type === namedType)
  ) {
    s.resolvable = false;
  }
  nameCell = applyThaiNoise(nameCell, 'lao', rates, rng, mistakes, true);
  if (written.quoted && !isBangkok) {
    nameCell = quoted(nameCell, own.written);
    mark('lao_quoted');
  }

  let typeCell = typedType ? LAO_TYPE_LONG[typedType] : '';
  if (typedType && !isBangkok && has('lao_type_short_form')) {
    typeCell = shortTypeForm(typedType, rng).trim();
    mark('lao_type_short_form');
  }
  let provinceCell = lao.province;
  // Another province (own stream, drawn for every row). A reader finds the LAO by its district when that district is of
  // one province only and the province answered has no LAO of the name; otherwise they ask.
  if (own.provinces.chance(rates.province_other) && !isBangkok) {
    const others = [...lookup.districts.keys()].filter((p) => p !== lao.province && p !== 'กรุงเทพมหานคร');
    provinceCell = own.provinces.pick(others);
    mark('province_other');
    const districtElsewhere = others.some((p) => typedDistrict !== null && lookup.districts.get(p)?.includes(typedDistrict));
    if (typedDistrict === null || districtElsewhere || lookup.byProvinceName.has(`${provinceCell}|${typedName}`)) s.resolvable = false;
  }
  // The draw made for every row as before; another province answered is left as answered.
  if (!isBangkok && has('province_paiyannoi') && provinceCell === lao.province) {
    const short = abbreviateWithPaiyannoi(lao.province, [...lookup.districts.keys()]);
    if (short) {
      provinceCell = short;
      mark('province_paiyannoi');
    }
  }
  if (!isBangkok && has('province_prefix')) {
    provinceCell = rng.pick(['จ.', 'จ. ', 'จังหวัด', 'จังหวัด ']) + provinceCell;
    mark('province_prefix');
  }
  let districtCell = typedDistrict ?? '';
  if (typedDistrict === `เมือง${lao.province}` && has('district_mueang')) {
    districtCell = 'เมือง';
    mark('district_mueang');
  } else if (typedDistrict && has('district_paiyannoi')) {
    const short = typedDistrict === `เมือง${lao.province}` ? 'เมืองฯ' : abbreviateWithPaiyannoi(typedDistrict, lookup.districts.get(lao.province) ?? []);
    if (short) {
      districtCell = short;
      mark('district_paiyannoi');
    }
  }
  if (districtCell && has('district_prefix')) {
    districtCell = rng.pick(['อ.', 'อ. ', 'อำเภอ', 'อำเภอ ']) + districtCell;
    mark('district_prefix');
  }
  if (written.addressLine && !isBangkok && districtCell) {
    districtCell = districtAsAddressLine(districtCell, lao.province, own.written);
    mark('district_address_line');
  }
  // The district and the LAO name each in the other's box (own stream, drawn for every row), as typed so far.
  if (own.boxes.chance(rates.lao_place_boxes_swapped) && !isBangkok && districtCell && nameCell) {
    [districtCell, nameCell] = [nameCell, districtCell];
    mark('lao_place_boxes_swapped');
    // A name that is also a district of the province leaves a reader two readings, each of two boxes swapped or not.
    if (typedName !== lao.district && lookup.districts.get(lao.province)?.includes(typedName)) s.resolvable = false;
  }
  let codeCell = typedCode ?? '';
  if (codeCell && has('code_thai_digits')) {
    codeCell = toThaiDigits(codeCell);
    mark('code_thai_digits');
  }

  // The person.
  let personName = writePersonName(s, rates, rng, own.keys, mistakes);
  // Two neighbouring words of the name swapped (own stream, drawn for every row): `ใจดี นายสมชาย`, `สมชาย นาย ใจดี`.
  if (own.personWords.chance(rates.person_words_swapped)) {
    const swapped = swapNeighbourWords(personName, own.personWords).text;
    if (swapped !== personName) {
      personName = swapped;
      mark('person_words_swapped');
    }
  }
  let personCell = applyThaiNoise(personName, 'person', rates, rng, mistakes, false);
  // The keyboard still on the English layout (own stream, drawn for every row), as lao_english_layout for the LAO.
  if (own.personLayout.chance(rates.person_english_layout)) {
    personCell = englishLayoutOf(personCell);
    mark('person_english_layout');
  }
  if (person.namesakeOf) mark('namesake');
  let position = s.slip === 'position' ? earlierPosition(person.position, rng) : person.position;
  const abbreviated = shortenPosition(position);
  if (abbreviated !== position && has('position_abbreviated')) {
    position = abbreviated;
    mark('position_abbreviated');
  }
  // The name as a signature or a contact line writes it (not on the English layout: the keys would type these too).
  if (!mistakes.includes('person_english_layout')) {
    if (personWritten.post) {
      personCell = withPostAfter(personCell, position, laoLabel(lao), own.personWritten);
      mark('person_post_after_name');
    }
    if (personWritten.contactLine) {
      personCell = asContactLine(personCell, person.mobile, own.personWritten);
      mark('person_contact_line');
    }
    if (personWritten.quoted) {
      personCell = quoted(personCell, own.personWritten);
      mark('person_quoted');
    }
  }

  const phoneCell = writePersonPhone(s, rates, rng, mistakes);
  let email = person.email;
  if (/[^\x00-\x7f]/.test(email)) mark('email_thai_script');
  if (person.office.people.length > 1 && has('email_office_shared')) {
    email = person.office.sharedEmail;
    mark('email_office_shared');
  }
  if (s.slip === 'email') email = mistypeEmail(email, rng);
  if (email.endsWith('@gmail.com') && has('email_gmail_dots')) {
    email = toggleGmailDot(email, rng);
    mark('email_gmail_dots');
  }
  if (has('email_case')) {
    const capitalised = capitaliseEmail(email, rng);
    // A Thai-script address has no capitals to change.
    if (capitalised !== email) mark('email_case');
    email = capitalised;
  }
  if (email !== person.office.sharedEmail && has('email_domain_typo')) {
    const typed = mistypeEmailDomain(email, rng);
    if (typed !== email) mark('email_domain_typo');
    email = typed;
  }
  if (has('email_spaces')) {
    email = spaceEmail(email, rng);
    mark('email_spaces');
  }
  let collected = person.email;
  const colleagues = person.office.people.filter((p) => p !== person);
  if (colleagues.length > 0 && has('submitted_by_colleague')) {
    collected = rng.pick(colleagues).email;
    mark('submitted_by_colleague');
  }

  let session = person.session;
  const wrongSessions = sessions.filter((x) => !x.laoTypes.includes(lao.type));
  if (s.slip === 'session' || (wrongSessions.length > 0 && has('session_wrong'))) {
    if (wrongSessions.length > 0) {
      session = rng.pick(wrongSessions).label;
      mark('session_wrong');
    }
  }

  s.cells = {
    timestamp: '',
    collectedEmail: collected,
    province: provinceCell,
    district: districtCell,
    laoType: typeCell,
    laoName: nameCell,
    laoCode: codeCell,
    personName: personCell,
    position,
    phone: phoneCell,
    email,
    session,
  };
  s.mistakes = mistakes;
}

export function copyCells(s: Submission): void {
  const source = s.copyOf as Submission;
  s.cells = { ...(source.cells as Record<RsvpResponseKey, string>) };
  s.mistakes = [...new Set([...(source.mistakes ?? []).filter((m) => !m.startsWith('resubmit_')), ...s.forced])];
  s.resolvable = source.resolvable;
}

function applyThaiNoise(text: string, field: 'lao' | 'person', rates: MistakeRates, rng: Rng, mistakes: MistakeKind[], inside: boolean): string {
  const steps: Array<[MistakeKind & keyof MistakeRates, (t: string) => string]> = [
    [`${field}_sara_am_split`, (t) => splitSaraAm(t, rng)],
    [`${field}_tone_order`, toneBeforeVowel],
    [`${field}_tone_after_vowel`, toneAfterFollowingVowel],
    [field === 'lao' ? 'lao_name_spacing' : 'person_name_spacing', (t) => straySpaces(t, rng, inside)],
    [`${field}_zero_width`, (t) => insertZeroWidth(t, rng)],
  ];
  if (field === 'lao') steps.push(['lao_nbsp', (t) => noBreakSpaces(t, rng)]);
  let out = text;
  for (const [kind, apply] of steps) {
    if (!rng.chance(rates[kind])) continue;
    const changed = apply(out);
    if (changed !== out) {
      out = changed;
      mistakes.push(kind);
    }
  }
  return out;
}

// Common Thai nicknames (ชื่อเล่น): short words, colours, animals, English letters.
const NICKNAMES = ['ต้น', 'เอ', 'บี', 'เล็ก', 'น้อย', 'แดง', 'ดำ', 'อ้วน', 'ปุ๊ก', 'แอน', 'กุ้ง', 'ปู', 'นก', 'ส้ม', 'ต่าย', 'ป๊อป', 'หนุ่ม', 'จ๋า'];

/** A Gmail address with one dot left out, or put in between two letters of its name. */
function toggleGmailDot(email: string, rng: Rng): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const dots = [...local].flatMap((c, i) => (c === '.' ? [i] : []));
  if (dots.length > 0) {
    const i = rng.pick(dots);
    return local.slice(0, i) + local.slice(i + 1) + email.slice(at);
  }
  if (local.length < 2) return email;
  const i = 1 + Math.floor(rng.next() * (local.length - 1));
  return `${local.slice(0, i)}.${local.slice(i)}${email.slice(at)}`;
}

function writePersonName(s: Submission, rates: MistakeRates, rng: Rng, keysRng: Rng, mistakes: MistakeKind[]): string {
  const { person } = s;
  let name = person.given;
  let surname = person.surname;
  if (rng.chance(rates.person_name_typo)) {
    name = typo(name, rng);
    mistakes.push('person_name_typo');
  } else if (s.forced.some((k) => k.startsWith('resubmit_') && k !== 'resubmit_identical') && rng.chance(rates.person_name_retyped)) {
    // A correction (not a double click) retypes the name: one or two slips in it.
    if (rng.chance(0.5)) name = typo(name, rng);
    else surname = typo(surname, rng);
    if (rng.chance(0.4)) surname = typo(surname, rng);
    mistakes.push('person_name_retyped');
  }
  if (keysRng.chance(rates.person_name_neighbour_key)) {
    if (keysRng.chance(0.5)) name = neighbourKeySlip(name, keysRng);
    else surname = neighbourKeySlip(surname, keysRng);
    mistakes.push('person_name_neighbour_key');
  }
  let full = `${name} ${surname}`;
  if (rng.chance(rates.person_nickname)) {
    const nickname = `(${rng.pick(NICKNAMES)})`;
    full = rng.chance(0.3) ? `${name} ${nickname} ${surname}` : `${full}${rng.pick([' ', ''])}${nickname}`;
    mistakes.push('person_nickname');
  }
  if (rng.chance(rates.person_title_dropped)) {
    mistakes.push('person_title_dropped');
    return full;
  }
  let title = person.title.full;
  if (person.title.short && rng.chance(rates.person_title_short)) {
    title = person.title.short;
    mistakes.push('person_title_short');
  }
  // Acting ranks and doctors often keep the civil title too: ว่าที่ร้อยตรี นายสมชาย.
  if (person.title !== person.civil && rng.chance(rates.person_title_stacked)) {
    title = `${title}${rng.pick([' ', ''])}${person.civil.full}`;
    mistakes.push('person_title_stacked');
  }
  if (rng.chance(rates.person_title_spaced)) {
    mistakes.push('person_title_spaced');
    return `${title} ${full}`;
  }
  return title + full;
}

function writePersonPhone(s: Submission, rates: MistakeRates, rng: Rng, mistakes: MistakeKind[]): string {
  const { person } = s;
  const office = person.office;
  const useOffice = office.people.length > 1 && rng.chance(rates.phone_office_landline);
  const mobile = s.slip === 'phone' ? mistypeDigit(person.mobile, rng) : person.mobile;
  const style: PhoneStyle = rng.weighted([
    ['dashes', rates.phone_dashes],
    ['spaces', rates.phone_spaces],
    ['plus66', rates.phone_plus66],
    ['thai_digits', rates.phone_thai_digits],
    ['leading_zero_lost', rates.phone_leading_zero_lost],
    ['plain', Math.max(0, 1 - rates.phone_dashes - rates.phone_spaces - rates.phone_plus66 - rates.phone_thai_digits - rates.phone_leading_zero_lost)],
  ] as const);
  if (style !== 'plain') mistakes.push(`phone_${style}`);
  if (useOffice) {
    mistakes.push('phone_office_landline');
    let cell = writePhone(office.landline, style, rng);
    if (style !== 'plus66' && rng.chance(rates.phone_office_range)) {
      // A range of lines: 02-123-4567-8 (the office has 02-123-4567 and 02-123-4568).
      cell += `-${(Number(office.landline.slice(-1)) + 1) % 10}`;
      mistakes.push('phone_office_range');
    } else if (rng.chance(0.5)) {
      const words = rng.chance(rates.phone_extension_words);
      cell += words ? writeExtensionWords(rng) : writeExtension(rng);
      mistakes.push(words ? 'phone_extension_words' : 'phone_extension');
    }
    return fullWidth(cell, rates, rng, mistakes);
  }
  let cell = writePhone(mobile, style, rng);
  if (rng.chance(rates.phone_two_numbers)) {
    cell += rng.pick([', ', ' / ', ' หรือ ', '\n']) + writePhone(office.landline, style === 'leading_zero_lost' ? 'plain' : style, rng);
    mistakes.push('phone_two_numbers');
  }
  return fullWidth(cell, rates, rng, mistakes);
}

function fullWidth(cell: string, rates: MistakeRates, rng: Rng, mistakes: MistakeKind[]): string {
  if (!rng.chance(rates.phone_full_width) || !/[0-9]/.test(cell)) return cell;
  mistakes.push('phone_full_width');
  return toFullWidthDigits(cell);
}

const POSITION_SHORT: ReadonlyArray<readonly [RegExp, string]> = [
  [/^นักวิเคราะห์นโยบายและแผน/, 'นักวิเคราะห์ฯ'],
  [/^ผู้ช่วยนักวิเคราะห์นโยบายและแผน/, 'ผช.นักวิเคราะห์ฯ'],
  [/^เจ้าพนักงาน/, 'จพ.'],
  [/^ผู้อำนวยการ/, 'ผอ.'],
  [/^หัวหน้าสำนักปลัด/, 'หน.สำนักปลัด'],
  [/^ปลัดองค์การบริหารส่วนตำบล/, 'ปลัด อบต.'],
  [/^ปลัดองค์การบริหารส่วนจังหวัด/, 'ปลัด อบจ.'],
  [/ชำนาญการพิเศษ$/, 'ชพ.'],
  [/ชำนาญการ$/, 'ชก.'],
];

/** What a person first wrote before correcting the position: without the level, or another post altogether. */
function earlierPosition(position: string, rng: Rng): string {
  const bare = position.replace(new RegExp(`(${POSITION_LEVELS.join('|')})$`), '');
  if (bare !== position) return bare;
  let other = rng.pick(POSITIONS_COMMON);
  while (other === position) other = rng.pick(POSITIONS_COMMON);
  return other;
}

function shortenPosition(position: string): string {
  for (const [re, short] of POSITION_SHORT) if (re.test(position)) return position.replace(re, short);
  return position;
}

function isMunicipality(type: LaoType): boolean {
  return type === 'เทศบาลนคร' || type === 'เทศบาลเมือง' || type === 'เทศบาลตำบล';
}

// An LAO's divisions, as its staff name them (people-data.ts's posts: ผู้อำนวยการกองช่าง …), and the office words its
// pages and letters put before its name.
const DIVISIONS = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา', 'กองสาธารณสุขและสิ่งแวดล้อม'];
const OFFICE_WORDS = ['สำนักงาน', 'ที่ทำการ', ...DIVISIONS];

const SHORT_FORMS: Partial<Record<LaoType, readonly string[]>> = {
  'อบจ.': ['อบจ.', 'อบจ', 'อบจ. ', 'อ.บ.จ.'],
  เทศบาลนคร: ['ทน.', 'ทน. ', 'ท.น.'],
  เทศบาลเมือง: ['ทม.', 'ทม. ', 'ท.ม.'],
  เทศบาลตำบล: ['ทต.', 'ทต. ', 'ท.ต.', 'ทต '],
  'อบต.': ['อบต.', 'อบต. ', 'อบต', 'อ.บ.ต.', 'อบต '],
};

const TYPE_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(LAO_TYPE_LONG),
  'เทศบาล',
  ...Object.values(SHORT_FORMS)
    .flat()
    .map((f) => f.trim()),
]);

/** The words of an LAO name cell a reader takes for the name: the first, and each after a type word; punctuation left out. */
function wordsReadAsName(cell: string): string[] {
  const words = cell.split(' ');
  return words.filter((_, i) => i === 0 || TYPE_WORDS.has(words[i - 1]!)).map((w) => w.replace(/[,\-()]/g, ''));
}

/** The LAO as a signature writes it under the post: its first short form and its name (อบต.นาดี). */
function laoLabel(lao: RegistryEntry): string {
  return (SHORT_FORMS[lao.type]?.[0] ?? LAO_TYPE_LONG[lao.type]) + lao.name;
}

function shortTypeForm(type: LaoType, rng: Rng): string {
  return rng.pick(SHORT_FORMS[type] ?? [LAO_TYPE_LONG[type]]);
}

/**
 * The LAO someone registers for by mistake, then corrects, in their own district: the one of the same name and another
 * type (the subdistrict municipality for the SAO of its tambon, or the reverse), else a neighbour (a slip in a list);
 * null when the district has no other.
 */
function mistakenLao(own: RegistryEntry, lookup: Lookup, rng: Rng): RegistryEntry | null {
  const neighbours = (lookup.byDistrict.get(`${own.province}|${own.district}`) ?? []).filter((e) => e.code !== own.code);
  const twins = neighbours.filter((e) => e.name === own.name);
  if (twins.length > 0) return rng.pick(twins);
  return neighbours.length > 0 ? rng.pick(neighbours) : null;
}

/** The types people mix up: a subdistrict municipality and an SAO above all (many SAOs were upgraded). */
function confusedType(type: LaoType, rng: Rng): LaoType {
  const options: Record<LaoType, readonly LaoType[]> = {
    'อบจ.': ['เทศบาลเมือง', 'เทศบาลนคร'],
    เทศบาลนคร: ['เทศบาลเมือง', 'อบจ.'],
    เทศบาลเมือง: ['เทศบาลตำบล', 'เทศบาลนคร'],
    เทศบาลตำบล: ['อบต.', 'อบต.', 'อบต.', 'เทศบาลเมือง'],
    'อบต.': ['เทศบาลตำบล'],
    ท้องถิ่นรูปแบบพิเศษ: ['เทศบาลนคร'],
    กรุงเทพมหานคร: ['อบจ.'],
  };
  return rng.pick(options[type]);
}
