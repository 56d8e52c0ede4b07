/**
 * The picked-LAO form's sections (`sheets-schema/rsvp-form.ts`, `pickedLaoForm`): after page one's province
 * question, one section per province with a drop-down of its LAOs, then the person section. Made and kept up to
 * date in place by the same set-up as the rest of the form: a rerun with nothing changed only reads; new LAOs
 * change one drop-down's choices; a new province adds its section where it belongs. Never a second copy of a
 * section: everything is found by title.
 *
 * Branching as Apps Script does it: the province's choice goes to its section's page break
 * (`ListItem.createChoice(value, pageBreakItem)`), and each province section ends by going to the person section,
 * which is set on the page break that *follows* it (`PageBreakItem.setGoToPage` acts on the page before the break).
 * https://developers.google.com/apps-script/reference/forms/list-item#createChoice(String,PageBreakItem)
 * https://developers.google.com/apps-script/reference/forms/page-break-item#setGoToPage(PageBreakItem)
 */
import { RSVP_TITLES, type FormDefinition, type FormQuestion, type LaoSection } from '../sheets-schema/rsvp-form';
import { addQuestion, configureExisting } from './rsvp-form';
import type { Services } from './services';
import type { Choice, Form, Item, ItemRef, ListItem, PageBreakItem } from './google-services';

/** The typed-LAO questions of forms made before the LAO was picked: replaced by the sections. */
const REPLACED_TITLES: readonly string[] = [RSVP_TITLES.district, RSVP_TITLES.laoType, RSVP_TITLES.laoName, RSVP_TITLES.laoCode];

/**
 * New sections are not started after this much of an execution (Apps Script stops one at 6 minutes; what follows
 * the sections, their branches and the per-LAO links, takes about two more minutes at the high latencies). Everything is
 * found by title, so the next click goes on where this one stopped; the province question branches, and the form
 * is published, only once every section exists.
 */
export const SECTIONS_BUDGET_MS = 3 * 60 * 1000;

export interface SectionsOutcome {
  /** Every section exists and the branches are set; otherwise the next run continues. */
  complete: boolean;
  sectionsDone: number;
  sectionsTotal: number;
  sectionsAdded: number;
  /** Drop-downs whose choices changed (new or renamed LAOs). */
  choicesUpdated: number;
  /** Typed-LAO questions removed (their answers stay in the responses sheet). */
  removed: number;
  /** Whether the province question's branches were (re)written. */
  branchesSet: boolean;
  moved: number;
}

/**
 * `byTitle`: the form's items by title, as the caller read them (titles of sections, drop-downs and questions are
 * all distinct, so the title alone finds each; reading types too would double the calls).
 */
