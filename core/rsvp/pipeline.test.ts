/**
 * The pipeline on a grid small enough to check by hand: a registry of 8 LAOs plus Bangkok, two sessions, and 22 rows
 * (one blank) covering every status and the usual mistakes. Columns are deliberately out of form order.
 */
import type { Grid } from '../../sheets-schema/cell';
import { Registry } from '../registry';
import { withBangkok } from '../registry/import';
import { summarizeRsvp } from '../summary/counts';
import type { RegistryEntry } from '../registry/types';
import { processResponses } from './pipeline';
import type { Session } from './sessions';
import type { AnnotatedResponse } from './types';

function lao(code: string, type: RegistryEntry['type'], name: string, province: string, district: string): RegistryEntry {
  return { code, type, name, province, district, districts: [district] };
}

const REGISTRY = withBangkok([
  lao('2810101', 'อบจ.', 'กระบี่', 'กระบี่', 'เมืองกระบี่'),
  lao('4810102', 'เทศบาลเมือง', 'กระบี่', 'กระบี่', 'เมืองกระบี่'),
  lao('5810102', 'เทศบาลตำบล', 'อ่าวนาง', 'กระบี่', 'เมืองกระบี่'),
  lao('5810401', 'เทศบาลตำบล', 'คลองท่อมใต้', 'กระบี่', 'คลองท่อม'),
  lao('6810408', 'อบต.', 'คลองท่อมใต้', 'กระบี่', 'คลองท่อม'),
  lao('6810403', 'อบต.', 'คลองท่อมเหนือ', 'กระบี่', 'คลองท่อม'),
  lao('2630101', 'อบจ.', 'ตาก', 'ตาก', 'เมืองตาก'),
  lao('6630107', 'อบต.', 'วังหิน', 'ตาก', 'บ้านตาก'),
]);

const MUNICIPAL = 'รอบ 1 (อบจ. เทศบาล กทม.)';
const SAO = 'รอบ 2 (อบต.)';
const SESSIONS: Session[] = [
  {
    label: MUNICIPAL,
    date: null,
    time: '09:00',
    laoTypes: ['อบจ.', 'เทศบาลนคร', 'เทศบาลเมือง', 'เทศบาลตำบล', 'กรุงเทพมหานคร'],
    link: null,
  },
  { label: SAO, date: null, time: '09:00', laoTypes: ['อบต.'], link: null },
];

const HEADER = ['ประทับเวลา', 'จังหวัด', 'อำเภอ', 'ประเภท อปท.', 'ชื่อ อปท.', 'ชื่อ-นามสกุล', 'ตำแหน่ง', 'โทรศัพท์มือถือ', 'อีเมล', 'รอบการประชุม', 'รหัส อปท.'];
const T = '10/6/2026, 9:00:00';
const OBT = 'องค์การบริหารส่วนตำบล';
const JOB = 'นักวิเคราะห์นโยบายและแผน';
// prettier-ignore
const ROWS: Grid = [
  /*  1 */ [T, 'กระบี่', 'คลองท่อม', OBT, 'คลองท่อมใต้', 'นายสมชาย ใจดี', JOB, '0812345678', 'somchai@old.example.com', SAO, ''],
  /*  2 */ [T, 'กระบี่', 'คลองท่อม', OBT, 'คลองท่อมใต้', 'นางสาวมาลี ศรีสุข', JOB, '075-123-456', 'malee@example.com', SAO, ''],
  /*  3 */ [T, 'กระบี่', 'คลองท่อม', OBT, 'คลองท่อมใต้', 'นายวิชัย มั่นคง', JOB, '075-123-456', 'wichai@example.com', SAO, ''],
  /*  4 */ ['12/6/2026, 10:00:00', 'กระบี่', 'คลองท่อม', '', 'อบต.คลองท่อมใต้', 'สมชาย ใจดี', JOB, '081-234-5678', 'somchai@example.com', SAO, ''],
  /*  5 */ [T, 'กระบี่', 'คลองท่อม', '', 'คลองท่อมใต้', 'นางรอ ตรวจสอบ', JOB, '0861111111', 'ror@example.com', '', ''],
  /*  6 */ [T, 'กระบี่', 'คลองท่อม', OBT, 'คลองท่อมเหนือ', '', JOB, '0862222222', 'x@example.com', SAO, ''],
  /*  7 */ [T, '', '', '', '', 'นายไม่มี อปท', JOB, '0863333333', 'y@example.com', SAO, ''],
  /*  8 */ [T, 'จ.กระบี่', 'อ.คลองท่อม', 'เทศบาลตำบล', 'ทต.คลองท่อมไต้', 'นายเทศ บาลตำบล', JOB, '0864444444', 'tes@example.com', MUNICIPAL, ''],
  /*  9 */ [T, 'กระบี่', 'คลองท่อม', OBT, 'คลองท่อมเหนือ', 'นางผิด รอบ', JOB, '0865555555', 'phit@example.com', MUNICIPAL, ''],
  /* 10 */ [T, 'กระบี่', 'คลองท่อม', OBT, 'อบต.คลองท่อมเหนือ', 'นายรหัส ผิด', JOB, '0866666666', 'rahat@example.com', SAO, '6810408'],
  /* 11 */ [T, 'กระบี่', 'คลองท่อม', OBT, 'คลองท่อมเหนือ', 'นายรหัส ไม่มี', JOB, '0867777777', 'maimee@example.com', SAO, '6819999'],
  /* 12 */ [T, 'กระบี่', 'คลองท่อม', OBT, 'คลองท่อมเหนือ', 'นายรหัส สั้น', JOB, '0868888888', 'san@example.com', SAO, '12345'],
  /* 13 */ [T, 'กระบี่', 'เมืองกระบี่', '', 'กระบี่', 'นายกำกวม สองแห่ง', JOB, '0869999999', 'kam@example.com', MUNICIPAL, ''],
  /* 14 */ [T, 'กระบี่', 'เมือง', 'องค์การบริหารส่วนจังหวัด', 'อบจ.กระบี่', 'นายอบจ กระบี่', JOB, '0870000000', 'pao@example.com', MUNICIPAL, ''],
  /* 15 */ [T, 'กระบี่', 'เมือง', '', 'สำนักงานจังหวัด', 'นายไม่พบ ในทะเบียน', JOB, '0871111111', 'mai@example.com', MUNICIPAL, ''],
  /* 16 */ [T, 'กรุงเทพมหานคร', 'เขตบางรัก', 'กรุงเทพมหานคร', 'กรุงเทพมหานคร', 'นางกรุง เทพ', JOB, '0872222222', 'krung@example.com', MUNICIPAL, ''],
  /* 17 */ ['11/6/2026, 8:00:00', 'ตาก', 'บ้านตาก', OBT, 'วังหิน', 'นายวัง หิน', JOB, '๐๘๙-๑๑๑-๒๒๒๒', 'wang@example.com', SAO, ''],
  /* 18 */ ['11/6/2026, 8:00:00', 'ตาก', 'บ้านตาก', OBT, 'วังหิน', 'นายวัง หิน', JOB, '089-111-2222', 'wang@example.com', SAO, ''],
  /* 19 */ [T, 'ตาก', 'เมือง', 'องค์การบริหารส่วนจังหวัด', 'ตาก', 'นายวัง หิน', JOB, '089-111-2222', 'wang@example.com', MUNICIPAL, ''],
  /* 20 */ [T, 'กระบี่', 'คลองท่อม', OBT, 'คลองท่อมใต้', 'นางสมหญิง ใจดี', JOB, '0812345678', 'somying@example.com', SAO, ''],
  /* 21 */ ['', '', '', '', '', '', '', '', '', '', ''],
  /* 22 */ ['ไม่ใช่วันที่', 'กระบี่', 'คลองท่อม', OBT, 'คลองท่อมใต้', 'นายเวลา อ่านไม่ได้', JOB, '0873333333', 'wela@example.com', SAO, ''],
];

