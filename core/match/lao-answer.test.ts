import { parseCodeAnswer, parseLaoNameAnswer, parseTypeAnswer } from './lao-answer';

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

  test('a type word alone gives the type and no name', () => {
    expect(parseLaoNameAnswer('อบจ.')).toEqual({ type: 'อบจ.', municipality: false, name: '', key: '' });
    expect(parseLaoNameAnswer('เทศบาล')).toEqual({ type: null, municipality: true, name: '', key: '' });
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
  ])('%s → %s', (text, type, municipality) => {
    expect(parseTypeAnswer(text)).toEqual({ type, municipality });
  });
});

test('code answer: Thai digits, spaces and dashes', () => {
  expect(parseCodeAnswer('๖๘๑ ๐๔๐๘')).toBe('6810408');
  expect(parseCodeAnswer('681-0408')).toBe('6810408');
  expect(parseCodeAnswer(undefined)).toBe('');
  expect(parseCodeAnswer('bkk')).toBe('BKK');
});
