import { defineSheet } from '../sheets-schema/define';
import { KIND_NUMBER_FORMAT, layoutFromDef, type SheetLayout } from '../sheets-schema/workbook';
import { fillFromTemplate, layoutShape, rewriteValues, writeLayoutInto, writeSheetLayout, writeTemplateSheet, writeWorkbookLayout } from './layout-writer';
import { createFakeAppsScript } from './testing/fake-apps-script';
import { FakeSheet } from './testing/fake-spreadsheet';
import { fakeServices } from './testing/services';
import { fakeOf } from './testing/shared';
import type { Sheet } from './services';

const people = defineSheet({
  name: 'ผู้ลงทะเบียน',
  columns: {
    code: { header: 'รหัส อปท.', width: 10 },
    name: { header: 'ชื่อ-นามสกุล', width: 30 },
    phone: { header: 'โทรศัพท์', width: 10 },
    count: { header: 'จำนวน', kind: 'integer' },
    pct: { header: 'ร้อยละ', kind: 'percent' },
    at: { header: 'เวลาที่ส่ง', kind: 'datetime' },
  },
  freeze: { rows: 1, columns: 1 },
});

const rows = [
  { code: '6630101', name: '=นายสมชาย ใจดี', phone: '0812345678', count: 1234, pct: 52.00384, at: new Date(Date.UTC(2026, 5, 22, 2, 5)) },
  { code: '5630103', name: "'นาง สมศรี", phone: '+66812345678', count: 0, pct: null, at: null },
];

const setup = () => {
  const fake = createFakeAppsScript();
  const services = fakeServices(fake);
  const app = fake.globals.SpreadsheetApp;
  return { fake, services, ss: app.getActiveSpreadsheet()!, app };
};
/** writeSheetLayout, for a test that reads back what the fake sheet records. */
const write = (...args: Parameters<typeof writeSheetLayout>) => fakeOf(writeSheetLayout(...args), FakeSheet);

