/**
 * One form submission, where a form-submit trigger is installed at all (triggers.ts: not on consumer accounts).
 *
 * It only notes that rows up to this one await the rebuild: no registry read, no lock, no write to any sheet, three
 * service calls (about 1.1 s by the typical model, nearly all of it the execution starting). Checking, matching and
 * deduplication belong to the rebuild, which redoes them for every response anyway; an earlier design annotated and
 * appended the row here, which read the whole registry (39,000 cells), waited up to 30 s on the lock behind a
 * rebuild, and spent most of a consumer account's 90 daily trigger minutes on a busy day.
 *
 * Idempotent by response row: Google sometimes delivers an event twice, or with blank values; a row at or below the
 * highest already noted, and an event with no answer, change nothing. Raw responses are never touched.
 */
import { markStale } from './rebuild';
import type { FormSubmitEvent } from './google-services';
import type { Services } from './services';

/** The highest response row (sheet row) a submission event has noted. */
export const SUBMITTED_ROW_PROPERTY = 'submittedRow';

export type SubmissionOutcome = 'noted' | 'repeated' | 'blank';

export function handleSubmission(services: Services, e: FormSubmitEvent | undefined): SubmissionOutcome {
  const values = e?.values ?? [];
  if (!e?.range || values.every((v) => String(v ?? '').trim() === '')) return 'blank';
  const row = e.range.getRow();
  const properties = services.propertiesService.getScriptProperties();
  const noted = Number(properties.getProperty(SUBMITTED_ROW_PROPERTY) ?? 0);
  if (row <= noted) return 'repeated';
  markStale(services, { [SUBMITTED_ROW_PROPERTY]: String(row) });
  return 'noted';
}
