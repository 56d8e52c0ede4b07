/**
 * The summary spreadsheets in Drive, in either set-up, and who may open them.
 * - My Drive (the default): the owner prepared every file (a service account has no Drive storage since
 *   2025-04-15); the function finds each by the id in the summary-files sheet and never creates one.
 * - Shared drive: the function's account is a Content manager of a folder there and creates what is missing,
 *   each file exactly once, found again by a stable key in its app properties.
 * Sharing is exact for the people the function manages (direct reader/commenter access and link sharing) and
 * never touches the owner, the function's own access, editors, or what a file inherits from its folder or drive.
 */
import type { GoogleApi } from './google-api';
import { failureKind, httpStatus } from './google-api';

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

/** App properties (private to this Cloud project; key + value ≤ 124 bytes). */
export const APP_PROPERTY = {
  /** Which summary the file is: a province as the registry spells it, or NATIONAL_KEY. */
  key: 'laoMinstdKey',
  /** Fingerprint of the content last rendered into it. */
  content: 'laoMinstdContent',
  /** When it was last rendered (ISO), so the files written longest ago go first. */
  written: 'laoMinstdWritten',
} as const;

export interface SummaryTarget {
  /** Province as the registry spells it, or NATIONAL_KEY. */
  key: string;
  title: string;
}

export interface SummaryFile {
  key: string;
  id: string;
  contentHash?: string;
  writtenAt?: string;
  /** Created by this run (shared-drive set-up only). */
  created: boolean;
}

export interface FilesFound {
  files: Map<string, SummaryFile>;
  /** Targets without a usable file, with a Thai reason; nothing was created for them. */
  missing: Array<{ key: string; title: string; message: string }>;
  warnings: string[];
}

type PreparedFile = DriveFile & { mimeType?: string | null; capabilities?: { canEdit?: boolean | null } | null };

type DriveFile = {
  id?: string | null;
  name?: string | null;
  trashed?: boolean | null;
  createdTime?: string | null;
  appProperties?: Record<string, string> | null;
};

function summaryFile(key: string, f: DriveFile, created: boolean): SummaryFile {
  return {
    key,
    id: f.id!,
    ...(f.appProperties?.[APP_PROPERTY.content] ? { contentHash: f.appProperties[APP_PROPERTY.content] } : {}),
    ...(f.appProperties?.[APP_PROPERTY.written] ? { writtenAt: f.appProperties[APP_PROPERTY.written] } : {}),
    created,
  };
}

/**
 * My Drive set-up: the prepared files, by the ids in the summary-files sheet. Creates nothing. The owner's set-up
 * puts them in one folder, so the first file's folder is listed once (one request for all 78) and only ids not
 * found there are asked for one by one.
 */
