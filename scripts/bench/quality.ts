/**
 * npm run bench:quality [-- --json --seed N | --seeds 2569-2578 --responses N --registry real|generated]
 *
 * LAO matching (correct, wrong, sent to review, resolvable ones resolved) and duplicates (pair precision, recall,
 * F1) for lao-minstd and the two baselines, on labelled responses generated from DLA's real registry when it is
 * beside the repository (../shared/data/lao-registry.csv), else from the demo registry; then the same per kind of
 * mistake, so weaknesses show; then LAO names with slips from outside noise models (name-probe.ts), and whole
 * answers with two mistakes at once, which a generator drawing each mistake alone rarely makes (answer-probe.ts), and
 * the LAO's name written as letters, addresses and phones write it (written-forms.ts), and a person's name written
 * another way in a second registration (person-forms.ts). With --seeds,
 * the targeted figures of each seed's data set, summed up over the seeds (across-seeds.ts): one seed is one draw of
 * the generator.
 */
import { parseArgs } from 'node:util';
import { withBangkok } from '../../core/registry/import';
import { processResponses } from '../../core/rsvp/pipeline';
import { MISTAKE_KINDS, type MistakeKind } from '../../core/synth/mistakes';
import type { GeneratedResponses } from '../../core/synth/responses';
import { analystDuplicates, analystMatch, type AnalystRow } from './analyst';
import { fingerprint, fingerprintLookup, keyCollision, sheetsLookup, sheetsRemoveDuplicates, sheetsTrim } from './baselines';
import { acrossSeedsSection, parseSeeds, type SeedRun } from './across-seeds';
import { BANGKOK_CODE, buildDataset } from './dataset';
import { answerProbeSection } from './answer-probe';
import { nameProbeSection } from './name-probe';
import { writtenFormsSection } from './written-forms';
import { personFormsSection } from './person-forms';
import { newReport, percent, printReport, type Metric, type Section, type TableCell } from './report';
import {
  countedLaoCodes,
  linkedPairs,
  pairsTouching,
  pairWhere,
  scorePairs,
  tallyMatching,
  truePairs,
  type MethodAnswers,
  type MatchTally,
  type PairScores,
} from './scoring';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      seed: { type: 'string' },
      seeds: { type: 'string' },
      responses: { type: 'string' },
      registry: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      [
        'npm run bench:quality [-- --seed N | --seeds 2569-2578 --responses N --registry real|generated --json]',
        '  LAO matching and duplicate finding of lao-minstd against Google Sheets and OpenRefine baselines,',
        '  on generated responses whose true answers are known (registry: ../shared/data when present).',
        '  --seeds: each seed its own data set; the targeted figures summed up over them.',
      ].join('\n'),
    );
    return;
  }
  const options = { responses: Number(values.responses ?? 30_000), registry: values.registry === 'generated' ? ('generated' as const) : ('real' as const) };
  if (values.seeds) {
    const runs: SeedRun[] = [];
    for (const seed of parseSeeds(values.seeds)) {
      console.error(`seed ${seed} ...`);
      runs.push({ seed, sections: (await evaluate(seed, options)).sections });
    }
    const report = newReport('quality', { seeds: values.seeds, responses: options.responses });
    report.sections.push(acrossSeedsSection(runs));
    printReport(report, Boolean(values.json));
    return;
  }
  const { dataset, sections } = await evaluate(Number(values.seed ?? 2569), options);
  const report = newReport('quality', dataset);
  report.sections.push(...sections);
  printReport(report, Boolean(values.json));
}

