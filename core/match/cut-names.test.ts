/**
 * LAO names cut short with ฯ (paiyannoi), both ways: typed cut short against a registry that writes them in full,
 * and typed in full against a list that itself writes them cut short (DLA's registry has none; older sheets and other
 * lists do, as public Thai documents write นครศรีฯ, สุราษฎร์ฯ, ประจวบฯ, อุบลฯ). Small registry, literal Thai answers.
 */
import { matchLao, type LaoMatch } from './match-lao';
import { buildMatchIndex } from './registry-index';
import { registryEntry } from '../registry/test-entries';

const lao = registryEntry;

// Codes and places as in DLA's registry; the names as a province's older list writes them.
const CUT_SHORT = buildMatchIndex([
  lao('4770102', 'เทศบาลเมือง', 'ประจวบฯ', 'ประจวบคีรีขันธ์', 'เมืองประจวบคีรีขันธ์'),
  lao('3800102', 'เทศบาลนคร', 'นครศรีฯ', 'นครศรีธรรมราช', 'เมืองนครศรีธรรมราช'),
  lao('5800105', 'เทศบาลตำบล', 'นาเคียน', 'นครศรีธรรมราช', 'เมืองนครศรีธรรมราช'),
]);

const FULL = buildMatchIndex([
  lao('4341501', 'เทศบาลเมือง', 'วารินชำราบ', 'อุบลราชธานี', 'วารินชำราบ'),
  lao('6340211', 'อบต.', 'วาริน', 'อุบลราชธานี', 'วารินชำราบ'),
  lao('5340101', 'เทศบาลตำบล', 'บ้านกอก', 'อุบลราชธานี', 'เมืองอุบลราชธานี'),
  lao('6340104', 'อบต.', 'บ้านกอก', 'อุบลราชธานี', 'เมืองอุบลราชธานี'),
  lao('5340102', 'เทศบาลตำบล', 'บ้านโคก', 'อุบลราชธานี', 'เมืองอุบลราชธานี'),
]);

function code(result: LaoMatch): string | null {
  return result.status === 'matched' ? result.code : null;
}

test('typed in full where the list writes the name cut short', () => {
  expect(code(matchLao(CUT_SHORT, { province: 'ประจวบคีรีขันธ์', district: 'เมือง', typeAnswer: 'เทศบาลเมือง', laoName: 'ประจวบคีรีขันธ์' }))).toBe('4770102');
  expect(code(matchLao(CUT_SHORT, { province: 'นครศรีธรรมราช', district: '', typeAnswer: '', laoName: 'เทศบาลนครนครศรีธรรมราช' }))).toBe('3800102');
});

test('typed cut short the same way as the list: the same name', () => {
  expect(code(matchLao(CUT_SHORT, { province: 'ประจวบฯ', district: 'อ.เมืองฯ', typeAnswer: '', laoName: 'ทม.ประจวบฯ' }))).toBe('4770102');
});

test('typed cut short where the list writes the name in full', () => {
  // วาริน is an SAO's whole name: the cut name is the longer one.
  expect(code(matchLao(FULL, { province: 'อุบลราชธานี', district: 'วารินชำราบ', typeAnswer: '', laoName: 'วารินฯ' }))).toBe('4341501');
});

test('a stem that begins several names, or only the name itself, is not guessed', () => {
  // บ้าน begins บ้านกอก and บ้านโคก.
  expect(code(matchLao(FULL, { province: 'อุบลราชธานี', district: 'เมืองอุบลราชธานี', typeAnswer: 'เทศบาลตำบล', laoName: 'บ้านฯ' }))).toBeNull();
  // Nothing longer than วารินชำราบ begins with it.
  expect(code(matchLao(FULL, { province: 'อุบลราชธานี', district: '', typeAnswer: 'อบต.', laoName: 'วารินชำราบฯ' }))).toBeNull();
});

test('the type answered settles a stem that begins two names', () => {
  // บ้าน begins บ้านกอก (a municipality and an SAO) and บ้านโคก (a municipality): of SAOs, only บ้านกอก.
  expect(code(matchLao(FULL, { province: 'อุบลราชธานี', district: 'เมืองอุบลราชธานี', typeAnswer: 'อบต.', laoName: 'บ้านฯ' }))).toBe('6340104');
  // บ้านก begins one name, which a municipality and an SAO share: the type says which, as for a name in full.
  expect(code(matchLao(FULL, { province: 'อุบลราชธานี', district: 'เมืองอุบลราชธานี', typeAnswer: 'เทศบาลตำบล', laoName: 'บ้านกฯ' }))).toBe('5340101');
});
