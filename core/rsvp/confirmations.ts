/**
 * Who gets a confirmation e-mail, and its text: pure, so the queue's rules are tested without MailApp.
 * One e-mail per person: people are keyed by their e-mail address (what the message goes to), so two kept
 * registrations with one address, a person who registers again later, or the same row read on two runs never give
 * a second message. Only responses whose status is ใช้ได้ (after checks, matching and dedupe) qualify.
 */
import { formatThaiDate } from '../dates/format';
import type { Session } from './sessions';

export interface KeptRegistrant {
  /** Response row (1-based data row). */
  row: number;
  email: string;
  personName: string;
  /** As Thai documents write it, e.g. `เทศบาลตำบลแม่ระมาด`. */
  lao: string;
  province: string;
  session: string;
}

/** The address as a key: case and surrounding spaces do not make another person. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** A plausible address (MailApp refuses others); the checks have already warned about the rest. */
export function mailable(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
}

/**
 * The registrants to add to the queue: kept (ใช้ได้), with an address, not yet in the ledger (`known`: keys of
 * every ledger row, whatever its status). Of two kept rows with one address, the newest (highest row) is taken.
 */
export function newRegistrants(kept: readonly KeptRegistrant[], known: ReadonlySet<string>): KeptRegistrant[] {
  const byKey = new Map<string, KeptRegistrant>();
  for (const r of kept) {
    if (!mailable(r.email)) continue;
    const key = emailKey(r.email);
    if (known.has(key)) continue;
    const before = byKey.get(key);
    if (!before || r.row > before.row) byKey.set(key, r);
  }
  return [...byKey.values()].sort((a, b) => a.row - b.row);
}

export interface ConfirmationTemplate {
  subject: string;
  body: string;
}

/** The message for one registrant; a session the sheet no longer has leaves its date, time and link to say so. */
export function renderConfirmation(template: ConfirmationTemplate, r: KeptRegistrant, session: Session | undefined): ConfirmationTemplate {
  const values: Record<string, string> = {
    '{ชื่อ}': r.personName,
    '{อปท.}': r.lao,
    '{จังหวัด}': r.province,
    '{รอบการประชุม}': r.session,
    '{วันที่}': session?.date ? formatThaiDate(session.date) : 'ดูในประกาศการประชุม',
    '{เวลา}': session?.time || 'ดูในประกาศการประชุม',
    '{ลิงก์}': session?.link || 'จะแจ้งให้ทราบภายหลัง',
  };
  const fill = (text: string) => text.replace(/\{[^{}]+\}/g, (p) => values[p] ?? p);
  return { subject: fill(template.subject), body: fill(template.body) };
}
