/**
 * Builds the workshop's Google Form from `sheets-schema/rsvp-form.ts` and links it to the bound spreadsheet, and
 * makes one prefilled registration link per LAO.
 */
import type { Registry } from '../core/registry/index';
import type { RegistryEntry } from '../core/registry/types';
import { compareThai } from '../core/summary/order';
import { RSVP_TITLES, type FormDefinition, type FormQuestion, type LaoSection } from '../sheets-schema/rsvp-form';
import { PREFILLED, prefilledLink, templateAnswers, type PrefillTemplate } from '../core/rsvp/prefilled-links';
import { rsvpLinksSheet } from '../sheets-schema/rsvp-links';
import { layoutFromDef, type SheetLayout } from '../sheets-schema/workbook';
import { openById } from './open-file';
import type { Services, Spreadsheet } from './services';
import { syncLaoSections, type SectionsOutcome } from './rsvp-sections';
import { requireSpreadsheetOwner } from './spreadsheet-owner';
import type { Form, Item, ItemRef, ListItem } from './google-services';

export const FORM_ID_PROPERTY = 'rsvpFormId';
export const PREFILL_TEMPLATE_PROPERTY = 'rsvpPrefillTemplate';
/** Choice questions with more choices than this are drop-downs (provinces); shorter ones are radio buttons. */
const DROPDOWN_ABOVE = 10;
const CONFIRMATION = 'ได้รับการลงทะเบียนของท่านแล้ว หากต้องการแก้ไขข้อมูล ให้ส่งแบบฟอร์มใหม่อีกครั้ง ระบบจะใช้ข้อมูลที่ส่งล่าสุด';

// The link building itself is pure (core/rsvp/prefilled-links.ts): the command line's QR cards make the same links.
export { prefilledLink, type PrefillTemplate };

/**
 * Creates the form (first time) or brings the existing one up to date (titles, help, required flags, choices such as
 * new sessions), never a second form: its id is kept in the script properties, and a form already linked to the
 * spreadsheet is adopted when the id was lost. A new form sends its responses to `spreadsheet`. Either way the form
 * is published and open to respondents outside the owner's domain where the account allows (see `openToResponders`).
 */
export function createOrUpdateRsvpForm(
  services: Services,
  spreadsheet: Spreadsheet,
  definition: FormDefinition,
): { form: Form; created: boolean; access: ResponderAccess; sections: SectionsOutcome | null } {
  const { formApp } = services;
  const started = services.now().getTime();
  const properties = services.propertiesService.getScriptProperties();
  const existing = findForm(services, spreadsheet, properties.getProperty(FORM_ID_PROPERTY));
  const form = existing ?? formApp.create(definition.title);
  // Kept at once: a run stopped before the end (the sections take minutes) goes on with this form next time.
  if (!existing) properties.setProperty(FORM_ID_PROPERTY, form.getId());
  form.setTitle(definition.title).setDescription(definition.description).setConfirmationMessage(CONFIRMATION);
  const byTitle = new Map(form.getItems().map((item) => [item.getTitle(), item]));
  // The province question as a ListItem: one just added is one already (Google's ListItem has no asListItem()).
  let provinceList: ListItem | undefined;
  for (const question of definition.questions) {
    const found = byTitle.get(question.title);
    if (found) configureExisting(services, found, question);
    if (question.branches) provinceList = found ? found.asListItem() : addBranchingQuestion(form, question);
    else if (!found) addQuestion(form, question);
  }
  const sections = definition.laoSections && provinceList ? syncLaoSections(services, form, definition, provinceList, byTitle, started) : null;
  if (!existing || !hasDestination(form)) form.setDestination(formApp.DestinationType.SPREADSHEET, spreadsheet.getId());
  if (properties.getProperty(FORM_ID_PROPERTY) !== form.getId()) properties.setProperty(FORM_ID_PROPERTY, form.getId());
  // A form whose sections are not all there yet is not opened to respondents (its province question has no branches).
  if (sections && !sections.complete) return { form, created: !existing, access: { ...readAccess(form), changes: [], problems: [] }, sections };
  return { form, created: !existing, access: openToResponders(form, !existing), sections };
}

