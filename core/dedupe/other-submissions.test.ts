import { parseEmail } from '../contact/email';
import { parsePhone } from '../contact/phone';
import { parsePersonName } from '../person/name';
import { laoFromOtherSubmissions, type LaoFit, type UnmatchedSubmission } from './other-submissions';
import type { Registration } from './person-comparisons';

const LAO = '6810408';
const OTHER_LAO = '5810401';
let nextRow = 1;

function person(name: string, phone: string, email: string, day: number) {
  return {
    row: nextRow++,
    submittedAt: new Date(`2026-06-${String(day).padStart(2, '0')}T09:00:00+07:00`),
    person: parsePersonName(name),
    phone: parsePhone(phone),
    email: parseEmail(email),
    position: '',
  };
}

function registered(name: string, phone: string, email: string, day: number, laoCode = LAO): Registration {
  return { ...person(name, phone, email, day), laoCode };
}

/**
 * An unmatched submission whose answers fit the given LAOs as stated (anything else: null), its session siding with
 * the LAOs listed in `sessionFor`.
 */
function unmatched(
  name: string,
  phone: string,
  email: string,
  day: number,
  fits: Record<string, LaoFit> = { [LAO]: 'fits' },
  sessionFor: readonly string[] = [],
): UnmatchedSubmission {
  return { ...person(name, phone, email, day), fit: (code) => fits[code] ?? null, sessionSidesWith: (code) => sessionFor.includes(code) };
}

beforeEach(() => {
  nextRow = 1;
});

test('an earlier try takes the LAO from the newest registration that is surely the same person', () => {
  const u = unmatched('นายสมชาย ใจดี', '0812345678', '', 1);
  const first = registered('สมชาย ใจดี', '081-234-5678', 'old@example.com', 2);
  const second = registered('สมชาย ใจดี', '0812345678', 'somchai@example.com', 3);
  // Same name, nothing else in common with the try: dedupe may join it to the person, this needs more.
  const third = registered('สมชาย ใจดี', '0899999999', '', 4);
  expect(laoFromOtherSubmissions([u], [second, first, third])).toEqual([{ row: u.row, kind: 'lao', laoCode: LAO, from: second.row }]);
});

test('the same name but for a tone mark, with the same e-mail, is the same person', () => {
  const u = unmatched('สมชาย ใจดี', '', 'Somchai@Example.com', 1);
  const r = registered('สมชาย ใจดี่', '0899999999', 'somchai@example.com', 2);
  expect(laoFromOtherSubmissions([u], [r])).toEqual([{ row: u.row, kind: 'lao', laoCode: LAO, from: r.row }]);
});

test('a later try needs its answers to fit the LAO best; otherwise it goes to review beside the registration', () => {
  const r = registered('สมชาย ใจดี', '0812345678', '', 1);
  const best = unmatched('สมชาย ใจดี', '0812345678', '', 2, { [LAO]: 'best' });
  const near = unmatched('สมชาย ใจดี', '0812345678', '', 2, { [LAO]: 'fits', [OTHER_LAO]: 'best' });
  expect(laoFromOtherSubmissions([best, near], [r])).toEqual([
    { row: best.row, kind: 'lao', laoCode: LAO, from: r.row },
    { row: near.row, kind: 'review', with: r.row },
  ]);
});

test('a later try that fits a twin better, its session siding with the registration, and both contacts the same', () => {
  // Seed 2574 of the generator (rows 15049, 18090): registered for อบต.ทุ่งช้าง, then a try answering เทศบาลตำบล
  // (ทต.ทุ่งช้าง fits it better) but choosing the อบต. day, with the same mobile but a digit and the same e-mail.
  const r = registered('วีระพงษ์ สุขไพศาล', '0648764322', 'sukphaisan.wee@gmail.com', 1);
  const twinFirst = { [LAO]: 'fits', [OTHER_LAO]: 'best' } as const;
  const u = unmatched('นาย วีระพงษ์ สุขไพศาล', '0648762322', 'sukphaisan.wee@gmail.com', 2, twinFirst, [LAO]);
  expect(laoFromOtherSubmissions([u], [r])).toEqual([{ row: u.row, kind: 'lao', laoCode: LAO, from: r.row }]);
  // A session for both types (or for the twin's), or only one contact the same: it may be a change of LAO, for review.
  const undecided = unmatched('นาย วีระพงษ์ สุขไพศาล', '0648762322', 'sukphaisan.wee@gmail.com', 3, twinFirst);
  const oneContact = unmatched('นาย วีระพงษ์ สุขไพศาล', '0648764322', 'weerapong.s@hotmail.com', 4, twinFirst, [LAO]);
  expect(laoFromOtherSubmissions([undecided, oneContact], [r])).toEqual([
    { row: undecided.row, kind: 'review', with: r.row },
    { row: oneContact.row, kind: 'review', with: r.row },
  ]);
});