/** One seed's data set: lao-minstd and the baselines on it, as the report's sections. */
async function evaluate(
  seed: number,
  options: { responses: number; registry: 'real' | 'generated' },
): Promise<{ dataset: Record<string, string | number>; sections: Section[] }> {
  const dataset = await buildDataset({ seed, responses: options.responses, registry: options.registry, indicators: false });
  const { responses } = dataset;
  const registry = withBangkok(dataset.registry, BANGKOK_CODE);

  const started = performance.now();
  const { answers: ours, flaggedWith } = laoMinstd(responses, registry, dataset.sessions);
  const oursMs = performance.now() - started;
  const methods = [ours, sheetsBaseline(responses, registry), openRefineBaseline(responses, registry), analystBaseline(responses, registry)];

  const actualPairs = truePairs(responses.truth);
  const tallies = methods.map((m) => tallyMatching(responses.truth, countedLaoCodes(m)));
  const pairScores = methods.map((m) => scorePairs(actualPairs, linkedPairs(m.duplicateOf)));
  // Dedupe compares people within one matched LAO: its recall over the pairs it could see, apart from matching.
  const bothMatched = pairWhere((a, b) => ours.laoCodes[a] != null && ours.laoCodes[b] != null);
  const oursMatchedPairs = scorePairs(actualPairs, linkedPairs(ours.duplicateOf), bothMatched);
  const oursOnResolvable = tallyMatching(responses.truth, countedLaoCodes(ours), (i) => responses.truth[i]!.resolvable);
  // Pairs only pointed out for review (possible_duplicate): not detections; scored apart from the found ones.
  const found = linkedPairs(ours.duplicateOf);
  const flagged = scorePairs(actualPairs, linkedPairs(flaggedWith), (pair) => !found.has(pair));
  return {
    dataset: {
      registry: dataset.registrySource,
      laos: dataset.registry.length,
      responses: responses.rows.length,
      people: new Set(responses.truth.map((t) => t.personId).filter(Boolean)).size,
      seed,
    },
    sections: [
      matchingSection(methods, tallies, oursOnResolvable),
      duplicatesSection(methods, pairScores, oursMatchedPairs, flagged, oursMs),
      leadSection(methods, tallies, pairScores),
      byMistakeSection(methods, responses, actualPairs),
      nameProbeSection(dataset.registry, { seed, samples: 1000 }),
      answerProbeSection(dataset.registry, { seed, samples: 1000 }),
      writtenFormsSection(dataset.registry, { seed, samples: 1000 }),
      personFormsSection({ seed, samples: 1000 }),
    ],
  };
}

/**
 * lao-minstd: the RSVP pipeline as the main job runs it; besides its answers, the response each one is pointed to
 * for review as a possible duplicate (`possible_duplicate`), by index.
 */
function laoMinstd(
  responses: GeneratedResponses,
  registry: Parameters<typeof processResponses>[0]['registry'],
  sessions: Parameters<typeof processResponses>[0]['sessions'],
): { answers: MethodAnswers; flaggedWith: Array<number | null> } {
  const result = processResponses({ registry, sessions, grid: [responses.header, ...responses.rows] });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  const byRow = new Map(result.responses.map((r) => [r.row, r]));
  const index = (row: number | null | undefined) => (row ? row - 1 : null);
  return {
    answers: {
      name: 'lao-minstd',
      laoCodes: responses.truth.map((t) => byRow.get(t.row)?.laoCode ?? null),
      duplicateOf: responses.truth.map((t) => index(byRow.get(t.row)?.duplicateOf)),
    },
    flaggedWith: responses.truth.map((t) => index(byRow.get(t.row)?.reasons.find((r) => r.code === 'possible_duplicate')?.otherRow)),
  };
}

function column(responses: GeneratedResponses, header: string): string[] {
  const at = responses.header.indexOf(header);
  return responses.rows.map((r) => (at >= 0 ? (r[at] ?? '') : ''));
}

/** Google Sheets: Trim whitespace on every column, Remove duplicates on name + phone + e-mail, VLOOKUP on province + name. */
function sheetsBaseline(responses: GeneratedResponses, registry: Parameters<typeof sheetsLookup>[0]): MethodAnswers {
  const [province, name, person, phone, email] = ['จังหวัด', 'ชื่อ อปท.', 'ชื่อ-นามสกุล', 'โทรศัพท์มือถือ', 'อีเมล'].map((h) => column(responses, h).map(sheetsTrim)) as [
    string[],
    string[],
    string[],
    string[],
    string[],
  ];
  const lookup = sheetsLookup(registry);
  return {
    name: 'Google Sheets (trim, remove duplicates, VLOOKUP)',
    laoCodes: responses.rows.map((_, i) => lookup(province[i]!, name[i]!)?.code ?? null),
    duplicateOf: sheetsRemoveDuplicates(responses.rows.map((_, i) => [person[i]!, phone[i]!, email[i]!])),
  };
}

