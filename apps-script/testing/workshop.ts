/**
 * A small workshop set up on the fakes through the adapter's own actions (no build): a bound spreadsheet with a
 * registry and sessions imported, the form created, triggers installed, and the script's top-level functions
 * dispatched as main.ts binds them.
 */
import type { Grid } from '../../sheets-schema/cell';
import { pickedLaoTitle } from '../../sheets-schema/rsvp-picked-lao';
import * as app from '../app';
import type { Services } from '../services';
import { createFakeAppsScript, type FakeAppsScriptOptions } from './fake-apps-script';
import { typeInto } from './load-bundle';
import { fakeServices } from './services';

/** Real registry rows; เทศบาลตำบลแม่ระมาด and อบต.แม่ระมาด share a name in one district. */
export const REGISTRY: Grid = [
  ['code', 'type', 'name', 'province', 'district'],
  ['2630101', 'อบจ.', 'ตาก', 'ตาก', 'เมืองตาก'],
  ['5630403', 'เทศบาลตำบล', 'แม่ระมาด', 'ตาก', 'แม่ระมาด'],
  ['6630405', 'อบต.', 'แม่ระมาด', 'ตาก', 'แม่ระมาด'],
  ['6630404', 'อบต.', 'พระธาตุ', 'ตาก', 'แม่ระมาด'],
  ['6580305', 'อบต.', 'แม่นาเติง', 'แม่ฮ่องสอน', 'ปาย'],
];

export const SESSIONS: Grid = [
  ['รอบการประชุม', 'วันที่', 'เวลา', 'ประเภท อปท. ที่เข้าร่วม'],
  ['รอบที่ 1 (อบจ. เทศบาล)', '23/6/2569', '09:00-12:00 น.', 'อบจ., เทศบาล, เมืองพัทยา, กรุงเทพมหานคร'],
  ['รอบที่ 2 (อบต.)', '24/6/2569', '09:00-12:00 น.', 'อบต.'],
];

/**
 * Answers of นางสาวสมศรี มีสุข of เทศบาลตำบลแม่ระมาด, by question title: the LAO picked from ตาก's list on the
 * product's form, and typed (อำเภอ, ประเภท, ชื่อ) for forms that ask it that way.
 */
export const SOMSRI: Record<string, string> = {
  จังหวัด: 'ตาก',
  [pickedLaoTitle('ตาก')]: 'เทศบาลตำบลแม่ระมาด — อ.แม่ระมาด',
  อำเภอ: 'แม่ระมาด',
  'ประเภท อปท.': 'เทศบาลตำบล',
  'ชื่อ อปท.': 'ทต.แม่ระมาด',
  'ชื่อ-นามสกุล': 'นางสาวสมศรี มีสุข',
  ตำแหน่ง: 'นักวิเคราะห์นโยบายและแผน',
  โทรศัพท์มือถือ: '081-234-5678',
  อีเมล: 'somsri@example.com',
  รอบการประชุม: 'รอบที่ 1 (อบจ. เทศบาล)',
};

export function setUpWorkshop(options: FakeAppsScriptOptions & { now?: () => number; clock?: () => Date } = {}) {
  const fake = createFakeAppsScript(options);
  const services: Services = fakeServices(fake, options.clock);
  fake.setScript((handler, event) => {
    if (handler === 'onFormSubmit') return app.formSubmitted(services, event as GoogleAppsScript.Events.SheetsOnFormSubmit);
    if (handler === 'rebuildSummaries') return app.rebuildAction(services, event === undefined);
    if (handler === 'continueRebuild') return app.rebuildAction(services, false);
    throw new Error(`no handler ${handler}`);
  });
  const ss = fake.spreadsheet;
  typeInto(ss.insertSheet('ทะเบียน อปท.'), REGISTRY);
  typeInto(ss.insertSheet('รอบการประชุม'), SESSIONS);
  fake.env.runAs('interactive', () => {
    app.createRsvpFormAction(services);
    app.installTriggersAction(services);
  });
  const responses = ss.getSheets().find((s) => s.formUrl);
  if (!responses) throw new Error(`no form: ${fake.ui.alerts.at(-1)?.prompt}`);
  return { fake, services, ss, form: fake.onlyForm(), responses };
}
