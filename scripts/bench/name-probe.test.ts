import { editDistance } from '../../core/match/edit-distance';
import type { RegistryEntry } from '../../core/registry/types';
import { createRng } from '../../core/synth/random';
import { nameProbeSection, probeNames, randomThaiEdit, resolvableAtDesk, soundAlikeSlip } from './name-probe';
import { krabiLao } from './test-registry';

const lao = krabiLao;

// Names of กระบี่'s LAOs, placed to make the desk's choices: นาดี and นาดา of one type and district are one slip apart.
const REGISTRY: RegistryEntry[] = [
  lao('6810401', 'อบต.', 'นาดี', 'คลองท่อม'),
  lao('6810402', 'อบต.', 'นาดา', 'คลองท่อม'),
  lao('5810401', 'เทศบาลตำบล', 'นาดี', 'คลองท่อม'),
  lao('6810501', 'อบต.', 'นาดู', 'ลำทับ'),
  lao('6810408', 'อบต.', 'คลองท่อมใต้', 'คลองท่อม'),
  lao('6810409', 'อบต.', 'คลองพน', 'คลองท่อม'),
  lao('6810601', 'อบต.', 'ลำทับ', 'ลำทับ'),
  lao('6810602', 'อบต.', 'ดินอุดม', 'ลำทับ'),
];

describe('LAO names with slips from outside noise models', () => {
  test('a person at a desk resolves a typed name with most of it left and nothing of its type in the district as near', () => {
    const [nadee, , , , khlongthom] = REGISTRY;
    expect(resolvableAtDesk(REGISTRY, khlongthom!, 'คลองท่อมไต้')).toBe(true);
    // The municipality นาดี is of another type: the type answer tells it apart.
    expect(resolvableAtDesk(REGISTRY, nadee!, 'นาดีย')).toBe(true);
    // นาด is one slip from นาดี and from นาดา, both SAOs of คลองท่อม: a person asks which.
    expect(resolvableAtDesk(REGISTRY, nadee!, 'นาด')).toBe(false);
    // นาดู is another LAO's name in the province (in ลำทับ): a reader takes it for that one.
    expect(resolvableAtDesk(REGISTRY, nadee!, 'นาดู')).toBe(false);
    // Slips may change a third of the characters, vowels and marks counted: two of ดินอุดม's seven, one of ลำทับ's five.
    const [, , , , , , lamthap, dinudom] = REGISTRY;
    expect(resolvableAtDesk(REGISTRY, dinudom!, 'ดินอุม')).toBe(true);
    expect(resolvableAtDesk(REGISTRY, dinudom!, 'ดนอุม')).toBe(true);
    expect(resolvableAtDesk(REGISTRY, lamthap!, 'ลำทบ')).toBe(true);
    expect(resolvableAtDesk(REGISTRY, lamthap!, 'ลทบ')).toBe(false);
  });

  test('a random edit is one insertion, deletion, substitution or swap of Thai characters', () => {
    const rng = createRng(11);
    const lengths = new Set<number>();
    for (let i = 0; i < 400; i++) {
      const typed = randomThaiEdit('คลองท่อมใต้', rng);
      expect(editDistance(typed, 'คลองท่อมใต้')).toBeLessThanOrEqual(1);
      expect(typed).toMatch(/^[\u0E01-\u0E4C]+$/);
      lengths.add([...typed].length);
    }
    expect(lengths).toEqual(new Set([10, 11, 12]));
  });

  test('a sound-alike slip puts one letter for another of its class in udom83 (the same sound)', () => {
    const rng = createRng(5);
    const name = [...'ศรีสะเกษ'];
    const replaced = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const typed = [...soundAlikeSlip(name.join(''), rng)];
      const at = name.flatMap((c, k) => (typed[k] === c ? [] : [k]));
      expect(typed).toHaveLength(name.length);
      expect(at).toHaveLength(1);
      const [from, to] = [name[at[0]!]!, typed[at[0]!]!];
      expect(['ซศษส', 'รลฬฤฦ'].some((sounds) => sounds.includes(from) && sounds.includes(to))).toBe(true);
      replaced.add(from);
    }
    // ก and the vowels have no other letter of their sound here; each of the rest is replaced some time.
    expect(replaced).toEqual(new Set(['ศ', 'ร', 'ส', 'ษ']));
    expect(soundAlikeSlip('กะเก', rng)).toBe('กะเก');
  });

  test('each model and number of slips draws its names; each method is right, wrong or silent on each', () => {
    const rows = probeNames(REGISTRY, { seed: 3, samples: 60 });
    expect(rows.map((r) => [r.model.split(' ')[0], r.slips])).toEqual([
      ['keyboard', 1],
      ['keyboard', 2],
      ['random', 1],
      ['random', 2],
      ['sound-alike', 1],
      ['sound-alike', 2],
    ]);
    for (const r of rows) {
      expect(r.samples).toBe(60);
      expect(r.ours.right + r.ours.wrong).toBeLessThanOrEqual(60);
      expect(r.analyst.right + r.analyst.wrong).toBeLessThanOrEqual(60);
    }
    // One slip in a name a person resolves, every other answer right: lao-minstd names the LAO and never another.
    for (const r of rows.filter((x) => x.slips === 1)) expect(r.ours).toEqual({ right: 60, wrong: 0 });
  });

  test('the section lists the six rows with percentages', () => {
    const section = nameProbeSection(REGISTRY, { seed: 3, samples: 20 });
    expect(section.tables[0]!.rows).toHaveLength(6);
    expect(section.tables[0]!.rows[0]!.slice(0, 4)).toEqual(['keyboard (nlpaug KeyboardAug, Kedmanee)', 1, 20, 100]);
  });
});
