import type { RegistryEntry } from '../../core/registry/types';
import { createRng } from '../../core/synth/random';
import { editDistance } from '../../core/match/edit-distance';
import { LAO_TYPE_LONG } from '../../core/vocabulary';
import { ANSWER_FORMS, answerProbeSection, probeAnswers } from './answer-probe';
import { krabiLao } from './test-registry';

const lao = krabiLao;

// คลองท่อมใต้ and คลองพน (อบต.) of คลองท่อม, ทต.นาดี and อบต.นาดี (twins), ดินอุดม of ลำทับ.
const REGISTRY: RegistryEntry[] = [
  lao('6810408', 'อบต.', 'คลองท่อมใต้', 'คลองท่อม'),
  lao('6810409', 'อบต.', 'คลองพน', 'คลองท่อม'),
  lao('6810401', 'อบต.', 'นาดี', 'คลองท่อม'),
  lao('5810401', 'เทศบาลตำบล', 'นาดี', 'คลองท่อม'),
  lao('6810602', 'อบต.', 'ดินอุดม', 'ลำทับ'),
  lao('5810601', 'เทศบาลตำบล', 'ลำทับ', 'ลำทับ'),
];

const form = (name: string) => ANSWER_FORMS.find((f) => f.name === name)!.answers;

describe('two mistakes in one response', () => {
  test('each combination makes the mistakes its name says, and leaves the rest right', () => {
    const rng = createRng(5);
    const [khlongthomtai] = REGISTRY;
    const drawn = { lao: khlongthomtai!, others: REGISTRY, provinces: ['กระบี่', 'ตรัง'], rng };
    for (let i = 0; i < 50; i++) {
      const district = form('a slip, another district stated')(drawn);
      expect(district.district).toBe('ลำทับ');
      expect(district.typeAnswer).toBe(LAO_TYPE_LONG['อบต.']);
      expect(editDistance(district.laoName, 'คลองท่อมใต้')).toBeGreaterThan(0);
      expect(editDistance(district.laoName, 'คลองท่อมใต้')).toBeLessThanOrEqual(2);
      expect(form('a slip, the other of อบต./ทต. chosen')(drawn)).toMatchObject({ district: 'คลองท่อม', typeAnswer: 'เทศบาลตำบล' });
      expect(form('a slip, no type, no district, its day chosen')(drawn)).toMatchObject({ district: '', typeAnswer: '', sessionTypes: ['อบต.'] });
      // Two edits, a swap of neighbours counted as two by the plain distance.
      expect(editDistance(form('two slips, no type, its day chosen')(drawn).laoName, 'คลองท่อมใต้')).toBeLessThanOrEqual(4);
      expect(form('exact, the other type and another district')(drawn)).toEqual({ district: 'ลำทับ', typeAnswer: 'เทศบาลตำบล', laoName: 'คลองท่อมใต้' });
      expect(form('a slip, the province after the name')(drawn).laoName).toMatch(/ กระบี่$/);
      // On a stream of its own here, so the slips above draw as before.
      expect(form('another province stated')({ ...drawn, rng: createRng(i) })).toEqual({
        province: 'ตรัง',
        district: 'คลองท่อม',
        typeAnswer: LAO_TYPE_LONG['อบต.'],
        laoName: 'คลองท่อมใต้',
      });
      expect(form("the district and the name in each other's box")(drawn)).toEqual({
        district: 'คลองท่อมใต้',
        typeAnswer: LAO_TYPE_LONG['อบต.'],
        laoName: 'คลองท่อม',
      });
      expect(form("the district and the name in each other's box, no type")(drawn)).toEqual({ district: 'คลองท่อมใต้', typeAnswer: '', laoName: 'คลองท่อม' });
      expect(form("the province and the district in each other's box")(drawn)).toEqual({
        province: 'คลองท่อม',
        district: 'กระบี่',
        typeAnswer: LAO_TYPE_LONG['อบต.'],
        laoName: 'คลองท่อมใต้',
      });
    }
  });

  test('every drawn response is counted once: right, named by the answers, wrong, or left for review', () => {
    const rows = probeAnswers(REGISTRY, { seed: 3, samples: 40 });
    expect(rows.map((r) => r.form)).toEqual(ANSWER_FORMS.map((f) => f.name));
    for (const row of rows) {
      expect(row.samples).toBe(40);
      for (const t of [row.ours, row.analyst]) expect(t.right + t.named + t.wrong).toBeLessThanOrEqual(40);
    }
    // The exact name with the other type chosen names the twin when there is one (นาดี): counted as named, not wrong.
    const exact = rows.find((r) => r.form === 'exact, the other type and another district')!;
    expect(exact.ours.right + exact.ours.named).toBeGreaterThan(0);
    const section = answerProbeSection(REGISTRY, { seed: 3, samples: 40 });
    expect(section.tables[0]!.rows).toHaveLength(ANSWER_FORMS.length);
  });
});
