/** The fakes' sharing and protection editors behave as Google documents them (see the URLs in fake-spreadsheet.ts). */
import { createFakeAppsScript } from './fake-apps-script';

function setUp() {
  const fake = createFakeAppsScript();
  const file = fake.spreadsheetApp.create('แบบกรอก');
  return { fake, file, sheet: file.getSheets()[0]! };
}

describe('fake spreadsheet editors and protections', () => {
  it('keeps the owner as an editor and refuses a bad address', () => {
    const { file } = setUp();
    file.addEditors(['a@example.com', 'b@example.com']);
    expect(file.getEditors().map((u) => u.getEmail())).toEqual(['admin@odloc.example', 'a@example.com', 'b@example.com']);
    expect(() => file.removeEditor('admin@odloc.example')).toThrow(/owner/);
    expect(() => file.addEditors(['not an address'])).toThrow(/Invalid email/);
    file.removeEditor('a@example.com');
    expect(file.canEdit('a@example.com')).toBe(false);
  });

  it('starts a range protection with the file’s editors and lets only file editors be added', () => {
    const { file, sheet } = setUp();
    file.addEditors(['lao@example.com', 'other@example.com']);
    const protection = sheet.getRange(2, 9, 5, 3).protect();
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(['admin@odloc.example', 'lao@example.com', 'other@example.com']);
    protection.removeEditors(['other@example.com']);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(['admin@odloc.example', 'lao@example.com']);
    expect(() => protection.addEditors(['stranger@example.com'])).toThrow(/not an editor/);
  });

  it('colours by text conditions only where a rule holds', () => {
    const { fake, sheet } = setUp();
    const rule = fake.spreadsheetApp
      .newConditionalFormatRule()
      .whenTextStartsWith('ต้องแก้ไข')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange(2, 12, 10, 1)])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(sheet.getConditionalFormatRules()[0]!.backgroundFor('ต้องแก้ไข: x')).toBe('#f4cccc');
    expect(sheet.getConditionalFormatRules()[0]!.backgroundFor('ผ่าน')).toBeNull();
    expect(() => fake.spreadsheetApp.newConditionalFormatRule().setBackground('#fff').build()).toThrow(/condition/);
  });
});
