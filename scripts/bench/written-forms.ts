/**
 * The LAO's name written as people write it outside the form's own words, each way from a source that is not this
 * project's generator, with every other answer right (province, district, type): matched by lao-minstd and by the
 * analyst baseline. Printed, not asserted.
 *
 * The sources: the letter this project answers (../shared/seed) glues places to words (ศาลากลางจังหวัดตาก), types
 * องค้การ for องค์การ and addresses นายกองค้การบริหารส่วนจังหวัดตาก; Thai postal addresses write ต. อ. จ. before the
 * place names, and an address line puts the province in the district's box; iOS's Smart Punctuation types “ ” for "; a signature writes the post before the LAO (ปลัด…); and a
 * slip in the written-out type is name-probe.ts's uniform random edit.
 */
import { matchLao } from '../../core/match/match-lao';
import { buildMatchIndex } from '../../core/match/registry-index';
import type { RegistryEntry } from '../../core/registry/types';
import { createRng, type Rng } from '../../core/synth/random';
import { LAO_TYPE_LONG, type LaoType } from '../../core/vocabulary';
import { analystMatch } from './analyst';
import { randomThaiEdit, tally } from './name-probe';
import { percent, type Section } from './report';

/** A mayor's title names a municipality's level (นายกเทศมนตรีตำบล…); the other LAOs' heads are นายก + the type. */
const HEAD_OF: Partial<Record<LaoType, string>> = {
  เทศบาลตำบล: 'นายกเทศมนตรีตำบล',
  เทศบาลเมือง: 'นายกเทศมนตรีเมือง',
  เทศบาลนคร: 'นายกเทศมนตรีนคร',
};
const headOf = (lao: RegistryEntry): string => HEAD_OF[lao.type] ?? `นายก${LAO_TYPE_LONG[lao.type]}`;

/** How one way writes the LAO's name, and the district's box when it writes that differently. */
interface WrittenForm {
  name: string;
  write: (lao: RegistryEntry, rng: Rng) => string;
  district?: (lao: RegistryEntry) => string;
}

export const WRITTEN_FORMS: readonly WrittenForm[] = [
  {
    name: 'district and province glued to the name',
    write: (lao) => `${LAO_TYPE_LONG[lao.type]}${lao.name}อำเภอ${lao.district}จังหวัด${lao.province}`,
  },
  { name: 'as a postal address: ต. อ. จ.', write: (lao) => `ต.${lao.name} อ.${lao.district} จ.${lao.province}` },
  { name: "the letter's slip in the type (องค้การ)", write: (lao) => `${LAO_TYPE_LONG[lao.type].replace('องค์การ', 'องค้การ')}${lao.name}` },
  { name: 'a random slip in the written-out type', write: (lao, rng) => `${randomThaiEdit(LAO_TYPE_LONG[lao.type], rng)}${lao.name}` },
  { name: 'in curly quotes', write: (lao) => `“${lao.type}${lao.name}”` },
  { name: 'an addressee line: เรียน นายก…', write: (lao) => `เรียน ${headOf(lao)}${lao.name}` },
  { name: 'a signature: ปลัด + the type', write: (lao) => `ปลัด${LAO_TYPE_LONG[lao.type]}${lao.name}` },
  {
    name: 'the district box as an address line: อ. จ.',
    write: (lao) => `${lao.type}${lao.name}`,
    district: (lao) => `อ.${lao.district} จ.${lao.province}`,
  },
];

interface Tally {
  right: number;
  wrong: number;
}

interface FormRow {
  form: string;
  samples: number;
  ours: Tally;
  analyst: Tally;
}

/** `samples` LAOs of every type but Bangkok's and Pattaya's per way of writing, drawn from `registry` with `seed`. */
export function probeWrittenForms(registry: readonly RegistryEntry[], options: { seed: number; samples: number }): FormRow[] {
  const index = buildMatchIndex(registry);
  const laos = registry.filter((e) => e.type !== 'กรุงเทพมหานคร' && e.type !== 'ท้องถิ่นรูปแบบพิเศษ');
  return WRITTEN_FORMS.map((form) => {
    const rng = createRng(`${options.seed}|written|${form.name}`);
    const drawn = Array.from({ length: options.samples }, () => {
      const lao = rng.pick(laos);
      const district = form.district?.(lao) ?? lao.district;
      const query = { province: lao.province, district, typeAnswer: LAO_TYPE_LONG[lao.type], laoName: form.write(lao, rng), code: '' };
      return { lao, query };
    });
    const analyst = analystMatch(
      registry,
      drawn.map(({ query }, order) => ({ ...query, laoType: query.typeAnswer, person: '', phone: '', email: '', order })),
    );
    const row: FormRow = { form: form.name, samples: drawn.length, ours: { right: 0, wrong: 0 }, analyst: { right: 0, wrong: 0 } };
    drawn.forEach(({ lao, query }, i) => {
      const match = matchLao(index, query);
      tally(row.ours, match.status === 'matched' ? match.code : null, lao.code);
      tally(row.analyst, analyst[i] ?? null, lao.code);
    });
    return row;
  });
}

export function writtenFormsSection(registry: readonly RegistryEntry[], options: { seed: number; samples: number }): Section {
  const rows = probeWrittenForms(registry, options);
  return {
    id: 'written-forms',
    title: "The LAO's name written as letters, addresses and phones write it (real registry)",
    metrics: [],
    tables: [
      {
        title: `${options.samples} LAOs per row, every other answer right: matched right and wrong (the rest left for review)`,
        columns: ['written', 'lao-minstd right %', 'wrong %', 'analyst right %', 'wrong %'],
        rows: rows.map((r) => [
          r.form,
          percent(r.ours.right, r.samples),
          percent(r.ours.wrong, r.samples),
          percent(r.analyst.right, r.samples),
          percent(r.analyst.wrong, r.samples),
        ]),
      },
    ],
    notes: [
      "Each way of writing comes from a source outside the generator: the letter this project answers (places glued to words, องค้การ, นายก… as the addressee), Thai postal addresses and address lines, iOS's Smart Punctuation, a signature's post; the random slip is name-probe.ts's uniform edit (scripts/bench/written-forms.ts).",
    ],
  };
}