export function syncLaoSections(
  services: Services,
  form: Form,
  definition: FormDefinition,
  provinceList: ListItem,
  byTitle: ReadonlyMap<string, Item>,
  started: number,
): SectionsOutcome {
  const { formApp } = services;
  const sections = definition.laoSections ?? [];
  const person = definition.personSection!;
  const outcome: SectionsOutcome = {
    complete: false,
    sectionsDone: 0,
    sectionsTotal: sections.length,
    sectionsAdded: 0,
    choicesUpdated: 0,
    removed: 0,
    branchesSet: false,
    moved: 0,
  };
  for (const title of REPLACED_TITLES) {
    const item = byTitle.get(title);
    if (!item) continue;
    form.deleteItem(item);
    outcome.removed++;
  }
  const find = (title: string) => (REPLACED_TITLES.includes(title) ? undefined : byTitle.get(title));

  const pages = new Map<string, PageBreakItem>();
  // A page break made in this run continues by default: no need to ask it.
  const fresh = new Set<PageBreakItem>();
  const lists: ItemRef[] = [];
  for (const section of sections) {
    if (services.now().getTime() - started > SECTIONS_BUDGET_MS) return outcome;
    const foundBreak = find(section.sectionTitle);
    const pageBreak = foundBreak ? foundBreak.asPageBreakItem() : form.addPageBreakItem().setTitle(section.sectionTitle);
    if (!foundBreak) {
      outcome.sectionsAdded++;
      fresh.add(pageBreak);
    }
    pages.set(section.province, pageBreak);
    const foundList = find(section.title);
    if (foundList) {
      if (!sameValues(foundList.asListItem().getChoices(), section.choices)) {
        foundList.asListItem().setChoiceValues(section.choices);
        outcome.choicesUpdated++;
      }
      lists.push(foundList);
    } else {
      lists.push(addLaoList(form, section));
    }
    outcome.sectionsDone++;
  }

  const foundPersonBreak = find(person.title);
  const personBreak = foundPersonBreak ? foundPersonBreak.asPageBreakItem() : form.addPageBreakItem().setTitle(person.title);
  const personItems = person.questions.map((q) => personQuestion(services, form, q, find(q.title)));

  // Page one branches; each section but the last goes on to the person section (set on the next section's break).
  sections.forEach((section, k) => {
    const pageBreak = pages.get(section.province)!;
    if (k === 0) {
      if (!fresh.has(pageBreak) && pageBreak.getPageNavigationType() !== formApp.PageNavigationType.CONTINUE)
        pageBreak.setGoToPage(formApp.PageNavigationType.CONTINUE);
    } else if (fresh.has(pageBreak) || pageBreak.getGoToPage()?.getId() !== personBreak.getId()) {
      pageBreak.setGoToPage(personBreak);
    }
  });
  if (foundPersonBreak && personBreak.getPageNavigationType() !== formApp.PageNavigationType.CONTINUE)
    personBreak.setGoToPage(formApp.PageNavigationType.CONTINUE);
  const list = provinceList;
  const branches = list.getChoices().map((c) => `${c.getValue()}→${c.getGotoPage()?.getId() ?? ''}`);
  const wanted = sections.map((s) => `${s.province}→${pages.get(s.province)!.getId()}`);
  if (branches.join('\n') !== wanted.join('\n')) {
    list.setChoices(sections.map((s) => list.createChoice(s.province, pages.get(s.province)!)));
    outcome.branchesSet = true;
  }

  const order: ItemRef[] = [provinceList];
  sections.forEach((section, k) => order.push(pages.get(section.province)!, lists[k]!));
  order.push(personBreak, ...personItems);
  outcome.moved = putInOrder(form, order);
  outcome.complete = true;
  return outcome;
}

function addLaoList(form: Form, section: LaoSection): ItemRef {
  return form.addListItem().setTitle(section.title).setHelpText(section.helpText).setRequired(true).setChoiceValues(section.choices);
}

function personQuestion(services: Services, form: Form, q: FormQuestion, found: Item | undefined): ItemRef {
  if (found) {
    configureExisting(services, found, q);
    return found;
  }
  return addQuestion(form, q);
}

function sameValues(choices: Choice[], values: readonly string[]): boolean {
  return choices.length === values.length && choices.every((c, i) => c.getValue() === values[i]);
}

/**
 * Moves items so that `order` comes first, in that order (anything else, e.g. a question a coordinator added, stays
 * after them). Positions are tracked locally, so a form already in order costs one read and no move.
 */
function putInOrder(form: Form, order: readonly ItemRef[]): number {
  const ids = form.getItems().map((i) => i.getId());
  let moved = 0;
  order.forEach((item, index) => {
    const id = item.getId();
    if (ids[index] === id) return;
    form.moveItem(item, index);
    ids.splice(ids.indexOf(id), 1);
    ids.splice(index, 0, id);
    moved++;
  });
  return moved;
}

/** What a run changed in the sections, in Thai (nothing when nothing changed). */
export function describeSections(o: SectionsOutcome): string[] {
  const lines: string[] = [];
  if (!o.complete) {
    lines.push(
      `• สร้างส่วนเลือก อปท. แล้ว ${o.sectionsDone} จาก ${o.sectionsTotal} จังหวัด (ใช้เวลานาน จึงหยุดก่อนครบเวลา 6 นาทีของ Apps Script) กรุณาเลือกเมนูนี้อีกครั้งเพื่อทำต่อ แบบฟอร์มจะเผยแพร่เมื่อครบทุกจังหวัด`,
    );
  }
  if (o.sectionsAdded) lines.push(`• เพิ่มส่วนเลือก อปท. รายจังหวัด ${o.sectionsAdded} ส่วน (เลือกจังหวัดแล้วเลือก อปท. จากรายการ ไม่ต้องพิมพ์ชื่อ)`);
  if (o.choicesUpdated) lines.push(`• ปรับรายการ อปท. ตามทะเบียน ${o.choicesUpdated} จังหวัด`);
  if (o.removed) lines.push(`• ลบคำถามแบบพิมพ์ชื่อ อปท. ${o.removed} ข้อ (คำตอบเดิมยังอยู่ในแผ่นงานคำตอบ)`);
  return lines;
}
