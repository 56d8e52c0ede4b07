/**
 * The fuzzy blocking must never lose a candidate: every registry name within edit distance 2, or containing or
 * contained in the answer, must come out of nearNames. Checked against brute force on the real registry's
 * largest province (นครราชสีมา, 334 LAOs) with thousands of mistyped names.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'fs';
import type { Grid } from '../../sheets-schema/cell';
import { registryFromGrid } from '../registry/import';
import { compactKey } from '../text/thai';
import { editDistance } from './edit-distance';
import { nameKeys } from './name-keys';
import { MIN_CONTAINED, nearNames } from './near-names';
import { buildMatchIndex } from './registry-index';
import { describeWithSharedData, sharedDataPath } from '../../scripts/testing/shared-data';

const REGISTRY_CSV = sharedDataPath('lao-registry.csv');

// The whole file reads the registry; its body is left unindented to keep this wrapper a two-line change.
describeWithSharedData('nearNames over the real registry', ['lao-registry.csv'], () => {
  const imported = registryFromGrid(parse(readFileSync(REGISTRY_CSV, 'utf8'), { bom: true }) as Grid);
  if (!imported.ok) throw new Error('registry did not import');
  const province = buildMatchIndex(imported.entries).provinces.get('นครราชสีมา')!;

  let seed = 20260622;
  const next = (n: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  const LETTERS = Array.from('กขคงจชซดตทนบปผพฟมยรลวสหอาิีึืุูเแโใไ่้๊๋์ั็ำ');

  function mistype(text: string): string {
    const chars = Array.from(text);
    for (let edits = 1 + next(2); edits > 0; edits--) {
      const at = next(chars.length + 1);
      const kind = next(4);
      if (kind === 0 && chars.length > 1) chars.splice(Math.min(at, chars.length - 1), 1);
      else if (kind === 1) chars.splice(at, 0, LETTERS[next(LETTERS.length)]!);
      else if (kind === 2 && at < chars.length) chars[at] = LETTERS[next(LETTERS.length)]!;
      else if (at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
    }
    return chars.join('');
  }

  function bruteForce(answer: string): string[] {
    const length = Array.from(answer).length;
    return province.laos
      .filter((lao) => {
        const other = lao.name.slots.length;
        const [shorter, longer] = length < other ? [length, other] : [other, length];
        const contains = shorter >= MIN_CONTAINED && shorter * 2 >= longer && (answer.includes(lao.name.key) || lao.name.key.includes(answer));
        return editDistance(answer, lao.name.key, 2) <= 2 || contains;
      })
      .map((lao) => lao.entry.code);
  }

  test('nearNames finds every name a comparison level could fire for', () => {
    let checked = 0;
    for (let i = 0; i < 1000; i++) {
      const source = province.laos[next(province.laos.length)]!;
      const answer = compactKey(i % 10 === 0 ? `${source.name.key}${mistype('ใต้')}` : mistype(source.name.key));
      if (!answer) continue;
      const found = new Set(nearNames(province, nameKeys(answer)).map((l) => l.entry.code));
      const missing = bruteForce(answer).filter((code) => !found.has(code));
      expect([answer, missing]).toEqual([answer, []]);
      checked++;
    }
    expect(checked).toBeGreaterThan(950);
  });

  test('it is a filter, not the whole province', () => {
    const answer = 'โนนสูง';
    const found = nearNames(province, nameKeys(answer));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(province.laos.length / 10);
  });
});
