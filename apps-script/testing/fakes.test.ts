import { createFakeAppsScript } from './fake-apps-script';
import { callKind, LATENCY } from './latency';
import { KILLED_MESSAGE, QUOTA_MESSAGE, TRIGGER_RUNTIME_QUOTA_MS } from './runtime';
import { MAX_PROPERTY_VALUE_BYTES, MAX_TRIGGERS } from './fake-script';

const setup = () => {
  const fake = createFakeAppsScript();
  const { SpreadsheetApp } = fake.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet()!;
  return { fake, g: fake.globals, ss, sheet: ss.getSheets()[0]! };
};

describe('Range values', () => {
  it('checks setValues dimensions with the messages Apps Script uses', () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 2, 3);
    expect(() => range.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.');
    range.setValues([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(sheet.getDataRange().getValues()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('rejects ranges outside the sheet and empty ranges', () => {
    const { sheet } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1000, 1, 6, 1).getNumRows()).toBe(6);
  });

  it('treats strings as typed in: formulas, numbers, booleans, dates; an apostrophe or plain-text format keeps text', () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 1, 6);
    range.setValues([['=HYPERLINK("x")', '0812345678', 'true', '16/8/2021', "'=not a formula", "'0812345678"]]);
    expect(range.getFormulas()[0]).toEqual(['=HYPERLINK("x")', '', '', '', '', '']);
    const [formula, phone, bool, date, text, keptPhone] = range.getValues()[0]!;
    expect(formula).toBe('#ERROR!');
    expect(phone).toBe(812345678);
    expect(bool).toBe(true);
    expect(date).toEqual(new Date(Date.UTC(2021, 7, 15, 17, 0, 0)));
    expect(text).toBe('=not a formula');
    expect(keptPhone).toBe('0812345678');
    const plain = sheet.getRange(2, 1, 1, 2);
    plain.setNumberFormat('@');
    plain.setValues([['=1+1', '007']]);
    expect(plain.getValues()).toEqual([['=1+1', '007']]);
  });

  it('shows display values by number format', () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 1, 3);
    range.setValues([[1234.5, 0.256, new Date(Date.UTC(2026, 5, 22, 2, 5, 9))]]);
    range.setNumberFormats([['#,##0.00', '0.0%', 'dd/mm/yyyy hh:mm']]);
    expect(range.getDisplayValues()).toEqual([['1,234.50', '25.6%', '22/06/2026 09:05']]);
  });

  it('counts the last row and column with content only', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange(3, 2).setValue('x');
    sheet.getRange(5, 1).setNumberFormat('@');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2]);
    sheet.appendRow(['a', 'b', 'c']);
    expect(sheet.getRange(4, 1, 1, 3).getValues()).toEqual([['a', 'b', 'c']]);
  });

  it('clear() removes contents and formats but keeps data validation', () => {
    const { sheet, g } = setup();
    const rule = g.SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build();
    const range = sheet.getRange(1, 1, 1, 1);
    range.setValue(5).setFontWeight('bold').setDataValidation(rule);
    sheet.clear();
    expect(range.getValues()).toEqual([['']]);
    expect(range.getFontWeights()).toEqual([['normal']]);
    expect(range.getDataValidations()[0]![0]!.getCriteriaType()).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
  });
});