function run(): AnnotatedResponse[] {
  const result = processResponses({ registry: REGISTRY, sessions: SESSIONS, grid: [HEADER, ...ROWS] });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.responses;
}

const responses = run();
const at = (row: number): AnnotatedResponse => {
  const r = responses.find((x) => x.row === row);
  if (!r) throw new Error(`row ${row} missing`);
  return r;
};
const codesOf = (r: AnnotatedResponse) => r.reasons.map((x) => x.code);

test('every non-blank row has exactly one status; the blank row is skipped but counted', () => {
  expect(responses.map((r) => r.row)).toEqual([...Array(20).keys()].map((i) => i + 1).concat([22]));
  const byStatus = (s: AnnotatedResponse['status']) => responses.filter((r) => r.status === s).map((r) => r.row);
  expect(byStatus('ok')).toEqual([2, 3, 4, 8, 9, 10, 11, 12, 14, 16, 18, 20, 22]);
  expect(byStatus('duplicate')).toEqual([1, 17, 19]);
  expect(byStatus('invalid')).toEqual([6, 7]);
  expect(byStatus('unmatched')).toEqual([5, 13, 15]);
});

test('laoCode is set exactly for ok and duplicate responses', () => {
  for (const r of responses) expect([r.row, r.laoCode !== null]).toEqual([r.row, r.status === 'ok' || r.status === 'duplicate']);
  expect(responses.filter((r) => r.laoCode).map((r) => [r.row, r.laoCode])).toEqual([
    [1, '6810408'],
    [2, '6810408'],
    [3, '6810408'],
    [4, '6810408'],
    [8, '5810401'],
    [9, '6810403'],
    [10, '6810403'],
    [11, '6810403'],
    [12, '6810403'],
    [14, '2810101'],
    [16, 'BKK'],
    [17, '6630107'],
    [18, '6630107'],
    [19, '2630101'],
    [20, '6810408'],
    [22, '6810408'],
  ]);
});

