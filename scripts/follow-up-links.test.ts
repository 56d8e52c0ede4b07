/** The cloud function's follow-up list and links sheets against Apps Script's: both runtimes' adapters, so here. */
import { Registry } from '../core/registry';
import { followUpLayout } from '../core/summary/follow-up';
import { REGISTRY } from '../core/summary/test-fixture';
import { rsvpLinksLayout } from '../apps-script/rsvp-form';
import { headers } from '../sheets-schema/define';
import type { PrefillTemplate } from '../core/rsvp/prefilled-links';
import { rsvpLinksSheet } from '../sheets-schema/rsvp-links';
import { storedValue } from '../sheets-schema/workbook';
import { readRegistrationLinks } from '../functions/registration-links';

const registry = new Registry(REGISTRY);
const template: PrefillTemplate = {
  base: 'https://docs.google.com/forms/d/e/FORM/viewform',
  entries: { province: 'entry.1', district: 'entry.2', laoType: 'entry.3', laoName: 'entry.4', laoCode: 'entry.5' },
  picked: { ตาก: { entry: 'entry.9', page: 3 } },
};

/** The links sheet as the Apps Script set-up writes it into the source spreadsheet, read back as a grid. */
function linksGrid(laos = registry.entries) {
  const layout = rsvpLinksLayout(template, laos);
  return [layout.columns.map((c) => c.header), ...layout.rows.map((row) => row.map((v) => storedValue(v)))];
}

describe('registration links for the cloud function', () => {
  test("the follow-up list from the listed links is the one Apps Script makes from the form's template", () => {
    const links = readRegistrationLinks(linksGrid()).links!;
    for (const province of registry.provinces()) {
      const laos = registry.inProvince(province);
      const input = { laos, registered: new Set([laos[0]!.code]), indicators: null, preamble: ['อปท. ที่ต้องติดตาม'] };
      const fromTemplate = followUpLayout({ ...input, prefill: template });
      const fromList = followUpLayout({ ...input, prefill: null, links: links.byCode });
      expect(fromList).toEqual(fromTemplate);
      // Not vacuous: the LAOs to chase do carry links.
      expect(fromList.rows.filter((r) => r[3]).every((r) => typeof r[6] === 'string' && r[6].startsWith(template.base))).toBe(true);
    }
  });

  test("each province gets its own LAOs' links sheet, as in the files Apps Script writes", () => {
    const links = readRegistrationLinks(linksGrid()).links!;
    const sheets = links.provinceSheets(registry);
    for (const province of registry.provinces()) {
      expect(sheets.get(province)).toEqual([rsvpLinksLayout(template, registry.inProvince(province))]);
    }
  });

  test('absent, empty or unreadable: no links; unreadable is said in Thai', () => {
    expect(readRegistrationLinks(undefined)).toEqual({ links: null });
    expect(readRegistrationLinks([headers(rsvpLinksSheet)])).toEqual({ links: null });
    const renamed = readRegistrationLinks([['จังหวัด', 'ลิงก์']]);
    expect(renamed.links).toBeNull();
    expect(renamed.warning).toContain(rsvpLinksSheet.name);
  });
});
