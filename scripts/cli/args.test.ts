import { parseSummarizeArgs } from './args';

test('a full command line', () => {
  expect(
    parseSummarizeArgs([
      '--registry', 'reg.csv', '--responses', 'resp.xlsx', '--sessions', 's.csv',
      '--catalog', 'c.csv', '--indicators', 'i.csv', '--bangkok-code', '1000001', '--sheet', 'คำตอบ', '--out', 'out',
    ]),
  ).toEqual({
    kind: 'run',
    options: { registry: 'reg.csv', responses: 'resp.xlsx', sessions: 's.csv', catalog: 'c.csv', indicators: 'i.csv', bangkokCode: '1000001', out: 'out', sheet: 'คำตอบ' },
  });
});

test('--key=value form and optional inputs left out', () => {
  expect(parseSummarizeArgs(['--registry=r.csv', '--responses=x.csv', '--out=o'])).toEqual({
    kind: 'run',
    options: { registry: 'r.csv', responses: 'x.csv', sessions: null, catalog: null, indicators: null, bangkokCode: null, out: 'o', sheet: null },
  });
});

test('responses may be left out when indicators are given', () => {
  const parsed = parseSummarizeArgs(['--registry', 'r.csv', '--catalog', 'c.csv', '--indicators', 'i.csv', '--out', 'o']);
  expect(parsed).toMatchObject({ kind: 'run', options: { responses: null, indicators: 'i.csv' } });
});

test('help', () => {
  expect(parseSummarizeArgs(['--help'])).toEqual({ kind: 'help' });
  expect(parseSummarizeArgs(['-h'])).toEqual({ kind: 'help' });
});

test.each([
  [[], ['--registry', '--out', '--responses']],
  [['--registry', 'r.csv', '--responses', 'x.csv'], ['--out']],
  [['--registry', 'r.csv', '--out', 'o'], ['--responses']],
  [['--registry', 'r.csv', '--responses', 'x.csv', '--indicators', 'i.csv', '--out', 'o'], ['--catalog และ --indicators ต้องระบุคู่กัน']],
  [['--registry', 'r.csv', '--responses', 'x.csv', '--bangkok-code', 'กทม', '--out', 'o'], ['--bangkok-code "กทม" ใช้ไม่ได้']],
  [['--registry', 'r.csv', '--responses', 'x.csv', '--out', 'o', '--outdir', 'x'], ['ไม่รู้จักตัวเลือก --outdir']],
  [['--registry', 'r.csv', '--responses', 'x.csv', '--out'], ['ตัวเลือก --out ต้องมีค่าตามหลัง']],
  [['--registry', 'r.csv', 'x.csv', '--out', 'o'], ['ไม่เข้าใจ "x.csv"']],
])('%j is refused in Thai', (argv, expected) => {
  const parsed = parseSummarizeArgs(argv);
  expect(parsed.kind).toBe('error');
  for (const text of expected) expect(parsed.kind === 'error' && parsed.message).toContain(text);
});
