/**
 * One row per level of every LAO comparison (comparisons.ts), with literal Thai answers: the level that fires and
 * the Thai label the coordinator reads. A level that no row reaches fails the last test.
 */
import type { RegistryEntry } from '../registry/types';
import { LAO_COMPARISONS, type LaoComparisonId } from './comparisons';
import type { LaoQuery } from './lao-answer';
import { compareWith } from './match-lao';
import { buildMatchIndex } from './registry-index';

const lao = (code: string, type: RegistryEntry['type'], name: string, province: string, district: string, others: string[] = []): RegistryEntry => ({
  code,
  type,
  name,
  province,
  district,
  districts: [district, ...others],
});
const index = buildMatchIndex([
  lao('6810408', 'อบต.', 'คลองท่อมใต้', 'กระบี่', 'คลองท่อม'),
  lao('5810401', 'เทศบาลตำบล', 'คลองท่อมใต้', 'กระบี่', 'คลองท่อม'),
  lao('2810101', 'อบจ.', 'กระบี่', 'กระบี่', 'เมืองกระบี่'),
  lao('6810501', 'อบต.', 'พรุ', 'กระบี่', 'เขาพนม'),
  lao('6810102', 'อบต.', 'บางเตย', 'กระบี่', 'เมืองกระบี่'),
  lao('6810601', 'อบต.', 'หนองทะเล', 'กระบี่', 'เมืองกระบี่', ['เหนือคลอง']),
  lao('BKK', 'กรุงเทพมหานคร', 'กรุงเทพมหานคร', 'กรุงเทพมหานคร', ''),
]);

const SAO = 'องค์การบริหารส่วนตำบล';
const base: LaoQuery = { province: 'กระบี่', district: 'คลองท่อม', typeAnswer: SAO, laoName: 'คลองท่อมใต้' };

