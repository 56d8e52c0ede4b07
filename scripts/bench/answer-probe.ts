/**
 * Whole answers with two kinds of mistake at once, drawn from the real registry, matched by lao-minstd and by the
 * analyst baseline: the combinations a generator that draws each mistake on its own rarely makes, where a person at a
 * desk still reads the LAO (a name with a slip and the district wrong, the type wrong, or both left blank; the district
 * and the name, or the province and the district, swapped between their boxes; another province stated). The slip is the uniform random edit of name-probe.ts (an outside model,
 * not the generator's confusable letters). Printed, not asserted.
 *
 * A match to another LAO than the one drawn is counted apart when the answers name that LAO themselves: the name typed
 * is exactly its name, or it is the drawn LAO's twin (same name) of the type answered. The rest of the other matches
 * are wrong.
 */
import { matchLao } from '../../core/match/match-lao';
import { push } from '../../core/push';
import { buildMatchIndex } from '../../core/match/registry-index';
import type { LaoQuery } from '../../core/match/lao-answer';
import type { RegistryEntry } from '../../core/registry/types';
import { createRng, type Rng } from '../../core/synth/random';
import { compactKey } from '../../core/text/thai';
import { LAO_TYPE_LONG, type LaoType } from '../../core/vocabulary';
import { analystMatch } from './analyst';
import { randomThaiEdit } from './name-probe';
import { percent, type Section } from './report';

/** The types a workshop day is for, as the example sessions table has them: the SAOs' day, and the others'. */
const SAO_DAY: readonly LaoType[] = ['อบต.'];
const MUNICIPAL_DAY: readonly LaoType[] = ['อบจ.', 'เทศบาลนคร', 'เทศบาลเมือง', 'เทศบาลตำบล'];

interface Drawn {
  lao: RegistryEntry;
  /** The LAOs of the drawn LAO's province. */
  others: readonly RegistryEntry[];
  /** Every province of the registry. */
  provinces: readonly string[];
  rng: Rng;
}

/** The answers of one combination for a drawn LAO (the province right unless the combination answers it). */
type Form = (d: Drawn) => Omit<LaoQuery, 'province' | 'code'> & { province?: string };

const otherType = (lao: RegistryEntry): LaoType => (lao.type === 'อบต.' ? 'เทศบาลตำบล' : 'อบต.');
const dayOf = (lao: RegistryEntry): readonly LaoType[] => (lao.type === 'อบต.' ? SAO_DAY : MUNICIPAL_DAY);
const anotherProvince = ({ lao, provinces, rng }: Drawn): string => {
  const others = provinces.filter((p) => p !== lao.province);
  return others.length > 0 ? rng.pick(others) : lao.province;
};
const anotherDistrict = ({ lao, others, rng }: Drawn): string => {
  const districts = [...new Set(others.map((e) => e.district))].filter((d) => d !== lao.district);
  return districts.length > 0 ? rng.pick(districts) : lao.district;
};

export const ANSWER_FORMS: ReadonlyArray<{ name: string; answers: Form }> = [
  {
    name: 'a slip, another district stated',
    answers: (d) => ({ district: anotherDistrict(d), typeAnswer: LAO_TYPE_LONG[d.lao.type], laoName: randomThaiEdit(d.lao.name, d.rng) }),
  },
  {
    name: 'a slip, the other of อบต./ทต. chosen',
    answers: (d) => ({ district: d.lao.district, typeAnswer: LAO_TYPE_LONG[otherType(d.lao)], laoName: randomThaiEdit(d.lao.name, d.rng) }),
  },
  { name: 'a slip, no type, no district', answers: (d) => ({ district: '', typeAnswer: '', laoName: randomThaiEdit(d.lao.name, d.rng) }) },
  {
    name: 'a slip, no type, no district, its day chosen',
    answers: (d) => ({ district: '', typeAnswer: '', laoName: randomThaiEdit(d.lao.name, d.rng), sessionTypes: dayOf(d.lao) }),
  },
  {
    name: 'two slips, no type, its day chosen',
    answers: (d) => ({
      district: d.lao.district,
      typeAnswer: '',
      laoName: randomThaiEdit(randomThaiEdit(d.lao.name, d.rng), d.rng),
      sessionTypes: dayOf(d.lao),
    }),
  },
  {
    name: 'exact, the other type and another district',
    answers: (d) => ({ district: anotherDistrict(d), typeAnswer: LAO_TYPE_LONG[otherType(d.lao)], laoName: d.lao.name }),
  },
  // FEBRL's data-set generator swaps neighbouring address fields (dsgen/generate.py, field_swap_prob): here the district
  // and the LAO's name, each in the other's box.
  {
    name: "the district and the name in each other's box",
    answers: (d) => ({ district: d.lao.name, typeAnswer: LAO_TYPE_LONG[d.lao.type], laoName: d.lao.district }),
  },
  { name: "the district and the name in each other's box, no type", answers: (d) => ({ district: d.lao.name, typeAnswer: '', laoName: d.lao.district }) },
  {
    name: "the province and the district in each other's box",
    answers: (d) => ({ province: d.lao.district, district: d.lao.province, typeAnswer: LAO_TYPE_LONG[d.lao.type], laoName: d.lao.name }),
  },
  {
    name: "the province and the district in each other's box, no type",
    answers: (d) => ({ province: d.lao.district, district: d.lao.province, typeAnswer: '', laoName: d.lao.name }),
  },
  // FEBRL's generator also puts another value of a field's list in its place (val_swap_prob; 3 % of its state
  // field's modifications): here another province, the district and the name right.
  {
    name: 'another province stated',
    answers: (d) => ({ province: anotherProvince(d), district: d.lao.district, typeAnswer: LAO_TYPE_LONG[d.lao.type], laoName: d.lao.name }),
  },
  {
    name: 'another province stated, no type',
    answers: (d) => ({ province: anotherProvince(d), district: d.lao.district, typeAnswer: '', laoName: d.lao.name }),
  },
  {
    name: 'a slip, the province after the name',
    answers: (d) => ({ district: d.lao.district, typeAnswer: LAO_TYPE_LONG[d.lao.type], laoName: `${randomThaiEdit(d.lao.name, d.rng)} ${d.lao.province}` }),
  },
];

