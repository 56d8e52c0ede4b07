import type { SheetLayout } from '../sheets-schema/workbook';
import { layoutShape, writeLayoutInto, writeSheetLayout } from './layout-writer';
import { createFakeAppsScript } from './testing/fake-apps-script';
import { FakeSheet } from './testing/fake-spreadsheet';
import { callMs, LATENCY } from './testing/latency';
import { fakeOf } from './testing/shared';

const setup = () => {
  const fake = createFakeAppsScript();
  const app = fake.globals.SpreadsheetApp;
  return { fake, ss: app.getActiveSpreadsheet()!, app };
};
/** writeSheetLayout, for a test that reads back what the fake sheet records. */
const write = (...args: Parameters<typeof writeSheetLayout>) => fakeOf(writeSheetLayout(...args), FakeSheet);

/** A follow-up list as core builds it: heading rows with bars, LAOs to chase, a wrapped column. */
const followUp: SheetLayout = {
  name: 'อปท. ที่ยังไม่ลงทะเบียน',
  preamble: ['อปท. ที่ต้องติดตาม จังหวัดตาก'],
  columns: [
    { header: 'ผู้ติดตาม', width: 18 },
    { header: 'ชื่อ อปท.', width: 30 },
    { header: 'สิ่งที่ต้องติดตาม', width: 8, wrap: true },
    { header: 'ความคืบหน้า', width: 22 },
    { header: 'จำนวน', kind: 'integer' },
  ],
  rows: [
    ['อำเภอเมืองตาก', 'ต้องติดตาม 2 จาก 5 แห่ง', null, '■■■■■■□□□□ 60%', 5],
    ['อำเภอเมืองตาก', 'อบต.ไม้งาม', 'ยังไม่ลงทะเบียน และยังไม่กรอกตัวชี้วัด', null, 1234],
    ['อำเภอเมืองตาก', 'อบต.น้ำรึม', 'ยังไม่ลงทะเบียน', null, null],
    ['อำเภอแม่สอด', 'ต้องติดตาม 1 จาก 3 แห่ง', null, '■■■■■■□□□□ 66%', 3],
    ['อำเภอแม่สอด', 'อบต.ท่าสายลวด', 'ยังไม่ลงทะเบียน', null, null],
    ['อำเภอพบพระ', 'ครบทั้ง 4 แห่ง', null, '■■■■■■■■■■ 100%', 4],
  ],
  freeze: { rows: 2, columns: 1 },
  tones: ['heading', 'missing', 'missing', 'heading', 'missing', 'good'],
  bars: { column: 3, rows: [{ done: 3, total: 5 }, null, null, { done: 2, total: 3 }, null, { done: 4, total: 4 }] },
};

/** The same content without a look (no tone, no bar, nothing to wrap, headers that fit): what the writer sent before. */
const plain: SheetLayout = {
  ...followUp,
  tones: undefined,
  bars: undefined,
  columns: followUp.columns.map((c) => ({ ...c, wrap: undefined, width: c.wrap ? 31 : c.width })),
};

const typicalMs = (calls: Record<string, number>) => Object.entries(calls).reduce((ms, [name, n]) => ms + n * callMs(LATENCY.typical, name, 0), 0);