/** OpenRefine: fingerprint key collision on name + phone + e-mail (one joined column), and on province + LAO name against the registry. */
function openRefineBaseline(responses: GeneratedResponses, registry: Parameters<typeof fingerprintLookup>[0]): MethodAnswers {
  const [province, name, person, phone, email] = ['จังหวัด', 'ชื่อ อปท.', 'ชื่อ-นามสกุล', 'โทรศัพท์มือถือ', 'อีเมล'].map((h) => column(responses, h)) as [
    string[],
    string[],
    string[],
    string[],
    string[],
  ];
  const lookup = fingerprintLookup(registry);
  return {
    name: 'OpenRefine (fingerprint key collision)',
    laoCodes: responses.rows.map((_, i) => {
      const found = lookup(province[i]!, name[i]!);
      return found.length === 1 ? found[0]!.code : null;
    }),
    duplicateOf: keyCollision(responses.rows.map((_, i) => fingerprint(`${person[i]} ${phone[i]} ${email[i]}`))),
  };
}

/** The analyst's script (pandas + RapidFuzz, see analyst.ts). */
function analystBaseline(responses: GeneratedResponses, registry: Parameters<typeof analystMatch>[0]): MethodAnswers {
  const [province, district, laoType, laoName, person, phone, email] = ['จังหวัด', 'อำเภอ', 'ประเภท อปท.', 'ชื่อ อปท.', 'ชื่อ-นามสกุล', 'โทรศัพท์มือถือ', 'อีเมล'].map(
    (h) => column(responses, h),
  ) as string[][];
  // Rows are in submission order (Forms appends them), which is what sorting by the timestamp column gives.
  const rows: AnalystRow[] = responses.rows.map((_, i) => ({
    province: province![i]!,
    district: district![i]!,
    laoType: laoType![i]!,
    laoName: laoName![i]!,
    person: person![i]!,
    phone: phone![i]!,
    email: email![i]!,
    order: i,
  }));
  const laoCodes = analystMatch(registry, rows);
  return { name: 'Analyst script (pandas + RapidFuzz ratio)', laoCodes, duplicateOf: analystDuplicates(rows, laoCodes) };
}

function matchingSection(methods: MethodAnswers[], tallies: MatchTally[], oursOnResolvable: MatchTally): Section {
  const ours = tallies[0]!;
  const metrics: Metric[] = [
    {
      id: 'lao_matching.wrong_pct',
      label: 'lao-minstd: wrong LAO assigned',
      value: percent(ours.wrong, ours.responses),
      unit: '%',
      target: { op: '<=', value: 0.1 },
    },
    {
      id: 'lao_matching.wrong_resolvable_pct',
      label: 'lao-minstd: wrong LAO among resolvable responses',
      value: percent(oursOnResolvable.wrong, oursOnResolvable.responses),
      unit: '%',
      target: { op: '<=', value: 0.1 },
    },
    {
      id: 'lao_matching.resolvable_resolved_pct',
      label: 'lao-minstd: resolvable by a person → resolved automatically',
      value: percent(ours.resolvableResolved, ours.resolvable),
      unit: '%',
      target: { op: '>=', value: 99 },
    },
  ];
  return {
    id: 'lao-matching',
    title: 'LAO matching',
    metrics,
    tables: [
      {
        title: 'Every response (correct = the true LAO, or nothing for a hopeless row; review = left for a person)',
        columns: ['method', 'responses', 'correct %', 'wrong %', 'review %', 'resolvable', 'resolvable resolved %'],
        rows: methods.map((m, i) => {
          const t = tallies[i]!;
          return [
            m.name,
            t.responses,
            percent(t.correct, t.responses),
            percent(t.wrong, t.responses),
            percent(t.review, t.responses),
            t.resolvable,
            percent(t.resolvableResolved, t.resolvable),
          ];
        }),
      },
    ],
    notes: [
      "A response a method marks as a duplicate counts with the LAO of the response it points to (the one kept), where the person is counted: the same LAO for a duplicate within one LAO, the later LAO for a registration replaced by one for another LAO (a correction: the generator's resubmit_lao_changed).",
      'Resolvable: the answers that are right single out the LAO and no wrong answer points to another one (core/synth/resolvable.ts). A response that is not resolvable may still be matched "wrong" by any method: e.g. an SAO officer who picks เทศบาลตำบล where a subdistrict municipality of the same name exists gives the answers of that municipality.',
      'Google Sheets: VLOOKUP of trimmed province + LAO name, exact and case-insensitive, first registry row wins. OpenRefine: fingerprint of province and name; one colliding LAO is a match, several go to review.',
    ],
  };
}

