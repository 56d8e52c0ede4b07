/**
 * In-memory FormApp: forms with list, multiple-choice and text items, prefilled links, and a responses
 * destination that behaves like Google's: linking creates a responses sheet headed `ประทับเวลา` + question titles
 * (Thai locale), each submission appends a row there and fires the spreadsheet's form-submit triggers.
 *
 * Who may respond, as Google documents it:
 * - Forms created through the API after 2026-06-30 start unpublished and take no responses until published
 *   (`Form.setPublished(true)`); an unpublished form does not accept responses whatever `isAcceptingResponses` was.
 *   https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms
 *   https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)
 *   https://developers.google.com/workspace/forms/api/reference/rest/v1/forms#publishstate
 * - Requiring sign-in limits responders to users of the owner's Workspace domain; consumer accounts cannot require
 *   it, and a domain administrator may make it the default.
 *   https://developers.google.com/apps-script/reference/forms/form#setRequireLogin(Boolean)
 * The refusal messages are paraphrased (Google does not document their wording).
 */
import type * as Google from '../google-services';
import { isExternal } from './account';
import type { FakeEnv } from './env';
import type { FakeSheet, FakeSpreadsheetApp } from './fake-spreadsheet';
import type { FakeScriptApp } from './fake-script';

export type ItemType = 'LIST' | 'MULTIPLE_CHOICE' | 'TEXT' | 'PARAGRAPH_TEXT' | 'PAGE_BREAK';
/**
 * Sections and branching, as the reference describes them:
 * - a page break starts a page (section); its go-to page is where the form goes after completing the page *before*
 *   it, when reached by linear progression (PageBreakItem.setGoToPage);
 *   https://developers.google.com/apps-script/reference/forms/page-break-item
 * - a choice of a list or multiple-choice item may navigate (createChoice(value, pageBreakItem | navigationType));
 *   "Choices that use page navigation cannot be combined in the same item with choices that do not use page
 *   navigation"; of several navigating answers on one page the last counts; navigation has no effect on the last
 *   page. https://developers.google.com/apps-script/reference/forms/page-navigation-type
 *   https://developers.google.com/apps-script/reference/forms/list-item#createChoice(String,PageBreakItem)
 * - answers on pages the respondent's path skipped are not submitted, and their required questions do not apply
 *   (what the web form does; whether FormResponse.submit() from a script drops them likewise is not documented).
 * Google documents no limit on the number of choices or items; none is modelled.
 */
export type PageNavigationType = 'CONTINUE' | 'GO_TO_PAGE' | 'RESTART' | 'SUBMIT';
const CHOICE_TYPES: readonly ItemType[] = ['LIST', 'MULTIPLE_CHOICE'];
export const TIMESTAMP_HEADER = 'ประทับเวลา';
/**
 * Google names the linked sheet in the owner's language: `การตอบกลับแบบฟอร์ม 1` (Thai, Sheets), `การตอบแบบฟอร์ม 1`
 * (Thai, older wording), `Form Responses 1` (English).
 */
export const RESPONSES_SHEET_PREFIXES = { th: 'การตอบกลับแบบฟอร์ม', thOld: 'การตอบแบบฟอร์ม', en: 'Form Responses' } as const;
/** API-created forms start unpublished from this day on (00:00 UTC; the announcement gives no time zone). */
export const UNPUBLISHED_BY_DEFAULT_FROM = Date.UTC(2026, 6, 1);

export class FakeChoice implements Google.Choice {
  constructor(
    env: FakeEnv,
    private readonly value: string,
    /** Null: a plain choice; a page break: GO_TO_PAGE; else a navigation type. */
    readonly navigation: FakeItem | PageNavigationType | null = null,
  ) {
    env.counter.expose('Choice', this);
  }
  getValue(): string {
    return this.value;
  }
  getGotoPage(): FakeItem | null {
    return typeof this.navigation === 'object' && this.navigation ? this.navigation.typed() : null;
  }
}

