/**
 * A municipality's official long name (เทศบาลเมืองเลย, เทศบาลนครขอนแก่น) split between the form's two boxes: the type
 * chosen as เทศบาลเมือง and the name typed with the level word still before it (เมืองเลย). Small registry with DLA's
 * codes and places.
 */
import { matchLao } from './match-lao';
import { buildMatchIndex } from './registry-index';
import { registryEntry } from '../registry/test-entries';

const lao = registryEntry;

const INDEX = buildMatchIndex([
  lao('2420101', 'อบจ.', 'เลย', 'เลย', 'เมืองเลย'),
  lao('4420102', 'เทศบาลเมือง', 'เลย', 'เลย', 'เมืองเลย'),
  lao('6420110', 'อบต.', 'เมือง', 'เลย', 'เมืองเลย'),
  lao('4420901', 'เทศบาลเมือง', 'วังสะพุง', 'เลย', 'วังสะพุง'),
  lao('6420904', 'อบต.', 'วังสะพุง', 'เลย', 'วังสะพุง'),
  lao('2400101', 'อบจ.', 'ขอนแก่น', 'ขอนแก่น', 'เมืองขอนแก่น'),
  lao('3400102', 'เทศบาลนคร', 'ขอนแก่น', 'ขอนแก่น', 'เมืองขอนแก่น'),
  lao('4200901', 'เทศบาลเมือง', 'สัตหีบ', 'ชลบุรี', 'สัตหีบ'),
  lao('5200106', 'เทศบาลตำบล', 'เหมือง', 'ชลบุรี', 'เมืองชลบุรี'),
  lao('2330101', 'อบจ.', 'ศรีสะเกษ', 'ศรีสะเกษ', 'เมืองศรีสะเกษ'),
  lao('4330102', 'เทศบาลเมือง', 'ศรีสะเกษ', 'ศรีสะเกษ', 'เมืองศรีสะเกษ'),
  lao('6330418', 'อบต.', 'เมือง', 'ศรีสะเกษ', 'กันทรลักษ์'),
]);

function outcome(province: string, district: string, typeAnswer: string, laoName: string): string {
  const m = matchLao(INDEX, { province, district, typeAnswer, laoName });
  return m.status === 'matched' ? m.code : m.status;
}

test('the level word before the name, beside the type chosen as that level, is read as the official name', () => {
  // Before: อบต.เมือง with the province written after it (เลย), ทต.เหมือง for เมือง สัตหีบ, and อบต.เมือง of
  // อ.เมืองเลย for เมืองวังสะพุง: a wrong LAO against the type chosen.
  expect(outcome('เลย', 'เมืองเลย', 'เทศบาลเมือง', 'เมืองเลย')).toBe('4420102');
  expect(outcome('เลย', 'วังสะพุง', 'เทศบาลเมือง', 'เมืองวังสะพุง')).toBe('4420901');
  expect(outcome('ชลบุรี', 'สัตหีบ', 'เทศบาลเมือง', 'เมือง สัตหีบ')).toBe('4200901');
  expect(outcome('ขอนแก่น', 'เมืองขอนแก่น', 'เทศบาลนคร', 'นครขอนแก่น')).toBe('3400102');
  // เทศบาล alone in the type's box (a municipality, its level in the name).
  expect(outcome('ศรีสะเกษ', 'เมืองศรีสะเกษ', 'เทศบาล', 'เมืองศรีสะเกษ')).toBe('4330102');
});

test('another type chosen, or an LAO named with the level word, leaves the name as typed', () => {
  // อบต.เมือง of อ.กันทรลักษ์, its province written after its name.
  expect(outcome('ศรีสะเกษ', 'กันทรลักษ์', 'องค์การบริหารส่วนตำบล', 'เมือง ศรีสะเกษ')).toBe('6330418');
  // ทม.เมืองพล (ขอนแก่น) keeps its whole name beside a municipality named พล (none is, in DLA's registry: a
  // hypothetical one, code 4409999, for the case).
  const withPhon = buildMatchIndex([lao('4401201', 'เทศบาลเมือง', 'เมืองพล', 'ขอนแก่น', 'พล'), lao('4409999', 'เทศบาลเมือง', 'พล', 'ขอนแก่น', 'พล')]);
  expect(matchLao(withPhon, { province: 'ขอนแก่น', district: 'พล', typeAnswer: 'เทศบาลเมือง', laoName: 'เมืองพล' })).toMatchObject({ code: '4401201' });
  // The level word's municipality of another level (ทน. for เมือง): not this reading.
  expect(outcome('ขอนแก่น', 'เมืองขอนแก่น', 'เทศบาลเมือง', 'เมืองขอนแก่น')).not.toBe('2400101');
});

test('without a type, a district cut from the end of the name leaves no LAO of another district', () => {
  // เมืองวังสะพุง in วังสะพุง, no type: ทม. or อบต.วังสะพุง, a person asks; before, อบต.เมือง of อ.เมืองเลย (the
  // district cut from the end of the word, and เมือง left, an LAO of the province but not of วังสะพุง).
  const m = matchLao(INDEX, { province: 'เลย', district: 'วังสะพุง', typeAnswer: '', laoName: 'เมืองวังสะพุง' });
  if (m.status === 'matched') throw new Error(`expected review, got ${m.code}`);
  expect(m.candidates.map((c) => c.code).sort()).toEqual(['4420901', '6420904']);
  // The LAO left by the cut lies in the district answered: the cut stands (อบต.เมือง of อ.เมืองเลย, เลย after it).
  expect(outcome('เลย', 'เมืองเลย', 'องค์การบริหารส่วนตำบล', 'เมืองเลย')).toBe('6420110');
});