export async function preparedFiles(api: GoogleApi, targets: readonly SummaryTarget[], ids: ReadonlyMap<string, string>): Promise<FilesFound> {
  const found: FilesFound = { files: new Map(), missing: [], warnings: [] };
  const known = new Map<string, PreparedFile>();
  const listedFolders = new Set<string>();
  for (const target of targets) {
    const id = ids.get(target.key);
    if (!id) {
      found.missing.push({
        ...target,
        message: `ยังไม่มีไฟล์ "${target.title}" ในแผ่นงาน "ไฟล์สรุปรายจังหวัด": ให้เจ้าของสเปรดชีตเตรียมไฟล์สรุปจากเมนูในสเปรดชีตก่อน (ฟังก์ชันไม่สร้างไฟล์เอง)`,
      });
      continue;
    }
    let f = known.get(id);
    if (!f) {
      try {
        f = await api.call(
          'drive',
          'drive.files.get',
          () => api.drive.files.get({ fileId: id, supportsAllDrives: true, fields: 'id,name,trashed,mimeType,parents,appProperties,capabilities(canEdit)' }),
          'safe',
        );
      } catch (e) {
        if (httpStatus(e) !== 404) throw e;
        found.missing.push({
          ...target,
          message: `เปิดไฟล์ "${target.title}" (${id}) ไม่ได้: ไม่พบไฟล์ หรือยังไม่ได้แชร์ไฟล์ (หรือโฟลเดอร์) ให้บัญชีบริการของฟังก์ชันเป็นผู้แก้ไข`,
        });
        continue;
      }
      for (const folder of (f as { parents?: string[] | null }).parents ?? []) {
        if (listedFolders.has(folder)) continue;
        listedFolders.add(folder);
        for (const other of await listFolder(api, folder)) known.set(other.id!, other);
      }
    }
    if (f.trashed) {
      found.missing.push({ ...target, message: `ไฟล์ "${target.title}" (${id}) อยู่ในถังขยะ กรุณากู้คืนหรือเตรียมไฟล์ใหม่จากเมนูในสเปรดชีต` });
      continue;
    }
    if (f.capabilities?.canEdit === false) {
      found.missing.push({ ...target, message: `บัญชีบริการของฟังก์ชันยังไม่มีสิทธิ์แก้ไขไฟล์ "${target.title}" (${id}) กรุณาแชร์ไฟล์หรือโฟลเดอร์ให้บัญชีนี้เป็น "ผู้แก้ไข"` });
      continue;
    }
    if (f.mimeType && f.mimeType !== SPREADSHEET_MIME) {
      found.missing.push({ ...target, message: `ไฟล์ของ "${target.title}" (${id}) ไม่ใช่ Google Sheets กรุณาตรวจสอบรหัสไฟล์ในแผ่นงาน "ไฟล์สรุปรายจังหวัด"` });
      continue;
    }
    found.files.set(target.key, summaryFile(target.key, f, false));
  }
  return found;
}

/** The spreadsheets in a folder that are not in the trash, with their app properties. */
function listFolder(api: GoogleApi, folderId: string): Promise<PreparedFile[]> {
  return spreadsheetsIn(api, folderId, 'files(id,name,trashed,mimeType,appProperties,capabilities(canEdit))');
}

/** One listing of a folder's spreadsheets (1,000 a request), with the file `fields` asked for. */
function spreadsheetsIn(api: GoogleApi, folderId: string, fields: string, orderBy?: string): Promise<PreparedFile[]> {
  return allPages(async (pageToken) => {
    const data = await api.call(
      'drive',
      'drive.files.list',
      () =>
        api.drive.files.list({
          q: `${driveQueryString(folderId)} in parents and mimeType = '${SPREADSHEET_MIME}' and trashed = false`,
          ...(orderBy ? { orderBy } : {}),
          pageSize: 1000,
          pageToken,
          supportsAllDrives: true,
          includeItemsFromAllDrives: true,
          fields: `nextPageToken,${fields}`,
        }),
      'safe',
    );
    return { items: data.files ?? [], nextPageToken: data.nextPageToken };
  });
}

/** Shared-drive set-up: the folder's spreadsheets by key, the missing ones created, each exactly once. */
export async function sharedDriveFiles(api: GoogleApi, folderId: string, targets: readonly SummaryTarget[]): Promise<FilesFound> {
  const found: FilesFound = { files: new Map(), missing: [], warnings: [] };
  const byKey = await listByKey(api, folderId);
  for (const target of targets) {
    const existing = byKey.get(target.key);
    if (existing?.length) {
      if (existing.length > 1) found.warnings.push(`พบไฟล์สรุปของ "${target.key}" มากกว่าหนึ่งไฟล์ในโฟลเดอร์ ใช้ไฟล์ที่สร้างก่อน (ไฟล์อื่นไม่ถูกแก้ไขหรือลบ)`);
      found.files.set(target.key, summaryFile(target.key, existing[0]!, false));
      continue;
    }
    found.files.set(target.key, await createOnce(api, folderId, target));
  }
  return found;
}

