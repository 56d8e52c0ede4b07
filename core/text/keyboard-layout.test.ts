import { englishLayoutOf, mayBeEnglishLayout, thaiFromEnglishLayout } from './keyboard-layout';

describe('Thai typed on the English keyboard layout', () => {
  test('read with the Thai keys (PyThaiNLP eng_to_thai’s test case, and LAO names)', () => {
    expect(thaiFromEnglishLayout('l;ylfu8iy[')).toBe('สวัสดีครับ');
    expect(thaiFromEnglishLayout("Tok8kicsj'xitgmLwmp")).toBe('ธนาคารแห่งประเทศไทย');
    expect(thaiFromEnglishLayout('v[9"okfu')).toBe('อบต.นาดี');
    expect(thaiFromEnglishLayout('gmL[k]9e[]')).toBe('เทศบาลตำบล');
    // Shifted keys: ณ ษ ศ ซ ฮ ฯ and the Thai full stop.
    expect(thaiFromEnglishLayout('IKL:VO"')).toBe('ณษศซฮฯ.');
    // Every key's character, and a space and a character that is no key of the layout (an en dash) stay.
    expect(thaiFromEnglishLayout('v[9" okfu – 2')).toBe('อบต. นาดี – /');
  });

  test('Thai text as the English layout types it, and back', () => {
    expect(englishLayoutOf('สวัสดีครับ')).toBe('l;ylfu8iy[');
    expect(englishLayoutOf('อบต. คลองท่อมใต้')).toBe(`v[9" 8]v'mjv,.9h`);
    for (const name of ['เทศบาลนครนครศรีธรรมราช', 'ฎีกา ฐาน ฑลฒ ฬา ฦๅ ฯ']) expect(thaiFromEnglishLayout(englishLayoutOf(name))).toBe(name);
  });

  test('only text with no Thai letter and Latin letters may be', () => {
    expect(mayBeEnglishLayout('v[9"okfu')).toBe(true);
    expect(mayBeEnglishLayout('Nadee SAO')).toBe(true);
    expect(mayBeEnglishLayout('อบต.นาดี')).toBe(false);
    expect(mayBeEnglishLayout('อบต. nadee')).toBe(false);
    // ม่วงชุม: one Latin letter, the rest punctuation keys.
    expect(mayBeEnglishLayout(",j;'=6,")).toBe(true);
    expect(mayBeEnglishLayout('1234')).toBe(false);
    expect(mayBeEnglishLayout('681-0408')).toBe(false);
    expect(mayBeEnglishLayout('-')).toBe(false);
  });
});