export class FakeItemResponse {
  constructor(
    env: FakeEnv,
    readonly item: FakeItem,
    readonly response: string,
  ) {
    env.counter.expose('ItemResponse', this);
  }
}

/** The raw item behind each typed view (FakeItem.typed). */
const rawItems = new WeakMap<object, FakeItem>();

/**
 * One class for every item type; methods a type lacks throw as calling a missing method would. Google hands out two
 * kinds of object for one item: `Form.getItems()` gives generic Items, which have `asListItem()` and the like, while
 * `addListItem()`, `asListItem()` and the rest give a ListItem (TextItem, PageBreakItem …), which has none of the
 * `as…Item` methods (https://developers.google.com/apps-script/reference/forms/list-item,
 * https://developers.google.com/apps-script/reference/forms/item). Those come out here as `typed()` views.
 */
export class FakeItem implements Google.Item, Google.TextItem, Google.ListItem, Google.MultipleChoiceItem, Google.PageBreakItem {
  private title = '';
  private helpText = '';
  private required = false;
  private choices: Array<{ value: string; navigation: FakeItem | PageNavigationType | null }> = [];
  /** A page break's go-to page (for the page before it); null: continue. */
  private goTo: FakeItem | PageNavigationType | null = null;
  /** Prefilled links use an entry number that is not the item id, as in Google Forms. */
  readonly entryId: number;

  private view: FakeItem | null = null;

  constructor(
    private readonly env: FakeEnv,
    readonly form: FakeForm,
    readonly id: number,
    readonly type: ItemType,
  ) {
    this.entryId = 1_000_000_000 + id * 7919;
    env.counter.expose('Item', this);
  }

