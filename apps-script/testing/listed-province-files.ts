/**
 * A bound spreadsheet as the QR step finds it after the form and the summary files exist, without making the form
 * (at national scale that alone takes two clicks): the registry and sessions typed in, the prefilled-link template
 * kept as สร้างแบบฟอร์มลงทะเบียน keeps it (a picked-LAO form: a drop-down and a section per province), and one
 * empty summary file per province listed in `ไฟล์สรุปรายจังหวัด`.
 */
import type { Grid } from '../../sheets-schema/cell';
import type { PrefillTemplate } from '../../core/rsvp/prefilled-links';
import { PREFILL_TEMPLATE_PROPERTY } from '../rsvp-form';
import type { FakeAppsScript } from './fake-apps-script';
import { typeInto } from './load-bundle';
import { SESSIONS } from './workshop';

export const FORM_BASE = 'https://docs.google.com/forms/d/e/1FAIpQLSdQRTEST/viewform';

export function listProvinceFiles(fake: FakeAppsScript, registry: Grid): string[] {
  const ss = fake.spreadsheet;
  typeInto(ss.insertSheet('ทะเบียน อปท.'), registry);
  typeInto(ss.insertSheet('รอบการประชุม'), SESSIONS);
  const provinces = [...new Set(registry.slice(1).map((r) => String(r[3])))].sort();
  const template: PrefillTemplate = {
    base: FORM_BASE,
    entries: { province: 'entry.1001' },
    picked: Object.fromEntries(provinces.map((p, i) => [p, { entry: `entry.${2000 + i}`, page: i + 1 }])),
  };
  fake.propertiesService.getScriptProperties().setProperty(PREFILL_TEMPLATE_PROPERTY, JSON.stringify(template));
  const files = provinces.map((p) => fake.spreadsheetApp.create(`สรุปจังหวัด${p}`));
  typeInto(ss.insertSheet('ไฟล์สรุปรายจังหวัด'), [
    ['จังหวัด', 'รหัสไฟล์', 'ลิงก์ไฟล์สรุป'],
    ...provinces.map((p, i) => [p, files[i]!.getId(), `https://docs.google.com/spreadsheets/d/${files[i]!.getId()}/edit`]),
  ]);
  return provinces;
}
