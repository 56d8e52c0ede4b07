import { parseCodeAnswer, parseLaoNameAnswer, parseTypeAnswer, withCodeFromName } from './lao-answer';
import { matchLao } from './match-lao';
import { buildMatchIndex } from './registry-index';

describe('LAO name as typed', () => {
  test.each([
    ['อบต.คลองท่อมใต้', 'อบต.', 'คลองท่อมใต้'],
    ['องค์กรบริหารส่วนตำบลคลองท่อมใต้', 'อบต.', 'คลองท่อมใต้'],
    ['กองคลัง อบต.คลองท่อมใต้', 'อบต.', 'คลองท่อมใต้'],
    ['สำนักปลัด เทศบาลตำบลคลองท่อมใต้', 'เทศบาลตำบล', 'คลองท่อมใต้'],
    ['อบต.คลองท่อมใต้ อ.คลองท่อม จ.กระบี่', 'อบต.', 'คลองท่อมใต้'],
    ['คลองท่อมใต้ อำเภอคลองท่อม', null, 'คลองท่อมใต้'],
    ['ตำบลคลองท่อมใต้', null, 'คลองท่อมใต้'],
    ['ทต. จ.ป.ร.', 'เทศบาลตำบล', 'จ.ป.ร.'],
    ['สามตำบล', null, 'สามตำบล'],
    ['พัทยา', 'ท้องถิ่นรูปแบบพิเศษ', 'เมืองพัทยา'],
    ['เทศบาลเมืองพัทยา', 'ท้องถิ่นรูปแบบพิเศษ', 'เมืองพัทยา'],
    ['\u200Bอบต.\u00A0คลองท่อมใต้ ', 'อบต.', 'คลองท่อมใต้'],
    ['องค์การบริหารส่ว นตำบล คลองท่อมใต้', 'อบต.', 'คลองท่อมใต้'],
    ['เทศบาลต ำบลคลองท่อมใต้', 'เทศบาลตำบล', 'คลองท่อมใต้'],
  ])('%s → %s + %s', (text, type, name) => {
    expect(parseLaoNameAnswer(text)).toMatchObject({ type, name });
  });

  // Outside source: how LAOs write their own names on public web pages and letters (public code found with the code
  // search): a footer "สำนักงานเทศบาลตำบลบางปู (กองช่าง)", a letterhead "สำนักงานองค์การบริหารส่วนตำบลขามป้อม", and a
  // place search's list of prefixes to strip ("ที่ทำการองค์การบริหารส่วนตำบล", "สำนักงานเทศบาลนคร").
  test.each([
    ['สำนักงานเทศบาลตำบลบางปู (กองช่าง)', 'เทศบาลตำบล', 'บางปู'],
    ['สำนักงานองค์การบริหารส่วนตำบลขามป้อม', 'อบต.', 'ขามป้อม'],
    ['ที่ทำการองค์การบริหารส่วนตำบลคลองท่อมใต้', 'อบต.', 'คลองท่อมใต้'],
    ['สำนักงานเทศบาลนครลำปาง', 'เทศบาลนคร', 'ลำปาง'],
    ['กองช่างอบต.คลองท่อมใต้', 'อบต.', 'คลองท่อมใต้'],
    ['สำนักปลัดเทศบาลตำบลคลองท่อมใต้', 'เทศบาลตำบล', 'คลองท่อมใต้'],
    ['อบต.คลองท่อมใต้ (อ.คลองท่อม)', 'อบต.', 'คลองท่อมใต้'],
    ['อบต.คลองท่อมใต้(คลองท่อม)', 'อบต.', 'คลองท่อมใต้'],
    ['(อบต.คลองท่อมใต้)', 'อบต.', 'คลองท่อมใต้'],
    // In quotes, plain or curly (as iOS's Smart Punctuation types them).
    ['"อบต.ชำ"', 'อบต.', 'ชำ'],
    ['“อบต.ชำ”', 'อบต.', 'ชำ'],
    ["'เทศบาลตำบลคลองท่อมใต้'", 'เทศบาลตำบล', 'คลองท่อมใต้'],
    // The note first, as a swap of two words leaves it; bracketed words that are no note are read as words.
    ['(อ.คลองท่อม) คลองท่อมใต้', null, 'คลองท่อมใต้'],
    ['(กองช่าง) อบต.คลองท่อมใต้', 'อบต.', 'คลองท่อมใต้'],
    ['(อบต.) คลองท่อมใต้', 'อบต.', 'คลองท่อมใต้'],
    ['(อบต.คลองท่อมใต้) กองคลัง', 'อบต.', 'คลองท่อมใต้'],
  ])('office, division or note around the name: %s → %s + %s', (text, type, name) => {
    expect(parseLaoNameAnswer(text)).toMatchObject({ type, name });
  });

  test.each([
    ['กองช่าง อบต แม่สัน', 'อบต.', 'แม่สัน'],
    ['สำนักปลัดอบตแม่สัน', 'อบต.', 'แม่สัน'],
    ['กองคลัง อ.บ.ต.แม่สัน', 'อบต.', 'แม่สัน'],
    ['กองช่างอบจลำปาง', 'อบจ.', 'ลำปาง'],
    ['สำนักงาน ทต ห้างฉัตร', 'เทศบาลตำบล', 'ห้างฉัตร'],
    ['กองช่างทต วานรนิวาส', 'เทศบาลตำบล', 'วานรนิวาส'],
    ['สำนักงานทม บ้านไผ่', 'เทศบาลเมือง', 'บ้านไผ่'],
  ])('abbreviations typed without full stops after an office: %s → %s + %s', (text, type, name) => {
    expect(parseLaoNameAnswer(text)).toMatchObject({ type, name });
  });

  // Outside source: Thai is written without spaces between words, and the letters this project answers glue places so
  // (`ศาลากลางจังหวัดตาก`, `ผู้ว่าราชการจังหวัดตาก`, ../shared/seed).
  test.each([
    ['องค์การบริหารส่วนตำบลชุมช้างอำเภอโพนพิสัยจังหวัดหนองคาย', 'อบต.', 'ชุมช้าง'],
    ['อบต.ชุมช้างจังหวัดหนองคาย', 'อบต.', 'ชุมช้าง'],
    ['ทต.แวงอำเภอโพนทอง', 'เทศบาลตำบล', 'แวง'],
    ['อบต.แหลมงอบอำเภอแหลมงอบ', 'อบต.', 'แหลมงอบ'],
    // Left as written: ตำบล ends a name (สามตำบล); อ. and จ. glued may be a slip (หนอง typed หนอ.: the full stop is on the
    // key beside ง), a dot at the end holds no place.
    ['อบต.สามตำบล', 'อบต.', 'สามตำบล'],
    ['อบต.หนอ.หลวง', 'อบต.', 'หนอ.หลวง'],
    ['ทต.บางปลาหมอ.', 'เทศบาลตำบล', 'บางปลาหมอ.'],
  ])('a place glued to the name: %s → %s + %s', (text, type, name) => {
    expect(parseLaoNameAnswer(text)).toMatchObject({ type, name });
  });

  test('อ. or จ. glued to the name leaves the name as typed, and the words before it as a second reading', () => {
    expect(parseLaoNameAnswer('ทต.แวงอ.โพนทอง')).toMatchObject({ name: 'แวงอ.โพนทอง', beforePlaceKey: 'แวง', afterPlaceKey: 'โพนทอง' });
    expect(parseLaoNameAnswer('อบต.หนอ.หลวง')).toMatchObject({ name: 'หนอ.หลวง', beforePlaceKey: 'หน', afterPlaceKey: 'หลวง' });
    expect(parseLaoNameAnswer('อบต.แหลมงอบจ.ตราด').beforePlaceKey).toBeUndefined();
  });

  // Outside source: the letter this project answers types นายกองค้การบริหารส่วนจังหวัดตาก (../shared/seed), a tone
  // mark for the thanthakhat; other slips of the long forms alike.
  test.each([
    ['องค้การบริหารส่วนจังหวัดตาก', 'อบจ.', 'ตาก'],
    ['องคการบริหารส่วนตำบลชุมช้าง', 'อบต.', 'ชุมช้าง'],
    ['องค์การบริหารส่วนตำลบ ชุมช้าง อ.โพนพิสัย', 'อบต.', 'ชุมช้าง'],
    ['เทศบลตำบลลาดยาว', 'เทศบาลตำบล', 'ลาดยาว'],
    // The letter's slip where the form is written after the name, or after an office.
    ['โนนสวาง องค้การบริหารส่วนตำบล', 'อบต.', 'โนนสวาง'],
    ['ชุมช้าง - องคการบริหารส่วนตำบล', 'อบต.', 'ชุมช้าง'],
    ['กองคลังองค้การบริหารส่วนตำบลชุมช้าง', 'อบต.', 'ชุมช้าง'],
    // After เทศบาล spelled right, a level word with a slip may begin the name: เทศบาล + เหมืองแก้ว.
    ['เทศบาลเหมืองแก้ว', null, 'เหมืองแก้ว'],
    ['เทศบาลเรือง', null, 'เรือง'],
    // Spelled right and followed by a short name: the form and the name, not a form with two slips.
    ['องค์การบริหารส่วนตำบลชำ', 'อบต.', 'ชำ'],
    // Registry names that begin as a long form does are names.
    ['องครักษ์', null, 'องครักษ์'],
    ['เทพนคร', null, 'เทพนคร'],
  ])('a long form with a slip: %s → %s + %s', (text, type, name) => {
    expect(parseLaoNameAnswer(text)).toMatchObject({ type, name });
  });

  test('undotted ทต/ทม/ทน are read only after a space or an office word: names hold those letters (หาดทนง, ยางโทน)', () => {
    expect(parseLaoNameAnswer('หาดทนง')).toMatchObject({ type: null, name: 'หาดทนง' });
    expect(parseLaoNameAnswer('อบต.ยางโทน')).toMatchObject({ type: 'อบต.', name: 'ยางโทน' });
    expect(parseLaoNameAnswer('ยางโทน ห้างฉัตร').name).toBe('ยางโทน ห้างฉัตร');
  });

  test('after a long form typed with stray spaces, the rest keeps its spaces, so a place after the name is seen', () => {
    expect(parseLaoNameAnswer('เทศบาล ลำไทร ลำลูกกา')).toMatchObject({ municipality: true, name: 'ลำไทร ลำลูกกา' });
    expect(parseLaoNameAnswer('เทศบาล ลำไทร อ.ลำลูกกา')).toMatchObject({ municipality: true, name: 'ลำไทร', key: 'ลำไทร' });
    expect(parseLaoNameAnswer('องค์การบริหารส่ว นตำบล คลองท่อมใต้')).toMatchObject({ type: 'อบต.', name: 'คลองท่อมใต้' });
  });

  test('a type in a bracketed note counts when the name has none', () => {
    expect(parseLaoNameAnswer('คลองท่อมใต้ (อบต.)')).toMatchObject({ type: 'อบต.', name: 'คลองท่อมใต้' });
    expect(parseLaoNameAnswer('ทต.คลองท่อมใต้ (อบต.)')).toMatchObject({ type: 'เทศบาลตำบล', name: 'คลองท่อมใต้' });
  });

  test('registry names that begin like an office or a division are names (กองดิน, สำนักขาม, หินกอง)', () => {
    expect(parseLaoNameAnswer('ทต.กองดิน')).toMatchObject({ type: 'เทศบาลตำบล', name: 'กองดิน' });
    expect(parseLaoNameAnswer('สำนักขาม')).toMatchObject({ type: null, name: 'สำนักขาม' });
    expect(parseLaoNameAnswer('หินกอง')).toMatchObject({ type: null, name: 'หินกอง' });
  });

  test('two LAOs in one answer are not cut down to the second', () => {
    // The letters before the second อบต. hold a type word: they are the first LAO, not an office.
    expect(parseLaoNameAnswer('อบต.นาดีอบต.ดอนแก้ว').name).toBe('นาดีอบต.ดอนแก้ว');
    expect(parseLaoNameAnswer('อบต.นาดี/อบต.ดอนแก้ว').name).toBe('นาดี/อบต.ดอนแก้ว');
  });

  test("the rest of an office's address after the name, as its letters head it", () => {
    const letterhead = 'ที่ทำการองค์การบริหารส่วนตำบลแม่สัน เลขที่ 99 หมู่ที่ 3 ตำบลแม่สัน อำเภอห้างฉัตร จังหวัดลำปาง 52190';
    expect(parseLaoNameAnswer(letterhead)).toMatchObject({ type: 'อบต.', name: 'แม่สัน' });
    for (const answer of ['อบต.แม่สัน หมู่ที่ 3', 'อบต.แม่สัน ม. 3', 'อบต.แม่สัน ๕๒๑๙๐', 'อบต.แม่สัน 054-269-123', 'อบต.แม่สัน 99/1']) {
      expect(parseLaoNameAnswer(answer).name).toBe('แม่สัน');
    }
    // The one registry name with a digit (ทต.กม.5), typed with a space or not, keeps it.
    expect(parseLaoNameAnswer('ทต.กม. 5').key).toBe('กม5');
    expect(parseLaoNameAnswer('ทต.กม.5').key).toBe('กม5');
  });

  test('a type word with a stray space inside it, after an office or a division', () => {
    // As copied from a letterhead that breaks its line after องค์การบริหาร, or typed with a space slipped in.
    expect(parseLaoNameAnswer('กองคลังองค์การบริหาร ส่วนจังหวัด สิงห์บุรี')).toMatchObject({ type: 'อบจ.', name: 'สิงห์บุรี' });
    expect(parseLaoNameAnswer('ที่ทำการ อบ ตแม่อุสุ')).toMatchObject({ type: 'อบต.', name: 'แม่อุสุ' });
    expect(parseLaoNameAnswer('สำนักงาน อ บต ศรีละกอ')).toMatchObject({ type: 'อบต.', name: 'ศรีละกอ' });
    expect(parseLaoNameAnswer('กองช่าง เทศบา ลตำบลนาดี อ.เมือง')).toMatchObject({ type: 'เทศบาลตำบล', name: 'นาดี' });
    // Not without a name after it, nor with a second type word (two LAOs).
    expect(parseLaoNameAnswer('กองดิน อบ ต').type).toBeNull();
    expect(parseLaoNameAnswer('กองช่าง อบ ตนาดี/อบ ตดอนแก้ว').type).toBeNull();
  });

  // Outside source: nlpaug's RandomWordAug (action "swap") swaps neighbouring words, which puts the type after the name.
  test.each([
    ['คลองท่อมใต้องค์การบริหารส่วนตำบล', 'อบต.', 'คลองท่อมใต้'],
    ['คลองท่อมใต้ อบต.', 'อบต.', 'คลองท่อมใต้'],
    ['คลองท่อมใต้อบต', 'อบต.', 'คลองท่อมใต้'],
    ['คลองท่อมใต้ - อ.บ.ต.', 'อบต.', 'คลองท่อมใต้'],
    ['ห้างฉัตร ทต', 'เทศบาลตำบล', 'ห้างฉัตร'],
    ['ห้างฉัตร, ท.ต. อ.ห้างฉัตร จ.ลำปาง', 'เทศบาลตำบล', 'ห้างฉัตร'],
    ['บ้านไผ่ เทศบาลเมือง', 'เทศบาลเมือง', 'บ้านไผ่'],
    ['กองแขก อบต.', 'อบต.', 'กองแขก'],
    // Names that end in a ท-abbreviation's letters, and a type after a division with no name: as before.
    ['ยางโทน', null, 'ยางโทน'],
    ['หาดทน.', null, 'หาดทน.'],
    ['กองคลัง อบต.', 'อบต.', ''],
  ])('a type word after the name: %s → %s + %s', (text, type, name) => {
    expect(parseLaoNameAnswer(text)).toMatchObject({ type, name });
  });

  test('an office or a division between the name and its type is left out, either way round', () => {
    expect(parseLaoNameAnswer('นิคม กองการศึกษาเทศบาลตำบล')).toMatchObject({ type: 'เทศบาลตำบล', name: 'นิคม' });
    expect(parseLaoNameAnswer('ในเวียง สำนักงานอบต.')).toMatchObject({ type: 'อบต.', name: 'ในเวียง' });
    expect(parseLaoNameAnswer('อบต สำนักงาน ทับกุง')).toMatchObject({ type: 'อบต.', name: 'ทับกุง' });
  });

  test('words before a type word that are no office or division are kept as another reading of the name', () => {
    expect(parseLaoNameAnswer('บ้านแหวน ทต หางดง')).toMatchObject({ type: 'เทศบาลตำบล', name: 'หางดง', beforeKey: 'บ้านแหวน' });
    expect(parseLaoNameAnswer('งานการเงิน อบต.นาดี')).toMatchObject({ type: 'อบต.', name: 'นาดี', beforeKey: 'งานการเงิน' });
    expect(parseLaoNameAnswer('กองคลัง อบต.นาดี').beforeKey).toBeUndefined();
    expect(parseLaoNameAnswer('สำนักงาน อบต.นาดี').beforeKey).toBeUndefined();
    expect(parseLaoNameAnswer('อบต.นาดี').beforeKey).toBeUndefined();
  });

  // Outside source: the letter this project answers addresses นายกองค้การบริหารส่วนจังหวัดตาก (../shared/seed); an
  // addressee line, a signature or a list written into the LAO's answer.
  test.each([
    ['ปลัดองค์การบริหารส่วนตำบลเพ็ญ', 'อบต.', 'เพ็ญ'],
    ['เรียน นายกองค์การบริหารส่วนจังหวัดตาก', 'อบจ.', 'ตาก'],
    ['นายกเทศมนตรีตำบลพลา', 'เทศบาลตำบล', 'พลา'],
    ['รองนายกเทศมนตรีเมืองบ้านไผ่', 'เทศบาลเมือง', 'บ้านไผ่'],
    ['นักวิชาการศึกษา อบต.นาดี', 'อบต.', 'นาดี'],
    ['1. อบต.เพ็ญ', 'อบต.', 'เพ็ญ'],
  ])('a post, a title or a number before the type is no name: %s → %s + %s', (text, type, name) => {
    const answer = parseLaoNameAnswer(text);
    expect(answer).toMatchObject({ type, name });
    expect(answer.beforeKey).toBeUndefined();
  });

  test('read with the marks as typed: the same prefix and type, the name left in its typed order', () => {
    // ทุ่งต่อ with two slips onto mark keys; cleanText would put the tone after the vowel (ทุ่งนิ่).
    expect(parseLaoNameAnswer('อบต. ทุ่งน่ิ')).toMatchObject({ type: 'อบต.', key: 'ทุ่งนิ่' });
    expect(parseLaoNameAnswer('อบต. ทุ่งน่ิ', 'as_typed')).toMatchObject({ type: 'อบต.', key: 'ทุ่งน่ิ' });
    expect(parseLaoNameAnswer('ทต.\u200Bบ่ิ (กองคลัง)', 'as_typed')).toMatchObject({ type: 'เทศบาลตำบล', key: 'บ่ิ' });
  });

  test('a type word alone gives the type and no name', () => {
    expect(parseLaoNameAnswer('อบจ.')).toEqual({ type: 'อบจ.', municipality: false, name: '', key: '' });
    expect(parseLaoNameAnswer('เทศบาล')).toEqual({ type: null, municipality: true, name: '', key: '' });
  });

  test('a written-out เทศบาลเมือง or เทศบาลนคร also offers its level word as the start of the name', () => {
    // The e-GP procurement catalog names ทม.เมืองพล `เทศบาลเมืองพล`; ทต.เมืองเก่า is written `เทศบาล เมืองเก่า`.
    expect(parseLaoNameAnswer('เทศบาลเมืองพล')).toMatchObject({ type: 'เทศบาลเมือง', key: 'พล', levelWordKey: 'เมืองพล' });
    expect(parseLaoNameAnswer('เทศบาล เมืองเก่า')).toMatchObject({ type: 'เทศบาลเมือง', key: 'เก่า', levelWordKey: 'เมืองเก่า' });
    expect(parseLaoNameAnswer('กองช่าง เทศบาลนครชัยศรี')).toMatchObject({ type: 'เทศบาลนคร', key: 'ชัยศรี', levelWordKey: 'นครชัยศรี' });
    // An abbreviation or another long form states no such word.
    expect(parseLaoNameAnswer('ทม.พล').levelWordKey).toBeUndefined();
    expect(parseLaoNameAnswer('เทศบาลตำบลเมืองเก่า')).toEqual({ type: 'เทศบาลตำบล', municipality: false, name: 'เมืองเก่า', key: 'เมืองเก่า' });
  });

  test('เทศบาล without a level is a municipality of unknown level', () => {
    expect(parseLaoNameAnswer('เทศบาลคลองท่อมใต้')).toEqual({ type: null, municipality: true, name: 'คลองท่อมใต้', key: 'คลองท่อมใต้' });
    expect(parseLaoNameAnswer('คลองท่อมใต้').municipality).toBe(false);
  });
});