/** The folder's spreadsheets that carry our key, oldest first. One request per 1,000 files. */
async function listByKey(api: GoogleApi, folderId: string): Promise<Map<string, DriveFile[]>> {
  // No `permissions`: a shared drive's listing does not return them (shared-drives-diffs); see listPermissions.
  const files = await spreadsheetsIn(api, folderId, 'files(id,name,createdTime,appProperties)', 'createdTime');
  const byKey = new Map<string, DriveFile[]>();
  for (const f of files) {
    const key = f.appProperties?.[APP_PROPERTY.key];
    if (!key) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  for (const list of byKey.values()) list.sort((a, b) => (a.createdTime ?? '').localeCompare(b.createdTime ?? '') || (a.id ?? '').localeCompare(b.id ?? ''));
  return byKey;
}

/**
 * Creates the target's file with its key set in the same request, so that whatever happens next it can be found.
 * - No answer or a 5xx: Drive may have created it. The folder is looked at again before trying a second time.
 * - Another run created one at the same moment: both see both afterwards, keep the oldest, and the one that
 *   lost moves its own file to the trash. Every key ends with one file.
 */
async function createOnce(api: GoogleApi, folderId: string, target: SummaryTarget): Promise<SummaryFile> {
  for (let attempt = 0; ; attempt++) {
    let mine: string | undefined;
    try {
      const data = await api.call(
        'drive',
        'drive.files.create',
        () =>
          api.drive.files.create({
            supportsAllDrives: true,
            fields: 'id',
            requestBody: { name: target.title, mimeType: SPREADSHEET_MIME, parents: [folderId], appProperties: { [APP_PROPERTY.key]: target.key } },
          }),
        'refusedOnly',
      );
      mine = data.id!;
    } catch (e) {
      if (failureKind(e) !== 'transient' || attempt >= 2) throw e;
    }
    const same = (await listByKey(api, folderId)).get(target.key) ?? [];
    if (!same.length) {
      if (mine) throw new Error(`created ${mine} for ${target.key} but the folder listing does not show it`);
      continue; // not created: try again
    }
    const kept = same[0]!;
    if (mine && kept.id !== mine) {
      await api.call(
        'drive',
        'drive.files.update',
        () => api.drive.files.update({ fileId: mine!, supportsAllDrives: true, fields: 'id', requestBody: { trashed: true } }),
        'safe',
      );
    }
    return summaryFile(target.key, kept, true);
  }
}

/** Drive query string literal: backslashes and single quotes escaped. */
export function driveQueryString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Remembers what was rendered into the file and when, so an unchanged province costs no write next time. */
export async function recordRendered(api: GoogleApi, fileId: string, hash: string, at: Date): Promise<void> {
  await api.call(
    'drive',
    'drive.files.update',
    () =>
      api.drive.files.update({
        fileId,
        supportsAllDrives: true,
        fields: 'id',
        requestBody: { appProperties: { [APP_PROPERTY.content]: hash, [APP_PROPERTY.written]: at.toISOString() } },
      }),
    'safe',
  );
}

// ---- sharing ----

export type ShareRole = 'reader' | 'commenter';

export interface DrivePermission {
  id: string;
  type: string;
  role: string;
  emailAddress?: string;
  domain?: string;
  /** Comes from a folder or shared drive: cannot be removed on the file itself. */
  inherited: boolean;
  /** Also set on the file itself. */
  direct: boolean;
}

/** Every permission of a file, direct and inherited (permissions.list works on shared drives; file listings do not carry them). */
export async function listPermissions(api: GoogleApi, fileId: string): Promise<DrivePermission[]> {
  const permissions = await allPages(async (pageToken) => {
    const data = await api.call(
      'drive',
      'drive.permissions.list',
      () =>
        api.drive.permissions.list({
          fileId,
          pageSize: 100,
          pageToken,
          supportsAllDrives: true,
          fields: 'nextPageToken,permissions(id,type,role,emailAddress,domain,permissionDetails(inherited))',
        }),
      'safe',
    );
    return { items: data.permissions ?? [], nextPageToken: data.nextPageToken };
  });
  return permissions.map((p) => {
    const details = p.permissionDetails ?? [];
    return {
      id: p.id!,
      type: p.type ?? '',
      role: p.role ?? '',
      ...(p.emailAddress ? { emailAddress: p.emailAddress.toLowerCase() } : {}),
      ...(p.domain ? { domain: p.domain } : {}),
      inherited: details.some((d) => d.inherited === true),
      // No details at all (older answers): treat as set on the file.
      direct: details.length === 0 || details.some((d) => d.inherited === false),
    };
  });
}

/** Drive answers lists in pages: every page's items, following nextPageToken until a page has none. */
async function allPages<T>(page: (pageToken: string | undefined) => Promise<{ items: T[]; nextPageToken?: string | null }>): Promise<T[]> {
  const items: T[] = [];
  let pageToken: string | undefined;
  do {
    const next = await page(pageToken);
    items.push(...next.items);
    pageToken = next.nextPageToken ?? undefined;
  } while (pageToken);
  return items;
}

export interface SharingChange {
  added: string[];
  removed: string[];
  /** Access from above the file (folder, shared drive) that the file cannot take back: reported, kept. */
  inheritedKept: string[];
}

const ROLE_RANK: Record<string, number> = { owner: 6, organizer: 5, fileOrganizer: 4, writer: 3, commenter: 2, reader: 1 };

/**
 * Leaves the file open to exactly `emails` among the people the function manages:
 * - added with `role` when they cannot already open it at that role;
 * - direct reader/commenter access of anyone else is removed, and so is link or domain sharing (PDPA);
 * - never touched: the owner, `self` (the function's own account), editors and organizers (the owner's
 *   administrators), and inherited access (removing it on the file is impossible; it is reported).
 */
export async function shareExactly(
  api: GoogleApi,
  fileId: string,
  permissions: readonly DrivePermission[],
  emails: readonly string[],
  role: ShareRole,
  { self, notify = true }: { self: string; notify?: boolean },
): Promise<SharingChange> {
  const wanted = new Set(emails.map((e) => e.trim().toLowerCase()));
  const me = self.toLowerCase();
  const present = new Set<string>();
  const change: SharingChange = { added: [], removed: [], inheritedKept: [] };
  for (const p of permissions) {
    const who = p.emailAddress ?? p.domain ?? p.type;
    const enough = (ROLE_RANK[p.role] ?? 0) >= ROLE_RANK[role]!;
    if (p.emailAddress && wanted.has(p.emailAddress) && enough) present.add(p.emailAddress);
    if (p.role === 'owner' || p.emailAddress === me || (ROLE_RANK[p.role] ?? 0) >= ROLE_RANK.writer!) continue;
    if (p.inherited && !p.direct) {
      if (!(p.emailAddress && wanted.has(p.emailAddress))) change.inheritedKept.push(who);
      continue;
    }
    const managed = p.type === 'anyone' || p.type === 'domain' || p.role === 'reader' || p.role === 'commenter';
    if (!managed) continue;
    if (p.emailAddress && wanted.has(p.emailAddress) && p.role === role) continue;
    if (p.emailAddress && wanted.has(p.emailAddress) && p.inherited) continue; // the inherited part stays anyway
    try {
      await api.call('drive', 'drive.permissions.delete', () => api.drive.permissions.delete({ fileId, permissionId: p.id, supportsAllDrives: true }), 'safe');
      change.removed.push(who);
      if (p.emailAddress) present.delete(p.emailAddress);
    } catch (e) {
      const status = httpStatus(e);
      if (status === 404) {
        // Gone already: a repeated delete whose first answer was lost.
        change.removed.push(who);
        if (p.emailAddress) present.delete(p.emailAddress);
      } else if (status === 403) {
        change.inheritedKept.push(who);
      } else {
        throw e;
      }
    }
  }
  for (const email of wanted) {
    if (present.has(email)) continue;
    // Creating a user's permission again only sets its role: safe to repeat.
    await api.call(
      'drive',
      'drive.permissions.create',
      () =>
        api.drive.permissions.create({
          fileId,
          sendNotificationEmail: notify,
          supportsAllDrives: true,
          fields: 'id',
          requestBody: { type: 'user', role, emailAddress: email },
        }),
      'safe',
    );
    change.added.push(email);
  }
  return change;
}

/** The account the function runs as (Drive's `about.user`), whose own access it must never remove. */
export async function whoAmI(api: GoogleApi): Promise<string> {
  const data = await api.call('drive', 'drive.about.get', () => api.drive.about.get({ fields: 'user(emailAddress)' }), 'safe');
  return (data.user?.emailAddress ?? '').toLowerCase();
}