describe('Spreadsheet', () => {
  it('keeps sheet names unique regardless of case and never deletes the last sheet', () => {
    const { ss } = setup();
    ss.insertSheet('สรุป');
    expect(() => ss.insertSheet('สรุป')).toThrow('A sheet with the name "สรุป" already exists. Please enter another name.');
    ss.insertSheet('Summary');
    expect(() => ss.insertSheet('SUMMARY')).toThrow(/already exists/);
    ss.deleteSheet(ss.getSheetByName('สรุป')!);
    ss.deleteSheet(ss.getSheetByName('Summary')!);
    expect(() => ss.deleteSheet(ss.getSheets()[0]!)).toThrow(/remove all the sheets/);
  });

  it('enforces the 10 million cell limit', () => {
    const { sheet } = setup();
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow(/above the limit of 10000000 cells/);
  });

  it('refuses the UI to triggers', () => {
    const { fake, g } = setup();
    expect(() => fake.env.runAs('trigger', () => g.SpreadsheetApp.getUi())).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(g.SpreadsheetApp.getUi().alert('สวัสดี')).toBe('OK');
    expect(fake.ui.alerts).toEqual([{ title: '', prompt: 'สวัสดี' }]);
  });

  it('protects a sheet with unprotected input ranges; the owner stays an editor', () => {
    const { sheet, g } = setup();
    const protection = sheet.protect().setDescription('คอลัมน์ที่ล็อก');
    protection.setUnprotectedRanges([sheet.getRange(2, 3, 10, 2)]);
    protection.removeEditors(protection.getEditors());
    expect(sheet.protect()).toBe(protection);
    expect(protection.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['C2:D11']);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(['admin@odloc.example']);
    expect(sheet.getProtections(g.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
  });
});

describe('call counter', () => {
  it('counts calls per Class.method and keeps object identity', () => {
    const { fake, ss } = setup();
    fake.counter.reset();
    const a = ss.insertSheet('ก');
    const b = ss.getSheetByName('ก');
    expect(a).toBe(b);
    a.getRange(1, 1, 2, 2).setValues([
      [1, 2],
      [3, 4],
    ]);
    a.appendRow([5, 6]);
    expect(fake.counter.snapshot()).toEqual({
      'Range.setValues': 1,
      'Sheet.appendRow': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'Spreadsheet.insertSheet': 1,
    });
    expect(fake.counter.cellsWritten).toBe(6);
  });
});

describe('PropertiesService, LockService, Utilities', () => {
  it('limits a property value to 9 KB', () => {
    const props = setup().g.PropertiesService.getScriptProperties();
    props.setProperty('ok', 'ก'.repeat(MAX_PROPERTY_VALUE_BYTES / 3));
    expect(() => props.setProperty('big', 'ก'.repeat(MAX_PROPERTY_VALUE_BYTES / 3 + 1))).toThrow('Argument too large: value');
    expect(props.getProperty('big')).toBeNull();
  });

  it('fails waitLock and tryLock while another execution holds the lock, and releases at the end of an execution', () => {
    const { fake, g } = setup();
    fake.lockService.heldByOther.add('script');
    expect(g.LockService.getScriptLock().tryLock(1000)).toBe(false);
    expect(() => g.LockService.getScriptLock().waitLock(1000)).toThrow(/Lock timeout/);
    fake.lockService.heldByOther.clear();
    fake.env.runAs('trigger', () => expect(g.LockService.getScriptLock().tryLock(0)).toBe(true));
    expect(g.LockService.getScriptLock().hasLock()).toBe(false);
  });

  it('gives the manifest time zone and keeps Logger lines', () => {
    const { g } = setup();
    expect(g.Session.getScriptTimeZone()).toBe('Asia/Bangkok');
    g.Logger.log('แถว %s จาก %s', 3, 10);
    expect(g.Logger.getLog()).toBe('แถว 3 จาก 10');
  });

  it('formats dates in a time zone', () => {
    const { g } = setup();
    const d = new Date(Date.UTC(2026, 0, 1, 20, 5, 3));
    expect(g.Utilities.formatDate(d, 'Asia/Bangkok', "yyyy-MM-dd'T'HH:mm:ss")).toBe('2026-01-02T03:05:03');
    expect(g.Utilities.formatDate(d, 'UTC', 'd/M/yy H:m')).toBe('1/1/26 20:5');
  });
});

describe('ScriptApp triggers', () => {
  it('creates, lists and deletes triggers, and stops at 20', () => {
    const { g, ss } = setup();
    const t = g.ScriptApp.newTrigger('onFormSubmit').forSpreadsheet(ss).onFormSubmit().create();
    expect([t.getHandlerFunction(), t.getEventType(), t.getTriggerSourceId()]).toEqual(['onFormSubmit', 'ON_FORM_SUBMIT', ss.getId()]);
    for (let i = 1; i < MAX_TRIGGERS; i++) g.ScriptApp.newTrigger(`f${i}`).timeBased().everyMinutes(15).create();
    expect(() => g.ScriptApp.newTrigger('more').timeBased().everyHours(1).create()).toThrow(/too many triggers/);
    g.ScriptApp.deleteTrigger(g.ScriptApp.getProjectTriggers()[0]!);
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(MAX_TRIGGERS - 1);
    expect(() => g.ScriptApp.newTrigger('x').timeBased().everyMinutes(7)).toThrow(/everyMinutes/);
  });

  it('refuses services that need authorization to simple triggers', () => {
    const { fake, g } = setup();
    expect(() => fake.env.runAs('simple', () => g.ScriptApp.newTrigger('x'))).toThrow(/do not have permission/);
    expect(() => fake.env.runAs('simple', () => g.FormApp.create('x'))).toThrow(/do not have permission/);
  });
});

describe('FormApp', () => {
  const makeForm = () => {
    const s = setup();
    const form = s.g.FormApp.create('ลงทะเบียน');
    form.addListItem().setTitle('จังหวัด').setChoiceValues(['ตาก', 'น่าน']).setRequired(true);
    form.addTextItem().setTitle('ชื่อ-นามสกุล').setRequired(true);
    form.addTextItem().setTitle('โทรศัพท์มือถือ');
    return { ...s, form };
  };

  it('links to a spreadsheet with a responses sheet headed ประทับเวลา + question titles', () => {
    const { g, ss, form } = makeForm();
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    const sheet = ss.getSheetByName('การตอบกลับแบบฟอร์ม 1')!;
    expect(sheet.getFormUrl()).toContain(form.getId());
    expect(sheet.getDataRange().getValues()).toEqual([['ประทับเวลา', 'จังหวัด', 'ชื่อ-นามสกุล', 'โทรศัพท์มือถือ']]);
    expect(() => ss.deleteSheet(sheet)).toThrow(/cannot be deleted/);
  });

  it('appends each submission and fires the spreadsheet form-submit trigger with values, namedValues and range', () => {
    const { fake, g, ss, form } = makeForm();
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    g.ScriptApp.newTrigger('onFormSubmit').forSpreadsheet(ss).onFormSubmit().create();
    const events: GoogleAppsScript.Events.SheetsOnFormSubmit[] = [];
    fake.setScript((handler, e) => {
      expect(handler).toBe('onFormSubmit');
      expect(fake.env.mode).toBe('trigger');
      events.push(e as GoogleAppsScript.Events.SheetsOnFormSubmit);
    });
    fake.submitForm(fake.onlyForm(), { จังหวัด: 'ตาก', 'ชื่อ-นามสกุล': 'นาย =ทดสอบ', โทรศัพท์มือถือ: '0812345678' });
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e.range.getRow()).toBe(2);
    expect(e.values).toEqual(['22/6/2026, 9:00:00', 'ตาก', 'นาย =ทดสอบ', '812345678']);
    expect(e.namedValues['ชื่อ-นามสกุล']).toEqual(['นาย =ทดสอบ']);
    expect(e.range.getValues()[0]![0]).toEqual(new Date(Date.UTC(2026, 5, 22, 2, 0, 0)));
    expect(() => fake.submitForm(fake.onlyForm(), { จังหวัด: 'ตาก' })).toThrow(/Required question/);
  });

  it('builds prefilled links from entry numbers that are not item ids, and accepts only listed choices', () => {
    const { form } = makeForm();
    const [province, name] = form.getItems();
    expect(() => province!.asListItem().createResponse('เชียงใหม่')).toThrow('Invalid response submitted to item.');
    const url = form
      .createResponse()
      .withItemResponse(name!.asTextItem().createResponse('นาง สมศรี'))
      .withItemResponse(province!.asListItem().createResponse('ตาก'))
      .toPrefilledUrl();
    expect(url.startsWith(`${form.getPublishedUrl()}?usp=pp_url&entry.`)).toBe(true);
    expect(url).not.toContain(`entry.${province!.getId()}=`);
    expect(decodeURIComponent(url.replace(/\+/g, ' '))).toMatch(/=ตาก&entry\.\d+=นาง สมศรี$/);
    expect(() => name!.asListItem()).toThrow(/cannot be cast/);
  });
});

describe('runtime: the moving clock, the limits and the failures Google has', () => {
  const TYPICAL = { ...LATENCY.typical, computeFactor: 0 };

  it("moves the clock by each call's modelled latency: a read by its cells, a getter of a Range hardly at all", () => {
    const fake = createFakeAppsScript({ latency: TYPICAL });
    const sheet = fake.globals.SpreadsheetApp.getActiveSpreadsheet()!.getSheets()[0]!;
    const t0 = fake.env.now();
    const range = sheet.getRange(1, 1, 1000, 10);
    range.getNumRows();
    expect(fake.env.now() - t0).toBe(2 * TYPICAL.localMs);
    const t1 = fake.env.now();
    range.getValues();
    expect(fake.env.now() - t1).toBeCloseTo(TYPICAL.readMs + TYPICAL.readPer1000CellsMs * 10);
    const t2 = fake.env.now();
    range.setValues(Array.from({ length: 1000 }, () => new Array(10).fill('x')));
    expect(fake.env.now() - t2).toBeCloseTo(TYPICAL.writeMs + TYPICAL.writePer1000CellsMs * 10);
    expect(callKind('SpreadsheetApp.create')).toBe('create');
    expect(callKind('Sheet.getLastRow')).toBe('metadata');
    expect(callKind('Range.getLastRow')).toBe('local');
  });

  it("kills an execution at 6 minutes with Google's message, whatever the script catches", () => {
    const fake = createFakeAppsScript({ latency: { ...TYPICAL, readMs: 61_000 } });
    const sheet = fake.globals.SpreadsheetApp.getActiveSpreadsheet()!.getSheets()[0]!;
    let reads = 0;
    expect(() =>
      fake.env.runAs('trigger', () => {
        for (let i = 0; i < 20; i++) {
          try {
            sheet.getRange(1, 1).getValues();
            reads++;
          } catch {
            // a script that swallows errors is still stopped: every later call fails too
          }
        }
      }),
    ).toThrow(KILLED_MESSAGE);
    expect(reads).toBe(6);
    expect(fake.runtime.executions.at(-1)!.error).toBe(KILLED_MESSAGE);
  });

  it('fails triggers past the daily runtime quota of the account type, and resets after 24 hours', () => {
    expect(TRIGGER_RUNTIME_QUOTA_MS).toEqual({ consumer: 90 * 60_000, workspace: 6 * 60 * 60_000 });
    const fake = createFakeAppsScript({ latency: TYPICAL, userEmail: 'someone@gmail.com' });
    expect(fake.runtime.account).toBe('consumer');
    fake.env.runAs('trigger', () => undefined);
    fake.runtime.triggerMsToday = 90 * 60_000;
    expect(() => fake.env.runAs('trigger', () => undefined)).toThrow(QUOTA_MESSAGE);
    expect(() => fake.env.runAs('interactive', () => undefined)).not.toThrow();
    fake.runtime.advanceTo(fake.runtime.clockMs + 24 * 60 * 60_000);
    expect(() => fake.env.runAs('trigger', () => undefined)).not.toThrow();
  });

  it('injects a transient service error once', () => {
    const fake = createFakeAppsScript();
    const app = fake.globals.SpreadsheetApp;
    const id = app.getActiveSpreadsheet()!.getId();
    fake.runtime.failNext(/SpreadsheetApp\.openById/);
    expect(() => app.openById(id)).toThrow(/Service Spreadsheets failed while accessing document/);
    expect(app.openById(id).getId()).toBe(id);
  });

  it('waits the whole timeout for a lock held by another execution', () => {
    const fake = createFakeAppsScript({ latency: TYPICAL });
    fake.lockService.heldByOther.add('script');
    const t0 = fake.env.now();
    expect(fake.globals.LockService.getScriptLock().tryLock(30_000)).toBe(false);
    expect(fake.env.now() - t0).toBeGreaterThanOrEqual(30_000);
  });

  it('runs one-off clock triggers once when due; they stay listed until deleted', () => {
    const fake = createFakeAppsScript();
    const calls: string[] = [];
    fake.setScript((handler) => calls.push(handler));
    fake.globals.ScriptApp.newTrigger('later').timeBased().after(60_000).create();
    expect(fake.runDue()).toBe(0);
    fake.runtime.advanceTo(fake.runtime.clockMs + 60_000);
    expect(fake.runDue()).toBe(1);
    expect(fake.runDue()).toBe(0);
    expect(calls).toEqual(['later']);
    expect(fake.scriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['later']);
  });

  it('appendRow: the new row takes the number formats of the row above, so a plain-text row keeps an apostrophe', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 2).setNumberFormat('@');
    sheet.getRange(1, 1, 1, 2).setValues([['a', 'b']]);
    sheet.appendRow(["'0812345678", "'=1+1"]);
    expect(sheet.getRange(2, 1, 1, 2).getValues()).toEqual([["'0812345678", "'=1+1"]]);
  });
});