describe('type answer', () => {
  test.each([
    ['องค์การบริหารส่วนตำบล', 'อบต.', false],
    ['องค์การบริหารส่วนตำบล (อบต.)', 'อบต.', false],
    ['เมืองพัทยา', 'ท้องถิ่นรูปแบบพิเศษ', false],
    ['เทศบาล', null, true],
    ['', null, false],
    // A long form with a slip (the letter this project answers types องค้การ, ../shared/seed).
    ['องค้การบริหารส่วนตำบล', 'อบต.', false],
    ['เทศบลเมือง', 'เทศบาลเมือง', false],
  ])('%s → %s', (text, type, municipality) => {
    expect(parseTypeAnswer(text)).toEqual({ type, municipality });
  });
});

test('a code typed in the name box, and none in its own, is the code', () => {
  const query = { province: 'กระบี่', district: 'คลองท่อม', typeAnswer: '', code: '' };
  expect(withCodeFromName({ ...query, laoName: '๖๘๑-๐๔๐๘' })).toMatchObject({ code: '6810408', laoName: '' });
  // A name, a code answered in its own box, or too few digits: as answered.
  for (const answered of [
    { ...query, laoName: 'อบต.คลองท่อมใต้ 6810408' },
    { ...query, laoName: '6810408', code: '6810409' },
    { ...query, laoName: '681040' },
  ]) {
    expect(withCodeFromName(answered)).toBe(answered);
  }
  const index = buildMatchIndex([
    { code: '6810408', type: 'อบต.', name: 'คลองท่อมใต้', province: 'กระบี่', district: 'คลองท่อม', districts: ['คลองท่อม'] },
    { code: '6810409', type: 'อบต.', name: 'คลองพน', province: 'กระบี่', district: 'คลองท่อม', districts: ['คลองท่อม'] },
  ]);
  expect(matchLao(index, { ...query, laoName: '6810408' })).toMatchObject({ status: 'matched', code: '6810408' });
});

test('code answer: Thai digits, spaces and dashes', () => {
  expect(parseCodeAnswer('๖๘๑ ๐๔๐๘')).toBe('6810408');
  expect(parseCodeAnswer('681-0408')).toBe('6810408');
  // A column of codes read and written back by pandas (float64 when a cell is blank): 6810408.0.
  expect(parseCodeAnswer('6810408.0')).toBe('6810408');
  expect(parseCodeAnswer('681.0408')).toBe('6810408');
  expect(parseCodeAnswer(undefined)).toBe('');
  expect(parseCodeAnswer('bkk')).toBe('BKK');
  // A number kept as text by a spreadsheet: an apostrophe before it, or a formula that yields it.
  expect(parseCodeAnswer("'6810408")).toBe('6810408');
  expect(parseCodeAnswer('="6810408"')).toBe('6810408');
});