test('a name retyped with slips, with the same mobile AND e-mail, is the same person', () => {
  // A correction retypes the whole name (both slips as the person typed them); the mobile and e-mail stay.
  const u = unmatched('ส.ต.ท.ณัฐพล นาคเพ็ชร', '06-1253-6532', 'nattaphon.n@gmail.com', 1);
  const r = registered('สิบตำรวจโทณัฐพล นาเพชร', '061 253 6532', 'nattaphon.n@gmail.com', 2);
  expect(laoFromOtherSubmissions([u], [r])).toEqual([{ row: u.row, kind: 'lao', laoCode: LAO, from: r.row }]);
  // The e-mail corrected by a letter, the mobile the same: still both in common.
  const again = unmatched('นายนพลด เจริญญยิ่ง', '062-360-8673', 'NOPADON1972@GMAIL.COM', 3);
  const kept = registered('นายนพดล เจริญยิ่ง', '0623608673', 'noppadon1972@gmail.com', 4);
  expect(laoFromOtherSubmissions([again], [kept])).toEqual([{ row: again.row, kind: 'lao', laoCode: LAO, from: kept.row }]);
  // The mobile corrected by a digit, the e-mail the same (found by the e-mail: neither name nor mobile is shared).
  const slip = unmatched('นางสาวดวงใจ ศีลป์ธรรม', '66937228102', 'duangjai_16@gmail.com', 5);
  const right = registered('น.ส.ดวงใจ ศิลป์ธรรม', '0937222102', 'duangjai_16@gmail.com', 6);
  expect(laoFromOtherSubmissions([slip], [right])).toEqual([{ row: slip.row, kind: 'lao', laoCode: LAO, from: right.row }]);
});

test('a name with one slip, with the same mobile or the same personal e-mail and nothing against it, is the same person', () => {
  // Seen in generated data sets: a first try with the LAO's name mistyped, the name retyped with a slip in the
  // registration that followed, one contact kept and the other changed to a landline or left out.
  const byMobile = unmatched('นายวีระพงษ์ สุขไพศาล', '0668762322', '', 1);
  const r1 = registered('วีระพงษ์ สุขไพศาร', '066-876-2322', '', 2);
  const byEmail = unmatched('นางสุนิสา เรืองโชติ', '045-902845', 'sunisa_6@gmail.com', 3);
  const r2 = registered('นางสุนิสา เรืองโชต', '083-073-9381', 'sunisa_6@gmail.com', 4);
  expect(laoFromOtherSubmissions([byMobile, byEmail], [r1, r2])).toEqual([
    { row: byMobile.row, kind: 'lao', laoCode: LAO, from: r1.row },
    { row: byEmail.row, kind: 'lao', laoCode: LAO, from: r2.row },
  ]);
});

test('answers that do not point to the LAO: an earlier try is replaced by the registration, a later one left alone', () => {
  const r = registered('สมชาย ใจดี', '0812345678', '', 2);
  const earlier = unmatched('สมชาย ใจดี', '0812345678', '', 1, { [OTHER_LAO]: 'best' });
  const later = unmatched('สมชาย ใจดี', '0812345678', '', 3, { [OTHER_LAO]: 'best' });
  expect(laoFromOtherSubmissions([earlier, later], [r])).toEqual([{ row: earlier.row, kind: 'replaced', by: r.row }]);
  // Not with a personal contact against it, nor a contact only a slip away (a namesake of another LAO may have that).
  const otherEmail = registered('สมชาย ใจดี', '0812345678', 'somchai@example.com', 5);
  expect(laoFromOtherSubmissions([unmatched('สมชาย ใจดี', '0812345678', 'wichai@example.com', 4, { [OTHER_LAO]: 'best' })], [otherEmail])).toEqual([]);
  const slip = registered('สมชาย ใจดี', '075-123-456', 'somchai@example.com', 7);
  expect(laoFromOtherSubmissions([unmatched('สมชาย ใจดี', '', 'somchai1@example.com', 6, { [OTHER_LAO]: 'best' })], [slip])).toEqual([]);
});