function duplicatesSection(methods: MethodAnswers[], scores: PairScores[], oursMatched: PairScores, flagged: PairScores, oursMs: number): Section {
  const ours = scores[0]!;
  const best = (pick: (s: PairScores) => number | null) => Math.max(...scores.slice(1).map((s) => pick(s) ?? 0));
  const metrics: Metric[] = [
    { id: 'duplicates.precision', label: 'lao-minstd: pair precision', value: ours.precision, unit: '', target: { op: '>=', value: 0.995 } },
    { id: 'duplicates.recall', label: 'lao-minstd: pair recall', value: ours.recall, unit: '', target: { op: '>=', value: 0.995 } },
    {
      id: 'duplicates.recall_matched',
      label: 'lao-minstd: pair recall where both responses were matched to an LAO',
      value: oursMatched.recall,
      unit: '',
    },
    {
      id: 'duplicates.flagged_pairs',
      label: 'lao-minstd: true pairs not found but flagged for review (possible_duplicate; not counted above)',
      value: flagged.found,
      unit: 'pairs',
    },
    { id: 'duplicates.flagged_precision', label: 'lao-minstd: flagged pairs that are the same person', value: flagged.precision, unit: '' },
    {
      id: 'duplicates.missed_pairs',
      label: 'lao-minstd: true pairs neither found nor flagged',
      value: ours.truePairs - ours.found - flagged.found,
      unit: 'pairs',
    },
    {
      id: 'duplicates.f1_lead',
      label: 'lao-minstd F1 minus the best baseline F1',
      value: ours.f1 === null ? null : ours.f1 - best((s) => s.f1),
      unit: '',
      target: { op: '>=', value: 0 },
    },
    { id: 'pipeline.ms', label: 'lao-minstd pipeline time (check, match, dedupe; in-memory grid)', value: oursMs, unit: 'ms' },
  ];
  return {
    id: 'duplicates',
    title: 'Duplicates (pairs of responses by the same person)',
    metrics,
    tables: [
      {
        title: '',
        columns: ['method', 'true pairs', 'predicted pairs', 'found', 'precision', 'recall', 'F1'],
        rows: methods.map((m, i) => {
          const s = scores[i]!;
          return [m.name, s.truePairs, s.predictedPairs, s.found, s.precision, s.recall, s.f1];
        }),
      },
    ],
    notes: [
      'Baselines compare name + phone + e-mail; lao-minstd compares people within one matched LAO (its pairs are the groups its duplicate links form), and joins an unmatched response to a person who surely registered for one LAO that fits its answers.',
      "Flagged for review: two unmatched responses with the same answers and name but no mobile or e-mail in common (with one, the earlier is a duplicate of the latest, which stays unmatched), or a later unclear response whose answers fit another LAO better than the person's registration. They stay in review, so they count as missed in recall and F1. Test rows (e.g. ทดสอบ with a gibberish LAO) have no person in the truth, so a flag between two of them counts as wrong.",
    ],
  };
}

/**
 * lao-minstd against the best baseline on every figure (done when each lead is >= 0): matching correct % and
 * resolvable resolved % (higher is better), wrong % (lower is better), duplicate precision, recall and F1.
 */