/** Whether the form sends its responses anywhere (a form made by a run that stopped early may not yet). */
function hasDestination(form: Form): boolean {
  try {
    return Boolean(form.getDestinationId());
  } catch {
    return false;
  }
}

/**
 * The form by its kept id; a form that no longer exists is replaced, a transient error is thrown (a second form
 * would add a second responses sheet). Without an id, the form already linked to this spreadsheet, if any.
 */
function findForm(services: Services, spreadsheet: Spreadsheet, knownId: string | null): Form | null {
  if (knownId) {
    const opened = openById(services, 'แบบฟอร์มลงทะเบียน', knownId, (id) => services.formApp.openById(id));
    if (opened.status === 'open') return opened.file;
    // Google says "not found" alike for a deleted form and one not shared with this user.
    requireSpreadsheetOwner(
      services,
      spreadsheet,
      `บัญชีนี้เปิดแบบฟอร์มลงทะเบียนเดิมไม่ได้ (ถูกลบ หรือไม่ได้แชร์ให้) จึงไม่สร้างแบบฟอร์มใหม่ซ้ำ หรือขอให้เจ้าของแชร์แบบฟอร์มให้คุณเป็นผู้แก้ไข`,
    );
  }
  const linkedId = formIdOfUrl(spreadsheet.getFormUrl());
  if (!linkedId) return null;
  const opened = openById(services, 'แบบฟอร์มที่เชื่อมกับสเปรดชีตนี้', linkedId, (id) => services.formApp.openById(id));
  return opened.status === 'open' ? opened.file : null;
}

/** The form's id in a `…/forms/d/<id>/…` URL (not the `/forms/d/e/<published id>/` kind). */
export function formIdOfUrl(url: string | null): string | null {
  return (url && /\/forms\/d\/(?!e\/)([\w-]+)/.exec(url)?.[1]) || null;
}

/** Who may answer the form, after `openToResponders`; `changes` says what this run changed, in Thai. */
export interface ResponderAccess {
  published: boolean;
  accepting: boolean;
  /** Only signed-in users of the owner's Workspace domain may answer (which shuts out LAO staff). */
  domainOnly: boolean;
  changes: string[];
  /** What the owner must fix by hand, in Thai. */
  problems: string[];
}

/**
 * Publishes the form (API-created forms start unpublished after 2026-06-30 and take no responses), opens a new form
 * to responses, and lifts the Workspace "sign-in required" restriction where the domain allows it. A form the owner
 * closed on purpose stays closed: that is reported, not undone.
 */
export function openToResponders(form: Form, isNew: boolean): ResponderAccess {
  const changes: string[] = [];
  const problems: string[] = [];
  if (!publishedState(form)) {
    form.setPublished(true);
    changes.push('เผยแพร่แบบฟอร์มแล้ว (แบบฟอร์มที่สร้างด้วยสคริปต์จะยังไม่เผยแพร่จนกว่าจะสั่ง)');
  }
  if (!form.isAcceptingResponses()) {
    if (isNew) {
      form.setAcceptingResponses(true);
      changes.push('เปิดรับคำตอบแล้ว');
    } else {
      problems.push('แบบฟอร์มปิดรับคำตอบอยู่ หากต้องการเปิด: เปิดแบบฟอร์ม › แท็บ "การตอบกลับ" › เปิด "ยอมรับคำตอบ"');
    }
  }
  if (signInRequired(form)) {
    try {
      form.setRequireLogin(false);
      changes.push('ยกเลิกการจำกัดผู้ตอบเฉพาะผู้ใช้ในองค์กร เจ้าหน้าที่ อปท. ตอบได้โดยไม่ต้องลงชื่อเข้าใช้');
    } catch {
      problems.push(
        'องค์กรของบัญชีนี้ (Google Workspace) จำกัดให้ตอบแบบฟอร์มได้เฉพาะผู้ใช้ในองค์กร เจ้าหน้าที่ อปท. จะตอบไม่ได้: ' +
          'ขอให้ผู้ดูแล Google Workspace อนุญาตให้แชร์แบบฟอร์มกับผู้ใช้ภายนอก หรือสร้างแบบฟอร์มจากบัญชีที่ไม่จำกัด',
      );
    }
  }
  return { ...readAccess(form), changes, problems };
}