describe('a registration for another LAO, then a correction', () => {
  // Seed 2570 of the generator (rows 6690, 7570, 7591): a registration picked the LAO of another type, a try with
  // the right LAO ambiguous (the district written after the name), then the registration for the person's own LAO.
  const wrong = () => registered('นางวนิดา รุ่งโชติ', '074099921 ต่อ134', 'wanida2003@gmail.com', 1, OTHER_LAO);
  const corrected = () => registered('นางวนิดา รุ่งโชติ', '๐๘๐๔๓๓๐๗๕๕', 'wanida2003@gmail.com', 3, LAO);

  test('a try between them takes the corrected LAO', () => {
    const w = wrong();
    const u = unmatched('นาง วนิดา รุ่งโชติ', '080 433 0755', 'WANIDA2003@GMAIL.COM', 2, { [LAO]: 'fits', [OTHER_LAO]: 'fits' });
    const c = corrected();
    expect(laoFromOtherSubmissions([u], [w, c])).toEqual([{ row: u.row, kind: 'lao', laoCode: LAO, from: c.row }]);
  });

  test('a first try that points to the wrong LAO is replaced by the correction', () => {
    // Seed 2570 (rows 19241, 21945, 24510): the same mobile and e-mail throughout, the first try's answers fitting
    // only the LAO the person then picked by mistake.
    const u = unmatched('บุษบา สุขงาม', '0634618046', 'sukngam.but25@gmail.com', 1, { [OTHER_LAO]: 'best' });
    const w = registered('นางบุษบา สุขงาม', '0634618046', 'sukngam.but25@gmail.com', 2, OTHER_LAO);
    const c = registered('นางบุษบา สุขงาม', '063-461-8046', 'sukngam.but25@gmail.com', 3, LAO);
    expect(laoFromOtherSubmissions([u], [w, c])).toEqual([{ row: u.row, kind: 'replaced', by: c.row }]);
  });

  test('a later try still needs to fit the corrected LAO best', () => {
    const w = wrong();
    const c = corrected();
    const u = unmatched('นางวนิดา รุ่งโชติ', '0804330755', 'wanida2003@gmail.com', 4, { [LAO]: 'fits', [OTHER_LAO]: 'best' });
    expect(laoFromOtherSubmissions([u], [w, c])).toEqual([{ row: u.row, kind: 'review', with: c.row }]);
  });
});

test('no registration of the person: nothing', () => {
  const r = registered('สมชาย ใจดี', '0812345678', '', 2);
  expect(laoFromOtherSubmissions([unmatched('วิชัย มั่นคง', '0812345678', '', 1)], [r])).toEqual([]);
});

describe('only strong evidence of the same person', () => {
  const none = (u: UnmatchedSubmission, ...rs: Registration[]) => expect(laoFromOtherSubmissions([u], rs)).toEqual([]);

  test('a namesake with other contacts', () => {
    none(unmatched('สมชาย ใจดี', '0811111111', 'a@example.com', 1), registered('สมชาย ใจดี', '0822222222', 'b@example.com', 2));
  });

  test('the same name on a shared office landline', () => {
    none(unmatched('สมชาย ใจดี', '075-123-456', 'a@example.com', 1), registered('สมชาย ใจดี', '075-123-456', 'b@example.com', 2));
  });

  test('a name with no contact details at all', () => {
    none(unmatched('สมชาย ใจดี', '', '', 1), registered('สมชาย ใจดี', '0812345678', '', 2));
  });

  test('a title of the other sex', () => {
    none(unmatched('นายสมพร ใจดี', '0812345678', '', 1), registered('นางสาวสมพร ใจดี', '0812345678', '', 2));
  });

  test('a name slip with the mobile in common but two personal e-mails (a colleague on a shared phone)', () => {
    none(unmatched('สมชาย ใจดีมาก', '0812345678', 'somchai@example.com', 1), registered('สมชาย ใจดีมก', '0812345678', 'wichai.k@example.com', 2));
  });

  test("a name slip with only the LAO's mailbox in common (colleagues share it)", () => {
    none(unmatched('สมชาย ใจดีมาก', '075-123-456', `lao${LAO}@gmail.com`, 1), registered('สมชาย ใจดีมก', '', `lao${LAO}@gmail.com`, 2));
  });

  test('a person registered for two LAOs, not as a correction, even when the answers fit only one', () => {
    // Two personal e-mails: the later registration may be a namesake's or a colleague's phone, not a correction.
    none(
      unmatched('สมชาย ใจดี', '0812345678', '', 1, { [LAO]: 'best' }),
      registered('สมชาย ใจดี', '0812345678', 'somchai@example.com', 2, LAO),
      registered('สมชาย ใจดี', '0812345678', 'wichai.k@example.com', 3, OTHER_LAO),
    );
  });
});
