/**
 * One writer at a time, across instances: a lease kept as developer metadata on the source spreadsheet, with an
 * expiry, so that a run that was killed frees it by itself. Taking it relies on one documented rule: a developer
 * metadata ID is unique in its spreadsheet, so creating one with an ID in use fails, and a batchUpdate is all or
 * nothing. Two invocations racing for it: one create succeeds, the other fails and answers 409.
 * https://developers.google.com/workspace/sheets/api/guides/metadata
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
 */
import { failureKind, httpStatus, type GoogleApi } from './google-api';

/**
 * Where one kind of run keeps its lease: a fixed, positive metadata ID unlikely to clash with anything else in the
 * spreadsheet, and its key. Each kind has its own, so a rebuild and an entry check never block each other while two
 * runs of one kind do.
 */
export interface LeaseSlot {
  metadataId: number;
  key: string;
}

export const REBUILD_LEASE: LeaseSlot = { metadataId: 746_107_001, key: 'laoMinstdRebuildLease' };
export const ENTRY_CHECK_LEASE: LeaseSlot = { metadataId: 746_107_002, key: 'laoMinstdEntryCheckLease' };
export const LEASE_METADATA_ID = REBUILD_LEASE.metadataId;
export const LEASE_KEY = REBUILD_LEASE.key;

export interface Lease {
  holder: string;
  /** Epoch ms after which another run may take it. */
  until: number;
  /** The stored text, as read (what a takeover must match exactly). */
  raw?: string;
}

export type LeaseTaken = { ok: true; lease: Lease } | { ok: false; heldBy: Lease };

const encode = (lease: Lease) => lease.raw ?? JSON.stringify({ holder: lease.holder, until: lease.until });

function createRequest(slot: LeaseSlot, lease: Lease) {
  return {
    createDeveloperMetadata: {
      developerMetadata: {
        metadataId: slot.metadataId,
        metadataKey: slot.key,
        metadataValue: encode(lease),
        location: { spreadsheet: true },
        // Only this Cloud project sees it: people with the spreadsheet open do not.
        visibility: 'PROJECT',
      },
    },
  };
}

function deleteRequest(slot: LeaseSlot, value: string) {
  return { deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataId: slot.metadataId, metadataValue: value } } } };
}

/** Takes the lease for `holder` until `until`, or says who holds it. */
export async function takeLease(api: GoogleApi, spreadsheetId: string, holder: string, until: number, slot: LeaseSlot = REBUILD_LEASE): Promise<LeaseTaken> {
  const mine: Lease = { holder, until };
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await readLease(api, spreadsheetId, slot);
    if (current?.holder === holder) return { ok: true, lease: current };
    if (current && current.until > api.clock.now()) return { ok: false, heldBy: current };
    // Free, or expired: replace exactly what we saw. If another run changed it meanwhile, the delete matches
    // nothing, the create then fails on the ID in use, and the whole batch is refused.
    const requests = current ? [deleteRequest(slot, encode(current)), createRequest(slot, mine)] : [createRequest(slot, mine)];
    try {
      await api.call(
        'sheetsWrite',
        'sheets.spreadsheets.batchUpdate',
        () => api.sheets.spreadsheets.batchUpdate({ spreadsheetId, fields: 'spreadsheetId', requestBody: { requests } }),
        'refusedOnly',
      );
      return { ok: true, lease: mine };
    } catch (e) {
      // 400: someone else's lease is there now; 5xx or no answer: ours may be there. Either way, look again.
      if (httpStatus(e) !== 400 && failureKind(e) !== 'transient') throw e;
    }
  }
  const last = await readLease(api, spreadsheetId, slot);
  if (last?.holder === holder) return { ok: true, lease: last };
  return { ok: false, heldBy: last ?? mine };
}

/** Gives the lease back (only if it is still ours): safe to repeat. */
export async function releaseLease(api: GoogleApi, spreadsheetId: string, lease: Lease, slot: LeaseSlot = REBUILD_LEASE): Promise<void> {
  await api.call(
    'sheetsWrite',
    'sheets.spreadsheets.batchUpdate',
    () => api.sheets.spreadsheets.batchUpdate({ spreadsheetId, fields: 'spreadsheetId', requestBody: { requests: [deleteRequest(slot, encode(lease))] } }),
    'safe',
  );
}

export async function readLease(api: GoogleApi, spreadsheetId: string, slot: LeaseSlot = REBUILD_LEASE): Promise<Lease | undefined> {
  try {
    const data = await api.call(
      'sheetsRead',
      'sheets.spreadsheets.developerMetadata.get',
      () => api.sheets.spreadsheets.developerMetadata.get({ spreadsheetId, metadataId: slot.metadataId }),
      'safe',
    );
    const raw = data.metadataValue ?? '';
    let parsed: Partial<Lease> = {};
    try {
      parsed = JSON.parse(raw) as Partial<Lease>;
    } catch {
      // Something unreadable under our ID counts as expired, so it cannot block every run forever.
    }
    return { holder: String(parsed.holder ?? ''), until: Number(parsed.until ?? 0) || 0, raw };
  } catch (e) {
    if (httpStatus(e) === 404) return undefined;
    throw e;
  }
}