/** Who may answer now, read only (the health check). */
export function readAccess(form: Form): Pick<ResponderAccess, 'published' | 'accepting' | 'domainOnly'> {
  return { published: publishedState(form), accepting: form.isAcceptingResponses(), domainOnly: signInRequired(form) };
}

/**
 * A legacy form (made before publish settings existed) has no publish state, and the Forms API refuses publish
 * settings for it; such a form is published by nature, so an error here reads as "published".
 * https://developers.google.com/workspace/forms/api/reference/rest/v1/forms/setPublishSettings
 */
function publishedState(form: Form): boolean {
  try {
    return form.isPublished();
  } catch {
    return true;
  }
}

/** Sign-in can only be required on Workspace; an account where the call fails has no such restriction. */
function signInRequired(form: Form): boolean {
  try {
    return form.requiresLogin();
  } catch {
    return false;
  }
}

/** One Thai line on who may answer. */
export function describeResponders(access: Pick<ResponderAccess, 'published' | 'accepting' | 'domainOnly'>): string {
  if (!access.published) return 'ยังไม่เผยแพร่ ไม่มีใครตอบได้';
  if (!access.accepting) return 'เผยแพร่แล้ว แต่ปิดรับคำตอบ';
  return access.domainOnly ? 'เปิดรับคำตอบ เฉพาะผู้ใช้ที่ลงชื่อเข้าใช้ในองค์กรเดียวกับเจ้าของ' : 'เปิดรับคำตอบ ทุกคนที่มีลิงก์ตอบได้โดยไม่ต้องลงชื่อเข้าใช้';
}

export function addQuestion(form: Form, q: FormQuestion): ItemRef {
  if (q.kind === 'text') {
    return form.addTextItem().setTitle(q.title).setHelpText(q.helpText).setRequired(q.required);
  }
  const choices = q.choices ?? [];
  if (q.branches) return addBranchingQuestion(form, q);
  const item = choices.length > DROPDOWN_ABOVE ? form.addListItem() : form.addMultipleChoiceItem();
  return item.setTitle(q.title).setHelpText(q.helpText).setRequired(q.required).setChoiceValues(choices);
}

/** A branching question: its choices navigate to sections, so they are set with them (rsvp-sections.ts). */
function addBranchingQuestion(form: Form, q: FormQuestion): ListItem {
  return form.addListItem().setTitle(q.title).setHelpText(q.helpText).setRequired(q.required);
}

export function configureExisting(services: Services, item: Item, q: FormQuestion): void {
  const types = services.formApp.ItemType;
  const type = item.getType();
  if (type === types.TEXT) item.asTextItem().setHelpText(q.helpText).setRequired(q.required);
  else if (type === types.LIST && q.branches) item.asListItem().setHelpText(q.helpText).setRequired(q.required);
  else if (type === types.LIST)
    item
      .asListItem()
      .setHelpText(q.helpText)
      .setRequired(q.required)
      .setChoiceValues(q.choices ?? []);
  else if (type === types.MULTIPLE_CHOICE)
    item
      .asMultipleChoiceItem()
      .setHelpText(q.helpText)
      .setRequired(q.required)
      .setChoiceValues(q.choices ?? []);
}