  /** The item as its own type (a ListItem, a PageBreakItem …): every method but the `as…Item` casts. */
  typed(): FakeItem {
    if (this.view) return this.view;
    const view: FakeItem = new Proxy(this, {
      get: (target, prop) => {
        if (typeof prop === 'string' && /^as\w+Item$/.test(prop)) return undefined;
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof value !== 'function') return value;
        // Runs on the item itself; a chained setter hands back the view, so the chain stays typed.
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result === target ? view : result;
        };
      },
    });
    rawItems.set(view, this);
    this.env.counter.expose('Item', view);
    this.view = view;
    return view;
  }

  /** The item behind a value the script handed back (a typed view or the item itself). */
  static raw(item: FakeItem): FakeItem {
    return rawItems.get(item) ?? item;
  }

  getId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.form.itemList().indexOf(this);
  }
  getType(): ItemType {
    return this.type;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }
  isRequired(): boolean {
    if (this.type === 'PAGE_BREAK') throw new this.env.realm.Error('TypeError: isRequired is not a function');
    return this.required;
  }
  setRequired(required: boolean): this {
    if (this.type === 'PAGE_BREAK') throw new this.env.realm.Error('TypeError: setRequired is not a function');
    this.required = required;
    return this;
  }
  setChoiceValues(values: string[]): this {
    this.requireChoice('setChoiceValues');
    if (values.length === 0) this.env.fail('A choice item needs at least one choice.');
    this.choices = values.map((v) => ({ value: String(v), navigation: null }));
    return this;
  }
  /** A choice of this item; navigation to a page break of this form, or a navigation type. */
  createChoice(value: string): FakeChoice;
  createChoice(value: string, navigation: FakeItem | PageNavigationType): FakeChoice;
  createChoice(value: string, navigation?: FakeItem | PageNavigationType): FakeChoice {
    this.requireChoice('createChoice');
    if (navigation instanceof FakeItem && (navigation.type !== 'PAGE_BREAK' || navigation.form !== this.form)) this.env.fail('Invalid page break item.');
    const nav = navigation instanceof FakeItem ? FakeItem.raw(navigation) : typeof navigation === 'string' ? navigation : null;
    return new FakeChoice(this.env, String(value), nav);
  }
  setChoices(choices: FakeChoice[]): this {
    this.requireChoice('setChoices');
    if (choices.length === 0) this.env.fail('A choice item needs at least one choice.');
    const navigating = choices.filter((c) => c.navigation !== null).length;
    if (navigating !== 0 && navigating !== choices.length) {
      this.env.fail('Choices that use page navigation cannot be combined with choices that do not use page navigation.');
    }
    this.choices = choices.map((c) => ({ value: c.getValue(), navigation: c.navigation }));
    return this;
  }
  getChoices(): FakeChoice[] {
    this.requireChoice('getChoices');
    return this.choices.map((c) => new FakeChoice(this.env, c.value, c.navigation));
  }
  /** A choice item accepts only one of its choices. */
  createResponse(value: string): FakeItemResponse {
    const text = String(value);
    if (this.type === 'PAGE_BREAK') throw new this.env.realm.Error('TypeError: createResponse is not a function');
    if (CHOICE_TYPES.includes(this.type) && !this.choices.some((c) => c.value === text)) this.env.fail('Invalid response submitted to item.');
    return new FakeItemResponse(this.env, this, text);
  }
  /** Where the answer `value` of this item sends the respondent, if it navigates. */
  navigationOf(value: string): FakeItem | PageNavigationType | null {
    return this.choices.find((c) => c.value === value)?.navigation ?? null;
  }
  setGoToPage(target: FakeItem | PageNavigationType): this {
    this.cast('PAGE_BREAK', 'PageBreakItem');
    if (target instanceof FakeItem && (target.type !== 'PAGE_BREAK' || target.form !== this.form)) this.env.fail('Invalid page break item.');
    this.goTo = target === 'CONTINUE' ? null : target instanceof FakeItem ? FakeItem.raw(target) : target;
    return this;
  }
  getGoToPage(): FakeItem | null {
    this.cast('PAGE_BREAK', 'PageBreakItem');
    return typeof this.goTo === 'object' && this.goTo ? this.goTo.typed() : null;
  }
  getPageNavigationType(): PageNavigationType {
    this.cast('PAGE_BREAK', 'PageBreakItem');
    return this.goTo === null ? 'CONTINUE' : typeof this.goTo === 'string' ? this.goTo : 'GO_TO_PAGE';
  }
  asPageBreakItem(): this {
    return this.cast('PAGE_BREAK', 'PageBreakItem');
  }
  asListItem(): this {
    return this.cast('LIST', 'ListItem');
  }
  asMultipleChoiceItem(): this {
    return this.cast('MULTIPLE_CHOICE', 'MultipleChoiceItem');
  }
  asTextItem(): this {
    return this.cast('TEXT', 'TextItem');
  }

  private cast(type: ItemType, name: string): this {
    if (this.type !== type) this.env.fail(`Item with ID ${this.id} cannot be cast to ${name}.`);
    return this.typed() as this;
  }
  private requireChoice(method: string): void {
    if (!CHOICE_TYPES.includes(this.type)) throw new this.env.realm.Error(`TypeError: ${method} is not a function`);
  }
}

export class FakeFormResponse implements Google.FormResponse {
  private itemResponses: FakeItemResponse[] = [];
  private timestamp: Date | null = null;

  constructor(
    private readonly env: FakeEnv,
    private readonly form: FakeForm,
    private readonly respondentEmail: string,
  ) {
    env.counter.expose('FormResponse', this);
  }

