import { cleanText } from '../text/thai';
import { parseCleanPersonName, parsePersonName } from './name';

describe('parsePersonName', () => {
  test.each([
    ['นายสมชาย ใจดี', ['นาย'], 'สมชาย', 'ใจดี'],
    ['นาย สมชาย ใจดี', ['นาย'], 'สมชาย', 'ใจดี'],
    ['นางสมศรี มีสุข', ['นาง'], 'สมศรี', 'มีสุข'],
    ['นางสาวสมศรี มีสุข', ['นางสาว'], 'สมศรี', 'มีสุข'],
    ['น.ส.สมศรี มีสุข', ['นางสาว'], 'สมศรี', 'มีสุข'],
    ['น.ส. สมศรี มีสุข', ['นางสาว'], 'สมศรี', 'มีสุข'],
    ['นส.สมศรี มีสุข', ['นางสาว'], 'สมศรี', 'มีสุข'],
    ['น.ส สมศรี มีสุข', ['นางสาว'], 'สมศรี', 'มีสุข'],
    ['นส สมศรี มีสุข', ['นางสาว'], 'สมศรี', 'มีสุข'],
    ['ดร.สมชาย ใจดี', ['ดร.'], 'สมชาย', 'ใจดี'],
    ['ผศ.ดร.สมชาย ใจดี', ['ผศ.', 'ดร.'], 'สมชาย', 'ใจดี'],
    ['รศ. ดร. สมชาย ใจดี', ['รศ.', 'ดร.'], 'สมชาย', 'ใจดี'],
    ['ศ.สมชาย ใจดี', ['ศ.'], 'สมชาย', 'ใจดี'],
    ['ว่าที่ร้อยตรีสมชาย ใจดี', ['ว่าที่', 'ร.ต.'], 'สมชาย', 'ใจดี'],
    ['ว่าที่ ร.ต.สมชาย ใจดี', ['ว่าที่', 'ร.ต.'], 'สมชาย', 'ใจดี'],
    ['ว่าที่ร.ต. สมชาย ใจดี', ['ว่าที่', 'ร.ต.'], 'สมชาย', 'ใจดี'],
    ['ว่าที่ ร.ต.หญิง สมศรี มีสุข', ['ว่าที่', 'ร.ต.หญิง'], 'สมศรี', 'มีสุข'],
    ['จ.ส.อ.สมชาย ใจดี', ['จ.ส.อ.'], 'สมชาย', 'ใจดี'],
    ['จสอ.สมชาย ใจดี', ['จ.ส.อ.'], 'สมชาย', 'ใจดี'],
    ['จ.ส.อ สมชาย ใจดี', ['จ.ส.อ.'], 'สมชาย', 'ใจดี'],
    ['จสอ สมชาย ใจดี', ['จ.ส.อ.'], 'สมชาย', 'ใจดี'],
    ['ส.ต.ท.สมชาย ใจดี', ['ส.ต.ท.'], 'สมชาย', 'ใจดี'],
    ['พ.ต.อ.สมชาย ใจดี', ['พ.ต.อ.'], 'สมชาย', 'ใจดี'],
    ['พ.ต.สมชาย ใจดี', ['พ.ต.'], 'สมชาย', 'ใจดี'],
    ['ร.ต.อ.หญิงสมศรี มีสุข', ['ร.ต.อ.หญิง'], 'สมศรี', 'มีสุข'],
    ['ร.ต. อนุชา ใจดี', ['ร.ต.'], 'อนุชา', 'ใจดี'],
    ['ด.ต.สมชาย ใจดี', ['ด.ต.'], 'สมชาย', 'ใจดี'],
    ['จ.ส.ต.สมชาย ใจดี', ['จ.ส.ต.'], 'สมชาย', 'ใจดี'],
    ['พ.อ.สมชาย ใจดี', ['พ.อ.'], 'สมชาย', 'ใจดี'],
    ['พ.ท.สมชาย ใจดี', ['พ.ท.'], 'สมชาย', 'ใจดี'],
    ['ร.อ.สมชาย ใจดี', ['ร.อ.'], 'สมชาย', 'ใจดี'],
    ['พล.ต.อ.สมชาย ใจดี', ['พล.ต.อ.'], 'สมชาย', 'ใจดี'],
    ['ร้อยตำรวจเอกสมชาย ใจดี', ['ร.ต.อ.'], 'สมชาย', 'ใจดี'],
    ['จ่าสิบเอก สมชาย ใจดี', ['จ.ส.อ.'], 'สมชาย', 'ใจดี'],
    ['นายแพทย์สมชาย ใจดี', ['นพ.'], 'สมชาย', 'ใจดี'],
    ['Mr. John Smith', ['Mr.'], 'John', 'Smith'],
    ['mr John Smith', ['Mr.'], 'John', 'Smith'],
    ['Mrs.Jane Smith', ['Mrs.'], 'Jane', 'Smith'],
    ['Miss Jane Smith', ['Miss'], 'Jane', 'Smith'],
    ['Ms Jane Smith', ['Ms.'], 'Jane', 'Smith'],
    // Capitals, and spaces around the dots: what the quick letter test before each title's pattern must let through.
    ['MRS. Jane Doe', ['Mrs.'], 'Jane', 'Doe'],
    ['DR.John Doe', ['ดร.'], 'John', 'Doe'],
    ['Mister Bean X', ['Mr.'], 'Bean', 'X'],
    ['น . ส . สมศรี ใจดี', ['นางสาว'], 'สมศรี', 'ใจดี'],
    ['พ ต อ สมชาย ใจดี', ['พ.ต.อ.'], 'สมชาย', 'ใจดี'],
    ['นายสมชาย ณ อยุธยา', ['นาย'], 'สมชาย', 'ณ อยุธยา'],
    ['สมชาย ใจดี', [], 'สมชาย', 'ใจดี'],
    ['สมชาย', [], 'สมชาย', ''],
    // Outside source: public prefix tables of Thai HR and registration systems (GitHub code search) list the
    // bracketed women's rank `ว่าที่ร้อยตรี (หญิง)` and the royal-lineage titles หม่อมเจ้า, หม่อมราชวงศ์, หม่อมหลวง with
    // their abbreviations ม.จ., ม.ร.ว., ม.ล.
    ['ว่าที่ร้อยตรี (หญิง) สมศรี มีสุข', ['ว่าที่', 'ร.ต.หญิง'], 'สมศรี', 'มีสุข'],
    ['ว่าที่ร.ต.(หญิง)สมศรี มีสุข', ['ว่าที่', 'ร.ต.หญิง'], 'สมศรี', 'มีสุข'],
    ['ร.ต.อ.( หญิง )สมศรี มีสุข', ['ร.ต.อ.หญิง'], 'สมศรี', 'มีสุข'],
    ['หม่อมหลวงสมชาย ใจดี', ['ม.ล.'], 'สมชาย', 'ใจดี'],
    ['ม.ล.สมชาย ใจดี', ['ม.ล.'], 'สมชาย', 'ใจดี'],
    ['หม่อมราชวงศ์ สมชาย ใจดี', ['ม.ร.ว.'], 'สมชาย', 'ใจดี'],
    ['ม.ร.ว.สมชาย ใจดี', ['ม.ร.ว.'], 'สมชาย', 'ใจดี'],
    ['มรว.สมชาย ใจดี', ['ม.ร.ว.'], 'สมชาย', 'ใจดี'],
    ['หม่อมเจ้าสมชาย ใจดี', ['ม.จ.'], 'สมชาย', 'ใจดี'],
    ['ม.จ. สมชาย ใจดี', ['ม.จ.'], 'สมชาย', 'ใจดี'],
  ])('%s', (text, titles, given, family) => {
    const name = parsePersonName(text);
    expect(name.titles).toEqual(titles);
    expect(name.given).toBe(given);
    expect(name.family).toBe(family);
  });

  test.each(['-', '...', '123', '๑๒๓', 'ๆๆๆ', 'นาย -', '081-234-5678'])('no letters, no name: %s', (text) => {
    expect(parsePersonName(text).key).toBe('');
  });

  test('names that merely start like a title are not cut', () => {
    // Misses: a dotted abbreviation without its final dot must end at a space; dotless needs a full name after it.
    expect(parsePersonName('รตี ใจดี').given).toBe('รตี');
    expect(parsePersonName('นพ สมใจ').given).toBe('นพ');
    expect(parsePersonName('Missy Smith').given).toBe('Missy');
    expect(parsePersonName('Mrinal Sen').given).toBe('Mrinal');
    expect(parsePersonName('ศ สมชาย ใจดี').given).toBe('ศ');
  });

  test('display keeps the titles, cleaned; key drops them', () => {
    const a = parsePersonName(' ว่าที่ ร.ต.\u200Bสมชาย   ใจดี ');
    expect(a.display).toBe('ว่าที่ ร.ต.สมชาย ใจดี');
    expect(a.key).toBe(parsePersonName('สมชาย ใจดี').key);
    expect(a.key).toBe(parsePersonName('นายสมชาย ใจดี').key);
    expect(a.key).not.toBe(parsePersonName('สมชาย ใจร้าย').key);
  });

  test('key ignores spacing inside the name and the surname space', () => {
    expect(parsePersonName('นายสมชาย ณ อยุธยา').key).toBe(parsePersonName('สมชาย ณอยุธยา').key);
  });

  test('tone marks typed out of order and Thai digits are cleaned first', () => {
    expect(parsePersonName('ว\u0E48\u0E32ท\u0E48\u0E35 ร.ต.สมชาย ใจดี').titles).toEqual(['ว่าที่', 'ร.ต.']);
  });

  test('a nickname or a note in brackets is not part of the name', () => {
    for (const typed of ['นายสมชาย (ต้น) ใจดี', 'นายสมชาย ใจดี (ต้น)', 'นายสมชาย ใจดี(ต้น)', 'นาย สมชาย ใจดี ( ผอ.กองช่าง )', '(นายสมชาย ใจดี)']) {
      expect(parsePersonName(typed)).toMatchObject({ key: 'สมชายใจดี', givenKey: 'สมชาย', familyKey: 'ใจดี' });
    }
    // Shown as typed.
    expect(parsePersonName('นายสมชาย ใจดี (ต้น)').display).toBe('นายสมชาย ใจดี (ต้น)');
    // A rank's bracketed หญิง is a title, read as before.
    expect(parsePersonName('ร.ต.อ.(หญิง) สมศรี ใจดี')).toMatchObject({ key: 'สมศรีใจดี', sex: 'f' });
  });

  // Outside sources: iOS's Smart Punctuation (“ ”), and a Thai signature block, which writes the name, then the post
  // and the LAO under it; a telephone number written on after the name as on a contact line.
  test('quotes around the name, and the post, the LAO or a telephone number written after it, are not part of it', () => {
    for (const typed of [
      '“นายสมชาย ใจดี”',
      '"นายสมชาย ใจดี"',
      'นายสมชาย ใจดี ปลัด อบต.นาดี',
      'นายสมชาย ใจดี ผู้อำนวยการกองช่าง',
      // Posts of an LAO's technical staff, and posts abbreviated as HR lists write them.
      'นายสมชาย ใจดี นายช่างโยธาชำนาญงาน',
      'นายสมชาย ใจดี วิศวกรโยธาชก.',
      'นายสมชาย ใจดี จพ.ธุรการ',
      'นายสมชาย ใจดี หน.สำนักปลัด อบต.นาดี',
      'นายสมชาย ใจดี ผช.นักวิเคราะห์ฯ',
      'นายสมชาย ใจดี อบต.นาดี',
      'นายสมชาย ใจดี 0812345678',
      'นายสมชาย ใจดี +66 81 234 5678',
    ]) {
      expect(parsePersonName(typed)).toMatchObject({ key: 'สมชายใจดี', givenKey: 'สมชาย', familyKey: 'ใจดี', sex: 'm' });
    }
    expect(parsePersonName('สมชาย ณ อยุธยา ปลัดเทศบาล')).toMatchObject({ givenKey: 'สมชาย', familyKey: 'ณอยุธยา' });
    // A label only with a number after it: a surname may begin like one.
    expect(parsePersonName('นายสมชาย ใจดี โทรมา').familyKey).toBe('ใจดีโทรมา');
    // An abbreviation only with its full stop: หน may begin a word (หนองบัว).
    expect(parsePersonName('นายสมชาย ใจดี หนองบัว').familyKey).toBe('ใจดีหนองบัว');
    // Only after a given name and a surname: a second word is the surname, whatever it begins with.
    expect(parsePersonName('สมชาย หัวหน้าวงศ์')).toMatchObject({ givenKey: 'สมชาย', familyKey: 'หัวหน้าวงศ์' });
    expect(parsePersonName('สมชาย ใจ ดี').key).toBe('สมชายใจดี');
  });

  // The letter this project answers (../shared/seed) ends with a contact line: `ผู้ประสานงาน: นางปยุณนุช บุ๊กคำ โทร.
  // ๐๘๒-๑๘๘๘๐๘๔`, a label before the name and a labelled number after it; people copy a form's question the same way.
  test("a contact line's label before the name and a labelled telephone after it are not part of it", () => {
    for (const typed of [
      'นางปยุณนุช บุ๊กคำ โทร. ๐๘๒-๑๘๘๘๐๘๔',
      'ผู้ประสานงาน: นางปยุณนุช บุ๊กคำ',
      'ผู้ประสานงาน: นางปยุณนุช บุ๊กคำ โทร. ๐๘๒-๑๘๘๘๐๘๔',
      'ชื่อ-สกุล : นางปยุณนุช บุ๊กคำ',
      'นางปยุณนุช บุ๊กคำ โทรศัพท์ 082-188-8084',
      'นางปยุณนุช บุ๊กคำ Tel.0821888084',
      'นางปยุณนุช บุ๊กคำ มือถือ 0821888084',
    ]) {
      expect(parsePersonName(typed)).toMatchObject({ key: 'ปยุณนุชบุ๊กคำ', givenKey: 'ปยุณนุช', familyKey: 'บุ๊กคำ', sex: 'f' });
    }
    // A swap of two words put the title among them: what follows the name is left out all the same.
    expect(parsePersonName('ผู้ประสานงาน: ปยุณนุช นาง บุ๊กคำ โทร. ๐๘๒-๑๘๘๘๐๘๔')).toMatchObject({ key: 'ปยุณนุชบุ๊กคำ', titles: ['นาง'] });
    expect(parsePersonName('ปยุณนุช นาง บุ๊กคำ ปลัด อบต.นาดี').key).toBe('ปยุณนุชบุ๊กคำ');
    // Only a post, ชื่อ… or ผู้… is a label: after a name, a colon leaves the name as it is.
    expect(parsePersonName('นางปยุณนุช บุ๊กคำ: ผู้ประสานงาน').givenKey).toBe('ปยุณนุช');
  });

  test('a title alone is no name', () => {
    expect(parsePersonName('นาย').key).toBe('');
    expect(parsePersonName('นาย').titles).toEqual(['นาย']);
    expect(parsePersonName('  ').key).toBe('');
    expect(parsePersonName('-').key).toBe('');
  });

  test('what dedupe compares: the key without tone marks, given and family keys', () => {
    const name = parsePersonName('นายสมศักดิ์  Jane-SMITH ณ อยุธยา');
    expect(name.givenKey).toBe('สมศักดิ์');
    expect(name.familyKey).toBe('janesmithณอยุธยา');
    expect(name.marksKey).toBe(parsePersonName('สมศักดิ Jane Smith ณอยุธยา').marksKey);
    expect(name.key).not.toBe(parsePersonName('สมศักดิ Jane Smith ณอยุธยา').key);
    expect(parsePersonName('นาย')).toMatchObject({ marksKey: '', givenKey: '', familyKey: '' });
  });

  test.each([
    ['นายสมชาย ใจดี', 'm', null],
    ['นางมาลี ใจดี', 'f', true],
    ['น.ส.มาลี ใจดี', 'f', false],
    ['ร.ต.อ.หญิงมาลี ใจดี', 'f', null],
    ['พญ.มาลี ใจดี', 'f', null],
    ['ร.ต.สมชาย ใจดี', null, null],
    ['สมชาย ใจดี', null, null],
    ['นาย', 'm', null],
  ])('what the titles of %s say: sex %s, married %s', (text, sex, married) => {
    expect(parsePersonName(text)).toMatchObject({ sex, married });
  });
});