describe('writeSheetLayout', () => {
  it('writes preamble, bold header and rows in one setValues, text kept as typed text, dates as Buddhist-era text', () => {
    const { fake, ss, app } = setup();
    const layout = layoutFromDef(people, rows, { preamble: ['ผู้ลงทะเบียน จังหวัดตาก', 'ข้อมูล ณ 22 มิ.ย. 2569'] });
    fake.counter.reset();
    const sheet = write(ss, layout, app);
    const calls = fake.counter.snapshot();
    expect(calls['Range.setValues']).toBe(1);
    // Formats per run of same-format columns, never per cell: title and header rows, then the data's
    // text | integer | percent (0.00) | text (datetime as Thai text) columns.
    expect(calls['Range.setNumberFormats']).toBeUndefined();
    expect(calls['Range.setNumberFormat']).toBe(5);
    expect(sheet.getRange(4, 1, 1, 6).getNumberFormats()[0]).toEqual(['@', '@', '@', KIND_NUMBER_FORMAT.integer, KIND_NUMBER_FORMAT.percent, '@']);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['ผู้ลงทะเบียน จังหวัดตาก', '', '', '', '', ''],
      ['ข้อมูล ณ 22 มิ.ย. 2569', '', '', '', '', ''],
      ['รหัส อปท.', 'ชื่อ-นามสกุล', 'โทรศัพท์', 'จำนวน', 'ร้อยละ', 'เวลาที่ส่ง'],
      ['6630101', '=นายสมชาย ใจดี', '0812345678', 1234, 52.00384, '22 มิ.ย. 2569 09:05'],
      ['5630103', "'นาง สมศรี", '+66812345678', 0, '', ''],
    ]);
    expect(
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(sheet.getRange(4, 1, 1, 6).getDisplayValues()).toEqual([['6630101', '=นายสมชาย ใจดี', '0812345678', '1,234', '52.00', '22 มิ.ย. 2569 09:05']]);
    expect(sheet.getRange(3, 1, 1, 6).getFontWeights()[0]).toEqual(new Array(6).fill('bold'));
    expect(sheet.getRange(1, 1).getFontWeights()).toEqual([['bold']]);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([3, 1]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([5, 6]);
    expect(sheet.getColumnWidth(2)).toBeGreaterThan(sheet.getColumnWidth(1));
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A3:F5');
  });

  it('rewrites a sheet written before: smaller, no stale rows, validation, filter or protection', () => {
    const { ss, app } = setup();
    const entry: SheetLayout = {
      name: 'กรอกข้อมูล',
      columns: [
        { header: 'รหัส อปท.', locked: true },
        { header: 'กรอบการประเมิน (1)', kind: 'number', validation: { kind: 'number', min: 0 } },
        { header: 'การจัดบริการสาธารณะ (2)', kind: 'number', validation: { kind: 'number', min: 0 } },
        { header: 'ผลการประเมิน', locked: true, validation: { kind: 'list', values: ['ผ่าน', 'ไม่ผ่าน'] } },
        { header: 'หมายเหตุ' },
      ],
      rows: [
        ['6630101', null, null, null, null],
        ['6630102', 5, 3, null, 'ok'],
        ['6630103', null, null, null, null],
      ],
      freeze: { rows: 1, columns: 1 },
      protect: true,
    };
    const sheet = write(ss, entry, app);
    const protection = sheet.getProtections(app.ProtectionType.SHEET)[0]!;
    expect(protection.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['B2:C4', 'E2:E4']);
    expect(sheet.getRange(2, 2).getDataValidations()[0]![0]!.getCriteriaValues()).toEqual([0]);
    expect(sheet.getRange(2, 2).getDataValidations()[0]![0]!.getHelpText()).toBe('กรุณากรอกตัวเลข ตั้งแต่ 0 ขึ้นไป ในคอลัมน์ "กรอบการประเมิน (1)"');
    expect(sheet.getRange(2, 4).getDataValidations()[0]![0]!.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);

    writeSheetLayout(ss, { ...entry, rows: [['6630101', 1, 1, null, null]], protect: false, columns: entry.columns.map((c) => ({ header: c.header })) }, app);
    expect(ss.getSheets().filter((s) => s.getName() === 'กรอกข้อมูล')).toHaveLength(1);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['รหัส อปท.', 'กรอบการประเมิน (1)', 'การจัดบริการสาธารณะ (2)', 'ผลการประเมิน', 'หมายเหตุ'],
      ['6630101', 1, 1, '', ''],
    ]);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
    expect(sheet.getRange(2, 2).getDataValidations()[0]![0]).toBeNull();
    expect(sheet.getMaxRows()).toBe(2);
  });

  it('rewrites a sheet of the same shape with fewer calls and the same cells, widths and freeze', () => {
    const { fake, ss, app } = setup();
    const layout = layoutFromDef(people, rows, { preamble: ['ผู้ลงทะเบียน จังหวัดตาก'] });
    writeSheetLayout(ss, layout, app);
    const changed = { ...layout, rows: [...layout.rows, ...layout.rows] };
    const cellsOf = (name: string) =>
      JSON.stringify([ss.getSheetByName(name)!.getDataRange().getValues(), ss.getSheetByName(name)!.getDataRange().getNumberFormats()]);
    fake.counter.reset();
    writeLayoutInto(ss.getSheetByName(layout.name), ss, changed, app, { sameShape: true });
    const lean = fake.counter.total();
    const leanCells = cellsOf(layout.name);
    const full = write(ss, { ...changed, name: 'อีกแผ่น' }, app);
    fake.counter.reset();
    writeLayoutInto(full, ss, changed2(changed), app);
    expect(lean).toBeLessThan(fake.counter.total() - 5);
    expect(leanCells).toBe(cellsOf('อีกแผ่น'));
    const sheet = ss.getSheetByName(layout.name)!;
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([2, 1]);
    expect(sheet.getColumnWidth(2)).toBe(full.getColumnWidth(2));
    expect(layoutShape(changed)).toBe(layoutShape(layout));
    expect(layoutShape({ ...layout, protect: true })).not.toBe(layoutShape(layout));
  });

  it('refuses to write over the sheet that receives form responses', () => {
    const { services, ss, app } = setup();
    const form = services.formApp.create('ทดสอบ');
    form.addTextItem().setTitle('ชื่อ');
    form.setDestination(services.formApp.DestinationType.SPREADSHEET, ss.getId());
    const name = ss
      .getSheets()
      .find((s) => s.getFormUrl())!
      .getName();
    expect(() => writeSheetLayout(ss, { ...layoutFromDef(people, []), name }, app)).toThrow(/รับคำตอบจากแบบฟอร์ม/);
    expect(ss.getSheetByName(name)!.getDataRange().getValues()).toEqual([['ประทับเวลา', 'ชื่อ']]);
  });
});

describe('writeWorkbookLayout', () => {
  it('writes every sheet in order and, for a spreadsheet of its own, drops the sheets it does not have', () => {
    const { app } = setup();
    const ss = app.create('สรุปจังหวัดตาก');
    const workbook = { title: 'สรุปจังหวัดตาก', sheets: [layoutFromDef(people, rows), { ...layoutFromDef(people, []), name: 'เกี่ยวกับรายงาน' }] };
    writeWorkbookLayout(ss, workbook, app, { removeOthers: true });
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['ผู้ลงทะเบียน', 'เกี่ยวกับรายงาน']);
    const empty = ss.getSheetByName('เกี่ยวกับรายงาน')!;
    expect(empty.getMaxRows()).toBe(2);
    expect(empty.getFrozenRows()).toBe(1);
  });
});

