/**
 * Images in cells (SpreadsheetApp.newCellImage): built locally, placed by `Range.setValue(s)` like any value, read
 * back by `getValues` as the CellImage itself (https://developers.google.com/apps-script/reference/spreadsheet/cell-image:
 * "Then you can use Range.setValue(value) or Range.setValues(values) to add the image value to the cell"; its
 * `valueType` is `ValueType.IMAGE`). The builder (https://developers.google.com/apps-script/reference/spreadsheet/cell-image-builder)
 * takes a source URL; public scripts pass `data:image/png;base64,…` URLs, which the fake accepts with http(s).
 */
import type * as Google from '../google-services';
import type { FakeEnv } from './env';

export class FakeCellImage {
  readonly valueType = 'IMAGE';
  constructor(
    env: FakeEnv,
    /** The harness reads it back (tests decode the image); Google's getUrl is deprecated and often empty. */
    readonly sourceUrl: string,
    private readonly altTitle: string,
  ) {
    env.counter.expose('CellImage', this);
  }
  getAltTextTitle(): string {
    return this.altTitle;
  }
}

export class FakeCellImageBuilder implements Google.CellImageBuilder {
  readonly valueType = 'IMAGE';
  private url = '';
  private title = '';
  constructor(private readonly env: FakeEnv) {
    env.counter.expose('CellImageBuilder', this);
  }
  setSourceUrl(url: string): this {
    this.url = url;
    return this;
  }
  setAltTextTitle(title: string): this {
    this.title = title;
    return this;
  }
  /** Without a usable source Sheets has no image to place (message not documented; the fake's own). */
  build(): FakeCellImage {
    if (!/^(https?:\/\/|data:image\/(png|jpeg|gif);base64,)/.test(this.url)) this.env.fail(`Invalid image source URL: ${this.url.slice(0, 60)}`);
    return new FakeCellImage(this.env, this.url, this.title);
  }
}
