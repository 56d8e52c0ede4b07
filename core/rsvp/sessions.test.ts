import { parse } from 'csv-parse/sync';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Grid } from '../../sheets-schema/cell';
import { findSession, parseSessions, parseTypeList } from './sessions';

const HEADER = ['รอบการประชุม', 'วันที่', 'เวลา', 'ประเภท อปท. ที่เข้าร่วม'];

describe('parseSessions', () => {
  test('the shipped example schedule', () => {
    const grid = parse(readFileSync(join(__dirname, '../../sheets-schema/examples/sessions.example.csv'), 'utf8'), { bom: true }) as Grid;
    const result = parseSessions(grid);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.problems).toEqual([]);
    expect(result.sessions.map((s) => s.laoTypes)).toEqual([
      ['อบจ.', 'เทศบาลนคร', 'เทศบาลเมือง', 'ท้องถิ่นรูปแบบพิเศษ', 'กรุงเทพมหานคร'],
      ['เทศบาลตำบล'],
      ['อบต.'],
      ['อบต.'],
    ]);
    // Every LAO type has a session.
    expect(new Set(result.sessions.flatMap((s) => s.laoTypes)).size).toBe(7);
    expect(result.sessions[0]?.date?.toISOString()).toBe('2026-06-22T17:00:00.000Z');
    expect(result.sessions[0]?.time).toBe('09:00-12:00 น.');
    expect(result.sessions[0]?.link).toBeNull();
  });

  test('dates as Date cells, links, and Thai long forms', () => {
    const result = parseSessions([
      [...HEADER, 'ลิงก์'],
      ['รอบ A', new Date('2026-06-23T00:00:00Z'), '13:30 น.', 'องค์การบริหารส่วนจังหวัด และ ทน.', 'https://example.org/a'],
    ]);
    expect(result).toMatchObject({
      ok: true,
      problems: [],
      sessions: [{ label: 'รอบ A', laoTypes: ['อบจ.', 'เทศบาลนคร'], link: 'https://example.org/a' }],
    });
    if (result.ok) expect(result.sessions[0]?.date?.toISOString()).toBe('2026-06-22T17:00:00.000Z');
  });

  test('problems: missing label, duplicate label, no type, unknown type, bad date', () => {
    const result = parseSessions([
      HEADER,
      ['รอบ 1', '23/6/2569', '09:00', 'อบจ., สุขาภิบาล'],
      ['', '24/6/2569', '09:00', 'อบต.'],
      ['รอบ  1', '24/6/2569', '09:00', 'อบต.'],
      ['รอบ 3', '24/6/2569', '09:00', ''],
      ['รอบ 4', 'วันพุธ', '09:00', 'อบต.'],
    ]);
    if (!result.ok) throw new Error('expected ok');
    expect(result.sessions.map((s) => s.label)).toEqual(['รอบ 1', 'รอบ 4']);
    expect(result.sessions[1]?.date).toBeNull();
    expect(result.problems.map((p) => [p.code, p.severity, p.row])).toEqual([
      ['session_type_unknown', 'warning', 1],
      ['session_label_missing', 'error', 2],
      ['session_label_duplicate', 'error', 3],
      ['session_types_missing', 'error', 4],
      ['session_date_invalid', 'warning', 5],
    ]);
  });

  test('a renamed column is reported by its Thai name', () => {
    const result = parseSessions([
      ['รอบ', 'วันที่', 'เวลา', 'ประเภท อปท. ที่เข้าร่วม'],
      ['x', '', '', 'อบต.'],
    ]);
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toContain('"รอบการประชุม"');
  });

  test('no usable session is a failure', () => {
    expect(parseSessions([HEADER]).ok).toBe(false);
  });
});

describe('parseTypeList', () => {
  test.each([
    ['อบจ., เทศบาลนคร', ['อบจ.', 'เทศบาลนคร'], []],
    ['อบจ. / ทม. / ทต.', ['อบจ.', 'เทศบาลเมือง', 'เทศบาลตำบล'], []],
    ['เทศบาล', ['เทศบาลนคร', 'เทศบาลเมือง', 'เทศบาลตำบล'], []],
    ['ทุกประเภท', ['อบจ.', 'เทศบาลนคร', 'เทศบาลเมือง', 'เทศบาลตำบล', 'อบต.', 'ท้องถิ่นรูปแบบพิเศษ', 'กรุงเทพมหานคร'], []],
    ['เมืองพัทยา, กทม.', ['ท้องถิ่นรูปแบบพิเศษ', 'กรุงเทพมหานคร'], []],
    ['อบต., อบต', ['อบต.'], []],
    ['อบต., สุขาภิบาล', ['อบต.'], ['สุขาภิบาล']],
  ])('%s', (text, types, unknown) => {
    expect(parseTypeList(text)).toEqual({ types, unknown });
  });
});

describe('findSession', () => {
  const sessions = [
    { label: 'รอบที่ 1 (อบจ.)', date: null, time: '', laoTypes: ['อบจ.' as const], link: null },
    { label: 'รอบที่ 2 (อบต.)', date: null, time: '', laoTypes: ['อบต.' as const], link: null },
  ];
  test('exact and loosely spaced labels', () => {
    expect(findSession('รอบที่ 2 (อบต.)', sessions)?.label).toBe('รอบที่ 2 (อบต.)');
    expect(findSession(' รอบที่  2 (อบต) ', sessions)?.label).toBe('รอบที่ 2 (อบต.)');
  });
  test('unknown or blank', () => {
    expect(findSession('รอบที่ 3', sessions)).toBeNull();
    expect(findSession('', sessions)).toBeNull();
    expect(findSession(null, sessions)).toBeNull();
  });
});
