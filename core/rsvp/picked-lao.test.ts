import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describeWithSharedData, sharedDataPath } from '../../scripts/testing/shared-data';
import type { Grid } from '../../sheets-schema/cell';
import { RSVP_TITLES } from '../../sheets-schema/rsvp-form';
import { laoChoiceLabel, pickedLaoTitle, provinceOfPickedTitle } from '../../sheets-schema/rsvp-picked-lao';
import { registryFromGrid, withBangkok } from '../registry/import';
import { Registry } from '../registry/index';
import { processResponses } from './pipeline';
import { readPickedLao } from './picked-lao';
import type { Session } from './sessions';

const REGISTRY_GRID: Grid = [
  ['code', 'type', 'name', 'province', 'district'],
  ['2630101', 'อบจ.', 'ตาก', 'ตาก', 'เมืองตาก'],
  ['5630403', 'เทศบาลตำบล', 'แม่ระมาด', 'ตาก', 'แม่ระมาด'],
  ['6630405', 'อบต.', 'แม่ระมาด', 'ตาก', 'แม่ระมาด'],
  ['6580305', 'อบต.', 'แม่นาเติง', 'แม่ฮ่องสอน', 'ปาย'],
];

function registry(): Registry {
  const imported = registryFromGrid(REGISTRY_GRID);
  if (!imported.ok) throw new Error(JSON.stringify(imported));
  return new Registry(imported.entries);
}

const SESSIONS: Session[] = [];

/** The responses sheet of the picked-LAO form: no district, type, name or code question. */
const HEADER = [
  'ประทับเวลา',
  RSVP_TITLES.province,
  pickedLaoTitle('ตาก'),
  pickedLaoTitle('แม่ฮ่องสอน'),
  RSVP_TITLES.personName,
  RSVP_TITLES.position,
  RSVP_TITLES.phone,
  RSVP_TITLES.email,
  RSVP_TITLES.session,
];
const person = (name: string, phone: string): string[] => [name, 'นักวิเคราะห์นโยบายและแผน', phone, `${phone}@example.com`, ''];
const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 3, minute));

describe('an LAO picked from the form', () => {
  it('labels LAOs with type and district, and reads a column header back to its province', () => {
    expect(laoChoiceLabel({ type: 'อบต.', name: 'บ้านนา', district: 'เมืองตาก' })).toBe('อบต.บ้านนา — อ.เมืองตาก');
    expect(laoChoiceLabel({ type: 'กรุงเทพมหานคร', name: 'กรุงเทพมหานคร', district: '' })).toBe('กรุงเทพมหานคร');
    expect(provinceOfPickedTitle(pickedLaoTitle('แม่ฮ่องสอน'))).toBe('แม่ฮ่องสอน');
    expect(provinceOfPickedTitle(pickedLaoTitle('กรุงเทพมหานคร'))).toBe('กรุงเทพมหานคร');
    expect(provinceOfPickedTitle(RSVP_TITLES.laoName)).toBeNull();
  });

  it('gives each response the LAO it picked, without matching, where the same name is two LAOs in one district', () => {
    const grid: Grid = [
      HEADER,
      [at(1), 'ตาก', 'เทศบาลตำบลแม่ระมาด — อ.แม่ระมาด', '', ...person('นางสาวสมศรี มีสุข', '0812345678')],
      [at(2), 'ตาก', 'อบต.แม่ระมาด — อ.แม่ระมาด', '', ...person('นายสมชาย ใจดี', '0898765432')],
      [at(3), 'แม่ฮ่องสอน', '', 'อบต.แม่นาเติง — อ.ปาย', ...person('นางมาลี ศรีสุข', '0861112222')],
    ];
    const result = processResponses({ registry: registry(), sessions: SESSIONS, grid });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.responses.map((r) => [r.status, r.laoCode, r.district, r.laoType])).toEqual([
      ['ok', '5630403', 'แม่ระมาด', 'เทศบาลตำบล'],
      ['ok', '6630405', 'แม่ระมาด', 'อบต.'],
      ['ok', '6580305', 'ปาย', 'อบต.'],
    ]);
    expect(result.responses.every((r) => r.candidates.length === 0)).toBe(true);
    // The raw grid is not modified.
    expect(grid[0]).toHaveLength(HEADER.length);
  });

  it('leaves a label the registry no longer has, or picks in two provinces, to free-text matching', () => {
    const grid: Grid = [
      HEADER,
      // Renamed since the form was made: the name alone is two LAOs of that district, so it goes to review.
      [at(1), 'ตาก', 'แม่ระมาด — อ.แม่ระมาด', '', ...person('นางสาวสมศรี มีสุข', '0812345678')],
      [at(2), 'ตาก', 'อบต.แม่ระมาด — อ.แม่ระมาด', 'อบต.แม่นาเติง — อ.ปาย', ...person('นายสมชาย ใจดี', '0898765432')],
    ];
    const reg = registry();
    const picked = readPickedLao(grid, reg);
    expect(picked.codeOf(1)).toBeUndefined();
    expect(picked.codeOf(2)).toBeUndefined();
    expect(picked.unknownLabels).toEqual([1]);
    const result = processResponses({ registry: reg, sessions: SESSIONS, grid });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.responses[0]).toMatchObject({ status: 'unmatched', district: 'แม่ระมาด' });
    expect(result.responses[0]!.candidates.map((c) => c.code).sort()).toEqual(['5630403', '6630405']);
    expect(result.responses[1]!.status).not.toBe('ok');
  });

  it('changes nothing for a sheet from a form this product did not make', () => {
    const grid: Grid = [
      [RSVP_TITLES.province, RSVP_TITLES.laoName],
      ['ตาก', 'อบต.แม่ระมาด'],
    ];
    expect(readPickedLao(grid, registry()).grid).toBe(grid);
  });
});

describeWithSharedData('picked-LAO labels on the real registry', ['lao-registry.csv'], () => {
  it('are unique within each province, so each reads back to exactly one LAO', () => {
    const rows = parse(readFileSync(sharedDataPath('lao-registry.csv'), 'utf8'), { bom: true, skip_empty_lines: true }) as string[][];
    const imported = registryFromGrid(rows);
    if (!imported.ok) throw new Error('registry');
    const reg = new Registry(withBangkok(imported.entries));
    let labels = 0;
    for (const province of reg.provinces()) {
      const list = reg.inProvince(province).map(laoChoiceLabel);
      expect(new Set(list).size).toBe(list.length);
      labels += list.length;
    }
    expect(labels).toBe(reg.entries.length);
    expect(reg.entries.length).toBeGreaterThan(7800);
  });
});