describe('parseCleanPersonName', () => {
  // Text cleaned once (checkResponse) is read as parsePersonName reads the text as typed.
  test.each(['นายสมชาย ใจดี', ' นาง\u00A0สมศรี  มีสุข\u200B', 'ว่าที่ ร.ต.(หญิง) สมใจ ท\u0E48\u0E35ดี', 'ผศ.ดร.สมชาย ใจดี', '-', ''])('%j', (typed) => {
    expect(parseCleanPersonName(cleanText(typed))).toEqual(parsePersonName(typed));
  });
});

describe('titles among the words of a name, as a swap of two words leaves them', () => {
  test.each([
    ['สมชาย นาย ใจดี', ['นาย'], 'สมชาย', 'ใจดี'],
    ['ใจดี นายสมชาย', ['นาย'], 'ใจดี', 'สมชาย'],
    ['อัญชลี ว่าที่ร้อยตรี ชัยคำ', ['ว่าที่', 'ร.ต.'], 'อัญชลี', 'ชัยคำ'],
    ['ว่าที่ร้อยตรี (หญิง) ศรีกุล นางสุนิสา', ['ว่าที่', 'ร.ต.หญิง', 'นาง'], 'ศรีกุล', 'สุนิสา'],
    // Three words: only standalone titles move; a name is never cut.
    ['สมชาย ใจดี นาคา', [], 'สมชาย', 'ใจดี นาคา'],
    ['สมชาย ณ นางรอง', [], 'สมชาย', 'ณ นางรอง'],
    // But a name that begins with ณ (a surname's particle) is written surname first or with words swapped: the title
    // glued to a later word is read.
    ['ณ นายกำธร ระนอง', ['นาย'], 'ณ', 'กำธร ระนอง'],
    ['ณ ระนอง นายกำธร', ['นาย'], 'ณ', 'ระนอง กำธร'],
  ])('%s', (text, titles, given, family) => {
    expect(parsePersonName(text)).toMatchObject({ titles, given, family });
  });

  test('a name of three words or more keeps its words in sorted order, to compare them in any order', () => {
    const written = parsePersonName('นายกำธร ณ ระนอง').wordsKey;
    expect(written).toBeDefined();
    for (const swapped of ['ณ นายกำธร ระนอง', 'ณ ระนอง นายกำธร', 'นายกำธร ระนอง ณ']) expect(parsePersonName(swapped).wordsKey).toBe(written);
    expect(parsePersonName('นายสมชาย ใจดี').wordsKey).toBeUndefined();
  });
});