describe('the look of a layout in SpreadsheetApp', () => {
  it('colours each tone across its rows, wraps long text and the header, draws bars with SPARKLINE; read back from the fake', () => {
    const { ss, app } = setup();
    const sheet = write(ss, followUp, app);
    // Rows: 1 title, 2 header, 3..8 data.
    const row = (r: number) => sheet.getRange(r, 1, 1, 5);
    expect(row(3).getBackgrounds()[0]).toEqual(new Array(5).fill('#d9e2f3'));
    expect(row(3).getFontWeights()[0]).toEqual(new Array(5).fill('bold'));
    for (const r of [4, 5, 7]) {
      expect(row(r).getBackgrounds()[0]).toEqual(new Array(5).fill('#fce4d6'));
      expect(row(r).getFontWeights()[0]).toEqual(new Array(5).fill('normal'));
    }
    expect(row(8).getBackgrounds()[0]).toEqual(new Array(5).fill('#e2efda'));
    // The header keeps its own grey and is wrapped (its Thai does not fit 8 characters).
    expect(row(2).getBackgrounds()[0]).toEqual(new Array(5).fill('#e7e6e6'));
    expect(row(2).getWraps()[0]).toEqual(new Array(5).fill(true));
    // Long text wraps, and only it.
    expect(sheet.getRange(3, 3, 6, 1).getWraps().flat()).toEqual(new Array(6).fill(true));
    expect(row(4).getWraps()[0]).toEqual([false, false, true, false, false]);
    // Thousands separators as before, and the bars are formulas, not typed text.
    expect(row(4).getDisplayValues()[0]![4]).toBe('1,234');
    expect(sheet.getRange(3, 4, 6, 1).getFormulas().flat()).toEqual([
      '=SPARKLINE({3,2},{"charttype","bar";"max",5;"color1","#375623";"color2","#BFBFBF"})',
      '',
      '',
      '=SPARKLINE({2,1},{"charttype","bar";"max",3;"color1","#375623";"color2","#BFBFBF"})',
      '',
      '=SPARKLINE({4,0},{"charttype","bar";"max",4;"color1","#375623";"color2","#BFBFBF"})',
    ]);
    expect(
      sheet
        .getRange(1, 1, 8, 5)
        .getFormulas()
        .flat()
        .filter((f) => f !== ''),
    ).toHaveLength(3);
  });

  it('costs one RangeList call per tone format and one for wrapping, whatever the rows: counted and priced', () => {
    const { fake, ss, app } = setup();
    fake.counter.reset();
    writeSheetLayout(ss, plain, app);
    const before = fake.counter.snapshot();
    ss.deleteSheet(ss.getSheetByName(plain.name)!);
    fake.counter.reset();
    writeSheetLayout(ss, followUp, app);
    const after = fake.counter.snapshot();
    const added = Object.fromEntries(Object.entries(after).flatMap(([k, n]) => (n !== (before[k] ?? 0) ? [[k, n - (before[k] ?? 0)]] : [])));
    // heading: background, bold; missing: background; good: background; one setWrap for header and wrapped column;
    // the bar column formatted General apart from its plain-text neighbours (a formula must stay one in a template's copy).
    expect(added).toEqual({
      'RangeList.setBackground': 3,
      'RangeList.setFontWeight': 1,
      'RangeList.setWrap': 1,
      'Sheet.getRangeList': 4,
      'Range.setNumberFormat': 1,
      'Sheet.getRange': 1,
    });
    // 6 structure calls at 200 ms, the five references local (2 ms): about 1.2 s per follow-up sheet written, typical model.
    expect(typicalMs(added)).toBe(6 * 200 + 5 * 2);

    // Twice the rows in the same tones and runs: not one call more.
    const longer: SheetLayout = {
      ...followUp,
      rows: [...followUp.rows, ...followUp.rows],
      tones: [...followUp.tones!, ...followUp.tones!],
      bars: { column: 3, rows: [...followUp.bars!.rows, ...followUp.bars!.rows] },
    };
    ss.deleteSheet(ss.getSheetByName(followUp.name)!);
    fake.counter.reset();
    writeSheetLayout(ss, longer, app);
    expect(fake.counter.snapshot()).toEqual(after);
  });

  it('a sheet rewritten with the same shape gets its look again (clear() took the formats), and none of another content', () => {
    const { ss, app } = setup();
    const sheet = write(ss, followUp, app);
    const next: SheetLayout = {
      ...followUp,
      tones: ['good', null, null, null, null, null],
      bars: { column: 3, rows: [{ done: 5, total: 5 }, null, null, null, null, null] },
    };
    writeLayoutInto(sheet, ss, next, app, { sameShape: layoutShape(next) === layoutShape(followUp) });
    expect(sheet.getRange(3, 1, 1, 5).getBackgrounds()[0]).toEqual(new Array(5).fill('#e2efda'));
    expect(sheet.getRange(4, 1, 1, 5).getBackgrounds()[0]).toEqual(new Array(5).fill('#ffffff'));
    // The heading's bold went with its tone: `good` is not bold.
    expect(sheet.getRange(3, 1, 1, 5).getFontWeights()[0]).toEqual(new Array(5).fill('normal'));
    expect(
      sheet
        .getRange(1, 1, 8, 5)
        .getFormulas()
        .flat()
        .filter((f) => f !== ''),
    ).toEqual(['=SPARKLINE({5,0},{"charttype","bar";"max",5;"color1","#375623";"color2","#BFBFBF"})']);
    // Still wrapped: wrapping is redone with the content.
    expect(sheet.getRange(4, 3).getWraps()).toEqual([[true]]);
  });

  it('the fake refuses what Apps Script refuses: an A1 range it cannot read, or one past the grid', () => {
    const { ss } = setup();
    const sheet = ss.insertSheet('ทดลอง');
    expect(() => sheet.getRangeList(['A1:B2', 'ZZZ'])).toThrow(/Range not found/);
    expect(() => sheet.getRangeList(['A1:B2000'])).toThrow(/outside the dimensions/);
  });
});
