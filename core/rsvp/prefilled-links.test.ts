/**
 * A response that came through an LAO's prefilled link (the QR card) names that LAO by its code: over DLA's real
 * registry (../shared/data/lao-registry.csv), every LAO's link, opened and submitted, is matched to that LAO and
 * never needs a person's review.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describeWithSharedData, sharedDataPath } from '../../scripts/testing/shared-data';
import type { Grid } from '../../sheets-schema/cell';
import { RSVP_TITLES } from '../../sheets-schema/rsvp-form';
import { PREFILLED, prefilledLink, type PrefillTemplate, type PrefilledKey } from './prefilled-links';
import { registryFromGrid, withBangkok } from '../registry/import';
import { Registry } from '../registry/index';
import type { RegistryEntry } from '../registry/types';
import { processResponses } from './pipeline';
import { laoDisplayName } from '../vocabulary';

describeWithSharedData('prefilled links over the real registry', ['lao-registry.csv'], () => {
  const imported = registryFromGrid(parse(readFileSync(sharedDataPath('lao-registry.csv'), 'utf8'), { bom: true }) as Grid);
  if (!imported.ok) throw new Error('registry did not import');
  const registry = new Registry(withBangkok(imported.entries));

  const TEMPLATE: PrefillTemplate = {
    base: 'https://docs.google.com/forms/d/e/1FAIpQLSdTEST/viewform',
    entries: { province: 'entry.1', district: 'entry.2', laoType: 'entry.3', laoName: 'entry.4', laoCode: 'entry.5' },
  };
  const PERSON = ['นางสาวสมศรี มีสุข', 'นักวิเคราะห์นโยบายและแผน'] as const;
  const HEADER = [
    'ประทับเวลา',
    ...PREFILLED.map((k) => RSVP_TITLES[k]),
    RSVP_TITLES.personName,
    RSVP_TITLES.position,
    RSVP_TITLES.phone,
    RSVP_TITLES.email,
    RSVP_TITLES.session,
  ];

  /** What the form shows in each prefilled question when the link is opened: its query, decoded as Google does. */
  function answersOf(link: string): Record<PrefilledKey, string> {
    const query = new URLSearchParams(link.split('?')[1]);
    return Object.fromEntries(PREFILLED.map((k) => [k, TEMPLATE.entries[k] ? (query.get(TEMPLATE.entries[k]!) ?? '') : ''])) as Record<PrefilledKey, string>;
  }

  /** A number written in Thai letters (ก for 0, ข for 1, …): a name holds no digit, so each person's surname differs so. */
  const thaiNumber = (n: number): string => [...String(n)].map((d) => 'กขคฆงจฉชซฌ'[Number(d)]).join('');

  /** One submission per LAO, each by a different person (so none is a duplicate of another). */
  function submit(answers: (entry: RegistryEntry) => Record<PrefilledKey, string>) {
    const rows = registry.entries.map((e, i) => [
      '10/6/2026, 9:00:00',
      ...PREFILLED.map((k) => answers(e)[k]),
      `${PERSON[0]}${thaiNumber(i)}`,
      PERSON[1],
      `08${String(10_000_000 + i)}`,
      `person${i}@example.com`,
      '',
    ]);
    const result = processResponses({ registry, sessions: [], grid: [HEADER, ...rows], now: new Date('2026-06-11T00:00:00Z') });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    return result.responses;
  }

  test("every LAO's link, submitted as opened, is ok and matched to that LAO", () => {
    const responses = submit((e) => answersOf(prefilledLink(TEMPLATE, e)));
    expect(responses).toHaveLength(7850);
    const wrong = responses.filter((r, i) => r.status !== 'ok' || r.laoCode !== registry.entries[i]!.code);
    expect(wrong.map((r) => [r.row, r.status, r.laoCode])).toEqual([]);
  });

  test('a link carrying only the code: the person picks province and type and types the name as they say it', () => {
    const codeOnly: PrefillTemplate = { base: TEMPLATE.base, entries: { laoCode: 'entry.5' } };
    const responses = submit((e) => ({
      ...answersOf(prefilledLink(codeOnly, e)),
      province: e.province,
      laoType: answersOf(prefilledLink(TEMPLATE, e)).laoType,
      laoName: laoDisplayName(e.type, e.name),
    }));
    const wrong = responses.filter((r, i) => r.status !== 'ok' || r.laoCode !== registry.entries[i]!.code);
    expect(wrong.map((r) => [r.row, r.status, r.laoCode])).toEqual([]);
  });
});