describe('duplicates', () => {
  test('a resubmission replaces the earlier one, which points to it', () => {
    expect(at(1)).toMatchObject({ status: 'duplicate', duplicateOf: 4 });
    expect(codesOf(at(1))).toContain('duplicate_of');
    expect(at(1).reasons.find((x) => x.code === 'duplicate_of')?.message).toContain('แถว 5');
    expect(at(4)).toMatchObject({ status: 'ok', duplicateOf: null, personName: 'สมชาย ใจดี', phone: '081-234-5678' });
  });

  test('equal timestamps: the later row is kept', () => {
    expect(at(17)).toMatchObject({ status: 'duplicate', duplicateOf: 18 });
  });

  test('the same person (name, mobile and e-mail) registering later for another LAO: a correction, flagged both ways', () => {
    // Row 19 (อบจ.ตาก, 10 June) and row 18 (อบต.วังหิน, 11 June): the earlier points to the later.
    expect(at(19)).toMatchObject({ status: 'duplicate', duplicateOf: 18, laoCode: '2630101' });
    expect(at(19).reasons.find((x) => x.code === 'lao_changed')?.otherRow).toBe(18);
    expect(at(18).reasons.find((x) => x.code === 'other_lao_registration')?.otherRow).toBe(19);
    // Row 17 was kept under row 18 already.
    expect(at(17).duplicateOf).toBe(18);
  });

  test('a correction of the LAO may also correct a slip in the mobile: still a correction', () => {
    // Row 19 typed 089-111-2223 for 089-111-2222, then registered again for อบต.วังหิน with the right number.
    const corrected = processResponses({
      registry: REGISTRY,
      sessions: SESSIONS,
      grid: [HEADER, [...ROWS[18]!.slice(0, 7), '089-111-2223', ...ROWS[18]!.slice(8)], ROWS[16]!],
    });
    if (!corrected.ok) throw new Error('no table');
    expect(corrected.responses.map((r) => [r.status, r.duplicateOf])).toEqual([
      ['duplicate', 2],
      ['ok', null],
    ]);
    expect(corrected.responses[0]!.reasons.find((x) => x.code === 'lao_changed')?.otherRow).toBe(2);
  });

  test('the same name in two LAOs with only the mobile in common is flagged, not merged', () => {
    const flagged = processResponses({
      registry: REGISTRY,
      sessions: SESSIONS,
      grid: [HEADER, ROWS[16]!, [...ROWS[18]!.slice(0, 8), 'other@example.com', ...ROWS[18]!.slice(9)]],
    });
    if (!flagged.ok) throw new Error('no table');
    expect(flagged.responses.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(flagged.responses.map((r) => r.reasons.find((x) => x.code === 'other_lao_registration')?.otherRow)).toEqual([2, 1]);
  });

  test('colleagues on one office landline and a namesake surname are not duplicates', () => {
    expect([at(2).status, at(3).status]).toEqual(['ok', 'ok']);
    expect(at(20).status).toBe('ok');
  });
});

describe('matching', () => {
  test('an SAO and a subdistrict municipality sharing a name, no type and no session: review with both candidates', () => {
    expect(at(5)).toMatchObject({ status: 'unmatched', laoCode: null, province: 'กระบี่', district: 'คลองท่อม', laoName: 'คลองท่อมใต้' });
    expect(
      at(5)
        .candidates.map((c) => c.code)
        .sort(),
    ).toEqual(['5810401', '6810408']);
    expect(codesOf(at(5))).toContain('lao_ambiguous');
  });

  test('a PAO and a town sharing the province name: review; with the type: matched', () => {
    expect(
      at(13)
        .candidates.map((c) => c.code)
        .sort(),
    ).toEqual(['2810101', '4810102']);
    expect(at(14)).toMatchObject({ status: 'ok', laoCode: '2810101', laoType: 'อบจ.', laoName: 'กระบี่', district: 'เมืองกระบี่' });
  });

  test('prefixes and a typo in the name are read; the matched LAO fills in the place, type and name', () => {
    expect(at(8)).toMatchObject({
      laoCode: '5810401',
      province: 'กระบี่',
      district: 'คลองท่อม',
      laoType: 'เทศบาลตำบล',
      laoName: 'คลองท่อมใต้',
    });
  });

  test('nothing like it in the registry: unmatched, not found', () => {
    expect(at(15)).toMatchObject({ status: 'unmatched', province: 'กระบี่', candidates: [] });
    expect(codesOf(at(15))).toContain('lao_not_found');
  });

  test('a provincial or district office named for the LAO: no LAO, whatever type is chosen beside it', () => {
    // The PAO is the only อบจ. of its province, so the type alone used to name it: a coordinator of the provincial
    // local administration office (สถ.จ.) who chose อบจ. was counted as the PAO's staff.
    // Four people (another name and mobile each), so that no row takes an LAO from another's submission.
    const row = (name: string, code: string, i: number) => [
      T,
      'กระบี่',
      'เมืองกระบี่',
      'องค์การบริหารส่วนจังหวัด',
      name,
      `นายประสาน งาน${'ก'.repeat(i * 3)}`,
      JOB,
      `08123456${i}0`,
      '',
      MUNICIPAL,
      code,
    ];
    const grid = [HEADER, row('สถ.จ.กระบี่', '', 1), row('สำนักงานท้องถิ่นจังหวัดกระบี่', '', 2), row('-', '', 3), row('สถ.จ.กระบี่', '2810101', 4)];
    const result = processResponses({ registry: REGISTRY, sessions: SESSIONS, grid });
    if (!result.ok) throw new Error('no table');
    const [abbreviated, written, dash, withCode] = result.responses;
    for (const office of [abbreviated!, written!]) {
      expect(office).toMatchObject({ status: 'unmatched', laoCode: null, candidates: [] });
      expect(codesOf(office)).toContain('lao_office_not_lao');
      expect(codesOf(office)).not.toContain('lao_not_found');
    }
    expect(abbreviated!.reasons.find((r) => r.code === 'lao_office_not_lao')?.message).toBe(
      'ชื่อที่ตอบ "สถ.จ.กระบี่" เป็นหน่วยงานที่ไม่ใช่ อปท. (เช่น สำนักงานท้องถิ่นจังหวัดหรืออำเภอ) ต้องตรวจสอบว่าผู้ลงทะเบียนสังกัด อปท. ใด',
    );
    // A name left as a dash with อบจ. chosen is the PAO's staff; a code answered is read as usual.
    expect(dash).toMatchObject({ laoCode: '2810101' });
    expect(withCode).toMatchObject({ laoCode: '2810101' });
  });

  test('a name typed with the keyboard on the English layout is read with the Thai keys, and says so', () => {
    // `8]v'mjv,.9h` is what the keys of คลองท่อมใต้ type on the English layout (core/text/keyboard-layout.ts).
    // Three people (another name and mobile each), so that dedupe leaves each row as it is.
    const row = (name: string, i: number) => [
      '10/6/2026, 9:00:00',
      'กระบี่',
      'คลองท่อม',
      OBT,
      name,
      `นายสมชาย ใจดี${'ก'.repeat(i * 3)}`,
      JOB,
      `08123456${i}0`,
      '',
      SAO,
      '',
    ];
    const grid = [HEADER, row("8]v'mjv,.9h", 1), row('Khlong Thom Tai', 2), row("8]v'mjkv,.9h", 3)];
    const result = processResponses({ registry: REGISTRY, sessions: SESSIONS, grid });
    if (!result.ok) throw new Error('no table');
    const [typed, romanised, slip] = result.responses;
    expect(typed).toMatchObject({ status: 'ok', laoCode: '6810408' });
    expect(typed!.reasons.find((r) => r.code === 'lao_name_english_layout')?.message).toBe(`ชื่อ อปท. "8]v'mjv,.9h" พิมพ์ขณะแป้นพิมพ์เป็นภาษาอังกฤษ อ่านเป็น "คลองท่อมใต้"`);
    // English that is not Thai keys (the name romanised) reads as nothing: not found, and no such reason.
    expect(romanised).toMatchObject({ status: 'unmatched' });
    expect(codesOf(romanised!)).not.toContain('lao_name_english_layout');
    // A slip on top of the reading (คลองท่าอมใต้), as in a long name typed in Thai: still คลองท่อมใต้.
    expect(slip).toMatchObject({ status: 'ok', laoCode: '6810408' });
  });

  test('a short name read from English-layout keys must be spelled exactly', () => {
    // `,,` reads มม, one letter from อบต.ดม (the only SAO of its district): a short Thai name with that slip would be
    // taken, junk keys are not. `f,` reads ดม.
    const registry = withBangkok([lao('6320401', 'อบต.', 'ดม', 'สุรินทร์', 'สังขะ'), lao('6320402', 'อบต.', 'บ้านชบ', 'สุรินทร์', 'สังขะ')]);
    const row = (name: string, person: string, phone: string) => ['10/6/2026, 9:00:00', 'สุรินทร์', 'สังขะ', OBT, name, person, JOB, phone, '', SAO, ''];
    const grid = [HEADER, row(',,', 'นายสมชาย ใจดี', '0812345678'), row('f,', 'นางสาววิไล มั่นคง', '0898765432')];
    const result = processResponses({ registry, sessions: SESSIONS, grid });
    if (!result.ok) throw new Error('no table');
    expect(result.responses.map((r) => [r.status, r.laoCode])).toEqual([
      ['unmatched', null],
      ['ok', '6320401'],
    ]);
  });

  test('answers read from swapped boxes carry the reason, in Thai', () => {
    // อบต.เสมาใหญ่ of อ.บัวใหญ่ beside อบต.บัวใหญ่; the district and the name swapped, then the province and the district.
    const registry = withBangkok([
      lao('6301202', 'อบต.', 'บัวใหญ่', 'นครราชสีมา', 'บัวใหญ่'),
      lao('6301210', 'อบต.', 'เสมาใหญ่', 'นครราชสีมา', 'บัวใหญ่'),
      lao('6400105', 'อบต.', 'เสมาใหญ่', 'ขอนแก่น', 'เมืองขอนแก่น'),
    ]);
    const row = (province: string, district: string, name: string, person: string, phone: string) => [
      '10/6/2026, 9:00:00',
      province,
      district,
      OBT,
      name,
      person,
      JOB,
      phone,
      '',
      SAO,
      '',
    ];
    const grid = [
      HEADER,
      row('นครราชสีมา', 'เสมาใหญ่', 'บัวใหญ่', 'นายสมชาย ใจดี', '0812345678'),
      row('บัวใหญ่', 'นครราชสีมา', 'เสมาใหญ่', 'นางสาววิไล มั่นคง', '0898765432'),
      row('นครราชสีมา', 'บัวใหญ่', 'เสมาใหญ่', 'นายวิชัย ศรีสุข', '0861111111'),
    ];
    const result = processResponses({ registry, sessions: SESSIONS, grid });
    if (!result.ok) throw new Error('no table');
    const [districtAndName, provinceAndDistrict, inPlace] = result.responses;
    const swapReason = (r: (typeof result.responses)[number]) => r.reasons.find((x) => x.code === 'lao_boxes_swapped')?.message;
    expect(districtAndName).toMatchObject({ status: 'ok', laoCode: '6301210' });
    expect(swapReason(districtAndName!)).toBe('ตอบอำเภอกับชื่อ อปท. สลับช่องกัน อ่านสลับกลับแล้วตรงกับ อปท. ในทะเบียน');
    expect(provinceAndDistrict).toMatchObject({ status: 'ok', laoCode: '6301210' });
    expect(swapReason(provinceAndDistrict!)).toBe('ตอบจังหวัดกับอำเภอ สลับช่องกัน อ่านสลับกลับแล้วตรงกับ อปท. ในทะเบียน');
    expect(inPlace).toMatchObject({ status: 'ok', laoCode: '6301210' });
    expect(swapReason(inPlace!)).toBeUndefined();
    // The box the check found no place in is the box read the other way: its warning is not repeated beside it.
    // (The rows have no e-mail: that warning stays.)
    const codes = (r: (typeof result.responses)[number]) => r.reasons.map((x) => x.code);
    expect(codes(districtAndName!)).toEqual(['email_missing', 'lao_boxes_swapped']);
    expect(codes(provinceAndDistrict!)).toEqual(['email_missing', 'lao_boxes_swapped']);
  });

  test('a district of another province than the one answered: matched with its province, and the row says so', () => {
    const registry = withBangkok([lao('6301210', 'อบต.', 'เสมาใหญ่', 'นครราชสีมา', 'บัวใหญ่'), lao('6400105', 'อบต.', 'หนองตูม', 'ขอนแก่น', 'เมืองขอนแก่น')]);
    const grid = [HEADER, ['10/6/2026, 9:00:00', 'ขอนแก่น', 'บัวใหญ่', OBT, 'เสมาใหญ่', 'นายสมชาย ใจดี', JOB, '0812345678', '', SAO, '']];
    const result = processResponses({ registry, sessions: SESSIONS, grid });
    if (!result.ok) throw new Error('no table');
    const [row] = result.responses;
    expect(row).toMatchObject({ status: 'ok', laoCode: '6301210', province: 'นครราชสีมา' });
    expect(row!.reasons.find((x) => x.code === 'province_from_district')?.message).toBe(
      'อำเภอที่ตอบ ("บัวใหญ่") ไม่อยู่ในจังหวัดที่ตอบ จึงอ่านเป็นอำเภอของจังหวัดนครราชสีมา แล้วตรงกับ อปท. ในทะเบียน',
    );
    expect(row!.reasons.map((x) => x.code)).toEqual(['email_missing', 'province_from_district']);
  });

  test('a later try read either way from swapped boxes takes the LAO of the person registered in one of the readings', () => {
    // อบต.ขามสมบูรณ์ (อ.คง) registered; then the district box ขามสมบูรณ์ and the name box บัวใหญ่ (another district):
    // อบต.บัวใหญ่ as answered, or อบต.ขามสมบูรณ์ read swapped. Each reading is weighed on its own: the person's LAO is
    // the best of its reading, and the same name and mobile settle it, as for any unmatched try.
    const registry = withBangkok([
      lao('6301202', 'อบต.', 'บัวใหญ่', 'นครราชสีมา', 'บัวใหญ่'),
      lao('6301502', 'อบต.', 'ขามสมบูรณ์', 'นครราชสีมา', 'คง'),
      lao('6301503', 'อบต.', 'ขามสมบูรณ์', 'ขอนแก่น', 'เมืองขอนแก่น'),
    ]);
    const row = (time: string, district: string, name: string, email: string) => [
      time,
      'นครราชสีมา',
      district,
      OBT,
      name,
      'นายสำราญ น้ำมณี',
      JOB,
      '0622397169',
      email,
      SAO,
      '',
    ];
    const grid = [
      HEADER,
      row('10/6/2026, 9:00:00', 'คง', 'ขามสมบูรณ์', 'samran@example.com'),
      row('11/6/2026, 9:00:00', 'ขามสมบูรณ์', 'บัวใหญ่', 'samran.n@example.com'),
    ];
    const result = processResponses({ registry, sessions: SESSIONS, grid });
    if (!result.ok) throw new Error('no table');
    const [registered, swapped] = result.responses;
    expect(swapped).toMatchObject({ status: 'ok', laoCode: '6301502' });
    expect(codesOf(swapped!)).toContain('lao_from_other_submission');
    expect(registered).toMatchObject({ status: 'duplicate', duplicateOf: swapped!.row });
  });

  test('Bangkok, outside the DLA registry', () => {
    expect(at(16)).toMatchObject({ status: 'ok', laoCode: 'BKK', province: 'กรุงเทพมหานคร' });
  });
});

describe('codes', () => {
  test('a code of another LAO is flagged; the answers decide', () => {
    expect(at(10).status).toBe('ok');
    const mismatch = at(10).reasons.find((x) => x.code === 'code_mismatch');
    expect(mismatch?.message).toBe('รหัส อปท. 6810408 ไม่ตรงกับข้อมูล อปท. ที่ตอบ (เป็นรหัสของ อบต.คลองท่อมใต้ จ.กระบี่)');
  });

  test('a code not in the registry, and a malformed one, are flagged once each', () => {
    expect(codesOf(at(11))).toContain('code_unknown');
    expect(codesOf(at(12)).filter((c) => c.startsWith('code_'))).toEqual(['code_invalid']);
  });
});

describe('checks travel with the row', () => {
  test('blocking errors make a response invalid, keeping what was matched for its place', () => {
    expect(at(6)).toMatchObject({ status: 'invalid', laoCode: null, province: 'กระบี่', laoName: 'คลองท่อมเหนือ' });
    expect(codesOf(at(6))).toContain('name_missing');
    expect(codesOf(at(7))).toContain('lao_missing');
  });

  test('warnings keep the status: landline, session for another type (judged on the matched type), unreadable time', () => {
    expect(codesOf(at(2))).toContain('phone_not_mobile');
    expect(codesOf(at(9))).toContain('session_wrong_type');
    expect(codesOf(at(8))).not.toContain('session_wrong_type');
    expect(at(22)).toMatchObject({ status: 'ok', submittedAt: null });
    expect(codesOf(at(22))).toContain('timestamp_invalid');
  });

  test('Thai digits in a phone are read', () => {
    expect(at(17).phone).toBe('089-111-2222');
  });
});

test('a renamed column is reported in Thai and nothing is produced', () => {
  const renamed = HEADER.map((h) => (h === 'ชื่อ อปท.' ? 'ชื่อหน่วยงาน' : h));
  const result = processResponses({ registry: REGISTRY, sessions: SESSIONS, grid: [renamed, ...ROWS] });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problems.map((p) => p.message).join('\n')).toContain('ไม่มีคอลัมน์ "ชื่อ อปท."');
});