interface Tally {
  right: number;
  named: number;
  wrong: number;
}

interface ProbeRow {
  form: string;
  samples: number;
  ours: Tally;
  analyst: Tally;
}

/** `samples` SAOs and subdistrict municipalities per form, drawn from `registry` with `seed`. */
export function probeAnswers(registry: readonly RegistryEntry[], options: { seed: number; samples: number }): ProbeRow[] {
  const index = buildMatchIndex(registry);
  const laos = registry.filter((e) => e.type === 'อบต.' || e.type === 'เทศบาลตำบล');
  const byProvince = new Map<string, RegistryEntry[]>();
  for (const e of registry) push(byProvince, e.province, e);
  const provinces = [...byProvince.keys()];
  const byCode = new Map(registry.map((e) => [e.code, e]));
  return ANSWER_FORMS.map((form) => {
    const rng = createRng(`${options.seed}|${form.name}`);
    const drawn = Array.from({ length: options.samples }, () => {
      const lao = rng.pick(laos);
      return { lao, query: { province: lao.province, code: '', ...form.answers({ lao, others: byProvince.get(lao.province)!, provinces, rng }) } };
    });
    const analyst = analystMatch(
      registry,
      drawn.map(({ query }, order) => ({ ...query, laoType: query.typeAnswer, person: '', phone: '', email: '', order })),
    );
    const row: ProbeRow = { form: form.name, samples: drawn.length, ours: { right: 0, named: 0, wrong: 0 }, analyst: { right: 0, named: 0, wrong: 0 } };
    drawn.forEach(({ lao, query }, i) => {
      const match = matchLao(index, query);
      tally(row.ours, match.status === 'matched' ? match.entry : undefined, lao, query);
      tally(row.analyst, byCode.get(analyst[i] ?? ''), lao, query);
    });
    return row;
  });
}

/** Right, another LAO the answers name themselves, or wrong; nothing counted when left for review. */
function tally(count: Tally, got: RegistryEntry | undefined, truth: RegistryEntry, query: LaoQuery): void {
  if (!got) return;
  if (got === truth) count.right++;
  else if (answersName(got, truth, query)) count.named++;
  else count.wrong++;
}

function answersName(got: RegistryEntry, truth: RegistryEntry, query: LaoQuery): boolean {
  if (compactKey(query.laoName) === compactKey(got.name)) return true;
  return got.name === truth.name && LAO_TYPE_LONG[got.type] === query.typeAnswer;
}

export function answerProbeSection(registry: readonly RegistryEntry[], options: { seed: number; samples: number }): Section {
  const rows = probeAnswers(registry, options);
  return {
    id: 'answer-probe',
    title: 'Two mistakes in one response: a slip in the name with another answer wrong or blank (real registry)',
    metrics: [],
    tables: [
      {
        title: `${options.samples} SAOs and subdistrict municipalities per row: matched right, to an LAO the answers name, wrong (the rest left for review)`,
        columns: ['answers', 'lao-minstd right %', 'named %', 'wrong %', 'analyst right %', 'named %', 'wrong %'],
        rows: rows.map((r) => [
          r.form,
          percent(r.ours.right, r.samples),
          percent(r.ours.named, r.samples),
          percent(r.ours.wrong, r.samples),
          percent(r.analyst.right, r.samples),
          percent(r.analyst.named, r.samples),
          percent(r.analyst.wrong, r.samples),
        ]),
      },
    ],
    notes: [
      'Not every row is resolvable: a slip can make another LAO nearer than the one drawn. "Named": the answers name that other LAO themselves (the name typed is exactly its name, or it is the twin of the type answered). The slip is a uniform random edit (scripts/bench/answer-probe.ts).',
    ],
  };
}