/**
 * Entry numbers are not item ids, so they are read from one URL that Google makes (`toPrefilledUrl`) with a
 * recognisable answer per question: placeholders for text questions, a real choice for choice questions (which
 * accept nothing else). Every LAO's link is then built without calling Forms again.
 */
export function readPrefillTemplate(services: Services, form: Form, sample: RegistryEntry, sections: readonly LaoSection[] = []): PrefillTemplate {
  const types = services.formApp.ItemType;
  const byTitle = new Map(form.getItems().map((item) => [item.getTitle(), item]));
  const answers = templateAnswers(sample);
  const response = form.createResponse();
  // One answer per province drop-down (its first LAO), recognised by its item's place in the URL.
  for (const section of sections) {
    const item = byTitle.get(section.title);
    const first = section.choices[0];
    if (item && first !== undefined) response.withItemResponse(item.asListItem().createResponse(first));
  }
  for (const key of PREFILLED) {
    const item = byTitle.get(RSVP_TITLES[key]);
    const answer = answers[key];
    if (!item || !answer) continue;
    const type = item.getType();
    const itemResponse =
      type === types.LIST
        ? item.asListItem().createResponse(answer)
        : type === types.MULTIPLE_CHOICE
          ? item.asMultipleChoiceItem().createResponse(answer)
          : item.asTextItem().createResponse(answer);
    response.withItemResponse(itemResponse);
  }
  const [base = '', query = ''] = response.toPrefilledUrl().split('?');
  const entries: PrefillTemplate['entries'] = {};
  const picked: NonNullable<PrefillTemplate['picked']> = {};
  const pairs = query.split('&').map((pair) => {
    const [name = '', value = ''] = pair.split('=');
    return { name, value: decodeURIComponent(value.replace(/\+/g, ' ')), used: false };
  });
  // The URL lists answers in form order, as the sections are: two provinces whose first LAOs share a label are
  // told apart by that order.
  sections.forEach((section, k) => {
    const pair = pairs.find((p) => !p.used && p.name.startsWith('entry.') && p.value === section.choices[0]);
    if (!pair) return;
    pair.used = true;
    picked[section.province] = { entry: pair.name, page: k + 1 };
  });
  for (const { name, value, used } of pairs) {
    const key = PREFILLED.find((k) => answers[k] === value);
    if (!used && name.startsWith('entry.') && key) entries[key] = name;
  }
  return sections.length ? { base, entries, picked } : { base, entries };
}

/** Links for these LAOs, province, district, type and name in Thai order. */
export function rsvpLinksLayout(template: PrefillTemplate, laos: readonly RegistryEntry[]): SheetLayout {
  const sorted = [...laos].sort(
    (a, b) => compareThai(a.province, b.province) || compareThai(a.district, b.district) || compareThai(a.type, b.type) || compareThai(a.name, b.name),
  );
  return layoutFromDef(
    rsvpLinksSheet,
    sorted.map((e) => ({
      province: e.province,
      district: e.district,
      laoType: e.type,
      laoName: e.name,
      laoCode: e.code,
      link: prefilledLink(template, e),
    })),
  );
}

/** The template kept in the script properties (a few hundred bytes), so rebuilds can add links without Forms. */
export function savePrefillTemplate(services: Services, template: PrefillTemplate): void {
  services.propertiesService.getScriptProperties().setProperty(PREFILL_TEMPLATE_PROPERTY, JSON.stringify(template));
}

export function loadPrefillTemplate(services: Services): PrefillTemplate | null {
  const text = services.propertiesService.getScriptProperties().getProperty(PREFILL_TEMPLATE_PROPERTY);
  return text ? (JSON.parse(text) as PrefillTemplate) : null;
}

export function firstLao(registry: Registry): RegistryEntry | undefined {
  return registry.entries.find((e) => e.type !== 'กรุงเทพมหานคร') ?? registry.entries[0];
}