  withItemResponse(response: FakeItemResponse): this {
    this.itemResponses = this.itemResponses.filter((r) => r.item !== response.item);
    this.itemResponses.push(response);
    return this;
  }
  getItemResponses(): FakeItemResponse[] {
    return [...this.itemResponses];
  }
  getTimestamp(): Date | null {
    return this.timestamp;
  }
  toPrefilledUrl(): string {
    const ordered = [...this.itemResponses].sort((a, b) => a.item.getIndex() - b.item.getIndex());
    const query = ordered.map((r) => `&entry.${r.item.entryId}=${encodeURIComponent(r.response).replace(/%20/g, '+')}`).join('');
    return `${this.form.getPublishedUrl()}?usp=pp_url${query}`;
  }
  submit(): this {
    // https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms
    if (!this.form.legacy && !this.form.isPublished()) this.env.fail('This form is not published and does not accept responses.');
    if (!this.form.isAcceptingResponses()) this.env.fail('This form is no longer accepting responses.');
    // Sign-in required: only the domain's users may respond; LAO staff answer anonymously from outside it.
    if (this.form.requiresLogin() && (!this.respondentEmail || isExternal(this.env.accountPolicy, this.respondentEmail))) {
      this.env.fail("You need permission: this form can only be viewed by users in the owner's organization.");
    }
    const visited = this.form.visitedItems(this.itemResponses);
    this.itemResponses = this.itemResponses.filter((r) => visited.has(r.item));
    const missing = [...visited].filter((i) => i.type !== 'PAGE_BREAK' && i.isRequired() && !this.itemResponses.some((r) => r.item === i));
    if (missing.length) this.env.fail(`Required question not answered: ${missing.map((i) => i.getTitle()).join(', ')}`);
    this.timestamp = this.env.date(this.env.now());
    this.form.record(this);
    return this;
  }
}

export class FakeForm implements Google.Form {
  private title: string;
  private description = '';
  private items: FakeItem[] = [];
  private nextItemId = 1;
  private confirmation = '';
  private destination: { type: 'SPREADSHEET'; id: string; sheet: FakeSheet } | null = null;
  private published: boolean;
  private accepting = true;
  private requireLogin: boolean;
  readonly publishedId: string;
  readonly responses: FakeFormResponse[] = [];
  /** The user who created it (Drive owner). */
  readonly owner: string;
  /** Shared with as editors (Form.addEditor); only they and the owner can open it. */
  readonly editors = new Set<string>();

  constructor(
    private readonly env: FakeEnv,
    private readonly apps: { spreadsheetApp: FakeSpreadsheetApp; scriptApp: FakeScriptApp; responsesSheetPrefix: () => string },
    readonly id: string,
    title: string,
  ) {
    this.title = title;
    this.publishedId = `1FAIpQL${id}`;
    this.published = env.now() < UNPUBLISHED_BY_DEFAULT_FROM;
    this.requireLogin = env.accountPolicy.kind === 'workspace' && env.accountPolicy.formsRequireLoginByDefault;
    this.owner = env.userEmail;
    env.counter.expose('Form', this);
  }

  /**
   * Test control: a legacy form (made before publish settings existed), which has no publish state: "Legacy forms
   * aren't supported because they don't have the publishSettings field" (the Forms API; Apps Script's wording is
   * paraphrased here). It takes responses as forms always did.
   * https://developers.google.com/workspace/forms/api/reference/rest/v1/forms/setPublishSettings
   */
  legacy = false;

  addEditor(emailAddress: string): this {
    this.editors.add(String(emailAddress).toLowerCase());
    return this;
  }

  isPublished(): boolean {
    if (this.legacy) this.env.fail('This operation is not supported for legacy forms.');
    return this.published;
  }
  setPublished(enabled: boolean): this {
    if (this.legacy) this.env.fail('This operation is not supported for legacy forms.');
    this.published = Boolean(enabled);
    return this;
  }
  /** An unpublished form never accepts responses ("If is_published is set to false, this field is forced to false"). */
  isAcceptingResponses(): boolean {
    return (this.legacy || this.published) && this.accepting;
  }
  setAcceptingResponses(enabled: boolean): this {
    this.accepting = Boolean(enabled);
    return this;
  }
  requiresLogin(): boolean {
    return this.requireLogin;
  }
  setRequireLogin(requireLogin: boolean): this {
    const account = this.env.accountPolicy;
    if (account.kind === 'consumer' && requireLogin) this.env.fail('Requiring sign-in is only available to Google Workspace users.');
    if (account.kind === 'workspace' && !requireLogin && account.formsExternalRespondersBlocked) {
      this.env.fail('Your organization does not allow forms to be shared with people outside it.');
    }
    this.requireLogin = Boolean(requireLogin);
    return this;
  }

