/**
 * npx tsx scripts/bench/duplicate-misses.ts [-- --seed N --responses N --only miss|fp]
 *
 * The duplicate pairs behind bench:quality's precision and recall, one by one: each true pair lao-minstd did not link
 * (MISS) and each pair it linked that is two people (FP), with both responses' name, phone and e-mail cells as typed,
 * the truth's person and mistakes, and lao-minstd's status and reasons. For looking at cases before changing a rule.
 */
import { parseArgs } from 'node:util';
import { withBangkok } from '../../core/registry/import';
import { processResponses } from '../../core/rsvp/pipeline';
import { BANGKOK_CODE, buildDataset } from './dataset';
import { linkedPairs, truePairs } from './scoring';

// scoring.ts packs a pair of response indexes into one number this way.
const PAIR_BASE = 67_108_864;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, responses: { type: 'string' }, only: { type: 'string' } } });
  const seed = Number(values.seed ?? 2569);
  const dataset = await buildDataset({ seed, responses: Number(values.responses ?? 30_000), registry: 'real', indicators: false });
  const { responses } = dataset;
  const result = processResponses({
    registry: withBangkok(dataset.registry, BANGKOK_CODE),
    sessions: dataset.sessions,
    grid: [responses.header, ...responses.rows],
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  const byRow = new Map(result.responses.map((r) => [r.row, r]));
  const duplicateOf = responses.truth.map((t) => {
    const kept = byRow.get(t.row)?.duplicateOf;
    return kept ? kept - 1 : null;
  });
  const actual = truePairs(responses.truth);
  const predicted = linkedPairs(duplicateOf);
  const cell = (i: number, header: string) => JSON.stringify(responses.rows[i]![responses.header.indexOf(header)] ?? '');
  const show = (i: number): string => {
    const t = responses.truth[i]!;
    const r = byRow.get(t.row)!;
    const reasons = r.reasons.map((x) => x.code + (x.otherRow ? `:${x.otherRow}` : '')).join(',');
    return [
      `  row ${t.row} ${t.personId ?? '-'} lao=${t.laoCode ?? '-'} got=${r.laoCode ?? '-'} ${r.status} dup=${r.duplicateOf ?? '-'}`,
      `    ${cell(i, 'ชื่อ-นามสกุล')} | ${cell(i, 'ตำแหน่ง')} | ${cell(i, 'โทรศัพท์มือถือ')} | ${cell(i, 'อีเมล')}`,
      `    mistakes: ${t.mistakes.join(',')}`,
      `    reasons: ${reasons}`,
    ].join('\n');
  };
  const misses = [...actual].filter((p) => !predicted.has(p));
  const wrong = [...predicted].filter((p) => !actual.has(p));
  console.log(`seed ${seed}: ${actual.size} true pairs, ${misses.length} missed, ${wrong.length} linked wrongly`);
  const print = (label: string, pairs: number[]) => pairs.forEach((p) => console.log(`${label}\n${show(Math.floor(p / PAIR_BASE))}\n${show(p % PAIR_BASE)}`));
  if (values.only !== 'fp') print('MISS', misses);
  if (values.only !== 'miss') print('FP', wrong);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
