import { cellText, type Grid } from '../../sheets-schema/cell';
import { rsvpResponsesSheet, type RsvpResponseKey, type RsvpResponseRow } from '../../sheets-schema/rsvp-form';
import { readTable, type TableProblem } from '../../sheets-schema/table';
import { findDuplicates } from '../dedupe/find-duplicates';
import type { Registration } from '../dedupe/person-comparisons';
import { parseLaoNameAnswer, parseTypeAnswer, type LaoQuery } from '../match/lao-answer';
import { matchLao, type CodeConflict, type LaoMatch } from '../match/match-lao';
import { buildMatchIndex, remember, resolveProvince, type MatchIndex } from '../match/registry-index';
import { Registry } from '../registry/index';
import type { LaoType } from '../lao/lao-type';
import type { RegistryEntry } from '../registry/types';
import { checkResponse, type CheckResult } from './checks';
import { hasError, reason } from './reasons';
import { findSession, type Session } from './sessions';
import type { AnnotatedResponse, Reason } from './types';

export interface PipelineInput {
  registry: Registry | readonly RegistryEntry[];
  sessions: readonly Session[];
  /** The linked responses sheet (or its CSV/XLSX download), header row first. Never modified. */
  grid: Grid;
  /** When the job runs: a submission stamped later than this cannot be right, so it is not taken as the newest. */
  now?: Date;
  /** A match index built earlier from the same registry (saves rebuilding it per call). */
  matchIndex?: MatchIndex;
}

export type PipelineResult = { ok: true; responses: AnnotatedResponse[] } | { ok: false; problems: TableProblem[] };

/**
 * Every response of the RSVP sheet, annotated: checked (core/rsvp/checks), matched to its LAO (core/match), and
 * deduplicated per LAO (core/dedupe). Each response gets exactly one status:
 * `invalid` (a blocking error), else `unmatched` (the answers do not single out one LAO; candidates listed), else
 * `duplicate` (an earlier submission of a person who registered again; points to the kept row), else `ok`.
 * Warnings travel with the row whatever its status. Reports missing columns, in Thai, instead of guessing.
 */
export function processResponses(input: PipelineInput): PipelineResult {
  const table = readTable(rsvpResponsesSheet, input.grid);
  if (!table.ok) return { ok: false, problems: table.problems };
  const registry = input.registry instanceof Registry ? input.registry : new Registry(input.registry);
  const index = input.matchIndex ?? buildMatchIndex(registry.entries);

  // Four or so session labels repeat over thousands of rows: each is looked up once.
  const sessionTypes = new Map<string, readonly LaoType[] | undefined>();
  const typesOf = (row: RsvpResponseRow) =>
    remember(sessionTypes, cellText(row.session), () => findSession(row.session, input.sessions)?.laoTypes);
  const rows = table.rows.map((row) => annotate(row, registry, index, input.sessions, typesOf(row)));
  const registrations: Registration[] = rows
    .filter((r) => r.response.status === 'ok')
    .map(({ response, check }) => ({
      row: response.row,
      laoCode: response.laoCode!,
      submittedAt: input.now && response.submittedAt && response.submittedAt > input.now ? null : response.submittedAt,
      person: check.parsed.person,
      phone: check.parsed.phone,
      email: check.parsed.email,
    }));
  const byRow = new Map(rows.map((r) => [r.response.row, r.response]));
  for (const link of findDuplicates(registrations)) {
    const response = byRow.get(link.row)!;
    response.status = 'duplicate';
    response.duplicateOf = link.duplicateOf;
    response.reasons.push(reason('duplicate_of', { row: link.duplicateOf }));
  }
  return { ok: true, responses: rows.map((r) => r.response) };
}

function annotate(
  row: RsvpResponseRow,
  registry: Registry,
  index: MatchIndex,
  sessions: readonly Session[],
  sessionTypes: readonly LaoType[] | undefined,
): { response: AnnotatedResponse; check: CheckResult } {
  const text = (key: RsvpResponseKey): string => cellText(row[key] ?? null);
  const query: LaoQuery = {
    province: text('province'),
    district: text('district'),
    typeAnswer: text('laoType'),
    laoName: text('laoName'),
    code: text('laoCode'),
    sessionTypes,
  };
  const hasLaoAnswer = [query.province, query.district, query.typeAnswer, query.laoName, query.code].some((v) => v?.trim());
  const match: LaoMatch | null = hasLaoAnswer ? matchLao(index, query) : null;
  const entry = match?.status === 'matched' ? registry.byCode.get(match.code) : undefined;
  // Checked after matching, so the session is judged against the matched LAO's type.
  const check = checkResponse(row, sessions, { registry, laoType: entry?.type ?? null });
  const reasons: Reason[] = [...check.reasons];
  if (match?.codeConflict) reasons.push(...codeReasons(match.codeConflict, reasons));

  const { parsed } = check;
  const response: AnnotatedResponse = {
    row: row.rowNumber,
    status: 'ok',
    submittedAt: parsed.submittedAt,
    laoCode: null,
    province: entry?.province ?? (parsed.province ? (resolveProvince(index, parsed.province).province?.province ?? parsed.province) : null),
    district: entry?.district ?? parsed.district,
    laoType: entry?.type ?? answeredType(query),
    laoName: entry?.name ?? (parseLaoNameAnswer(query.laoName).name || null),
    personName: parsed.person.display,
    position: parsed.position,
    phone: parsed.phoneDisplay,
    email: parsed.emailDisplay,
    session: parsed.session?.label ?? parsed.sessionAnswer,
    duplicateOf: null,
    reasons,
    candidates: match && match.status !== 'matched' ? match.candidates : [],
  };
  if (hasError(reasons)) response.status = 'invalid';
  else if (!entry) {
    response.status = 'unmatched';
    if (match?.status === 'ambiguous') reasons.push(reason('lao_ambiguous', { count: match.candidates.length }));
    else reasons.push(reason('lao_not_found'));
  } else response.laoCode = entry.code;
  return { response, check };
}

/** The answered type, when the form choice and the name prefix give one (and do not contradict each other). */
function answeredType(query: LaoQuery): AnnotatedResponse['laoType'] {
  const choice = parseTypeAnswer(query.typeAnswer).type;
  const prefix = parseLaoNameAnswer(query.laoName).type;
  return choice && prefix && choice !== prefix ? null : (choice ?? prefix);
}

/** The code conflict as a reason, unless the checks already said the code is malformed. */
function codeReasons(conflict: CodeConflict, already: readonly Reason[]): Reason[] {
  if (already.some((r) => r.code === 'code_invalid')) return [];
  if (conflict.kind === 'not_in_registry') return [reason('code_unknown', { value: conflict.code })];
  return [reason('code_mismatch', { value: conflict.code, expected: `เป็นรหัสของ ${conflict.owner}` })];
}