  getId(): string {
    return this.id;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setDescription(description: string): this {
    this.description = description;
    return this;
  }
  setConfirmationMessage(message: string): this {
    this.confirmation = message;
    return this;
  }
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.publishedId}/viewform`;
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  addListItem(): FakeItem {
    return this.add('LIST');
  }
  addMultipleChoiceItem(): FakeItem {
    return this.add('MULTIPLE_CHOICE');
  }
  addTextItem(): FakeItem {
    return this.add('TEXT');
  }
  addPageBreakItem(): FakeItem {
    return this.add('PAGE_BREAK');
  }
  moveItem(moved: FakeItem, toIndex: number): FakeItem {
    const item = FakeItem.raw(moved);
    if (!this.items.includes(item) || toIndex < 0 || toIndex >= this.items.length) this.env.fail('Invalid item index.');
    this.items = this.items.filter((i) => i !== item);
    this.items.splice(toIndex, 0, item);
    return item;
  }
  getItems(type?: ItemType): FakeItem[] {
    return this.items.filter((i) => !type || i.type === type);
  }
  deleteItem(item: FakeItem): void {
    this.items = this.items.filter((i) => i !== FakeItem.raw(item));
  }
  /** Links the form to a spreadsheet: Google adds a new responses sheet headed by the question titles. */
  setDestination(type: 'SPREADSHEET', id: string): this {
    const spreadsheet = this.apps.spreadsheetApp.spreadsheets.get(id);
    if (type !== 'SPREADSHEET' || !spreadsheet) this.env.fail('Invalid destination.');
    const prefix = this.apps.responsesSheetPrefix();
    let n = 1;
    while (spreadsheet.getSheetByName(`${prefix} ${n}`)) n++;
    const sheet = spreadsheet.insertSheet(`${prefix} ${n}`, 0);
    sheet.formUrl = `https://docs.google.com/forms/d/${this.id}/viewform`;
    this.destination = { type, id, sheet };
    this.syncHeader();
    return this;
  }
  getDestinationId(): string | null {
    return this.destination?.id ?? null;
  }
  createResponse(): FakeFormResponse {
    return new FakeFormResponse(this.env, this, '');
  }
  getResponses(): FakeFormResponse[] {
    return [...this.responses];
  }

  // --- internals ---

  itemList(): FakeItem[] {
    return this.items;
  }
  /**
   * The items on the pages a respondent with these answers goes through: page by page from the first, following
   * the last navigating answer of a page, else the next page break's go-to page, else the next page.
   */
  visitedItems(responses: readonly FakeItemResponse[]): Set<FakeItem> {
    const pages: FakeItem[][] = [[]];
    for (const item of this.items) {
      if (item.type === 'PAGE_BREAK') pages.push([item]);
      else pages[pages.length - 1]!.push(item);
    }
    const pageOf = (pageBreak: FakeItem) => pages.findIndex((p) => p[0] === FakeItem.raw(pageBreak));
    const answer = new Map(responses.map((r) => [r.item, r.response]));
    const visited = new Set<FakeItem>();
    const seen = new Set<number>();
    let page = 0;
    while (page >= 0 && page < pages.length && !seen.has(page)) {
      seen.add(page);
      for (const item of pages[page]!) visited.add(item);
      if (page === pages.length - 1) break;
      let next: FakeItem | PageNavigationType | null = null;
      for (const item of pages[page]!) {
        const value = answer.get(item);
        const nav = value === undefined || !CHOICE_TYPES.includes(item.type) ? null : item.navigationOf(value);
        if (nav !== null) next = nav;
      }
      if (next === null) {
        const following = pages[page + 1]![0]!;
        next = following.getPageNavigationType() === 'CONTINUE' ? 'CONTINUE' : (following.getGoToPage() ?? following.getPageNavigationType());
      }
      if (next === 'SUBMIT' || next === 'RESTART') break;
      page = next === 'CONTINUE' ? page + 1 : pageOf(next as FakeItem);
    }
    return visited;
  }
  /** A submission: kept on the form, appended to the responses sheet, then form-submit triggers run. */
  record(response: FakeFormResponse): void {
    this.responses.push(response);
    if (!this.destination) return;
    const header = this.syncHeader();
    const answers = new Map(response.getItemResponses().map((r) => [r.item.getTitle(), r.response]));
    const row = header.map((title) => (title === TIMESTAMP_HEADER ? response.getTimestamp() : (answers.get(title) ?? '')));
    const sheet = this.destination.sheet;
    // Answers are typed-in values (`0812345678` arrives as the number 812345678), but never formulas.
    const typed = row.map((v) => (typeof v === 'string' && v.startsWith('=') ? `'${v}` : v));
    const rowNumber = sheet.getLastRow() + 1;
    if (rowNumber > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
    const range = sheet.getRange(rowNumber, 1, 1, row.length);
    range.getSheet().getRange(rowNumber, 1).setNumberFormat('d/m/yyyy, h:mm:ss');
    range.setValues([typed]);
    this.apps.scriptApp.fireFormSubmit(this.destination.id, range);
  }
  /** Header of the responses sheet; questions added after linking get new columns at the end. */
  private syncHeader(): string[] {
    const sheet = this.destination!.sheet;
    const lastColumn = sheet.getLastColumn();
    const header = lastColumn ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] as string[]).map(String) : [];
    // Page breaks are layout, not questions: no column.
    const questions = this.items.filter((i) => i.type !== 'PAGE_BREAK');
    const wanted = [TIMESTAMP_HEADER, ...questions.map((i) => i.getTitle())];
    const added = wanted.filter((t) => !header.includes(t));
    if (added.length) {
      if (header.length + added.length > sheet.getMaxColumns())
        sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length + added.length - sheet.getMaxColumns());
      const range = sheet.getRange(1, header.length + 1, 1, added.length);
      range.setNumberFormat('@');
      range.setValues([added]);
      header.push(...added);
    }
    return header;
  }
  private add(type: ItemType): FakeItem {
    const item = new FakeItem(this.env, this, this.nextItemId++, type);
    this.items.push(item);
    return item.typed();
  }
}