test('the raw grid is not modified', () => {
  const grid: Grid = [HEADER, ...ROWS].map((r) => [...r]);
  const copy = JSON.stringify(grid);
  processResponses({ registry: REGISTRY, sessions: SESSIONS, grid });
  expect(JSON.stringify(grid)).toBe(copy);
});

test('a submission stamped after the run time is not taken as the newest', () => {
  const grid: Grid = [
    HEADER,
    ['1/1/2030, 9:00:00', 'ตาก', 'บ้านตาก', OBT, 'วังหิน', 'นายวัง หิน', JOB, '0891112222', 'wang@example.com', SAO, ''],
    ['11/6/2026, 8:00:00', 'ตาก', 'บ้านตาก', OBT, 'วังหิน', 'นายวัง หิน', JOB, '0891112222', 'wang@example.com', SAO, ''],
  ];
  const now = new Date('2026-06-20T00:00:00+07:00');
  const result = processResponses({ registry: REGISTRY, sessions: SESSIONS, grid, now });
  expect(result.ok && result.responses.map((r) => [r.row, r.status, r.duplicateOf])).toEqual([
    [1, 'duplicate', 2],
    [2, 'ok', null],
  ]);
});

describe('an unmatched response of someone who registered by another submission', () => {
  const DAY1 = '10/6/2026, 9:00:00';
  const DAY2 = '11/6/2026, 9:00:00';
  const SOMCHAI = 'นายสมชาย ใจดี';
  // Type answered as เทศบาลตำบล, the SAO's session chosen: both คลองท่อมใต้ fit, so review (and the session is doubted).
  const typeSlip = (at: string, phone = '0812345678', email = 'somchai@example.com') => [
    at,
    'กระบี่',
    'คลองท่อม',
    'เทศบาลตำบล',
    'คลองท่อมใต้',
    SOMCHAI,
    JOB,
    phone,
    email,
    SAO,
    '',
  ];
  const sao = (at: string, phone = '0812345678', email = 'somchai@example.com', name = SOMCHAI) => [
    at,
    'กระบี่',
    'คลองท่อม',
    OBT,
    'อบต.คลองท่อมใต้',
    name,
    JOB,
    phone,
    email,
    SAO,
    '',
  ];
  const process = (rows: Grid, registry = REGISTRY): AnnotatedResponse[] => {
    const result = processResponses({ registry, sessions: SESSIONS, grid: [HEADER, ...rows] });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.responses;
  };
  const summary = (rs: AnnotatedResponse[]) => rs.map((r) => [r.row, r.status, r.laoCode, r.duplicateOf]);
  const message = (r: AnnotatedResponse, code: string) => r.reasons.find((x) => x.code === code)?.message;

  test('alone, the type slip is left for review, its session doubted against the answered type', () => {
    const [r] = process([typeSlip(DAY1)]);
    expect(r).toMatchObject({ status: 'unmatched', laoCode: null });
    expect(codesOf(r!)).toEqual(expect.arrayContaining(['lao_ambiguous', 'session_wrong_type']));
  });

  test('corrected later: the earlier try takes the LAO of the correction and is its duplicate', () => {
    const rs = process([typeSlip(DAY1), sao(DAY2, '0898765432')]);
    expect(summary(rs)).toEqual([
      [1, 'duplicate', '6810408', 2],
      [2, 'ok', '6810408', null],
    ]);
    expect(rs[0]).toMatchObject({ laoType: 'อบต.', laoName: 'คลองท่อมใต้', province: 'กระบี่', district: 'คลองท่อม', candidates: [] });
    expect(message(rs[0]!, 'lao_from_other_submission')).toBe('ข้อมูล อปท. ที่ตอบในแถวนี้ระบุไม่ได้ว่าเป็นแห่งใด จึงใช้ อปท. จากการลงทะเบียนอีกครั้งของบุคคลเดียวกัน (แถว 3)');
    // No longer unmatched, and the SAO's session is right for an SAO.
    expect(codesOf(rs[0]!)).not.toEqual(expect.arrayContaining(['lao_ambiguous']));
    expect(codesOf(rs[0]!)).not.toContain('session_wrong_type');
    expect(codesOf(rs[0]!)).toContain('duplicate_of');
  });

  test('the answers confirm the LAO by province and a near name when they match nothing', () => {
    // Two slips in the name, the wrong type and district: not even a candidate, but near อบต.คลองท่อมเหนือ's name.
    const lost = ['9/6/2026, 9:00:00', 'กระบี่', 'เมืองกระบี่', 'เทศบาลตำบล', 'คลองทอมเหนอ', SOMCHAI, JOB, '0812345678', '', SAO, ''];
    const right = [DAY1, 'กระบี่', 'คลองท่อม', OBT, 'คลองท่อมเหนือ', SOMCHAI, JOB, '0812345678', '', SAO, ''];
    expect(process([lost]).map((r) => [r.status, r.candidates])).toEqual([['unmatched', []]]);
    expect(summary(process([lost, right]))).toEqual([
      [1, 'duplicate', '6810403', 2],
      [2, 'ok', '6810403', null],
    ]);
  });

  test('the unclear answer came last: it is kept, with the LAO of the earlier registration and its newer phone', () => {
    // No type and no session: both คลองท่อมใต้ fit equally, so the SAO fits as well as any.
    const unclear = [DAY2, 'กระบี่', 'คลองท่อม', '', 'คลองท่อมใต้', 'สมชาย ใจดี', JOB, '0898765432', 'somchai@example.com', '', ''];
    const rs = process([sao(DAY1), unclear]);
    expect(summary(rs)).toEqual([
      [1, 'duplicate', '6810408', 2],
      [2, 'ok', '6810408', null],
    ]);
    expect(rs[1]!.phone).toBe('089-876-5432');
    expect(message(rs[1]!, 'lao_from_other_submission')).toContain('(แถว 2)');
  });

  test('a later try answering the twin’s type but choosing the registration’s session: the same LAO, with both contacts', () => {
    // Registered for อบต.คลองท่อมใต้; then เทศบาลตำบล answered, the อบต. day chosen: the session sides with the SAO.
    const rs = process([sao(DAY1), typeSlip(DAY2, '081-234-5678')]);
    expect(summary(rs)).toEqual([
      [1, 'duplicate', '6810408', 2],
      [2, 'ok', '6810408', null],
    ]);
    // The municipal day chosen with เทศบาลตำบล: the type and the session both say ทต., a registration for it that
    // corrects the earlier one.
    const municipalDay = [...typeSlip(DAY2).slice(0, 9), MUNICIPAL, ''];
    expect(summary(process([sao(DAY1), municipalDay]))).toEqual([
      [1, 'duplicate', '6810408', 2],
      [2, 'ok', '5810401', null],
    ]);
    // The type stated twice (chosen and written before the name) outweighs the session: review. Seed 3004 of the
    // generator: a registration for อบต.ท่าแซะ picked by mistake, then ท.ต.ท่าแซะ on the อบต. day, for the ทต.
    const twice = [...typeSlip(DAY2).slice(0, 4), 'ท.ต.คลองท่อมใต้', ...typeSlip(DAY2).slice(5)];
    expect(summary(process([sao(DAY1), twice])).map((r) => r[1])).toEqual(['ok', 'unmatched']);
    // Only the mobile the same (another e-mail): review.
    expect(summary(process([sao(DAY1), typeSlip(DAY2, '0812345678', 'somchai.j@example.com')])).map((r) => r[1])).toEqual(['ok', 'unmatched']);
  });

  test('the last answer fits another LAO better: review beside the registration, in either order only the earlier try is taken', () => {
    // Two SAOs in one district whose names differ only in a tone mark: ท่าช่าง is exact for one, near for the other.
    const registry = withBangkok([lao('6300101', 'อบต.', 'ท่าช้าง', 'นครราชสีมา', 'เฉลิมพระเกียรติ'), lao('6300102', 'อบต.', 'ท่าช่าง', 'นครราชสีมา', 'เฉลิมพระเกียรติ')]);
    // The registration came through the LAO's prefilled link (its code); the other try has none.
    const answer = (at: string, name: string, code = '') => [at, 'นครราชสีมา', 'เฉลิมพระเกียรติ', OBT, name, SOMCHAI, JOB, '0812345678', '', SAO, code];
    const later = process([answer(DAY1, 'ท่าช้าง', '6300101'), answer(DAY2, 'ท่าช่าง')], registry);
    expect(summary(later)).toEqual([
      [1, 'ok', '6300101', null],
      [2, 'unmatched', null, null],
    ]);
    expect(message(later[1]!, 'possible_duplicate')).toBe('อาจเป็นการลงทะเบียนซ้ำ ของบุคคลเดียวกับแถว 2 ควรตรวจสอบพร้อมกัน');
    const earlier = process([answer(DAY1, 'ท่าช่าง'), answer(DAY2, 'ท่าช้าง', '6300101')], registry);
    expect(summary(earlier)).toEqual([
      [1, 'duplicate', '6300101', 2],
      [2, 'ok', '6300101', null],
    ]);
  });

  test('two unmatched tries with the same answers: one person, counted once; the latest stays for review', () => {
    const rs = process([typeSlip(DAY1), typeSlip(DAY2, '081-234-5678')]);
    expect(summary(rs)).toEqual([
      [1, 'duplicate', null, 2],
      [2, 'unmatched', null, null],
    ]);
    expect(message(rs[0]!, 'duplicate_of')).toBe('ลงทะเบียนซ้ำ ใช้ข้อมูลที่ส่งล่าสุด (แถว 3)');
    expect(codesOf(rs[0]!)).not.toContain('possible_duplicate');
    // The latest keeps what review needs: its candidates and why it is unmatched.
    expect(codesOf(rs[1]!)).toContain('lao_ambiguous');
    expect(rs[1]!.candidates.length).toBeGreaterThan(1);
    // Three tries: both earlier ones point to the latest.
    const three = process([typeSlip(DAY1), typeSlip(DAY2), typeSlip('12/6/2026, 9:00:00')]);
    expect(summary(three)).toEqual([
      [1, 'duplicate', null, 3],
      [2, 'duplicate', null, 3],
      [3, 'unmatched', null, null],
    ]);
    // Counted once, where the answers point (กระบี่): one to review, no attendee.
    const counts = summarizeRsvp(three, new Registry(REGISTRY));
    expect(counts.statusCounts).toEqual({ ok: 0, duplicate: 2, invalid: 0, unmatched: 1 });
    expect(counts.provinces.find((p) => p.province === 'กระบี่')).toMatchObject({ needsReview: 1, attendees: 0 });
    // Another person's try with the same answers is someone else.
    const other = process([typeSlip(DAY1), [...typeSlip(DAY2, '0899999999', 'wichai@example.com').slice(0, 5), 'นายวิชัย มั่นคง', ...typeSlip(DAY2).slice(6)]]);
    expect(summary(other).map((r) => r[1])).toEqual(['unmatched', 'unmatched']);
    expect(other.flatMap(codesOf)).not.toContain('possible_duplicate');
  });

  test('two unmatched tries with other answers but the same name, mobile and e-mail: a correction, counted once', () => {
    // The type changed between the tries (เทศบาลตำบล, then none): neither singles out an LAO.
    const noType = (at: string, email = 'somchai@example.com') => [at, 'กระบี่', 'คลองท่อม', '', 'คลองท่อมใต้', SOMCHAI, JOB, '081 234 5678', email, '', ''];
    const rs = process([typeSlip(DAY1), noType(DAY2)]);
    expect(summary(rs)).toEqual([
      [1, 'duplicate', null, 2],
      [2, 'unmatched', null, null],
    ]);
    expect(message(rs[0]!, 'duplicate_of')).toBe('ลงทะเบียนซ้ำ ใช้ข้อมูลที่ส่งล่าสุด (แถว 3)');
    // Only the mobile in common: not surely a correction, both stay for review.
    expect(summary(process([typeSlip(DAY1), noType(DAY2, 'other.somchai@example.com')])).map((r) => r[1])).toEqual(['unmatched', 'unmatched']);
  });

  test('two unmatched tries with the same answers and the same name but no contact: pointed out, not merged', () => {
    // With no LAO, a name alone (`ทดสอบ` test rows, a namesake) does not make one person: review sees them together.
    const rs = process([typeSlip(DAY1, '', ''), typeSlip(DAY2, '', '')]);
    expect(summary(rs)).toEqual([
      [1, 'unmatched', null, null],
      [2, 'unmatched', null, null],
    ]);
    expect(rs[0]!.reasons.find((x) => x.code === 'possible_duplicate')?.otherRow).toBe(2);
  });

  test('a name retyped with a slip, with the same mobile and e-mail: the same person', () => {
    expect(summary(process([typeSlip(DAY1), sao(DAY2, '0812345678', 'somchai@example.com', 'นายสมชาย ใจดีย')]))).toEqual([
      [1, 'duplicate', '6810408', 2],
      [2, 'ok', '6810408', null],
    ]);
  });

  test('the same name with the e-mail or the mobile one slip off: the LAO of the registration', () => {
    // The office landline on one, the mobile on the other, the e-mail retyped with a letter doubled.
    expect(summary(process([typeSlip(DAY1, '075-123-456', 'somchaii@example.com'), sao(DAY2)]))).toEqual([
      [1, 'duplicate', '6810408', 2],
      [2, 'ok', '6810408', null],
    ]);
    // The mobile with one digit changed and another e-mail.
    expect(summary(process([typeSlip(DAY1, '0812345679', 'other@example.com'), sao(DAY2)]))).toEqual([
      [1, 'duplicate', '6810408', 2],
      [2, 'ok', '6810408', null],
    ]);
  });

  describe('not merged', () => {
    const unchanged = (rs: AnnotatedResponse[]) => {
      expect(rs[0]).toMatchObject({ status: 'unmatched', laoCode: null, duplicateOf: null });
      expect(codesOf(rs[0]!)).not.toContain('lao_from_other_submission');
    };

    test('a namesake with another mobile and e-mail', () => {
      unchanged(process([typeSlip(DAY1), sao(DAY2, '0898765432', 'other.somchai@example.com')]));
    });

    test('the same name on the same office landline (no mobile or e-mail in common)', () => {
      unchanged(process([typeSlip(DAY1, '075-123-456', 'a@example.com'), sao(DAY2, '075-123-456', 'b@example.com')]));
    });

    test('a title of the other sex with the same mobile', () => {
      unchanged(process([typeSlip(DAY1), sao(DAY2, '0812345678', 'somchai@example.com', 'นางสาวสมชาย ใจดี')]));
    });

    test('a name slip with only the mobile in common', () => {
      unchanged(process([typeSlip(DAY1), sao(DAY2, '0812345678', 'other@example.com', 'นายสมชาย ใจดีย')]));
    });

    test('a name slip with the e-mail one letter off', () => {
      unchanged(process([typeSlip(DAY1, '075-123-456', 'somchaii@example.com'), sao(DAY2, '0898765432', 'somchai@example.com', 'นายสมชาย ใจดีย')]));
    });

    test('a namesake of another LAO with the e-mail one letter off, whose answers do not point to that LAO', () => {
      const elsewhere = [DAY1, 'ตาก', 'บ้านตาก', '', 'หนองบัว', SOMCHAI, JOB, '075-123-456', 'somchai1@example.com', SAO, ''];
      unchanged(process([elsewhere, sao(DAY2)]));
    });

    test('the person registered for two LAOs, either of which the unclear answer could mean, not as a correction', () => {
      // The later registration has another personal e-mail: both registrations are flagged, neither replaced.
      const municipality = [DAY2, 'กระบี่', 'คลองท่อม', 'เทศบาลตำบล', 'ทต.คลองท่อมใต้', SOMCHAI, JOB, '0812345678', 'somchai.k@example.com', MUNICIPAL, ''];
      const rs = process([typeSlip(DAY1), sao(DAY2), municipality]);
      unchanged(rs);
      expect(summary(rs).slice(1)).toEqual([
        [2, 'ok', '6810408', null],
        [3, 'ok', '5810401', null],
      ]);
      expect(codesOf(rs[1]!)).toContain('other_lao_registration');
    });

    test('two people of the LAO it could belong to, and dedupe would join it to the other one', () => {
      // A man and a woman of one office with one name and one (office) mobile: the try is surely one of them.
      const him = sao('12/6/2026, 9:00:00', '0812345678', '', 'นายสมชาย ใจดี');
      const her = sao(DAY2, '0812345678', 'somchai@example.com', 'นางสาวสมชาย ใจดี');
      const rs = process([[...typeSlip(DAY1).slice(0, 5), 'สมชาย ใจดี', ...typeSlip(DAY1).slice(6)], her, him]);
      unchanged(rs);
      expect(rs.slice(1).map((r) => r.status)).toEqual(['ok', 'ok']);
    });

    test('a later answer that does not point to the registered LAO', () => {
      const elsewhere = ['12/6/2026, 9:00:00', 'ตาก', 'บ้านตาก', '', 'หนองบัว', SOMCHAI, JOB, '0812345678', 'somchai@example.com', SAO, ''];
      unchanged(process([elsewhere, sao(DAY2)]));
    });
  });

  test('a try, a registration for one LAO it could mean, then a correction to the other: all three are the person', () => {
    const municipality = [DAY2, 'กระบี่', 'คลองท่อม', 'เทศบาลตำบล', 'ทต.คลองท่อมใต้', SOMCHAI, JOB, '0812345678', 'somchai@example.com', MUNICIPAL, ''];
    const rs = process([typeSlip(DAY1), sao(DAY2), municipality]);
    // The later registration for the other LAO corrects the earlier one, and the try takes the corrected LAO.
    expect(summary(rs)).toEqual([
      [1, 'duplicate', '5810401', 3],
      [2, 'duplicate', '6810408', 3],
      [3, 'ok', '5810401', null],
    ]);
    expect(codesOf(rs[0]!)).toContain('lao_from_other_submission');
  });

  test('a correction takes along the submissions kept under the registration it replaces, and corrections chain', () => {
    const municipality = (at: string) => [
      at,
      'กระบี่',
      'คลองท่อม',
      'เทศบาลตำบล',
      'ทต.คลองท่อมใต้',
      SOMCHAI,
      JOB,
      '0812345678',
      'somchai@example.com',
      MUNICIPAL,
      '',
    ];
    // Twice for the อบต. (the first kept under the second), then the เทศบาล, then the อบต. again.
    const rs = process([sao(DAY1), sao('10/6/2026, 10:00:00'), municipality(DAY2), sao('12/6/2026, 9:00:00')]);
    expect(summary(rs)).toEqual([
      [1, 'duplicate', '6810408', 4],
      [2, 'duplicate', '6810408', 4],
      [3, 'duplicate', '5810401', 4],
      [4, 'ok', '6810408', null],
    ]);
    const rows = process([sao(DAY1), sao('10/6/2026, 10:00:00'), municipality(DAY2)]);
    expect(summary(rows)).toEqual([
      [1, 'duplicate', '6810408', 3],
      [2, 'duplicate', '6810408', 3],
      [3, 'ok', '5810401', null],
    ]);
    expect(rows[0]!.reasons.find((x) => x.code === 'duplicate_of')?.otherRow).toBe(3);
  });

  test('an earlier answer that does not point to the LAO, then a registration with the same name, mobile and e-mail: replaced', () => {
    // As a registration for another LAO is replaced by a correction: the person's last word is the registration.
    const elsewhere = [DAY1, 'ตาก', 'บ้านตาก', '', 'หนองบัว', SOMCHAI, JOB, '0812345678', 'somchai@example.com', SAO, ''];
    const rs = process([elsewhere, sao(DAY2)]);
    expect(summary(rs)).toEqual([
      [1, 'duplicate', null, 2],
      [2, 'ok', '6810408', null],
    ]);
    expect(codesOf(rs[0]!)).toContain('lao_changed');
    expect(codesOf(rs[1]!)).toContain('other_lao_registration');
  });
});

test('US-ordered timestamps under the English header are read month first, per file', () => {
  const english = HEADER.map((h) => (h === 'ประทับเวลา' ? 'Timestamp' : h));
  const row = (timestamp: string) => ROWS[0]!.map((cell, i) => (HEADER[i] === 'ประทับเวลา' ? timestamp : cell));
  const times = (header: typeof HEADER, stamps: string[]) => {
    const result = processResponses({ registry: REGISTRY, sessions: SESSIONS, grid: [header, ...stamps.map(row)] });
    if (!result.ok) throw new Error('not ok');
    return result.responses.map((r) => r.submittedAt?.toISOString() ?? null);
  };
  // Google's US export: 16 August and 1 September, 09:05 in Bangkok.
  expect(times(english, ['8/16/2026 9:05:07', '9/1/2026 9:05:07'])).toEqual(['2026-08-16T02:05:07.000Z', '2026-09-01T02:05:07.000Z']);
  // The same text in a Thai file with a day over 12 elsewhere stays day first.
  expect(times(HEADER, ['16/8/2026, 9:05:07', '9/1/2026, 9:05:07'])).toEqual(['2026-08-16T02:05:07.000Z', '2026-01-09T02:05:07.000Z']);
});
