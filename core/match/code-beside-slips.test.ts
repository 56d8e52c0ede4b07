/**
 * A code answered beside a name typed with slips, from the generator's seeds 2571 and 3001: ทต.นาทวีนอก (code
 * 5900401) answered นาทวีกน, three edits from its name and two from ทต.นาทวี of the same district; ทต.กุดบาก (5470301)
 * answered กุดกบ, three from its name and two from ทต.กุดไห. Small registry with DLA's codes and places.
 */
import { matchLao } from './match-lao';
import { buildMatchIndex } from './registry-index';
import { registryEntry } from '../registry/test-entries';

const INDEX = buildMatchIndex([
  registryEntry('5900401', 'เทศบาลตำบล', 'นาทวีนอก', 'สงขลา', 'นาทวี'),
  registryEntry('5900402', 'เทศบาลตำบล', 'นาทวี', 'สงขลา', 'นาทวี'),
  registryEntry('6900407', 'อบต.', 'ทับช้าง', 'สงขลา', 'นาทวี'),
  registryEntry('5470301', 'เทศบาลตำบล', 'กุดบาก', 'สกลนคร', 'กุดบาก'),
  registryEntry('5470302', 'เทศบาลตำบล', 'กุดไห', 'สกลนคร', 'กุดบาก'),
]);

const answer = (province: string, district: string, laoName: string, code: string) =>
  matchLao(INDEX, { province, district, typeAnswer: 'เทศบาลตำบล', laoName, code });

test("a name with slips nearer another LAO, beside the code of the district's LAO of the type answered: a person asks", () => {
  for (const [province, district, name, code, other] of [
    ['สงขลา', 'นาทวี', 'นาทวีกน', '5900401', '5900402'],
    ['สกลนคร', 'กุดบาก', 'กุดกบ', '5470301', '5470302'],
  ] as const) {
    const result = answer(province, district, name, code);
    if (result.status === 'matched') throw new Error(`${name}: expected review, got ${result.code}`);
    expect(result.candidates.map((c) => c.code).sort()).toEqual([code, other].sort());
  }
});

test('beside a name typed right, or a code whose LAO is of another type, the code is the slip', () => {
  // กุดไห is ทต.กุดไห's name exactly: the code of its neighbour ทต.กุดบาก (three edits away) is a neighbour's code.
  expect(answer('สกลนคร', 'กุดบาก', 'กุดไห', '5470301')).toMatchObject({ status: 'matched', code: '5470302' });
  // The code of an อบต. beside ทต. answered describes nothing the answers do.
  expect(answer('สงขลา', 'นาทวี', 'นาทวีกน', '6900407')).toMatchObject({ status: 'matched', code: '5900402' });
});