export class FakeFormApp implements Google.FormApp {
  readonly DestinationType = { SPREADSHEET: 'SPREADSHEET' } as const;
  readonly ItemType = { LIST: 'LIST', MULTIPLE_CHOICE: 'MULTIPLE_CHOICE', TEXT: 'TEXT', PARAGRAPH_TEXT: 'PARAGRAPH_TEXT', PAGE_BREAK: 'PAGE_BREAK' } as const;
  readonly PageNavigationType = { CONTINUE: 'CONTINUE', GO_TO_PAGE: 'GO_TO_PAGE', RESTART: 'RESTART', SUBMIT: 'SUBMIT' } as const;
  readonly forms = new Map<string, FakeForm>();
  /** Test control: the owner's language names the linked responses sheet. */
  responsesSheetPrefix: string = RESPONSES_SHEET_PREFIXES.th;

  constructor(
    private readonly env: FakeEnv,
    private readonly apps: { spreadsheetApp: FakeSpreadsheetApp; scriptApp: FakeScriptApp },
  ) {
    env.counter.expose('FormApp', this);
  }

  create(title: string): FakeForm {
    this.env.requireAuthorized('FormApp.create');
    const form = new FakeForm(this.env, { ...this.apps, responsesSheetPrefix: () => this.responsesSheetPrefix }, this.env.newId('form'), title);
    this.forms.set(form.id, form);
    return form;
  }
  openById(id: string): FakeForm {
    this.env.requireAuthorized('FormApp.openById');
    const form = this.forms.get(id);
    // One message for a deleted form and one not shared with this user, as Google gives.
    const user = this.env.userEmail;
    if (!form || (form.owner !== user && !form.editors.has(user))) {
      this.env.fail('No item with the given ID could be found, or you do not have permission to access it.');
    }
    return form;
  }
}
