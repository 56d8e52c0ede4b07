import { createFakeAppsScript } from './fake-apps-script';
import type { FakeCellImage } from './fake-cell-image';
import { LATENCY } from './latency';

const PNG_URL = 'data:image/png;base64,iVBORw0KGgo=';

describe('cell images in the fakes', () => {
  test('setValues places built images; getValues reads them back; clear removes them', () => {
    const fake = createFakeAppsScript();
    const app = fake.globals.SpreadsheetApp;
    const sheet = fake.spreadsheet.insertSheet('ภาพ');
    const image = app.newCellImage().setSourceUrl(PNG_URL).setAltTextTitle('QR').build();
    sheet.getRange(1, 1, 2, 1).setValues([[image], ['ข้อความ']]);
    const [[first], [second]] = sheet.getRange(1, 1, 2, 1).getValues() as unknown as [[FakeCellImage], [string]];
    expect(first.valueType).toBe('IMAGE');
    expect(first.sourceUrl).toBe(PNG_URL);
    expect(first.getAltTextTitle()).toBe('QR');
    expect(second).toBe('ข้อความ');
    expect(sheet.getLastRow()).toBe(2);
    sheet.clear();
    expect(sheet.getRange(1, 1).getValue()).toBe('');
    expect(sheet.getLastRow()).toBe(0);
  });

  test('an image without a usable source is refused when built', () => {
    const app = createFakeAppsScript().globals.SpreadsheetApp;
    expect(() => app.newCellImage().build()).toThrow(/Invalid image source URL/);
    expect(() => app.newCellImage().setSourceUrl('file:///tmp/qr.png').build()).toThrow(/Invalid image source URL/);
  });

  test('building is local; each placed image costs on top of the write', () => {
    const fake = createFakeAppsScript({ latency: LATENCY.typical });
    const app = fake.globals.SpreadsheetApp;
    const sheet = fake.counter.expose('Sheet', fake.spreadsheet.insertSheet('ภาพ'));
    const images = Array.from({ length: 10 }, () => [app.newCellImage().setSourceUrl(PNG_URL).build()]);
    const range = sheet.getRange(1, 1, 10, 1);
    const texts = sheet.getRange(1, 2, 10, 1);
    const before = fake.runtime.clockMs;
    texts.setValues(images.map(() => ['x']));
    const textWrite = fake.runtime.clockMs - before;
    range.setValues(images);
    const imageWrite = fake.runtime.clockMs - before - textWrite;
    expect(imageWrite - textWrite).toBeCloseTo(10 * LATENCY.typical.cellImageMs, 0);
  });
});