// A given name after นาย that begins with ก (นายกำธร, นายกิตติ) is no post (นายก) written after the name.
test('นาย before a given name that begins with ก is a title, not the post นายก', () => {
  expect(parsePersonName('ณ ระนอง นายกำธร')).toMatchObject({ key: 'ณระนองกำธร' });
  expect(parsePersonName('สมชาย ใจดี นายก อบต.นาดี')).toMatchObject({ key: 'สมชายใจดี' });
});

// Outside source: PyThaiNLP's eng_to_thai reads such text back (its test: l;ylfu8iy[ for สวัสดีครับ).
test("a name typed with the keyboard on the English layout keeps the Thai keys' reading beside it", () => {
  expect(parsePersonName('okpl,=kp .0fu')).toMatchObject({ key: 'okpl=kp0fu', layoutKey: 'สมชายใจดี' });
  expect(parsePersonName('l;ylfu8iy[')).toMatchObject({ layoutKey: 'สวัสดีครับ' });
  // A name in Thai has none; a romanised name gets one that spells no Thai name, and keeps its own key.
  expect(parsePersonName('นายสมชาย ใจดี').layoutKey).toBeUndefined();
  expect(parsePersonName('Mr. Somchai Jaidee')).toMatchObject({ titles: ['Mr.'], key: 'somchaijaidee' });
});
