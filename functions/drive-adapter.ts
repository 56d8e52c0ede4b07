/**
 * The summary spreadsheets in one Drive folder: found by name (created when missing) and shared with exactly
 * the people configured for each: a province's coordinators see their own province's file only (PDPA).
 */
import type { GoogleApi } from './google-api';

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

export type ShareRole = 'reader' | 'commenter' | 'writer';

export interface DrivePermission {
  id: string;
  type: string;
  role: string;
  emailAddress?: string;
  domain?: string;
  /** Inherited from a shared drive or folder: cannot be removed on the file itself. */
  inherited?: boolean;
}

export interface FolderSpreadsheet {
  id: string;
  name: string;
  permissions: DrivePermission[];
  /** The fingerprint of the content last rendered into it (see recordContentHash). */
  contentHash?: string;
  /** Created by this run. */
  created: boolean;
}

/** The app property holding a file's content fingerprint: private to this app, read with the folder listing. */
const CONTENT_HASH_PROPERTY = 'laoMinstdContent';

export interface EnsuredSpreadsheets {
  byName: Map<string, FolderSpreadsheet>;
  /** Thai warnings: names found more than once (the oldest file is used; none is deleted). */
  warnings: string[];
}

/** Drive query string literal: backslashes and single quotes escaped. */
export function driveQueryString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * Every spreadsheet in the folder with its permissions, oldest first, in as few requests as there are pages
 * of 1,000 (one for the 77 provincial files and the national one).
 */
export async function listFolderSpreadsheets(api: GoogleApi, folderId: string): Promise<Omit<FolderSpreadsheet, 'created'>[]> {
  const files: Omit<FolderSpreadsheet, 'created'>[] = [];
  let pageToken: string | undefined;
  do {
    const data = await api.call('drive', 'drive.files.list', () =>
      api.drive.files.list({
        q: `${driveQueryString(folderId)} in parents and mimeType = '${SPREADSHEET_MIME}' and trashed = false`,
        orderBy: 'createdTime',
        pageSize: 1000,
        pageToken,
        supportsAllDrives: true,
        includeItemsFromAllDrives: true,
        fields: 'nextPageToken,files(id,name,appProperties,permissions(id,type,role,emailAddress,domain,permissionDetails(inherited)))',
      }),
    );
    for (const f of data.files ?? []) {
      files.push({
        id: f.id!,
        name: f.name ?? '',
        permissions: (f.permissions ?? []).map((p) => ({
          id: p.id!,
          type: p.type ?? '',
          role: p.role ?? '',
          ...(p.emailAddress ? { emailAddress: p.emailAddress.toLowerCase() } : {}),
          ...(p.domain ? { domain: p.domain } : {}),
          ...(p.permissionDetails?.some((d) => d.inherited) ? { inherited: true } : {}),
        })),
        ...(f.appProperties?.[CONTENT_HASH_PROPERTY] ? { contentHash: f.appProperties[CONTENT_HASH_PROPERTY] } : {}),
      });
    }
    pageToken = data.nextPageToken ?? undefined;
  } while (pageToken);
  return files;
}

/** Finds each named spreadsheet in the folder, creating the missing ones: running twice creates nothing new. */
export async function ensureSpreadsheets(api: GoogleApi, folderId: string, names: readonly string[]): Promise<EnsuredSpreadsheets> {
  const existing = await listFolderSpreadsheets(api, folderId);
  const byName = new Map<string, FolderSpreadsheet>();
  const warnings: string[] = [];
  const wanted = new Set(names);
  for (const file of existing) {
    if (!wanted.has(file.name)) continue;
    if (byName.has(file.name)) {
      warnings.push(`พบไฟล์ชื่อ "${file.name}" มากกว่าหนึ่งไฟล์ในโฟลเดอร์ ใช้ไฟล์ที่สร้างก่อน (ไฟล์อื่นไม่ถูกแก้ไขหรือลบ)`);
      continue;
    }
    byName.set(file.name, { ...file, created: false });
  }
  for (const name of names) {
    if (byName.has(name)) continue;
    const data = await api.call('drive', 'drive.files.create', () =>
      api.drive.files.create(
        { requestBody: { name, mimeType: SPREADSHEET_MIME, parents: [folderId] }, supportsAllDrives: true, fields: 'id,name,permissions(id,type,role,emailAddress,domain)' },
        api.retryOnlyOnQuota,
      ),
    );
    byName.set(name, {
      id: data.id!,
      name,
      permissions: (data.permissions ?? []).map((p) => ({ id: p.id!, type: p.type ?? '', role: p.role ?? '', ...(p.emailAddress ? { emailAddress: p.emailAddress.toLowerCase() } : {}) })),
      created: true,
    });
  }
  return { byName, warnings };
}

export interface SharingChange {
  added: string[];
  removed: string[];
  /** Access granted above the file (shared drive, folder) that the file cannot take back. */
  inheritedKept: string[];
}

/**
 * Leaves the file shared with exactly `emails` (plus its owner): missing people are added with `role`, everyone
 * else, including "anyone with the link" and domain-wide access, is removed.
 */
export async function shareExactly(
  api: GoogleApi,
  file: Pick<FolderSpreadsheet, 'id' | 'permissions'>,
  emails: readonly string[],
  role: ShareRole,
  notify = true,
): Promise<SharingChange> {
  const wanted = new Set(emails.map((e) => e.trim().toLowerCase()));
  const present = new Set<string>();
  const change: SharingChange = { added: [], removed: [], inheritedKept: [] };
  for (const p of file.permissions) {
    if (p.role === 'owner') continue;
    const who = p.emailAddress ?? p.domain ?? p.type;
    if (p.inherited) {
      change.inheritedKept.push(who);
      continue;
    }
    if (p.emailAddress && wanted.has(p.emailAddress) && p.role === role) {
      present.add(p.emailAddress);
      continue;
    }
    await api.call('drive', 'drive.permissions.delete', () =>
      api.drive.permissions.delete({ fileId: file.id, permissionId: p.id, supportsAllDrives: true }),
    );
    change.removed.push(who);
  }
  for (const email of wanted) {
    if (present.has(email)) continue;
    await api.call('drive', 'drive.permissions.create', () =>
      api.drive.permissions.create({
        fileId: file.id,
        sendNotificationEmail: notify,
        supportsAllDrives: true,
        fields: 'id',
        requestBody: { type: 'user', role, emailAddress: email },
      }),
    );
    change.added.push(email);
  }
  return change;
}

/** Remembers what was rendered into the file, so an unchanged province costs no request next time. */
export async function recordContentHash(api: GoogleApi, fileId: string, hash: string): Promise<void> {
  await api.call('drive', 'drive.files.update', () =>
    api.drive.files.update({ fileId, supportsAllDrives: true, fields: 'id', requestBody: { appProperties: { [CONTENT_HASH_PROPERTY]: hash } } }),
  );
}