describe('template sheets', () => {
  /** Everything a reader of the sheet sees of it, to compare two ways of writing it. */
  const rendered = (written: Sheet) => {
    const sheet = fakeOf(written, FakeSheet);
    const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
    return {
      size: [sheet.getMaxRows(), sheet.getMaxColumns()],
      values: all.getValues(),
      formats: all.getNumberFormats(),
      weights: all.getFontWeights(),
      backgrounds: all.getBackgrounds(),
      formulas: all.getFormulas(),
      widths: Array.from({ length: sheet.getMaxColumns() }, (_, c) => sheet.getColumnWidth(c + 1)),
      frozen: [sheet.getFrozenRows(), sheet.getFrozenColumns()],
      filter: sheet.getFilter()?.getRange().getA1Notation() ?? null,
    };
  };

  /** People with row tones and a progress bar in the `phone` column, as the follow-up list has them. */
  const toned = (list: typeof rows, tones: Array<'heading' | 'missing' | null>): SheetLayout => ({
    ...layoutFromDef(
      people,
      list.map((r) => ({ ...r, phone: null })),
    ),
    tones,
    bars: { column: 2, rows: tones.map((t, i) => (t === 'heading' ? { done: i, total: 3 } : null)) },
  });

  it("row tones and bars: a template's copy and a values-only rewrite look as a direct write does", () => {
    const { app } = setup();
    const template = app.create('แม่แบบ');
    writeTemplateSheet(template, toned(rows, ['heading', 'missing']), 2, app);
    template.deleteSheet(template.getSheets()[0]!);
    const first = toned(rows, ['heading', 'missing']);
    const copy = template.copy('สรุปจังหวัดกระบี่');
    fillFromTemplate(copy.getSheets()[0]!, first, 2);
    expect(rendered(copy.getSheets()[0]!)).toEqual(rendered(writeSheetLayout(app.create('ตรง'), first, app)));
    expect(copy.getSheets()[0]!.getRange(2, 3).getFormulas()[0]![0]).toMatch(/^=SPARKLINE/);

    // The tones move to other rows: the old ones do not stay behind.
    const moved = toned(rows, ['missing', 'heading']);
    rewriteValues(copy.getSheets()[0]!, moved);
    expect(rendered(copy.getSheets()[0]!)).toEqual(rendered(writeSheetLayout(app.create('ตรง 2'), moved, app)));
  });

  it.each([
    ['fewer rows than the template', 1],
    ['as many rows as the template', 2],
    ['no rows', 0],
  ])('a copy of a template filled with %s is the sheet writeLayoutInto makes, in three calls', (_, count) => {
    const { fake, app } = setup();
    const preamble = ['ผู้ลงทะเบียน จังหวัดตาก', 'ข้อมูล ณ 22 มิ.ย. 2569'];
    const template = app.create('แม่แบบ');
    writeTemplateSheet(template, layoutFromDef(people, rows, { preamble }), 2, app);
    template.deleteSheet(template.getSheets()[0]!);
    const layout = layoutFromDef(people, rows.slice(0, count), { preamble: ['ผู้ลงทะเบียน จังหวัดกระบี่', 'ข้อมูล ณ 23 มิ.ย. 2569'] });
    const direct = app.create('ตรง');
    const expected = rendered(writeSheetLayout(direct, layout, app));

    const copy = template.copy('สรุปจังหวัดกระบี่');
    const sheet = copy.getSheets()[0]!;
    fake.counter.reset();
    fillFromTemplate(sheet, layout, 2);
    // Cut to size (when shorter), values, filter; getRange is local.
    const { 'Sheet.getRange': _ranges, ...calls } = fake.counter.snapshot();
    // With no rows, the blank row past the frozen ones loses the template's data formats (one more call).
    expect(calls).toEqual({
      'Range.setValues': 1,
      'Range.createFilter': 1,
      ...(count < 2 ? { 'Sheet.deleteRows': 1 } : {}),
      ...(count === 0 ? { 'Range.clearFormat': 1 } : {}),
    });
    expect(rendered(copy.getSheets()[0]!)).toEqual(expected);
    expect(copy.getSheets().map((s) => s.getName())).toEqual([people.name]);
  });

  it('a sheet of the same shape and rows gets its new values in one call, as writeLayoutInto would write them', () => {
    const { fake, app } = setup();
    const before = layoutFromDef(people, rows, { preamble: ['ผู้ลงทะเบียน จังหวัดตาก'] });
    const after = layoutFromDef(people, [rows[1]!, { ...rows[0]!, name: 'นางมาลี ศรีสุข', count: 7 }], { preamble: ['ผู้ลงทะเบียน จังหวัดตาก (ปรับปรุง)'] });
    const file = app.create('ตาก');
    const sheet = writeSheetLayout(file, before, app);
    fake.counter.reset();
    rewriteValues(sheet, after);
    const { 'Sheet.getRange': _ranges, ...calls } = fake.counter.snapshot();
    expect(calls).toEqual({ 'Range.setValues': 1 });
    expect(rendered(sheet)).toEqual(rendered(writeSheetLayout(app.create('ตรง'), after, app)));
  });
});

/** The same layout under another sheet name (a full rewrite of an existing sheet, for comparison). */
function changed2(layout: SheetLayout): SheetLayout {
  return { ...layout, name: 'อีกแผ่น' };
}