function leadSection(methods: MethodAnswers[], tallies: MatchTally[], scores: PairScores[]): Section {
  const figures: Array<{ id: string; label: string; of: (i: number) => number; higherIsBetter: boolean }> = [
    { id: 'correct_pct', label: 'matching: correct %', of: (i) => percent(tallies[i]!.correct, tallies[i]!.responses) ?? 0, higherIsBetter: true },
    { id: 'wrong_pct', label: 'matching: wrong %', of: (i) => percent(tallies[i]!.wrong, tallies[i]!.responses) ?? 0, higherIsBetter: false },
    {
      id: 'resolvable_pct',
      label: 'matching: resolvable resolved %',
      of: (i) => percent(tallies[i]!.resolvableResolved, tallies[i]!.resolvable) ?? 0,
      higherIsBetter: true,
    },
    { id: 'dup_precision', label: 'duplicates: pair precision', of: (i) => scores[i]!.precision ?? 0, higherIsBetter: true },
    { id: 'dup_recall', label: 'duplicates: pair recall', of: (i) => scores[i]!.recall ?? 0, higherIsBetter: true },
    { id: 'dup_f1', label: 'duplicates: F1', of: (i) => scores[i]!.f1 ?? 0, higherIsBetter: true },
  ];
  const others = methods.map((_, i) => i).slice(1);
  const metrics: Metric[] = figures.map((f) => {
    const best = f.higherIsBetter ? Math.max(...others.map(f.of)) : Math.min(...others.map(f.of));
    const lead = f.higherIsBetter ? f.of(0) - best : best - f.of(0);
    return { id: `lead.${f.id}`, label: `lao-minstd lead over the best baseline, ${f.label}`, value: lead, unit: '', target: { op: '>=', value: 0 } };
  });
  return {
    id: 'lead',
    title: 'Ahead of every baseline on every figure?',
    metrics,
    tables: [],
    notes: ['A lead is lao-minstd minus the best baseline (for wrong %, the best baseline minus lao-minstd): >= 0 means ahead or level.'],
  };
}

function byMistakeSection(methods: MethodAnswers[], responses: GeneratedResponses, actualPairs: Set<number>): Section {
  const carrying = new Map<MistakeKind, number[]>();
  responses.truth.forEach((t, i) =>
    t.mistakes.forEach((m) => {
      const list = carrying.get(m);
      if (list) list.push(i);
      else carrying.set(m, [i]);
    }),
  );
  const kinds = MISTAKE_KINDS.filter((k) => carrying.has(k));
  const predicted = methods.map((m) => linkedPairs(m.duplicateOf));
  const short = ['ours', 'sheets', 'refine', 'analyst'];
  const matchingRows: TableCell[][] = kinds.map((kind) => {
    const rows = new Set(carrying.get(kind));
    const tallies = methods.map((m) => tallyMatching(responses.truth, countedLaoCodes(m), (i) => rows.has(i)));
    const t0 = tallies[0]!;
    return [kind, t0.responses, ...tallies.flatMap((t) => [percent(t.correct, t.responses), percent(t.wrong, t.responses)]), percent(t0.review, t0.responses)];
  });
  const duplicateRows: TableCell[][] = kinds
    .map((kind) => {
      const touching = pairsTouching(responses.truth, kind);
      const scores = predicted.map((p) => scorePairs(actualPairs, p, touching));
      return [kind, scores[0]!.truePairs, ...scores.flatMap((s) => [s.recall, s.precision])] as TableCell[];
    })
    .filter((row) => (row[1] as number) > 0 || row.slice(2).some((c) => c !== null));
  return {
    id: 'by-mistake',
    title: 'Accuracy per kind of mistake (a response can carry several)',
    metrics: [],
    tables: [
      {
        title: 'LAO matching: % correct and % wrong per method (review % for lao-minstd)',
        columns: ['mistake', 'responses', ...short.flatMap((s) => [`${s} ok%`, `${s} wrong%`]), 'ours review%'],
        rows: matchingRows,
      },
      {
        title: 'Duplicates: recall and precision over the pairs that involve a response with the mistake',
        columns: ['mistake', 'true pairs', ...short.flatMap((s) => [`${s} recall`, `${s} prec.`])],
        rows: duplicateRows,
      },
    ],
    notes: ["ours = lao-minstd, sheets = Google Sheets baseline, refine = OpenRefine baseline, analyst = the analyst's pandas + RapidFuzz script."],
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