// [comparison, level, Thai label, answers (over `base`), registry code]
const ROWS: Array<[LaoComparisonId, string, string, Partial<LaoQuery>, string]> = [
  ['name', 'missing', 'ไม่ได้ระบุชื่อ อปท.', { laoName: '' }, '6810408'],
  ['name', 'exact', 'ชื่อตรงกัน', {}, '6810408'],
  ['name', 'marks', 'ชื่อต่างกันเฉพาะวรรณยุกต์หรือการันต์', { laoName: 'คลองทอมใต้' }, '6810408'],
  ['name', 'edit1', 'ชื่อสะกดต่างกัน 1 ตัวอักษร', { laoName: 'คลองท่อมใด้' }, '6810408'],
  ['name', 'edit2', 'ชื่อสะกดต่างกัน 2 ตัวอักษร', { laoName: 'คลองท่มใด้' }, '6810408'],
  ['name', 'short_edit1', 'ชื่อสั้นสะกดต่างกัน 1 ตัวอักษร', { district: 'เขาพนม', laoName: 'พลุ' }, '6810501'],
  ['name', 'mid_edit2', 'ชื่อสะกดต่างกัน 2 ตัวอักษร', { district: 'เมืองกระบี่', laoName: 'บานเตบ' }, '6810102'],
  ['name', 'contains', 'ชื่อหนึ่งเป็นส่วนหนึ่งของอีกชื่อ', { district: 'เมืองกระบี่', laoName: 'หนองทะเลใหม่' }, '6810601'],
  ['name', 'bma_unit', 'หน่วยงานของกรุงเทพมหานคร', { province: 'กรุงเทพมหานคร', district: 'เขตบางรัก', typeAnswer: '', laoName: 'สำนักงานเขตบางรัก' }, 'BKK'],
  ['name', 'different', 'ชื่อไม่ตรงกัน', { laoName: 'ทดสอบ' }, '6810408'],
  ['type', 'missing', 'ไม่ได้ระบุประเภท', { typeAnswer: '' }, '6810408'],
  ['type', 'only_one', 'ประเภทตรงกัน (มีแห่งเดียว)', { district: 'เมือง', typeAnswer: 'องค์การบริหารส่วนจังหวัด', laoName: 'กระบี่' }, '2810101'],
  ['type', 'equal', 'ประเภทตรงกัน', {}, '6810408'],
  ['type', 'municipality', 'เป็นเทศบาล (ไม่ได้ระบุระดับ)', { typeAnswer: '', laoName: 'เทศบาลคลองท่อมใต้' }, '5810401'],
  ['type', 'one_of', 'ประเภทตรงกับคำตอบหนึ่ง (ประเภทที่เลือกขัดกับคำนำหน้าชื่อ)', { laoName: 'ทต.คลองท่อมใต้' }, '6810408'],
  ['type', 'different', 'ประเภทไม่ตรงกัน', { typeAnswer: 'เทศบาลตำบล' }, '6810408'],
  ['session', 'missing', '', {}, '6810408'],
  ['session', 'fits', 'รอบการประชุมที่เลือกเป็นของประเภทนี้', { sessionTypes: ['อบต.'] }, '6810408'],
  ['session', 'other', 'รอบการประชุมที่เลือกเป็นของประเภทอื่น', { sessionTypes: ['เทศบาลตำบล'] }, '6810408'],
  ['district', 'missing', 'ไม่ได้ระบุอำเภอ', { district: '' }, '6810408'],
  ['district', 'equal', 'อำเภอตรงกัน', { district: 'อ.คลองท่อม' }, '6810408'],
  ['district', 'covered', 'อำเภออยู่ในพื้นที่ของ อปท.', { district: 'เหนือคลอง', laoName: 'หนองทะเล' }, '6810601'],
  ['district', 'close', 'อำเภอสะกดใกล้เคียง', { district: 'คลองทอม' }, '6810408'],
  ['district', 'whole_province', 'อปท. ครอบคลุมทั้งจังหวัด', { district: 'เขาพนม', typeAnswer: 'องค์การบริหารส่วนจังหวัด', laoName: 'กระบี่' }, '2810101'],
  ['district', 'unrecognised', 'ไม่พบอำเภอที่ตอบในจังหวัด', { district: 'ไม่มีอำเภอนี้' }, '6810408'],
  ['district', 'different', 'อำเภอไม่ตรงกัน', { district: 'เขาพนม' }, '6810408'],
  ['province', 'missing', 'ไม่ได้ระบุจังหวัด', { province: '' }, '6810408'],
  ['province', 'unrecognised', 'ไม่พบจังหวัดที่ตอบ', { province: 'ไม่มีจังหวัดนี้' }, '6810408'],
  ['province', 'equal', 'จังหวัดตรงกัน', { province: 'จ.กระบี่' }, '6810408'],
  ['province', 'close', 'จังหวัดสะกดใกล้เคียง', { province: 'กระบี' }, '6810408'],
  ['province', 'different', 'จังหวัดไม่ตรงกัน', { province: 'กรุงเทพมหานคร' }, '6810408'],
  ['code', 'missing', '', {}, '6810408'],
  ['code', 'equal', 'รหัส อปท. ตรงกัน', { code: '6810408' }, '6810408'],
  ['code', 'different', 'รหัส อปท. ไม่ตรงกัน', { code: '5810401' }, '6810408'],
];

describe.each(ROWS)('%s: %s (%s)', (comparison, level, label, answers, code) => {
  test('fires, and its Thai label is what the explanation says', () => {
    const score = compareWith(index, { ...base, ...answers }, code)!;
    expect(score.levels[comparison]).toBe(level);
    const spec = LAO_COMPARISONS.find((c) => c.id === comparison)!.levels.find((l) => l.id === level)!;
    expect(spec.label).toBe(label);
    if (label) expect(score.fired.map((f) => f.label)).toContain(label);
  });
});

test('every level of every comparison has a row', () => {
  const covered = new Set(ROWS.map(([c, l]) => `${c}.${l}`));
  const all = LAO_COMPARISONS.flatMap((c) => c.levels.map((l) => `${c.id}.${l.id}`));
  expect(all.filter((id) => !covered.has(id))).toEqual([]);
});
